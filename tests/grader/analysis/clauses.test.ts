import { describe, expect, it } from "vitest";

import { atClauseStart, segmentClauses } from "@/lib/grader/analysis/clauses";
import type { Clause } from "@/lib/grader/analysis/core";
import { readText } from "@/lib/grader/text";

function clausesOf(text: string) {
  const doc = readText(text);
  const clauses: Clause[] = [];
  const clauseOf = new Int32Array(doc.tokens.length);
  for (const s of doc.sentences) segmentClauses(doc.tokens, s, clauses, clauseOf);
  const quote = (c: Clause) => text.slice(doc.tokens[c.start]?.start ?? 0, doc.tokens[c.end - 1]?.end ?? 0);
  return { doc, clauses, clauseOf, quotes: clauses.map(quote) };
}

describe("segmentClauses", () => {
  it("cuts at subordinators and punctuation and keeps the subordinator as the clause's lead", () => {
    const { clauses, quotes } = clausesOf("I rebuilt the rota while the manager was away, because shifts kept going uncovered.");
    expect(quotes).toEqual(["I rebuilt the rota", "while the manager was away", ",", "because shifts kept going uncovered."]);
    expect(clauses.map((c) => c.lead)).toEqual([null, "while", null, "because"]);
  });

  it("maps every token to its clause", () => {
    const { doc, clauseOf, clauses } = clausesOf("I rebuilt the rota while the manager was away.");
    const away = doc.tokens.findIndex((t) => t.norm === "away");
    expect(clauses[clauseOf[away] ?? -1]?.lead).toBe("while");
    expect(clauseOf[0]).toBe(0);
  });

  it("marks a projected clause and a negated one", () => {
    expect(clausesOf("The change should save ten hours a week.").clauses[0]?.projected).toBe(true);
    const negated = clausesOf("The trial did not reduce waiting times.").clauses[0];
    expect(negated?.negated).toBe(true);
    expect(negated?.projected).toBe(false);
  });

  it("reads 'going to' as a plan only after a form of 'be': 'instead of going to ICU' is a move, not a projection", () => {
    expect(clausesOf("He stayed on the ward instead of going to ICU.").clauses[0]?.projected).toBe(false);
    expect(clausesOf("We were going to miss the filing deadline.").clauses[0]?.projected).toBe(true);
    expect(clausesOf("We're going to cut waiting times.").clauses[0]?.projected).toBe(true);
  });

  it("marks past perfect with participles that are not past forms: 'had gone', 'had become', 'had run'", () => {
    for (const text of ["His NEWS2 score had gone from 1 to 6.", "The backlog had become unmanageable.", "The line had run at 70% for a month."]) {
      expect(clausesOf(text).clauses[0]?.pastPerfect).toBe(true);
    }
    expect(clausesOf("I had a backlog of 40 jobs.").clauses[0]?.pastPerfect).toBe(false);
  });

  it("reads 'could' as an ability reached in the past, and as a projection only before an effect still to come", () => {
    expect(clausesOf("By February half term, five of the six could blend all Set 1 sounds.").clauses[0]?.projected).toBe(false);
    expect(clausesOf("After six weeks she could now walk to the day room unaided.").clauses[0]?.projected).toBe(false);
    expect(clausesOf("The new rota could save ten hours a week.").clauses[0]?.projected).toBe(true);
    expect(clausesOf("It could have cost us the contract.").clauses[0]?.projected).toBe(true);
    expect(clausesOf("The change could be worth 2 million a year.").clauses[0]?.projected).toBe(true);
  });

  it("reads a forecast the narrator acted on as a document, and one that predicts as a projection", () => {
    expect(clausesOf("I presented the forecast to the board and walked our two lenders through it.").clauses[0]?.projected).toBe(false);
    expect(clausesOf("I rebuilt the 13-week cash forecast.").clauses[0]?.projected).toBe(false);
    expect(clausesOf("Sales were forecast to rise by 20%.").clauses[0]?.projected).toBe(true);
    expect(clausesOf("The forecast showed a 20% rise.").clauses[0]?.projected).toBe(true);
  });

  it("marks background told in the past perfect or the progressive", () => {
    const [c] = clausesOf("Sales had fallen for months and we were losing customers.").clauses;
    expect(c?.pastPerfect).toBe(true);
    expect(c?.progressive).toBe(true);
    const [plain] = clausesOf("I rebuilt the rota.").clauses;
    expect(plain?.pastPerfect).toBe(false);
    expect(plain?.progressive).toBe(false);
  });

  it("notes a clause that names a metric", () => {
    const { clauses } = clausesOf("Six months later, the error rate had halved.");
    expect(clauses.map((c) => c.hasMetric)).toEqual([false, true]);
  });
});

describe("atClauseStart", () => {
  it("counts a word after 'and' as a clause start only when asked to", () => {
    const doc = readText("I rebuilt the rota and trained the crew.");
    const s = doc.sentences[0];
    if (!s) throw new Error("no sentence");
    const trained = doc.tokens.findIndex((t) => t.norm === "trained");
    expect(atClauseStart(doc.tokens, trained, s, { withAnd: true })).toBe(true);
    expect(atClauseStart(doc.tokens, trained, s, { withAnd: false })).toBe(false);
    expect(atClauseStart(doc.tokens, doc.tokens.findIndex((t) => t.norm === "rota"), s, { withAnd: true })).toBe(false);
  });
});
