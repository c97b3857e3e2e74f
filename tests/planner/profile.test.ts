import { describe, expect, it } from "vitest";
import { z } from "zod";

import { plannerContext, profileSchema, STAGE_CHOICES, stageForYears, targetMixFor, weaknessInputSchema } from "@/lib/planner";

describe("stageForYears", () => {
  it.each([
    [0, "entry"],
    [3, "entry"],
    [3.9, "entry"],
    [4, "mid"],
    [10, "mid"],
    [10.5, "senior"],
    [14.9, "senior"],
    [15, "executive"],
    [40, "executive"],
  ] as const)("maps %s years to %s", (years, stage) => {
    expect(stageForYears(years)).toBe(stage);
  });

  it("keeps exactly ten years in mid and moves eleven to senior", () => {
    expect(stageForYears(10)).toBe("mid");
    expect(stageForYears(11)).toBe("senior");
  });

  it("treats negative or non-finite years as entry", () => {
    expect(stageForYears(-2)).toBe("entry");
    expect(stageForYears(Number.NaN)).toBe("entry");
  });
});

describe("profileSchema", () => {
  it("accepts a form's string years and trims the title", () => {
    const p = profileSchema.parse({ roleType: "technical", years: "7", targetTitle: "  Data Engineer " });
    expect(p).toEqual({ roleType: "technical", years: 7, targetTitle: "Data Engineer" });
  });

  it("drops invisible control characters from the title", () => {
    expect(profileSchema.parse({ roleType: "technical", years: "7", targetTitle: "Data\u0000 Engineer\u0007" }).targetTitle).toBe("Data Engineer");
  });

  it("drops an empty title", () => {
    expect(profileSchema.parse({ roleType: "balanced", years: 2, targetTitle: "" }).targetTitle).toBeUndefined();
  });

  it("returns field errors for an unknown role type, negative years and empty years", () => {
    const bad = profileSchema.safeParse({ roleType: "wizard", years: -1 });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(Object.keys(z.flattenError(bad.error).fieldErrors).sort()).toEqual(["roleType", "years"]);
    const empty = profileSchema.safeParse({ roleType: "technical", years: "" });
    expect(empty.success).toBe(false);
  });
});

