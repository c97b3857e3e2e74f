import { describe, expect, it } from "vitest";

import { analysePosting, assessBalance, buildCoverage, buildQuestionTable, buildSheet, proposeStrengths } from "@/lib/planner";

import { graded, TEXTS } from "./helpers";
import { ctx } from "./support";

// The planner on stories graded by the real grader. The exact rules are tested on
// hand-written summaries elsewhere; these check that the pieces fit together, and
// assert only what any reasonable reading of the texts gives: tool stories lean
// hard and people stories soft, the analysis story pairs Python with
// communication, and a story of claims proves nothing.

const TECH_POSTING =
  "Senior Backend Engineer. You will design and build APIs in Python and Go, run services on AWS with Kubernetes and Terraform, and tune PostgreSQL and SQL queries. Experience with CI/CD and Docker. Good communication skills.";
const LEAD_POSTING =
  "Engineering Manager. You will lead a team of eight engineers, own hiring and performance reviews for your direct reports, and coach and mentor your team. Strong stakeholder management, communication and decision-making. Familiarity with AWS is a plus.";

describe("the planner on graded stories", () => {
  it("calls a bank of tool stories too hard for a senior leadership role", () => {
    const r = assessBalance([graded("churn"), graded("indexes"), graded("excel")], ctx("leadership", 12));
    expect(r.verdict).toBe("too-hard");
    expect(r.moves.some((m) => m.move === "rewrite" && m.storyId === "indexes")).toBe(true);
  });

  it("calls a bank of people stories too soft for an entry technical role", () => {
    const r = assessBalance([graded("mentor"), graded("mediate")], ctx("technical", 1));
    expect(r.verdict).toBe("too-soft");
  });

  it("covers Python with communication from the analysis story", () => {
    const grid = buildCoverage([graded("churn"), graded("claim")]);
    const python = grid.rows.find((r) => r.field === "technology")?.terms.find((t) => t.term === "Python");
    expect(python?.cells.find((c) => c.family === "communication")?.storyIds).toEqual(["churn"]);
  });

  it("puts a story of claims in no cell of the grid", () => {
    const grid = buildCoverage([graded("claim"), graded("indexes")]);
    expect(grid.rows.flatMap((r) => [...r.cells, ...r.terms.flatMap((t) => t.cells)]).flatMap((c) => c.storyIds)).toEqual([]);
    expect(grid.counts.covered).toBe(0);
  });

  it("answers the explain-something-technical question with the analysis story", () => {
    const table = buildQuestionTable([graded("claim"), graded("indexes"), graded("churn")]);
    const row = table.rows.find((r) => r.question.id === "explain-technical");
    expect(row?.fit).toBe("strong");
    expect(row?.stories[0]?.storyId).toBe("churn");
  });

  it("answers no question with a story of claims", () => {
    const table = buildQuestionTable([graded("claim")]);
    expect(table.unanswerable).toHaveLength(table.rows.length);
    expect(table.overused).toEqual([]);
  });

  it("ranks the analysis story above the claims for a technical posting", () => {
    const a = analysePosting(TECH_POSTING, [graded("claim"), graded("churn")]);
    expect(a.ranking.map((r) => r.storyId)).toEqual(["churn", "claim"]);
    expect(a.proven.some((x) => x.kind === "hard" && x.term === "Python" && x.storyIds.includes("churn"))).toBe(true);
  });

  it("ranks the mentoring story above the tool stories for a leadership posting", () => {
    const a = analysePosting(LEAD_POSTING, [graded("indexes"), graded("churn"), graded("mentor")]);
    expect(a.ranking[0]?.storyId).toBe("mentor");
    expect(a.ranking[0]?.matchedFamilies).toContain("leadership");
  });

  it("puts the analysis story's own sentences on the sheet for the question it answers", () => {
    const bank = [graded("churn"), graded("claim")];
    const c = ctx("technical", 5, "Data Analyst");
    const plan = proposeStrengths(bank, c);
    const sheet = buildSheet({ ctx: c, bank, plan, weakness: { skill: "networking", plan: "I go to one meetup a month." }, questionIds: ["explain-technical"] });
    const story = sheet.questions[0]?.story;
    expect(story?.id).toBe("churn");
    expect(TEXTS.churn).toContain(story?.summary);
    expect(story?.resultQuote).toContain("5%");
  });

  it("leaves a question on the sheet without a story when only claims are in the bank", () => {
    const bank = [graded("claim")];
    const c = ctx("technical", 5);
    const sheet = buildSheet({ ctx: c, bank, plan: proposeStrengths(bank, c), weakness: { skill: "networking", plan: "I go to one meetup a month." }, questionIds: ["explain-technical"] });
    expect(sheet.questions[0]).toMatchObject({ fit: "gap", story: null });
    expect(sheet.storyIds).toEqual([]);
  });
});
