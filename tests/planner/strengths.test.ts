import { describe, expect, it } from "vitest";

import {
  answerOutline,
  checkWeakness,
  hasPlanAction,
  hasTimeFrame,
  leadSentence,
  primaryCategoryFor,
  proposeStrengths,
  resolveWeakness,
  ROLE_TYPES,
  SAFE_WEAKNESSES,
  type SafeWeakness,
} from "@/lib/planner";
import { behaviourLabel, gerund } from "@/lib/planner/wording";

import { ctx, story, summary } from "./support";

const GOOD_PLAN = "I joined Toastmasters and give a talk every two weeks.";
const ids = (c: { warnings: { id: string }[] }) => c.warnings.map((w) => w.id);

const sqlStory = (id: string, overall = 90) =>
  summary({ id, overall, hard: [["SQL", "data"], ["Tableau", "data"]], soft: [["communication", "explain"]] });
const mentorStory = (id: string, overall = 90) =>
  summary({ id, overall, hard: [["Zendesk", "support"]], soft: [["leadership", "mentor"], ["leadership", "coach"]] });

describe("proposeStrengths", () => {
  it("leads a technical role with the hard field backed by two strong stories", () => {
    const plan = proposeStrengths([sqlStory("a"), sqlStory("b"), mentorStory("c")], ctx("technical", 5));
    expect(plan.primaryCategory).toBe("hard");
    expect(plan.primary?.skill).toMatchObject({ category: "hard", field: "data" });
    expect(plan.primary?.storyIds).toEqual(["a", "b"]);
    expect(plan.primary?.label).toBe("Data: SQL, Tableau");
    expect(plan.primary?.spoken).toBe("my data skills, especially SQL and Tableau");
  });

  it("names a soft strength's behaviours as activities, not as bare verbs that read as orders", () => {
    const runner = (id: string) => summary({ id, soft: [["leadership", "run"], ["leadership", "set the direction"], ["leadership", "chair"]] });
    const plan = proposeStrengths([runner("a"), runner("b")], ctx("leadership", 12));
    expect(plan.primary?.label).toBe("Leadership: chairing, running, setting the direction");
    expect(plan.primary?.spoken).toBe("leadership, for example when I chair and run");
  });

  it("says whom a behaviour that ends on its preposition reached, and leaves out acts the lexicon does not name", () => {
    const sitter = (id: string) => summary({ id, soft: [["collaboration", "sit down with"], ["collaboration", "sat + people"]] });
    const plan = proposeStrengths([sitter("a"), sitter("b")], ctx("balanced", 5));
    expect(plan.primary?.label).toBe("Collaboration: sitting down with people");
    expect(plan.primary?.spoken).toBe("collaboration, for example when I sit down with people");
  });

  it("proposes no primary strength when only one strong story backs it, and says why", () => {
    const plan = proposeStrengths([sqlStory("a"), summary({ id: "b", band: "fair", hard: [["SQL", "data"]] })], ctx("technical", 5));
    expect(plan.primary).toBeNull();
    expect(plan.notes.join(" ")).toMatch(/the closest is data \(.*\), with one\./);
  });

  it("does not count fair stories as backing", () => {
    const fair = (id: string) => summary({ id, band: "fair", hard: [["SQL", "data"]], soft: [["communication", "explain"]] });
    expect(proposeStrengths([fair("a"), fair("b"), fair("c")], ctx("technical", 5)).primary).toBeNull();
  });

  it("leads a leadership role with the soft family, not the better-backed hard field", () => {
    const plan = proposeStrengths([sqlStory("a"), sqlStory("b"), sqlStory("c"), mentorStory("m1"), mentorStory("m2")], ctx("leadership", 12));
    expect(plan.primaryCategory).toBe("soft");
    expect(plan.primary?.skill.category).toBe("soft");
    expect(plan.complementary?.skill).toMatchObject({ category: "hard", field: "data" });
  });

  it("draws a leadership role's primary strength from the leadership family when two strong stories back it", () => {
    const collab = (id: string) => summary({ id, soft: [["collaboration", "mediate"]] });
    const lead = (id: string) => summary({ id, soft: [["leadership", "delegate"]] });
    const bank = [collab("a"), collab("b"), collab("c"), lead("d"), lead("e")];
    expect(proposeStrengths(bank, ctx("leadership", 12)).primary?.skill).toMatchObject({ family: "leadership" });
    expect(proposeStrengths(bank, ctx("balanced", 12)).primary?.skill).toMatchObject({ family: "collaboration" });
  });

  it("does not prefer a lead family that only one strong story backs", () => {
    const bank = [summary({ id: "a", soft: [["collaboration", "mediate"]] }), summary({ id: "b", soft: [["collaboration", "mediate"]] }), summary({ id: "c", soft: [["leadership", "delegate"]] })];
    expect(proposeStrengths(bank, ctx("leadership", 12)).primary?.skill).toMatchObject({ family: "collaboration" });
  });

  it("ranks the field with more strong stories above one with higher scores but fewer", () => {
    // data: 4 strong stories, 280 points in all; creative: 3 strong stories, 300 points.
    const figma = (id: string) => summary({ id, overall: 100, hard: [["Figma", "creative"]] });
    const plan = proposeStrengths([sqlStory("a", 70), sqlStory("b", 70), sqlStory("c", 70), sqlStory("d", 70), figma("x"), figma("y"), figma("z")], ctx("technical", 5));
    expect(plan.primary?.skill).toMatchObject({ field: "data" });
    expect(plan.primary?.storyIds).toEqual(["a", "b", "c", "d"]);
  });

  it("prefers a complement that forms one of the guide's pairs", () => {
    const bank = [
      summary({ id: "a", hard: [["SQL", "data"]], soft: [["leadership", "mentor"]] }),
      summary({ id: "b", hard: [["SQL", "data"]], soft: [["leadership", "coach"]] }),
      summary({ id: "c", hard: [["Excel", "business-tools"]], soft: [["communication", "explain"]] }),
    ];
    const plan = proposeStrengths(bank, ctx("technical", 5));
    expect(plan.complementary?.skill).toMatchObject({ family: "communication" });
    expect(plan.combinedImpact).toMatch(/understand/);
  });

  it("otherwise prefers the complement that appears in the primary strength's own stories", () => {
    // Neither family pairs with data in the guide; work-ethic has the better scores, adaptability shares the primary's stories.
    const bank = [
      summary({ id: "a", overall: 80, hard: [["SQL", "data"]], soft: [["adaptability", "adapt"]] }),
      summary({ id: "b", overall: 80, hard: [["SQL", "data"]], soft: [["adaptability", "pivot"]] }),
      summary({ id: "e", overall: 80, hard: [["SQL", "data"]] }),
      summary({ id: "c", overall: 95, hard: [["Figma", "creative"]], soft: [["work-ethic", "volunteer"]] }),
      summary({ id: "d", overall: 95, hard: [["Figma", "creative"]], soft: [["work-ethic", "persist"]] }),
    ];
    const plan = proposeStrengths(bank, ctx("technical", 5));
    expect(plan.primary?.skill).toMatchObject({ field: "data" });
    expect(plan.complementary?.skill).toMatchObject({ family: "adaptability" });
    expect(plan.combinedImpact).toBeNull();
  });

  it("lets the bank decide a balanced role's primary category", () => {
    const coach = (id: string) => summary({ id, soft: [["leadership", "coach"]] });
    const softBank = [coach("a"), coach("b"), sqlStory("c")];
    const hardBank = [sqlStory("a"), sqlStory("b"), mentorStory("c")];
    expect(primaryCategoryFor(softBank, ctx("balanced", 6))).toBe("soft");
    expect(primaryCategoryFor(hardBank, ctx("balanced", 6))).toBe("hard");
  });

  it("breaks a balanced tie by the stage's target", () => {
    const tie = [sqlStory("a"), mentorStory("b")];
    expect(primaryCategoryFor(tie, ctx("balanced", 2))).toBe("hard");
    expect(primaryCategoryFor(tie, ctx("balanced", 12))).toBe("soft");
  });

  it("proposes a safe weakness from the less critical category", () => {
    expect(proposeStrengths([], ctx("technical", 5)).weakness?.category).toBe("soft");
    expect(proposeStrengths([], ctx("leadership", 12)).weakness?.category).toBe("hard");
    expect(proposeStrengths([], ctx("customer", 5)).weakness?.category).toBe("hard");
  });

  it("skips a safe weakness that the user's strong stories contradict", () => {
    expect(proposeStrengths([], ctx("technical", 5)).weakness?.id).toBe("public-speaking");
    const presenter = story("churn");
    expect(proposeStrengths([presenter], ctx("technical", 5)).weakness?.id).toBe("networking");
  });

  it("is deterministic", () => {
    const bank = [sqlStory("b"), sqlStory("a"), mentorStory("c")];
    expect(proposeStrengths(bank, ctx("technical", 5))).toEqual(proposeStrengths([...bank].reverse(), ctx("technical", 5)));
  });
});