describe("profileSchema: field and examples", () => {
  it("accepts a field family id, or empty to guess", () => {
    expect(profileSchema.parse({ roleType: "customer", years: "6", field: "healthcare" }).field).toBe("healthcare");
    expect(profileSchema.parse({ roleType: "customer", years: "6", field: "" }).field).toBe("");
  });

  it("refuses a field that is not one of the families, with a message for the field", () => {
    const result = profileSchema.safeParse({ roleType: "customer", years: "6", field: "knitting" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["field"]);
    expect(result.error?.issues[0]?.message).toMatch(/Choose a field from the list/);
  });

  it("reads the examples checkbox: on counts them, anything else leaves them out", () => {
    expect(profileSchema.parse({ roleType: "balanced", years: 5, includeExamples: "on" }).includeExamples).toBe(true);
    expect(profileSchema.parse({ roleType: "balanced", years: 5, includeExamples: "yes please" }).includeExamples).toBe(false);
    expect(plannerContext(profileSchema.parse({ roleType: "balanced", years: 5 })).includeExamples).toBe(false);
  });

  it("gives the context the chosen field, or the general one with nothing to guess from", () => {
    expect(plannerContext(profileSchema.parse({ roleType: "balanced", years: 5, field: "finance" }))).toMatchObject({ field: "finance", fieldChosen: true });
    expect(plannerContext(profileSchema.parse({ roleType: "balanced", years: 5 }))).toMatchObject({ field: "general", fieldChosen: false });
  });
});

describe("profileSchema: stage", () => {
  it("accepts one of the grader's stages, or empty to work it out from the years", () => {
    expect(profileSchema.parse({ roleType: "balanced", years: "15", stage: "mid" }).stage).toBe("mid");
    expect(profileSchema.parse({ roleType: "balanced", years: "15", stage: "" }).stage).toBe("");
    expect(profileSchema.parse({ roleType: "balanced", years: "15" }).stage).toBeUndefined();
  });

  it.each(["wizard", "Mid", "unknown"])("refuses the stage %j, with a message for the stage field", (stage) => {
    const result = profileSchema.safeParse({ roleType: "balanced", years: "15", stage });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([["stage"]]);
    expect(result.error?.issues[0]?.message).toBe("Choose a career stage from the list, or let the planner work it out from your years.");
  });
});

describe("plannerContext: stage", () => {
  it("uses the chosen stage and its target mix over the years", () => {
    const c = plannerContext(profileSchema.parse({ roleType: "balanced", years: "15", stage: "mid" }));
    expect(c).toMatchObject({ stage: "mid", stageChosen: true, years: 15, target: { hard: 0.5, soft: 0.5 } });
    expect(c.stageReason).toBe("Chosen in your profile.");
  });

  it("lets a chosen stage sit above the years too", () => {
    expect(plannerContext({ roleType: "technical", years: 2, stage: "senior" })).toMatchObject({ stage: "senior", target: targetMixFor("technical", "senior") });
  });

  it.each([[""], [undefined]] as const)("works the stage out from the years when the stage is %j", (stage) => {
    const c = plannerContext({ roleType: "balanced", years: 15, ...(stage === undefined ? {} : { stage }) });
    expect(c).toMatchObject({ stage: "executive", stageChosen: false, target: { hard: 0.2, soft: 0.8 } });
    expect(c.stageReason).toBe("From 15 years of experience.");
  });

  it("says the stage is assumed, not worked out from years nobody gave, while no profile is saved", () => {
    // A user review: a junior developer with no profile read "Stage: mid. From 5 years of experience."
    const c = plannerContext({ roleType: "balanced", years: 5 }, [], { assumed: true });
    expect(c).toMatchObject({ stage: "mid", stageChosen: false, assumed: true });
    expect(c.stageReason).toBe("Assumed until you give your years of experience in your profile.");
    expect(plannerContext({ roleType: "balanced", years: 5 }).assumed).toBe(false);
  });

  it("says one year, not one years", () => {
    expect(plannerContext({ roleType: "balanced", years: 1 }).stageReason).toBe("From 1 year of experience.");
  });
});

describe("STAGE_CHOICES", () => {
  it("gives year ranges that do not overlap and agree with stageForYears (10 years is mid, 15 executive)", () => {
    // A user review: "Mid-career (4–10 years)" and "Senior (10–15 years)" both claimed 10 years, and
    // "Senior (10–15)" and "Executive (15+)" both claimed 15, beside a hint saying "over 10 senior".
    expect(STAGE_CHOICES.map((c) => `${c.label} (${c.years})`)).toEqual([
      "Entry level (under 4 years)",
      "Mid-career (4–10 years)",
      "Senior (over 10 and under 15 years)",
      "Executive (15 years and up)",
    ]);
    expect([3.5, 4, 10, 10.5, 14.5, 15].map(stageForYears)).toEqual(["entry", "mid", "mid", "senior", "senior", "executive"]);
  });
});

describe("targetMixFor", () => {
  it("uses the guide's stage mix for a balanced role", () => {
    expect(targetMixFor("balanced", "entry")).toEqual({ hard: 0.7, soft: 0.3 });
    expect(targetMixFor("balanced", "executive")).toEqual({ hard: 0.2, soft: 0.8 });
  });

  it("shifts toward hard for technical roles and toward soft for leadership roles", () => {
    expect(targetMixFor("technical", "mid").hard).toBeGreaterThan(targetMixFor("balanced", "mid").hard);
    expect(targetMixFor("leadership", "mid").hard).toBeLessThan(targetMixFor("balanced", "mid").hard);
  });

  it("pulls customer-facing roles toward an even split", () => {
    expect(targetMixFor("customer", "senior")).toEqual({ hard: 0.4, soft: 0.6 });
    expect(targetMixFor("customer", "mid")).toEqual({ hard: 0.5, soft: 0.5 });
  });
});

describe("plannerContext", () => {
  it("maps balanced to the grader's general role and leaves the primary category open", () => {
    const c = plannerContext({ roleType: "balanced", years: 12 });
    expect(c).toMatchObject({ graderRole: "general", stage: "senior", primary: null, targetTitle: null });
  });

  it("gives technical roles a hard primary category and leadership roles a soft one", () => {
    expect(plannerContext({ roleType: "technical", years: 1 }).primary).toBe("hard");
    expect(plannerContext({ roleType: "leadership", years: 1 }).primary).toBe("soft");
  });
});

describe("weaknessInputSchema", () => {
  it("trims the weakness and its plan and drops invisible control characters", () => {
    expect(weaknessInputSchema.parse({ skill: " public\u0000 speaking ", plan: "I joined Toastmasters.\u0000 " })).toEqual({ skill: "public speaking", plan: "I joined Toastmasters." });
  });

  it("refuses a weakness of fewer than two visible characters, and a plan over 2,000", () => {
    const blank = weaknessInputSchema.safeParse({ skill: "x\u0000\u0000", plan: "" });
    expect(blank.success).toBe(false);
    if (!blank.success) expect(Object.keys(z.flattenError(blank.error).fieldErrors)).toEqual(["skill"]);
    expect(weaknessInputSchema.safeParse({ skill: "networking", plan: "a".repeat(2001) }).success).toBe(false);
  });
});
