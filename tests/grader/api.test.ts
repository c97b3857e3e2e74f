import { describe, expect, it } from "vitest";

import {
  GRADER_VERSION,
  ROLES,
  STAGES,
  STAR_PARTS,
  STAR_PROMPTS,
  gradeStory,
  joinStarParts,
  quote,
  type Role,
  type Stage,
} from "@/lib/grader";
import { analyze } from "@/lib/grader/analyze";
import { mixFor, targetMix } from "@/lib/grader/report";

const STRONG =
  "At a grocery-delivery startup, refund requests had crept up to about 9% of orders and the ops team blamed the drivers. I pulled six months of order and refund data into pandas and found that 70% of refunds came from orders where a shopper had substituted an item. I walked the ops leads through it with three plain charts, and we agreed a rule that shoppers must message the customer first. Within two months refunds fell to 5.6% of orders, about $38,000 a month less in credits.";

// The guide's shape told with the people work in full: an audit, the nurses walked through it, rounds
// agreed and coached, a manager persuaded, and a measured drop.
const FULL_CHAIN =
  "On a 30-bed surgical ward, patient falls at night had risen to nine a month and the night staff felt blamed. I audited six months of incident reports in Excel and found most falls happened between 2 and 5 a.m. near the toilets. I walked the night nurses through the pattern at their handover, and together we agreed hourly comfort rounds, which I then coached each new starter on. I also persuaded the ward manager to fund motion-sensor lights. Within three months night falls dropped from nine to three a month, and the team stopped seeing the audit as blame.";

describe("joinStarParts", () => {
  it("joins non-empty parts with a blank line", () => {
    expect(joinStarParts({ situation: "S.", task: "", action: "A.", result: "  " })).toBe("S.\n\nA.");
  });

  it("returns an empty string for four empty boxes", () => {
    expect(joinStarParts({ situation: "", task: "", action: "", result: "" })).toBe("");
  });
});