describe("checkWeakness", () => {
  it("warns when the weakness is in a technical role's primary category", () => {
    const c = checkWeakness({ skill: "SQL and data modelling", plan: GOOD_PLAN }, [], ctx("technical", 5));
    expect(ids(c)).toContain("primary-category");
    expect(c.ok).toBe(false);
  });

  it("does not warn for a soft weakness in a technical role", () => {
    const c = checkWeakness({ skill: "public speaking", plan: GOOD_PLAN }, [], ctx("technical", 5));
    expect(c.warnings).toEqual([]);
    expect(c.ok).toBe(true);
    expect(c.skills).toMatchObject({ category: "soft", families: ["communication"] });
  });

  it("warns when a leadership candidate names strategic planning", () => {
    expect(ids(checkWeakness({ skill: "strategic planning", plan: GOOD_PLAN }, [], ctx("leadership", 12)))).toContain("primary-category");
  });

  it("accepts a proposed weakness from the table, then warns on switching to one in the primary category", () => {
    const c = ctx("leadership", 12);
    const proposed = proposeStrengths([], c).weakness as SafeWeakness;
    expect(checkWeakness({ skill: proposed.label, plan: proposed.plan, weaknessId: proposed.id }, [], c).ok).toBe(true);
    expect(ids(checkWeakness({ skill: "delegation", plan: proposed.plan }, [], c))).toContain("primary-category");
  });

  it("does not warn on category for a balanced role", () => {
    expect(ids(checkWeakness({ skill: "Kubernetes", plan: GOOD_PLAN }, [], ctx("balanced", 6)))).not.toContain("primary-category");
  });

  it("warns for a balanced role when the weakness is on the side the user leads with", () => {
    const c = ctx("balanced", 6);
    expect(ids(checkWeakness({ skill: "Kubernetes", plan: GOOD_PLAN }, [], c, { leadCategory: "hard" }))).toContain("primary-category");
    expect(ids(checkWeakness({ skill: "Kubernetes", plan: GOOD_PLAN }, [], c, { leadCategory: "soft" }))).not.toContain("primary-category");
  });

  it("accepts the guide's narrow weakness in a soft-led role's own category", () => {
    const c = ctx("leadership", 12);
    const sayingNo = SAFE_WEAKNESSES.leadership.find((w) => w.id === "saying-no") as SafeWeakness;
    expect(checkWeakness({ skill: sayingNo.label, plan: sayingNo.plan, weaknessId: "saying-no" }, [], c).warnings).toEqual([]);
  });

  it("still warns when a table weakness is contradicted by a strong story", () => {
    const presenter = summary({ id: "p", soft: [["communication", "present"]] });
    const c = ctx("technical", 5);
    expect(ids(checkWeakness({ skill: "speaking", plan: GOOD_PLAN, weaknessId: "public-speaking" }, [presenter], c))).toEqual(["contradicted"]);
  });

  it("warns when the user's own strong story proves the very skill", () => {
    const c = checkWeakness({ skill: "public speaking", plan: GOOD_PLAN }, [story("churn", "c")], ctx("technical", 5));
    expect(c.warnings.find((w) => w.id === "contradicted")?.storyIds).toEqual(["c"]);
  });

  it("does not count a weak story showing that skill as a contradiction", () => {
    const weak = summary({ id: "w", band: "weak", soft: [["communication", "present"]] });
    expect(ids(checkWeakness({ skill: "public speaking", plan: GOOD_PLAN }, [weak], ctx("technical", 5)))).not.toContain("contradicted");
  });

  it("does not count a strong story showing a different communication behaviour", () => {
    const listener = summary({ id: "l", soft: [["communication", "listen"]] });
    expect(ids(checkWeakness({ skill: "public speaking", plan: GOOD_PLAN }, [listener], ctx("technical", 5)))).not.toContain("contradicted");
  });

  it("counts any strong story in the family when the weakness names the whole family", () => {
    const listener = summary({ id: "l", soft: [["communication", "listen"]] });
    expect(ids(checkWeakness({ skill: "communication", plan: GOOD_PLAN }, [listener], ctx("technical", 5)))).toContain("contradicted");
  });

  it("warns when a hard weakness is a tool the strong stories use", () => {
    const c = checkWeakness({ skill: "Python", plan: GOOD_PLAN }, [story("churn", "c")], ctx("leadership", 12));
    expect(ids(c)).toEqual(["contradicted"]);
  });

  it("warns about collaboration as a weakness for a technical role", () => {
    expect(ids(checkWeakness({ skill: "teamwork", plan: GOOD_PLAN }, [], ctx("technical", 5)))).toEqual(["role-critical"]);
  });

  it("warns about reliability as a weakness only at entry stage", () => {
    expect(ids(checkWeakness({ skill: "time management", plan: GOOD_PLAN }, [], ctx("technical", 1)))).toContain("entry-basics");
    expect(ids(checkWeakness({ skill: "time management", plan: GOOD_PLAN }, [], ctx("technical", 6)))).not.toContain("entry-basics");
  });

  it("says so when the weakness names no skill it can recognise", () => {
    expect(ids(checkWeakness({ skill: "I care too much", plan: GOOD_PLAN }, [], ctx("technical", 5)))).toEqual(["unrecognised"]);
  });

  it("lets the user's category override the words", () => {
    const c = checkWeakness({ skill: "I care too much", plan: GOOD_PLAN, category: "hard" }, [], ctx("technical", 5));
    expect(ids(c)).toEqual(["primary-category"]);
  });

  it("warns when the plan has no concrete action and no time frame", () => {
    expect(ids(checkWeakness({ skill: "public speaking", plan: "I hope to get better at it." }, [], ctx("technical", 5)))).toEqual([
      "plan-no-action",
      "plan-no-time-frame",
    ]);
  });

  it("warns about the time frame alone when the plan has an action", () => {
    expect(ids(checkWeakness({ skill: "public speaking", plan: "I joined Toastmasters." }, [], ctx("technical", 5)))).toEqual(["plan-no-time-frame"]);
  });
});

