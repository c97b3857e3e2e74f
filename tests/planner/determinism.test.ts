import { describe, expect, it } from "vitest";

import { analysePosting, assessBalance, buildCoverage, buildQuestionTable, buildSheet, proposeStrengths, type StorySummary } from "@/lib/planner";

import { ctx, story, summary } from "./support";

const BANK: StorySummary[] = [
  story("churn"),
  story("mentor"),
  story("claim"),
  story("indexes"),
  story("mediate"),
  story("excel"),
  summary({ id: "same-a", hard: [["SQL", "data"]], soft: [["communication", "explain"]] }),
  summary({ id: "same-b", hard: [["SQL", "data"]], soft: [["communication", "explain"]] }),
];
const POSTING = "Data Analyst. SQL, Python and Tableau every day; you will present findings to stakeholders and mentor a junior analyst.";

/** Fixed reorderings of the bank: reversed, and odd positions before even ones. */
const ORDERS = [[...BANK].reverse(), [...BANK.filter((_, i) => i % 2 === 1), ...BANK.filter((_, i) => i % 2 === 0)]];

function all(bank: readonly StorySummary[]) {
  const c = ctx("technical", 5, "Data Analyst");
  const plan = proposeStrengths(bank, c);
  return {
    balance: assessBalance(bank, c),
    coverage: buildCoverage(bank),
    plan,
    questions: buildQuestionTable(bank),
    posting: analysePosting(POSTING, bank),
    sheet: buildSheet({ ctx: c, bank, plan, weakness: { skill: "public speaking", plan: "I joined Toastmasters this month." }, questionIds: ["mentor", "explain-technical"] }),
  };
}

describe("planner outputs", () => {
  it("do not depend on the order of the bank", () => {
    const base = all(BANK);
    for (const order of ORDERS) expect(all(order)).toEqual(base);
  });

  it("are the same on every run", () => {
    expect(all(BANK)).toEqual(all(BANK));
  });

  it("survive a JSON round trip, so a Server Component can pass them to a client component", () => {
    const out = all(BANK);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
});
