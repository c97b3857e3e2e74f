import { describe, expect, it } from "vitest";

import { analyze } from "@/lib/grader/analyze";

const hardOf = (text: string) => analyze(text).hard.map((h) => [text.slice(h.span.start, h.span.end), h.term, h.status]);

describe("hard skills", () => {
  it("names a method with a capitalised name whole ('the Read Write Inc assessment')", () => {
    expect(hardOf("I used the Read Write Inc assessment to group the six children.")).toEqual([["Read Write Inc assessment", "Read Write Inc assessment", "narrator"]]);
  });

  it("reads a patient's chart as clinical charting, and a person reviewed within minutes as no data work (user review)", () => {
    const text = "I updated his chart and recalculated the NEWS score. The outreach team reviewed him within 20 minutes.";
    expect(hardOf(text).map(([q, term]) => [q, term])).toContainEqual(["his chart", "clinical charting"]);
    expect(hardOf(text).map(([, term]) => term)).not.toContain("data analysis");
    // Data still counts when it is what was reviewed: "reviewed the minutes", "reviewed the call logs".
    expect(hardOf("I reviewed the call logs from the last quarter.").map(([, term]) => term)).toContain("data analysis");
  });

  it("names a kitchen's food cost as food costing, not as a waste log (user review)", () => {
    expect(hardOf("I cut our food cost by changing two dishes.").map(([q, term]) => [q, term])).toEqual([["food cost", "food costing"]]);
    expect(hardOf("I started a waste log on the pass.").map(([q, term]) => [q, term])).toEqual([["waste log", "waste log"]]);
  });

  it("reads 'I ran a gap analysis' as a technique in the narrator's act", () => {
    expect(hardOf("I ran a shrinkage analysis on the freezer stock.")).toEqual([["shrinkage analysis", "shrinkage analysis", "narrator"]]);
    expect(analyze("I ran a quick analysis on the freezer stock.").hard).toEqual([]);
  });

  it("names the tool the story names, never another brand or a product for an everyday word", () => {
    const terms = (text: string) => analyze(text).hard.map((h) => h.term);
    expect(terms("I wrote the regression suite in Selenium and reviewed the call recordings.")).toEqual(["regression suite", "Selenium", "call recording review"]);
    expect(terms("I moved the browser checks to Cypress and the surveys to SurveyMonkey.")).toEqual(["Cypress", "SurveyMonkey"]);
    // "team dynamics" is how people work together, not Microsoft Dynamics.
    expect(terms("I improved team dynamics by running weekly retros with the crew.")).toEqual([]);
    expect(terms("I rebuilt the purchase ledger in Microsoft Dynamics.")).toEqual(["Microsoft Dynamics"]);
    // A product named by an everyday word counts only as the name is written.
    expect(terms("I had to articulate the risks and wrote the steps on the blackboard beside each flask.")).toEqual([]);
    expect(terms("I built the module in Articulate and posted it on Blackboard.")).toEqual(["Articulate", "Blackboard"]);
  });

  it("reads 'the chart of accounts' as accounting, not as a chart drawn", () => {
    expect(hardOf("I led the redesign of the chart of accounts myself.").map(([q, term]) => [q, term])).toEqual([["chart of accounts", "chart of accounts"]]);
    expect(hardOf("I built a chart of the weekly sales.").map(([, term]) => term)).toEqual(["data visualisation"]);
    // A patient's chart is the clinical record; a reward chart is a classroom technique.
    expect(hardOf("I checked the patient's chart before the round.").map(([, term]) => term)).toEqual(["clinical charting"]);
    expect(hardOf("I set up a reward chart for the pupils.").map(([, term]) => term)).toEqual(["reward chart"]);
  });

  it("reads a discipline before a plain method noun as the field's method, told in everyday words", () => {
    const text = "I built the legal strategy from earlier cases and drew up a treatment plan with the family.";
    expect(hardOf(text)).toEqual([
      ["legal strategy", "legal strategy", "narrator"],
      ["treatment plan", "treatment plan", "narrator"],
    ]);
    // The plain noun alone, or after any other word, is no method.
    expect(analyze("I built a strategy and drew up a new plan with the family.").hard).toEqual([]);
  });

  it("reads an -ed word after an article as describing the thing made or read, not as a new act", () => {
    expect(hardOf("I wrote a detailed project plan.")).toEqual([["plan", "plan", "narrator"]]);
    expect(hardOf("I analysed the updated figures.")).toEqual([["analysed the updated figures", "data analysis", "narrator"]]);
  });

  it("finds named tools used as the instrument of the act and an artifact built", () => {
    const text = "I built a checklist in SharePoint using PowerApps.";
    expect(hardOf(text).map(([q]) => q)).toEqual(["SharePoint", "PowerApps", "checklist"]);
    expect(analyze(text).hard.every((h) => h.status === "narrator")).toBe(true);
  });

  it("reads work with data as data analysis", () => {
    const text = "I tracked the fridge readings for a month.";
    expect(hardOf(text)).toEqual([["tracked the fridge readings", "data analysis", "narrator"]]);
  });

  it("reads a verb that names a technique as one whatever it worked on, but not on a vague object", () => {
    const text = "I analysed the relevant case law before the hearing. I modelled three staffing scenarios.";
    expect(hardOf(text)).toEqual([
      ["analysed the relevant case law", "analysis", "narrator"],
      ["modelled three staffing scenarios", "analysis", "narrator"],
    ]);
    expect(analyze("I analysed the situation and tracked the problem.").hard).toEqual([]);
    // Data work keeps its own name and span.
    expect(hardOf("I audited the invoices.")).toEqual([["audited the invoices", "data analysis", "narrator"]]);
  });

  it("credits a lexicon skill only to whoever used it", () => {
    expect(hardOf("We ran the regression analysis and I trained the crew.")).toEqual([["regression analysis", "regression", "shared"]]);
    expect(hardOf("I ran the regression analysis.")).toEqual([["regression analysis", "regression", "narrator"]]);
  });

  it("reads a rota as scheduling, a management move (ANNOTATION.md), not a hard skill", () => {
    expect(hardOf("I drew up a new weekend rota for the activities team.")).toEqual([]);
    expect(hardOf("I rebuilt the rota spreadsheet with lookups.")).toEqual([["rota spreadsheet", "rota spreadsheet", "narrator"]]);
  });

  it("does not credit a skill governed by a buzz verb", () => {
    expect(analyze("I leveraged Python to drive synergy.").hard.map((h) => h.status)).toEqual(["mentioned"]);
  });

  it("counts a generic artifact only with a domain word before it", () => {
    expect(hardOf("I built a staffing plan.")).toEqual([["plan", "plan", "narrator"]]);
    expect(analyze("I built a plan.").hard).toEqual([]);
    // someone else's generic artifact shows none of the narrator's craft
    expect(analyze("They agreed a staffing plan.").hard).toEqual([]);
  });
});
