import { describe, expect, it } from "vitest";

import { gradeStory, parseRole, parseStage } from "@/lib/grader";

import { expectSpansValid, loadFixtures } from "./helpers";

const TRICKY = [
  "I\u2019m \u201cgreat\u201d at SQL. I used  SQL\u00a0to  cut refunds\tby 30%.",
  "- Situation: close took 8 days.\r\n- Task: I owned it.\r\n- Action: I built a Power Query workbook and trained the AP clerks.\r\n- Result: close went from 8 to 5 days.",
  "\uFEFFZero-width\u200b joiners \u2028 and line separators: I analysed churn in Python and presented it to the product team.",
  "Emoji 🚀 first: I used Excel 📊 to model it, then walked the CFO 👩‍💼 through it; margin rose 3%.",
  "",
  "   \n\n\t ",
];

describe("spans", () => {
  it("quote exactly the original text for every fixture story", () => {
    for (const s of loadFixtures()) {
      const r = gradeStory(s.text, { role: parseRole(s.role), stage: parseStage(s.stage) });
      expectSpansValid(s.text, r);
    }
  });

  it.each(TRICKY.map((t) => [t]))("stay inside the text and match their quotes for %j", (text) => {
    expectSpansValid(text, gradeStory(text));
  });

  it("point at the words that earned the credit, not neighbouring text", () => {
    const text = "Within two months refunds fell to 5.6% of orders.";
    const r = gradeStory(text);
    const metric = r.dimensions.result.evidence.find((e) => e.ruleId === "result-quantified");
    expect(metric && text.slice(metric.span.start, metric.span.end)).toBe("5.6%");
  });

  it("give evidence spans that are never empty", () => {
    for (const s of loadFixtures()) {
      const r = gradeStory(s.text);
      for (const d of ["integration", "context", "result"] as const) {
        for (const e of r.dimensions[d].evidence) expect(e.span.end, e.ruleId).toBeGreaterThan(e.span.start);
      }
    }
  });
});
