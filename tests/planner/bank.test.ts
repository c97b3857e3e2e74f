import { describe, expect, it } from "vitest";

import { gradeStory } from "@/lib/grader";
import { gradeAndSummarise, hardShareOf, provesBehaviour, provesTerm, sentencesOf, summariseStory } from "@/lib/planner";

import { graded, TEXTS } from "./helpers";

describe("the helper stories", () => {
  // The other planner tests lean on these grades; if the grader changes them, this fails first and says which.
  it.each([
    ["churn", "strong"],
    ["mentor", "strong"],
    ["excel", "strong"],
    ["claim", "weak"],
  ] as const)("grade %s as %s", (id, band) => {
    expect(graded(id).band).toBe(band);
  });

  it("grade the one-sided indexes story below strong and not integrated", () => {
    expect(graded("indexes")).toMatchObject({ integrated: false, softSkills: [] });
    expect(graded("indexes").band).not.toBe("strong");
  });
});

describe("summariseStory", () => {
  it("keeps the hard skills and soft behaviours the narrator used, with fields and families", () => {
    const s = graded("churn");
    expect(s.hardSkills).toEqual([
      { term: "Python", field: "technology" },
      { term: "SQL", field: "data" },
      { term: "data visualisation", field: "data" },
    ]);
    expect(s.softFamilies).toEqual(["communication"]);
    expect(provesBehaviour(s, "present")).toBe(true);
  });

  it("leaves out a skill that is only claimed", () => {
    const s = graded("claim");
    expect(s.hardSkills).toEqual([]);
    expect(provesTerm(s, "Python")).toBe(false);
    expect(s.softSkills).toEqual([]);
  });

  it("marks a strong story integrated and a one-sided one not", () => {
    expect(graded("churn")).toMatchObject({ band: "strong", integrated: true });
    expect(graded("indexes").integrated).toBe(false);
  });

  it("copies the report's band, score and levels", () => {
    const report = gradeStory(TEXTS.mediate);
    const s = summariseStory({ id: "m", title: "Mediate", text: TEXTS.mediate }, report);
    expect(s.band).toBe(report.overall.band);
    expect(s.overall).toBe(report.overall.score);
    expect(s.levels.integration).toBe(report.dimensions.integration.level);
    expect(s.scores.result).toBe(report.dimensions.result.score);
  });

  it("quotes the result sentence whole, decimal points included", () => {
    expect(graded("churn").resultQuote).toBe("Within two months churn fell to 5%.");
    const text = "I used pandas to find the cause and walked the ops leads through it with charts. Within two months refunds fell to 5.6% of orders.";
    expect(summariseStory({ id: "r", title: "R", text }, gradeStory(text)).resultQuote).toBe("Within two months refunds fell to 5.6% of orders.");
  });

  it("strips a STAR label from the result quote", () => {
    const text = "Situation: month-end close took eight days.\nAction: I built a Power Query workbook and trained the AP clerks on it.\nResult: close went from 8 to 5 days within two quarters.";
    const s = summariseStory({ id: "l", title: "L", text }, gradeStory(text));
    expect(s.resultQuote).toBe("Close went from 8 to 5 days within two quarters.");
  });

  it("gives no result quote when the story states no result", () => {
    const text = "I am a hard-working team player with excellent communication skills.";
    expect(summariseStory({ id: "n", title: "N", text }, gradeStory(text)).resultQuote).toBeNull();
  });

  it("picks the sentence with both a hard and a soft act as the one-line summary", () => {
    expect(graded("churn").summary).toBe("I presented the findings to the product team with simple charts, which led us to add a retry flow.");
  });

  it("clips a long summary line at a word with an ellipsis", () => {
    const s = graded("mentor");
    expect(s.summary.length).toBeLessThanOrEqual(160);
    expect(s.summary.endsWith("…")).toBe(true);
  });
});

describe("gradeAndSummarise", () => {
  const parts = { situation: "", task: "", action: "", result: "" };

  it("grades a stored story and summarises it like summariseStory", () => {
    const dto = { id: "x", title: "X", text: TEXTS.churn, role: "technical", stage: "mid", format: "free" as const, parts };
    expect(gradeAndSummarise(dto)).toEqual(summariseStory(dto, gradeStory(TEXTS.churn, { role: "technical", stage: "mid" })));
  });

  it("accepts an unknown stored role or stage", () => {
    const dto = { id: "x", title: "X", text: TEXTS.churn, role: "wizard", stage: "unknown", format: "free" as const, parts };
    expect(gradeAndSummarise(dto).band).toBe("strong");
  });
});

describe("hardShareOf", () => {
  it("is the share of distinct hard skills among all skills shown", () => {
    expect(hardShareOf(graded("churn"))).toBeCloseTo(0.75);
    expect(hardShareOf(graded("indexes"))).toBe(1);
  });

  it("is null for a story that shows no skill", () => {
    expect(hardShareOf(graded("claim"))).toBeNull();
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