describe("resolveWeakness", () => {
  it("reads a hard weakness from the grader's lexicon", () => {
    expect(resolveWeakness({ skill: "advanced Kubernetes", plan: "" }, ctx("technical", 5))).toMatchObject({ category: "hard", terms: ["Kubernetes"] });
  });

  it("uses the table's skills for an accepted proposal", () => {
    expect(resolveWeakness({ skill: "anything", plan: "", weaknessId: "public-speaking" }, ctx("technical", 5))).toMatchObject({
      category: "soft",
      behaviours: ["present", "presentation", "address", "pitch"],
    });
  });
});

describe("plan predicates", () => {
  it.each(["I am taking an evening course.", "I asked my manager for feedback.", "I practise with a mentor."])("finds an action in %j", (plan) => {
    expect(hasPlanAction(plan)).toBe(true);
  });

  it.each(["I will get better.", "It is something I think about."])("finds no action in %j", (plan) => {
    expect(hasPlanAction(plan)).toBe(false);
  });

  it.each(["every two weeks", "for an hour a week", "by March", "since January", "this quarter", "weekly", "within 3 months"])("finds a time frame in %j", (plan) => {
    expect(hasTimeFrame(plan)).toBe(true);
  });

  it.each(["soon", "at some point", "when I can", "two colleagues"])("finds no time frame in %j", (plan) => {
    expect(hasTimeFrame(plan)).toBe(false);
  });

  it.each(ROLE_TYPES.flatMap((r) => (SAFE_WEAKNESSES[r] as readonly SafeWeakness[]).map((w) => [r, w.id, w.plan] as const)))(
    "the %s table's sample plan for %s passes its own check",
    (_role, _id, plan) => {
      expect(hasPlanAction(plan) && hasTimeFrame(plan)).toBe(true);
    },
  );
});

