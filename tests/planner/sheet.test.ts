import { describe, expect, it } from "vitest";

import { buildSheet, proposeStrengths, type SafeWeakness } from "@/lib/planner";

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
    expect(sheet.strengths.primary).toMatch(/^data/);
    expect(sheet.outline.lines.join("\n")).toContain(w.plan);
    expect(sheet.profileLine).toMatch(/^mid stage, 5 years/);
  });

  it("falls back to the role type when there is no target title", () => {
    expect(buildSheet({ ctx: ctx("leadership", 12), bank, plan, weakness, questionIds: [] }).heading).toMatch(/leadership/);
  });
});
