import { describe, expect, it } from "vitest";

import { buildSheet, clipLine, plannerContext, proposeStrengths, QUESTIONS, SHEET_LIMITS, type SafeWeakness } from "@/lib/planner";

import { ctx, story, summary } from "./support";

describe("buildSheet", () => {
  const bank = [story("churn", "churn"), story("mentor", "mentor"), story("excel", "excel"), summary({ id: "sql2", hard: [["SQL", "data"]], soft: [["communication", "explain"]] })];
  const c = ctx("technical", 5, "Data Analyst");
  const plan = proposeStrengths(bank, c);
  const w = plan.weakness as SafeWeakness;
  const weakness = { skill: w.label, plan: w.plan };

  it("names each selected question's best story with its one line and its result", () => {
    const sheet = buildSheet({ ctx: c, bank, plan, weakness, questionIds: ["explain-technical", "mentor"] });
    expect(sheet.questions.map((q) => q.story?.id)).toEqual(["churn", "mentor"]);
    expect(sheet.questions[0]).toMatchObject({
      fit: "strong",
      story: {
        title: "Story churn",
        summary: "I presented the findings to the product team with simple charts, which led us to add a retry flow.",
        resultQuote: "Within two months churn fell to 5%.",
      },
    });
    expect(sheet.storyIds).toEqual(expect.arrayContaining(["churn", "mentor"]));
  });

  it("names the strengths' best story first among its stories, each once", () => {
    expect(plan.primary?.storyIds[0]).toBe("churn");
    expect(buildSheet({ ctx: c, bank, plan, weakness, questionIds: ["mentor", "explain-technical"] }).storyIds).toEqual(["churn", "mentor"]);
  });

  it("names only the questions' stories when the plan proposes no strength", () => {
    const none = proposeStrengths([], c);
    expect(buildSheet({ ctx: c, bank, plan: none, weakness, questionIds: ["mentor"] }).storyIds).toEqual(["mentor"]);
  });

  it("spreads the questions over different stories when another fits as well, so the page does not repeat one (user review)", () => {
    // "mentor" and "lead-project" are both answered best by "mentor", and as well by "excel".
    expect(buildSheet({ ctx: c, bank, plan, weakness, questionIds: ["mentor", "lead-project"] }).questions.map((q) => [q.story?.id, q.fit])).toEqual([
      ["mentor", "strong"],
      ["excel", "strong"],
    ]);
    // A story the user picked is on the page already.
    const picked = buildSheet({ ctx: c, bank, plan, weakness, questionIds: ["mentor", "lead-project"], picks: { mentor: "excel" } });
    expect(picked.questions.map((q) => q.story?.id)).toEqual(["excel", "mentor"]);
    // With no other story as good, the best one is named again rather than a weaker one.
    expect(buildSheet({ ctx: c, bank, plan, weakness, questionIds: ["conflict-mediate", "difficult-person"] }).questions.map((q) => q.story?.id)).toEqual(["mentor", "mentor"]);
  });

  it("uses the story the user picked instead of the best match", () => {
    const sheet = buildSheet({ ctx: c, bank, plan, weakness, questionIds: ["explain-technical"], picks: { "explain-technical": "excel" } });
    expect(sheet.questions[0]).toMatchObject({ fit: "picked", story: { id: "excel" } });
  });

  it("ignores a pick of a story that is not in the bank", () => {
    const sheet = buildSheet({ ctx: c, bank, plan, weakness, questionIds: ["explain-technical"], picks: { "explain-technical": "gone" } });
    expect(sheet.questions[0]?.story?.id).toBe("churn");
  });

  it("keeps a question the bank cannot answer, with no story", () => {
    const sheet = buildSheet({ ctx: c, bank, plan, weakness, questionIds: ["above-and-beyond"] });
    expect(sheet.questions[0]).toMatchObject({ id: "above-and-beyond", fit: "gap", story: null });
  });

  it("reports selected ids that are not questions", () => {
    expect(buildSheet({ ctx: c, bank, plan, weakness, questionIds: ["nope", "mentor"] }).unknownQuestionIds).toEqual(["nope"]);
  });

  it("carries the strengths, the weakness outline and the target title", () => {
    const sheet = buildSheet({ ctx: c, bank, plan, weakness, questionIds: [] });
    expect(sheet.heading).toBe("Data Analyst");
    expect(sheet.strengths.primary).toBe(plan.primary?.label);
    expect(sheet.strengths.primary).toMatch(/^Data: /);
    expect(sheet.outline.lines.join("\n")).toContain(w.plan);
    expect(sheet.profileLine).toMatch(/^mid stage, 5 years/);
  });

  it("claims no years of experience while the profile is not set", () => {
    const assumed = plannerContext({ roleType: "balanced", years: 5 }, [], { assumed: true });
    const sheet = buildSheet({ ctx: assumed, bank, plan, weakness, questionIds: [] });
    expect(sheet.profileLine).not.toContain("years");
    expect(sheet.profileLine).toMatch(/^mid stage \(assumed: set your profile\); aim for about 50% hard/);
  });

  it("falls back to the role type when there is no target title", () => {
    expect(buildSheet({ ctx: ctx("leadership", 12), bank, plan, weakness, questionIds: [] }).heading).toMatch(/leadership/);
  });

  it("prints at most eight questions, in the order chosen, and counts the ones left off", () => {
    const ids = QUESTIONS.map((q) => q.id as string);
    const sheet = buildSheet({ ctx: c, bank, plan, weakness, questionIds: ids });
    expect(sheet.questions.map((q) => q.id)).toEqual(ids.slice(0, SHEET_LIMITS.questions));
    expect(sheet.omittedQuestions).toBe(ids.length - SHEET_LIMITS.questions);
    expect(buildSheet({ ctx: c, bank, plan, weakness, questionIds: ids.slice(0, 3) }).omittedQuestions).toBe(0);
  });

  it("cuts a long title, summary, result and outline line at a word so each fits a line or two", () => {
    const long = "word ".repeat(120).trim();
    const wordy = summary({ id: "w", title: long, line: long, resultQuote: long, hard: [["SQL", "data"]], soft: [["communication", "explain"]] });
    const sheet = buildSheet({ ctx: c, bank: [wordy], plan, weakness: { skill: "delegating", plan: long }, questionIds: ["explain-technical"], picks: { "explain-technical": "w" } });
    const story = sheet.questions[0]?.story;
    expect(story?.title.length).toBeLessThanOrEqual(SHEET_LIMITS.title);
    expect(story?.summary.length).toBeLessThanOrEqual(SHEET_LIMITS.summary);
    expect(story?.resultQuote?.length).toBeLessThanOrEqual(SHEET_LIMITS.result);
    expect(story?.title).toMatch(/word…$/);
    for (const line of sheet.outline.lines) expect(line.length).toBeLessThanOrEqual(SHEET_LIMITS.outlineLine);
  });
});

describe("clipLine", () => {
  it("keeps a short line as it is, with its spaces folded", () => {
    expect(clipLine("Sign-ups  rose\n12%.", 40)).toBe("Sign-ups rose 12%.");
  });

  it("cuts a long line at the last word that fits, with an ellipsis", () => {
    expect(clipLine("Pick rates rose from 80 to 95 an hour within a month", 24)).toBe("Pick rates rose from 80…");
  });
});