describe("answerOutline", () => {
  it("names the strength's best story and its result, then the weakness and the plan", () => {
    const bank = [sqlStory("a", 95), sqlStory("b"), mentorStory("c")];
    const c = ctx("technical", 5);
    const plan = proposeStrengths(bank, c);
    const w = plan.weakness as SafeWeakness;
    const outline = answerOutline(plan, { skill: w.label, plan: w.plan }, bank, c);
    expect(outline.lines[0]).toContain('"Story a"');
    expect(outline.lines[0]).toContain("Result of a rose 10%.");
    expect(outline.lines.at(-2)).toContain(w.whySafe);
    expect(outline.lines.at(-1)).toContain(w.plan);
  });

  it("proves the complement with a different story from the primary when one exists", () => {
    const both = (id: string, overall: number) => summary({ id, overall, hard: [["SQL", "data"]], soft: [["communication", "explain"]] });
    const bank = [both("a", 99), both("b", 90)];
    const c = ctx("technical", 5);
    const lines = answerOutline(proposeStrengths(bank, c), { skill: "public speaking", plan: GOOD_PLAN }, bank, c).lines;
    expect(lines[0]).toContain('"Story a"');
    expect(lines[1]).toContain('"Story b"');
  });

  it("says the same story shows the complement when only that story proves it", () => {
    const bank = [sqlStory("a", 99), summary({ id: "b", hard: [["SQL", "data"]] })];
    const c = ctx("technical", 5);
    const lines = answerOutline(proposeStrengths(bank, c), { skill: "public speaking", plan: GOOD_PLAN }, bank, c).lines;
    expect(lines[1]).toContain("The same story shows it.");
  });

  it("leaves out the strength lines when there is no strength to propose", () => {
    const c = ctx("technical", 5);
    const outline = answerOutline(proposeStrengths([], c), { skill: "public speaking", plan: GOOD_PLAN }, [], c);
    expect(outline.strength).toBeNull();
    expect(outline.lines).toHaveLength(2);
  });
});

