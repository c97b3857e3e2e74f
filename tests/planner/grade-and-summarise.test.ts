import { beforeEach, describe, expect, it, vi } from "vitest";

import type * as grader from "@/lib/grader";
import { gradeStory, joinStarParts, type GradeReport } from "@/lib/grader";
import { gradeAndSummarise, summariseStory } from "@/lib/planner";

import { TEXTS } from "./helpers";

// The real grader runs, watched, so the tests check what gradeAndSummarise asks
// of it and what it does with the answer, not how the grader reads the text.
vi.mock("@/lib/grader", async (importOriginal) => {
  const real = await importOriginal<typeof grader>();
  return { ...real, gradeStory: vi.fn(real.gradeStory) };
});

const graderCalls = () => vi.mocked(gradeStory).mock.calls;
const lastReport = () => vi.mocked(gradeStory).mock.results.at(-1)?.value as GradeReport;

const BOXES = {
  situation: "Month-end close took eight days.",
  task: "I had to shorten it.",
  action: "I built a Power Query workbook and trained the AP clerks on it.",
  result: "Close went from 8 to 5 days within two quarters.",
};
const NO_BOXES = { situation: "", task: "", action: "", result: "" };

describe("gradeAndSummarise", () => {
  beforeEach(() => {
    vi.mocked(gradeStory).mockClear();
  });

  it("grades a stored story once with its role and stage, and summarises that report", () => {
    const dto = { id: "x", title: "X", text: TEXTS.churn, role: "technical", stage: "senior", format: "free" as const, parts: NO_BOXES };
    const s = gradeAndSummarise(dto);
    expect(graderCalls()).toEqual([[TEXTS.churn, { role: "technical", stage: "senior" }]]);
    expect(s).toEqual(summariseStory(dto, lastReport()));
  });

  it("reads an unknown stored role or stage as general and mid", () => {
    gradeAndSummarise({ id: "x", title: "X", text: TEXTS.churn, role: "wizard", stage: "unknown", format: "free", parts: NO_BOXES });
    expect(graderCalls()).toEqual([[TEXTS.churn, { role: "general", stage: "mid" }]]);
  });

  it("passes a STAR story's boxes to the grader", () => {
    const text = joinStarParts(BOXES);
    const s = gradeAndSummarise({ id: "x", title: "X", text, role: "customer", stage: "entry", format: "star", parts: BOXES });
    expect(graderCalls()).toEqual([[text, { role: "customer", stage: "entry", parts: BOXES }]]);
    expect(s.id).toBe("x");
  });

  it("does not pass the boxes of a free-text story", () => {
    gradeAndSummarise({ id: "x", title: "X", text: TEXTS.churn, role: "general", stage: "mid", format: "free", parts: { ...NO_BOXES, result: "Sign-ups rose 12%." } });
    expect(graderCalls()).toEqual([[TEXTS.churn, { role: "general", stage: "mid" }]]);
  });
});
