import { describe, expect, it } from "vitest";

import { gradeStory } from "@/lib/grader";
import {
  FIELD_FAMILIES,
  FIELD_FAMILY_IDS,
  findSkillTerms,
  hasPlanAction,
  hasTimeFrame,
  plannerContext,
  profileSchema,
  proposeStrengths,
  QUESTIONS,
  questionsFor,
  safeWeaknessesFor,
  SITUATION_IDS,
  summariseStory,
  type FieldFamily,
  type Question,
} from "@/lib/planner";

const FAMILIES = FIELD_FAMILIES as readonly FieldFamily[];
const SPECIFIC = FAMILIES.filter((f) => f.id !== "general");

describe("FIELD_FAMILIES", () => {
  it("has every family id once, including the ten fields the planner promises", () => {
    expect(FAMILIES.map((f) => f.id)).toEqual([...FIELD_FAMILY_IDS]);
    for (const id of [
      "software-data",
      "healthcare",
      "education",
      "trades-engineering",
      "finance",
      "sales-marketing",
      "retail-hospitality",
      "public-sector",
      "operations-logistics",
      "leadership",
    ]) {
      expect(FIELD_FAMILY_IDS).toContain(id);
    }
  });

  it.each(SPECIFIC.map((f) => [f.id, f] as const))("%s is complete: strengths, weaknesses and questions of each kind", (_id, f) => {
    expect(f.label.length).toBeGreaterThan(3);
    expect(f.examples.length).toBeGreaterThan(10);
    expect(f.strengths.length).toBeGreaterThanOrEqual(3);
    expect(f.strengths.some((s) => s.category === "hard")).toBe(true);
    expect(f.strengths.some((s) => s.category === "soft")).toBe(true);
    for (const s of f.strengths) expect((s.fields?.length ?? 0) + (s.families?.length ?? 0), s.label).toBeGreaterThan(0);
    const forEveryone = (f.weaknesses).filter((w) => !w.roles);
    expect(forEveryone.some((w) => w.category === "hard")).toBe(true);
    expect(forEveryone.some((w) => w.category === "soft")).toBe(true);
    expect(f.questions.length).toBeGreaterThanOrEqual(4);
  });

  it.each(SPECIFIC.flatMap((f) => f.weaknesses.map((w) => [f.id, w.id, w] as const)))("%s: %s has a plan with an action and a time frame", (_f, _id, w) => {
    expect(hasPlanAction(w.plan)).toBe(true);
    expect(hasTimeFrame(w.plan)).toBe(true);
    expect(w.whySafe.length).toBeGreaterThan(20);
  });

  it.each(SPECIFIC.flatMap((f) => f.weaknesses.map((w) => [f.id, w.id, f, w] as const)))("%s: %s is not a core skill of the field", (_f, _id, f, w) => {
    const label = w.label.toLowerCase();
    for (const word of f.core.words) expect(label, `"${w.label}" names the core "${word}"`).not.toContain(word);
    if (w.family) expect(f.core.families).not.toContain(w.family);
    if (w.field) expect(f.core.fields).not.toContain(w.field);
    // The skill words in the label and the terms that would contradict it belong to other fields.
    for (const hit of findSkillTerms([w.label, ...w.terms].join(". ")).hard) expect(f.core.fields, hit.term).not.toContain(hit.field);
  });

  it("gives every question an id unique across all fields and the common set, a competency and known situations", () => {
    const all: readonly Question[] = [...QUESTIONS, ...FAMILIES.flatMap((f) => f.questions)];
    const ids = all.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const x of all) {
      expect(x.competency.length, x.id).toBeGreaterThan(3);
      for (const s of x.situations ?? []) expect(SITUATION_IDS).toContain(s);
    }
  });

  it("puts a field's own questions before the common set", () => {
    const hc = questionsFor("healthcare");
    expect(hc.slice(0, 5).map((x) => x.id)).toEqual(FAMILIES.find((f) => f.id === "healthcare")!.questions.map((x) => x.id));
    expect(hc.length).toBe(QUESTIONS.length + 5);
    expect(questionsFor("general")).toBe(QUESTIONS);
  });
});

describe("safeWeaknessesFor", () => {
  const ctx = (field: string, roleType: "technical" | "customer" | "leadership" | "balanced" = "customer") =>
    plannerContext(profileSchema.parse({ roleType, years: 6, field }));

  it("offers a nurse healthcare weaknesses, never backend systems", () => {
    const labels = safeWeaknessesFor(ctx("healthcare")).map((w) => w.label);
    expect(labels).toContain("building spreadsheets and data reports");
    expect(labels.join(" ")).not.toMatch(/backend|code|database/i);
  });

  it("offers a role-limited weakness only to that role", () => {
    expect(safeWeaknessesFor(ctx("healthcare", "leadership")).map((w) => w.id)).toContain("hc-hands-on");
    expect(safeWeaknessesFor(ctx("healthcare", "customer")).map((w) => w.id)).not.toContain("hc-hands-on");
  });

  it("falls back to the guide's table for the role type in the general family", () => {
    expect(safeWeaknessesFor(ctx("general", "technical")).map((w) => w.id)).toContain("public-speaking");
  });
});

describe("proposeStrengths for a field", () => {
  const NURSE = [
    "On a 28-bed surgical ward, two patients a month deteriorated without a timely escalation. I audited our NEWS2 observation charts with the outreach team and taught the healthcare assistants to escalate a score of five at once. Missed escalations fell from two a month to none in six months.",
    "Medication errors on the night round were three a month. I reviewed the MAR chart process with our pharmacist and coached the night nurses to double-check insulin doses together. Errors fell to one a quarter within six months.",
  ];
  const bank = NURSE.map((text, i) => summariseStory({ id: `n${i}`, title: `Nurse ${i}`, text }, gradeStory(text, { role: "customer", stage: "mid" })));

  it("proposes a healthcare weakness for a nurse who chose healthcare, not a software one", () => {
    const plan = proposeStrengths(bank, plannerContext(profileSchema.parse({ roleType: "customer", years: 6, field: "healthcare" }), bank));
    expect(plan.weakness?.id.startsWith("hc-")).toBe(true);
  });

  it("guesses healthcare from the nurse's stories when the profile leaves the field empty", () => {
    const ctx = plannerContext(profileSchema.parse({ roleType: "customer", years: 6, field: "" }), bank);
    expect(ctx.field).toBe("healthcare");
    expect(ctx.fieldChosen).toBe(false);
    expect(ctx.fieldReason).toMatch(/2 stories/);
  });
});
