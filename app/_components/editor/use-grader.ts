"use client";

// Loads the grader in the browser once the page is interactive, so the first paint never waits
// for it; until then the page shows the report the server computed.
import { useEffect, useState } from "react";

import type { StarBoxes } from "@/lib/editor/convert";
import type { GradeReport, Role, Stage } from "@/lib/grader/types";

export type Grader = {
  gradeStory: (text: string, context: { role?: Role; stage?: Stage; parts?: StarBoxes }) => GradeReport;
  joinStarParts: (parts: StarBoxes) => string;
};

/** The grader as the page has it: still loading (`grader` null), ready, or failed to load (`failed`). */
export type GraderState = { grader: Grader | null; failed: boolean };

export function useGrader(): GraderState {
  const [state, setState] = useState<GraderState>({ grader: null, failed: false });
  useEffect(() => {
    let live = true;
    import("@/lib/grader")
      .then((module) => {
        if (live) setState({ grader: { gradeStory: module.gradeStory, joinStarParts: module.joinStarParts }, failed: false });
      })
      .catch((error: unknown) => {
        // Shown on the page (the grade is out of date until a reload), not only in the console.
        console.error("StoryBank: the grader did not load", error);
        if (live) setState({ grader: null, failed: true });
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

const START_MARK = "storybank-grade-start";

/** Grades and records the time taken as a `storybank-grade` performance measure for the benchmark. */
export function timedGrade(grader: Grader, text: string, context: { role?: Role; stage?: Stage; parts?: StarBoxes }): GradeReport {
  performance.mark(START_MARK);
  const report = grader.gradeStory(text, context);
  performance.measure("storybank-grade", START_MARK);
  return report;
}

export type GradeInput = { format: "free" | "star"; text: string; parts: StarBoxes; role: string; stage: string };

/** The text a story is graded on: in four boxes, the boxes joined the way the server joins them. */
export function gradedTextOf(grader: Grader, input: GradeInput): string {
  return input.format === "star" ? grader.joinStarParts(input.parts) : input.text;
}

export function gradeInput(grader: Grader, input: GradeInput): { text: string; report: GradeReport } {
  const text = gradedTextOf(grader, input);
  const report = timedGrade(grader, text, {
    role: input.role as Role,
    stage: input.stage as Stage,
    parts: input.format === "star" ? input.parts : undefined,
  });
  return { text, report };
}
