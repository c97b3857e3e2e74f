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

export function useGrader(): Grader | null {
  const [grader, setGrader] = useState<Grader | null>(null);
  useEffect(() => {
    let live = true;
    import("@/lib/grader")
      .then((module) => {
        if (live) setGrader({ gradeStory: module.gradeStory, joinStarParts: module.joinStarParts });
      })
      .catch((error: unknown) => console.error("StoryBank: the grader did not load", error));
    return () => {
      live = false;
    };
  }, []);
  return grader;
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