describe("gradeStory", () => {
  it("reports its version and the defaults for a missing or unknown role and stage", () => {
    const r = gradeStory(STRONG, { role: "astronaut" as Role, stage: "unknown" as Stage });
    expect(r.version).toBe(GRADER_VERSION);
    expect(r.role).toBe("general");
    expect(r.stage).toBe("mid");
  });

  it("exports the enumerations the app builds forms from", () => {
    expect(ROLES).toEqual(["technical", "customer", "leadership", "general"]);
    expect(STAGES).toEqual(["entry", "mid", "senior", "executive"]);
    expect(STAR_PARTS).toEqual(["situation", "task", "action", "result"]);
    for (const p of STAR_PARTS) expect(STAR_PROMPTS[p].length).toBeGreaterThanOrEqual(3);
  });

  it("grades the guide's shape above its weak shape, with the result measured", () => {
    const r = gradeStory(STRONG);
    expect(r.overall.band).not.toBe("weak");
    expect(r.dimensions.result.level).toBe(2);
    expect(r.overall.score).toBeGreaterThan(gradeStory("I'm skilled at Python programming and I communicate well.").overall.score + 30);
  });

  it("grades a full chain told at length as strong with the ladder at the top", () => {
    const r = gradeStory(FULL_CHAIN);
    expect(r.overall.band).toBe("strong");
    expect(r.ladder.rung).toBe(3);
    expect(r.ladder.label).toBe("integrated and measured");
  });

  it("grades the guide's weak shape as weak with the ladder at the bottom", () => {
    const r = gradeStory("I'm skilled at Python programming and I communicate well.");
    expect(r.overall.band).toBe("weak");
    expect(r.ladder.rung).toBe(0);
    expect(r.ladder.next.length).toBeGreaterThan(10);
  });

  it("suggests showing a skill, not dropping a claim, when nothing was claimed", () => {
    const r = gradeStory("We moved three clinics to a new system and it worked out.");
    expect(r.ladder.rung).toBe(0);
    expect(r.ladder.next).not.toMatch(/claim/);
  });

  it("takes the STAR structure from the boxes when parts are given", () => {
    const parts = {
      situation: "Refunds had crept up to 9% of orders.",
      task: "",
      action: "I pulled the data into pandas and walked the ops leads through it.",
      result: "Within two months refunds fell to 5.6%.",
    };
    const text = joinStarParts(parts);
    const r = gradeStory(text, { parts });
    expect(r.structure.source).toBe("boxes");
    expect(r.structure.missing).toEqual(["task"]);
    expect(r.structure.parts.map((p) => quote(text, p.span))).toEqual([parts.situation, parts.action, parts.result]);
  });

  it("never counts a change told in the Situation box as the result (user review: 'NEWS 2 to 7')", () => {
    const parts = {
      situation: "On nights, a patient's NEWS score went from 2 to 7 in four hours.",
      task: "As nurse in charge I had to get him reviewed fast.",
      action: "I escalated to the registrar with SBAR and stayed with him.",
      result: "He was transferred to HDU and thanked me later.",
    };
    const text = joinStarParts(parts);
    const earned = (r: ReturnType<typeof gradeStory>) => r.dimensions.result.evidence.filter((e) => e.kind === "result-metric").map((e) => quote(text, e.span));
    expect(earned(gradeStory(text, { parts }))).toEqual([]);
    expect(gradeStory(text, { parts }).dimensions.result.level).toBeLessThan(2);
    // Typed as free text, the same words give the analysis no box to go by.
    expect(earned(gradeStory(text))).toContain("7");
  });

  it("finds the STAR parts in free text", () => {
    const r = gradeStory(STRONG);
    expect(r.structure.source).toBe("inferred");
    expect(r.structure.parts.map((p) => p.part)).toEqual(["situation", "action", "result"]);
    const shares = r.structure.parts.reduce((a, p) => a + p.share, 0);
    expect(shares).toBeCloseTo(1, 2);
  });

  it("reads an opening told in the past progressive ('I was managing a store') as the situation, even with a name in it", () => {
    const text =
      "Last Christmas I was managing a Boots store in Croydon with 22 staff. Our mystery shopper scores had dropped to 61%. I ran daily huddles and role-played the greeting with each team member. By March our scores were up to 84%.";
    const r = gradeStory(text);
    expect(r.structure.parts.map((p) => p.part)).toEqual(["situation", "action", "result"]);
    expect(quote(text, r.structure.parts[0]!.span)).toBe("Last Christmas I was managing a Boots store in Croydon with 22 staff. Our mystery shopper scores had dropped to 61%.");
    // An opening act that is done, not ongoing, is still action.
    expect(gradeStory("I rebuilt the rota in Excel. The leads used it from the next week. Overtime fell by 30%.").structure.parts[0]?.part).toBe("action");
  });

  it("reads an outcome told midway, with the narrator acting again after it, as a step of the action: only the last result is the Result", () => {
    const text =
      "We had a disclosure deadline 12 days away. I ran keyword searches in Relativity, which cut the set to 6,200. The client's finance director kept pushing back. I set up a call and walked him through our duty. We served the list two days early.";
    const r = gradeStory(text);
    expect(r.structure.parts.map((p) => p.part)).toEqual(["situation", "action", "result"]);
    expect(quote(text, r.structure.parts[2]!.span)).toBe("We served the list two days early.");
    // A result told midway with nothing told after it of the narrator's stays the Result.
    expect(gradeStory("I rebuilt the rota in Excel, and overtime fell by 30%. The leads kept using it.").structure.parts.map((p) => p.part)).toContain("result");
  });

  it("reads a closing lesson ('I learned to share the evidence first whenever I find...') as part of the Result, not as a routine", () => {
    const story =
      "In May the bank reconciliation was out by £12,000. I traced it line by line in Excel and found duplicate supplier payments. The finance director disputed my figures, so I took him through the bank statements, and he accepted the adjustment.";
    const lesson = `${story} I learned to share the evidence before the board meeting whenever I find a difference that big.`;
    const r = gradeStory(lesson);
    expect(r.structure.parts.map((p) => p.part)).toEqual(["situation", "action", "result"]);
    expect(r.flags.map((f) => f.id)).not.toContain("routine-not-episode");
    // Following the report's own advice to close on a lesson costs no level.
    const before = gradeStory(story);
    for (const d of ["integration", "context", "result"] as const) expect(r.dimensions[d].level).toBeGreaterThanOrEqual(before.dimensions[d].level);
  });

  it("reads markdown headings and bold labels as STAR labels", () => {
    for (const text of [
      "## Situation\nRefunds had crept up to 9% of orders.\n\n## Action\nI pulled the data into pandas and walked the ops leads through it.\n\n## Result\nWithin two months refunds fell to 5.6%.",
      "**Situation:** Refunds had crept up to 9% of orders.\n**Action:** I pulled the data into pandas and walked the ops leads through it.\n**Result:** Within two months refunds fell to 5.6%.",
    ]) {
      const r = gradeStory(text);
      expect(r.structure.source).toBe("labels");
      expect(r.structure.parts.map((p) => p.part)).toEqual(["situation", "action", "result"]);
    }
  });

  it("finds a result told first, before the situation and action", () => {
    const r = gradeStory(
      "Refunds fell from 9% to 5.6% in two months. It started when the ops team blamed the drivers. I pulled the data into pandas and walked the ops leads through it.",
    );
    expect(r.structure.parts.map((p) => p.part)).toEqual(["result", "situation", "action"]);
  });

  it("returns exactly two improvements, each a question the user can answer", () => {
    for (const text of [STRONG, "Fixed the server outage. Everyone was happy.", "I'm a natural leader."]) {
      const r = gradeStory(text);
      expect(r.improvements).toHaveLength(2);
      for (const imp of r.improvements) expect(imp.question.trim().endsWith("?")).toBe(true);
    }
  });

  it("asks for the missing number when the result is vague", () => {
    const r = gradeStory(
      "Our support team of six was buried in repeat tickets about failed card payments, and the backlog had passed 400. I pulled three months of tickets with SQL, grouped them by error code, and walked the support team through the five codes behind most of them, with a reply for each. After that, things got better.",
    );
    expect(r.improvements.map((i) => i.id)).toContain("measure-result");
  });

  it("quotes the story's last unmeasured outcome with its sentence, not the first vague word", () => {
    const text =
      "Two weeks before a school reopened, the fire alarm panel was throwing earth faults and the inspector would not sign off. I was the lead electrician on site. I split the loops, tested each section with a megger and traced the fault to a junction box pierced by a ceiling fixing. I showed the ceiling contractor's foreman where the fixings had to go and agreed a re-check with him. The school opened on time.";
    const ask = gradeStory(text).improvements.find((i) => i.id === "measure-result");
    expect(ask?.question).toContain('You wrote "The school opened on time"');
  });

  it("shows how the story ended as the evidence for a partial result, and asks for its number", () => {
    const text =
      "Our warehouse kept missing the afternoon pickup because orders were picked in the wrong sequence. I was the shift lead. I mapped the pick paths, re-slotted the twenty fastest-moving items next to the packing benches and walked each picker through the new order on a laminated card. The next week the carrier collected every order from our dock.";
    const r = gradeStory(text);
    expect(r.dimensions.result.level).toBe(1);
    expect(r.dimensions.result.evidence.map((e) => [e.ruleId, text.slice(e.span.start, e.span.end)])).toEqual([["result-ending", "The next week the carrier collected every order from our dock"]]);
    expect(r.improvements.find((i) => i.id === "measure-result")?.question).toContain('You wrote "The next week the carrier collected every order from our dock"');
    // ... and the STAR outline shows that ending as the result, not as more action.
    expect(r.structure.parts.map((p) => p.part)).toEqual(["situation", "action", "result"]);
    expect(r.structure.missing).toEqual(["task"]);
  });

  it("asks for a longer telling first when a short story is held below full marks", () => {
    const short = gradeStory("I pulled the tickets with SQL and walked the support team through them, and things got better.");
    expect(short.improvements[0]?.id).toBe("tell-more");
    expect(short.flags.find((f) => f.id === "story-length")?.message).toContain("context and integration can be partial at most");
  });

  it("asks first to break up a run-on sentence, names it by its opening words, and moves no level", () => {
    const steps = [
      "so basically i was the lead on a job refitting a cold store and the client gave us a shutdown window of only 36 hours",
      "and half the circuits were not labelled so i went round with the other two electricians and traced every circuit with a tone tracer",
      "and we made up a proper schedule before we touched anything and i talked the site manager through the sequence",
      "and we had everything back on in 29 hours instead of 36",
    ];
    const runOn = `${steps.join(" ")}.`;
    const r = gradeStory(runOn);
    const flag = r.flags.find((f) => f.id === "run-on-sentence");
    expect(flag?.message).toMatch(/^The sentence that starts "so basically i was the lead…" runs to \d+ words/);
    expect(r.improvements[0]?.id).toBe("split-sentences");
    // The ladder's "Next edit" says the same first thing.
    expect(r.ladder.next).toBe(r.improvements[0]?.message);
    const without = gradeStory(runOn, { disable: ["run-on-sentence"] });
    expect([r.dimensions.integration.level, r.dimensions.context.level, r.dimensions.result.level]).toEqual([without.dimensions.integration.level, without.dimensions.context.level, without.dimensions.result.level]);
    // The same words told in sentences of ordinary length raise no such flag.
    const told = gradeStory(steps.map((s) => s.replace(/^(and |so )?(\w)/, (_m, _lead, c: string) => c.toUpperCase())).join(". ") + ".");
    expect(told.flags.map((f) => f.id)).not.toContain("run-on-sentence");
  });

  it("reads a line of routine before an occasion as background: no flag, and no advice to tell a real time", () => {
    const nurse =
      "I work nights on a busy medical ward. One night a patient was confused and kept trying to get out of bed. I had to keep him safe. I talked to him calmly and called his daughter, who came in and sat with him. I also told the doctor, who reviewed his medicines. He settled down and did not fall.";
    const r = gradeStory(nurse);
    expect(r.flags.map((f) => f.id)).not.toContain("routine-not-episode");
    expect(r.flags.map((f) => f.id)).not.toContain("hypothetical-answer");
    expect(r.improvements.map((i) => i.id)).not.toContain("tell-a-real-time");
    const routine = r.dimensions.context.evidence.find((e) => e.ruleId === "routine-not-episode");
    expect(routine && nurse.slice(routine.span.start, routine.span.end)).toBe("I work");
    expect(routine?.reason).toContain("as background to the occasion you tell");
    // The task line is named as the task, not as an act to retell with "I".
    const task = r.dimensions.integration.evidence.find((e) => e.ruleId === "skill-shared" && nurse.slice(e.span.start, e.span.end) === "keep him");
    expect(task?.reason).toBe("Work ethic named as what you had to do, not yet what you did: say how you did it");
    // A story that is all routine is still told to pick one occasion.
    const duty = gradeStory("I work nights on a busy medical ward. I check every patient hourly and I talk to families when they call.");
    expect(duty.improvements.map((i) => i.id)).toContain("tell-a-real-time");
    expect(duty.flags.map((f) => f.id)).toContain("routine-not-episode");
  });

  it("switches a rule off by id", () => {
    const r = gradeStory("Fixed it. Everyone was happy.", { disable: ["story-length"] });
    expect(r.flags.map((f) => f.id)).not.toContain("story-length");
  });
});

