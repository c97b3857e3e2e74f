import { describe, expect, it } from "vitest";

import {
  byStrength,
  hardShareOf,
  provesBehaviour,
  provesFamily,
  provesField,
  provesTerm,
  RESULT_MAX_CHARS,
  sentencesOf,
  SUMMARY_MAX_CHARS,
  summariseStory,
} from "@/lib/planner";

import { graded, TEXTS } from "./helpers";
import { report, summary } from "./support";

// summariseStory is tested on hand-written grade reports, so each expected value
// follows from the report below it; the real grader is used only under "summaries
// of real graded stories", with assertions any reasonable grader meets
// (gradeAndSummarise has its own file, where the grader is watched).

const ANALYSIS =
  "Churn had risen to 8% a month. I used Python and SQL to analyse the cancellations. I presented the findings to the product team, which led us to add a retry flow. Within two months churn fell to 5.6%.";

const sum = (text: string, d: Parameters<typeof report>[1]) => summariseStory({ id: "s", title: "S", text }, report(text, d));

describe("summariseStory", () => {
  it("keeps each hard skill used in action once, in order of first use, with its field", () => {
    const s = sum(ANALYSIS, {
      hard: [
        { term: "SQL", field: "data", quote: "SQL" },
        { term: "Python", field: "technology", quote: "Python" },
        { term: "SQL", field: "data", quote: "SQL" },
      ],
    });
    expect(s.hardSkills).toEqual([
      { term: "SQL", field: "data" },
      { term: "Python", field: "technology" },
    ]);
    expect(provesField(s, "technology")).toBe(true);
  });

  it("leaves out a hard skill that is only claimed", () => {
    const text = "I know Python. I used SQL to find the cause.";
    const s = sum(text, {
      hard: [
        { term: "Python", field: "technology", quote: "Python", inAction: false },
        { term: "SQL", field: "data", quote: "SQL" },
      ],
    });
    expect(s.hardSkills).toEqual([{ term: "SQL", field: "data" }]);
    expect(provesTerm(s, "Python")).toBe(false);
    expect(provesTerm(s, "sql")).toBe(true);
  });

  it("keeps each soft behaviour shown in action once per family and behaviour, listing families in the guide's order", () => {
    const text = "I mentored the new analyst and presented the results, then mentored her again.";
    const s = sum(text, {
      soft: [
        { family: "leadership", behaviour: "mentor", quote: "mentored" },
        { family: "communication", behaviour: "present", quote: "presented" },
        { family: "leadership", behaviour: "mentor", quote: "mentored her" },
      ],
    });
    expect(s.softSkills).toEqual([
      { family: "leadership", behaviour: "mentor" },
      { family: "communication", behaviour: "present" },
    ]);
    expect(s.softFamilies).toEqual(["communication", "leadership"]);
  });

  it("leaves out a soft skill that is only claimed", () => {
    const text = "I am a strong communicator. I mentored the new analyst.";
    const s = sum(text, {
      soft: [
        { family: "communication", behaviour: "communicate", quote: "communicator", inAction: false },
        { family: "leadership", behaviour: "mentor", quote: "mentored" },
      ],
    });
    expect(s.softFamilies).toEqual(["leadership"]);
    expect(provesFamily(s, "communication")).toBe(false);
    expect(provesBehaviour(s, "mentor")).toBe(true);
  });

  it("marks the story integrated when the integration level is full", () => {
    expect(sum(ANALYSIS, { levels: { integration: 2 } }).integrated).toBe(true);
  });

  it("does not mark the story integrated when the integration level is partial", () => {
    expect(sum(ANALYSIS, { levels: { integration: 1 } }).integrated).toBe(false);
  });

  it("copies the report's band, overall score, dimension scores and levels", () => {
    const s = sum(ANALYSIS, { band: "fair", score: 61, scores: { result: 83 }, levels: { context: 1 } });
    expect(s).toMatchObject({ band: "fair", overall: 61 });
    expect(s.scores).toEqual({ integration: 61, context: 61, result: 83 });
    expect(s.levels).toEqual({ integration: 2, context: 1, result: 2 });
  });

  it("quotes the result part whole, decimal points included", () => {
    const s = sum(ANALYSIS, { parts: [{ part: "action", quote: "I used Python" }, { part: "result", quote: "Within two months churn fell to 5.6%." }] });
    expect(s.resultQuote).toBe("Within two months churn fell to 5.6%.");
  });

  it("strips a STAR label from the result quote", () => {
    const text = "Situation: month-end close took eight days.\nAction: I built a Power Query workbook.\nResult: close went from 8 to 5 days within two quarters.";
    const s = sum(text, { parts: [{ part: "result", quote: "Result: close went from 8 to 5 days within two quarters." }] });
    expect(s.resultQuote).toBe("Close went from 8 to 5 days within two quarters.");
  });

  it("quotes the sentence with a credited figure when the result part is too long", () => {
    const filler = "We kept on talking to the customers about it every week. ".repeat(5);
    const text = `I rebuilt the report. ${filler}Refunds fell to 2% of orders. ${filler}`.trim();
    const resultPart = text.slice(text.indexOf(filler));
    expect(resultPart.length).toBeGreaterThan(RESULT_MAX_CHARS);
    const s = sum(text, { parts: [{ part: "result", quote: resultPart }], metrics: ["2%"] });
    expect(s.resultQuote).toBe("Refunds fell to 2% of orders.");
  });

  it("quotes the sentence with the first credited figure when the story has no result part", () => {
    const s = sum(ANALYSIS, { metrics: ["5.6%"] });
    expect(s.resultQuote).toBe("Within two months churn fell to 5.6%.");
  });

  it("gives no result quote when the story has neither a result part nor a credited figure", () => {
    expect(sum(ANALYSIS, {}).resultQuote).toBeNull();
  });

  it("picks the sentence with both a hard and a soft act as the one-line summary", () => {
    const text = "I used SQL to find the cause. I presented it to the team. I used Tableau and presented the charts to the board.";
    const s = sum(text, {
      hard: [
        { term: "SQL", field: "data", quote: "SQL" },
        { term: "Tableau", field: "data", quote: "Tableau" },
      ],
      soft: [
        { family: "communication", behaviour: "present", quote: "presented it" },
        { family: "communication", behaviour: "present", quote: "presented the charts" },
      ],
    });
    expect(s.summary).toBe("I used Tableau and presented the charts to the board.");
  });

  it("picks the first sentence with any act when none has both, and the first sentence when none has an act", () => {
    const text = "The close was slow. I used SQL to find the cause. It got faster.";
    expect(sum(text, { hard: [{ term: "SQL", field: "data", quote: "SQL" }] }).summary).toBe("I used SQL to find the cause.");
    expect(sum(text, { hard: [{ term: "SQL", field: "data", quote: "SQL", inAction: false }] }).summary).toBe("The close was slow.");
  });

  it("clips a long summary line at a word with an ellipsis", () => {
    const text = `I used SQL ${"and then some more words ".repeat(10)}to finish.`;
    const s = sum(text, { hard: [{ term: "SQL", field: "data", quote: "SQL" }] });
    expect(s.summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
    expect(s.summary.endsWith("…")).toBe(true);
    const kept = s.summary.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(text.charAt(kept.length)).toBe(" ");
  });

  it("keeps a summary line that fits whole, with no ellipsis", () => {
    const s = sum(ANALYSIS, { hard: [{ term: "SQL", field: "data", quote: "SQL" }] });
    expect(s.summary).toBe("I used Python and SQL to analyse the cancellations.");
  });
});

// End to end with the real grader: only what any reasonable reading of these texts gives.
describe("summaries of real graded stories", () => {
  it("count a hard skill in action and a communication behaviour in Python analysis presented to a team", () => {
    const s = graded("churn");
    expect(s.hardSkills).toContainEqual({ term: "Python", field: "technology" });
    expect(s.softFamilies).toContain("communication");
    expect(s).toMatchObject({ band: "strong", integrated: true });
    expect(s.resultQuote).toContain("churn fell to 5%");
    expect(TEXTS.churn).toContain(s.summary);
  });

  it("count no skill in a story of claims alone", () => {
    const s = graded("claim");
    expect(s.hardSkills).toEqual([]);
    expect(s.softSkills).toEqual([]);
    expect(hardShareOf(s)).toBeNull();
    expect(s.band).toBe("weak");
  });

  it("keep a story that only tunes queries one-sided and not integrated", () => {
    const s = graded("indexes");
    expect(hardShareOf(s)).toBe(1);
    expect(s.integrated).toBe(false);
  });

  it("rank the integrated stories with results above the claims and the one-sided story", () => {
    const order = [graded("indexes"), graded("claim"), graded("churn"), graded("excel")].sort(byStrength).map((s) => s.id);
    expect(order.slice(0, 2).sort()).toEqual(["churn", "excel"]);
    expect(order.slice(2).sort()).toEqual(["claim", "indexes"]);
  });
});

describe("hardShareOf", () => {
  it("is the share of distinct hard skills among all skills shown", () => {
    const s = summary({ id: "a", hard: [["Python", "technology"], ["SQL", "data"], ["Tableau", "data"]], soft: [["communication", "present"]] });
    expect(hardShareOf(s)).toBe(0.75);
    expect(hardShareOf(summary({ id: "b", hard: [["SQL", "data"]] }))).toBe(1);
  });

  it("is null for a story that shows no skill", () => {
    expect(hardShareOf(summary({ id: "a" }))).toBeNull();
  });
});

describe("sentencesOf", () => {
  it("does not split inside a decimal number and splits at line breaks", () => {
    expect(sentencesOf("It fell to 5.6% today. Next one\nthird").map((s) => s.body)).toEqual(["It fell to 5.6% today.", "Next one", "third"]);
  });

  it("reports spans that quote the original text", () => {
    const text = "  First one.  Second one! ";
    for (const s of sentencesOf(text)) expect(text.slice(s.start, s.end)).toBe(s.body);
  });
});
