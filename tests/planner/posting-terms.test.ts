import { describe, expect, it } from "vitest";

import { findListedSkills } from "@/lib/grader";
import { analysePosting, findSkillTerms } from "@/lib/planner";

import { FIELD_POSTINGS } from "./field-postings";

/** Each hard hit as its term and as the posting's own words, lower-cased. */
function hardReadings(text: string): string[] {
  return findSkillTerms(text).hard.flatMap((h) => [h.term.toLowerCase(), text.slice(h.span.start, h.span.end).toLowerCase()]);
}

describe("findSkillTerms on postings from eight fields", () => {
  it.each(FIELD_POSTINGS.map((p) => [p.field, p] as const))("finds the %s posting's field terms", (_field, p) => {
    const readings = hardReadings(p.text);
    for (const term of p.finds) expect(readings, term).toContain(term.toLowerCase());
  });

  it.each(FIELD_POSTINGS.map((p) => [p.field, p] as const))("reads nothing wrong into the %s posting", (_field, p) => {
    const found = findSkillTerms(p.text);
    const readings = [...hardReadings(p.text), ...found.soft.map((s) => s.phrase), ...found.soft.map((s) => p.text.slice(s.span.start, s.span.end).toLowerCase())];
    for (const term of p.never) expect(readings.some((r) => r.includes(term.toLowerCase())), term).toBe(false);
  });

  it.each(FIELD_POSTINGS.map((p) => [p.field, p] as const))("hears the people skills the %s posting asks for", (_field, p) => {
    const families = new Set(findSkillTerms(p.text).soft.map((s) => s.family));
    for (const f of p.softFinds) expect([...families], f).toContain(f);
    for (const f of p.softNever) expect([...families], f).not.toContain(f);
  });
});

describe("findSkillTerms on a telemetry nursing posting", () => {
  const nursing = FIELD_POSTINGS.find((p) => p.field === "nursing")?.text ?? "";

  it("reads cardiac telemetry as clinical monitoring, never as run files", () => {
    const found = findSkillTerms(nursing).hard;
    const telemetry = found.filter((h) => /telemetry/i.test(nursing.slice(h.span.start, h.span.end)));
    expect(telemetry.map((h) => [h.term, h.field])).toEqual([
      ["cardiac monitoring", "healthcare"],
      ["cardiac monitoring", "healthcare"],
    ]);
  });

  it("reads a bare 'telemetry' as itself", () => {
    expect(findSkillTerms("Experience with telemetry preferred.").hard.map((h) => h.term)).toEqual(["telemetry"]);
  });

  it("finds the terms only a specialist uses, by rarity and by their shape, with no field", () => {
    const named = findSkillTerms(nursing).hard.filter((h) => h.field === null).map((h) => h.term);
    expect(named).toEqual(expect.arrayContaining(["PDSA", "HCAHPS", "Kronos", "ACLS"]));
  });

  it("does not count 'including patients' or 'Registered Nurse' as people skills", () => {
    const soft = findSkillTerms(nursing).soft.map((s) => s.phrase);
    expect(soft).toEqual(["communication", "teamwork"]);
  });

  it("still hears a real ask written as a verb", () => {
    const soft = findSkillTerms("You will mentor new graduates and coach students on the ward.").soft.map((s) => [s.family, s.phrase]);
    expect(soft).toEqual([
      ["leadership", "mentor"],
      ["leadership", "coach"],
    ]);
  });

  it("shows the posting's own words beside a lexicon term", () => {
    const ask = analysePosting(nursing, []).asks.find((a) => a.kind === "hard" && a.term === "cardiac monitoring");
    expect(ask?.kind === "hard" ? ask.words : null).toEqual(["cardiac telemetry", "continuous telemetry"]);
  });
});

describe("findListedSkills", () => {
  it("skips a run of capitalised words, which names a place or an employer", () => {
    const terms = findListedSkills("Join Northfield General Hospital as a ward clerk using Kronos.").hard.map((h) => h.term);
    expect(terms).toContain("Kronos");
    expect(terms).not.toContain("Northfield");
  });

  it("skips the advert's own words: its headings, perks and formalities", () => {
    const terms = findListedSkills("Requirements: phlebotomy. We offer a stipend, onsite parking and PTO. We are an EOE.").hard.map((h) => h.term);
    expect(terms).toEqual(["phlebotomy"]);
  });

  it("is deterministic and bounded on a long posting", () => {
    const long = FIELD_POSTINGS.map((p) => p.text).join("\n").repeat(6).slice(0, 20_000);
    const t0 = performance.now();
    const a = findListedSkills(long);
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(findListedSkills(long)).toEqual(a);
  });
});