describe("leadSentence", () => {
  it("never says a balanced role leads with one side: it follows the bank", () => {
    const line = leadSentence("balanced", "hard", "bank");
    expect(line).not.toMatch(/balanced role leads with/);
    expect(line).toContain("lean to technical skills");
    expect(line).toContain("keep people skills close behind");
  });

  it("does not say the stories lean one way when they do not, nor that strong stories exist when none does", () => {
    const none = leadSentence("balanced", "hard", "no-strong");
    expect(none).not.toMatch(/lean|lead with those|strong stories/);
    expect(none).toContain("none of your stories is strong yet");
    const tie = leadSentence("balanced", "hard", "tie");
    expect(tie).not.toMatch(/lean to|lead with those/);
    expect(tie).toContain("prove both sides as often");
  });

  it("says the profile chose the side when it did", () => {
    expect(leadSentence("balanced", "soft", "profile")).toContain("your profile leads to people skills");
  });

  it("names the side a fixed role leads with in plain words", () => {
    expect(leadSentence("customer", "soft", "no-strong")).toMatch(/^A customer-facing role leads with people skills: /);
  });

  it("gives the basis with the plan: no strong story, a tie, or the bank once strong stories lean", () => {
    expect(proposeStrengths([], ctx("balanced", 6)).primaryBasis).toBe("no-strong");
    expect(proposeStrengths([sqlStory("a")], ctx("balanced", 6)).primaryBasis).toBe("tie");
    const hardOnly = summary({ id: "d", overall: 90, hard: [["SQL", "data"]], soft: [] });
    expect(proposeStrengths([sqlStory("a"), sqlStory("b"), hardOnly], ctx("balanced", 6)).primaryBasis).toBe("bank");
  });
});

describe("gerund and behaviourLabel", () => {
  it.each([
    ["run", "running"], ["plan", "planning"], ["set", "setting"], ["coordinate", "coordinating"], ["tie", "tying"],
    ["agree", "agreeing"], ["lead", "leading"], ["mentor", "mentoring"], ["co-design", "co-designing"], ["listen", "listening"],
  ])("%s -> %s", (verb, ing) => expect(gerund(verb)).toBe(ing));

  it("keeps nouns and verbs quoted from the story as they are", () => {
    const lemmas = new Set(["run", "presentation", "propose"]);
    expect(behaviourLabel("run", lemmas)).toBe("running");
    expect(behaviourLabel("presentation", lemmas)).toBe("presentation");
    expect(behaviourLabel("propose (to whom is not said)", lemmas)).toBe("proposing");
    expect(behaviourLabel("gave + people", lemmas)).toBe("gave");
  });
});