describe("mix", () => {
  it("targets the guide's stage mix, shifted by role", () => {
    expect(targetMix("general", "entry")).toEqual({ hard: 0.7, soft: 0.3 });
    expect(targetMix("general", "executive")).toEqual({ hard: 0.2, soft: 0.8 });
    expect(targetMix("technical", "mid").hard).toBeGreaterThan(targetMix("general", "mid").hard);
    expect(targetMix("leadership", "mid").hard).toBeLessThan(targetMix("general", "mid").hard);
    expect(targetMix("customer", "entry").hard).toBeLessThan(0.7);
  });

  it("does not praise a mix on target when the skills are not shown at work together", () => {
    const text = "I run the month-end close in Sage and I coach the team leads on it and I present the variance report to the board.";
    const doc = analyze(text);
    const shown = mixFor(doc, "general", "mid", true);
    const notShown = mixFor(doc, "general", "mid", false);
    expect(shown.verdict).toBe("balanced");
    expect(shown.message).toMatch(/fits/);
    expect(notShown.message).not.toMatch(/fits/);
    expect(notShown.message).toMatch(/not yet shown at work/);
    // A duty told in the present has integration 0: the report words its mix the second way.
    const report = gradeStory(text);
    expect(report.dimensions.integration.level).toBe(0);
    expect(report.mix.message).toBe(notShown.message);
    // Off target, the wording is the same either way: it already asks for a change.
    const hardOnly = analyze("I reconciled the ledger in Sage, rebuilt the accruals model and automated the VAT return.");
    expect(mixFor(hardOnly, "general", "mid", false).message).toBe(mixFor(hardOnly, "general", "mid", true).message);
  });

  it("measures emphasis by distinct skills, not by how often one kind is repeated", () => {
    const r = gradeStory(
      "I used pandas to analyse refunds. I walked the ops leads through it, talked to the drivers, met the shoppers and worked with the developers.",
    );
    expect(r.mix.hard).toBeGreaterThanOrEqual(0.3);
  });

  it("counts a specialist word toward the hard side only where the report quotes it: in the narrator's own act", () => {
    const own = gradeStory("I reconciled the remittance files against the ledger. I walked the ops leads through the gaps.");
    const team = gradeStory("We signed five advertisers for special supplements. I walked the ops leads through the gaps.");
    expect(own.mix.hard ?? 0).toBeGreaterThan(0);
    expect(team.hardSkills).toEqual([]);
    expect(team.mix.hard).toBe(0);
  });

  it("does not ask for a closing lesson when the story already ends on one, and still gives two edits", () => {
    const base = "At a bottling plant with four lines, the control system on line two was misbehaving because the sensors had been calibrated wrongly, a week before an audit. Together with my team I went through the data, found the calibration problem and recalibrated the sensors. Once the fix was in, the system ran normally and efficiency went up by 20%.";
    const without = gradeStory(base).improvements.map((i) => i.id);
    const withLesson = gradeStory(`${base} It taught me how much careful calibration matters.`).improvements.map((i) => i.id);
    expect(without).toContain("add-reflection");
    expect(withLesson).not.toContain("add-reflection");
    expect(withLesson).toHaveLength(2);
  });

  it("reports null shares when no skill is shown", () => {
    const r = gradeStory("It went well.");
    expect(r.mix.hard).toBeNull();
    expect(r.mix.verdict).toBe("no-skills");
  });

  it("calls a hard-only story too technical for a leadership role", () => {
    const r = gradeStory("I used SQL and Python to rebuild the pipeline in Airflow.", { role: "leadership", stage: "senior" });
    expect(r.mix.verdict).toBe("too-hard");
    expect((r.mix.hard ?? 0) + (r.mix.soft ?? 0)).toBeCloseTo(1, 5);
  });
});

describe("mix wording", () => {
  it("never calls a story mostly one kind when the numbers say otherwise (real and written stories, every role and stage)", async () => {
    const { readFileSync } = await import("node:fs");
    const texts = ["stories.real.jsonl", "stories.dev.jsonl"].flatMap((f) =>
      readFileSync(new URL(`../fixtures/${f}`, import.meta.url), "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
    let checked = 0;
    for (const text of texts) {
      const doc = analyze(text); // the mix reads the analysis only: analyse once, word it for every role and stage
      for (const role of ROLES) {
        for (const stage of STAGES) {
          const mix = mixFor(doc, role, stage);
          if (mix.message.startsWith("Mostly interpersonal")) expect(mix.soft ?? 0, text).toBeGreaterThan(0.5);
          if (mix.message.startsWith("Mostly technical")) expect(mix.hard ?? 0, text).toBeGreaterThan(0.5);
          if (mix.hard !== null) expect(mix.message).toContain(`${Math.round(mix.hard * 100)}% hard`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("writes 'an' before a vowel ('an entry', 'an executive')", () => {
    expect(gradeStory("Fixed it.", { stage: "entry", role: "technical" }).mix.message).toContain("an entry technical story");
  });
});
