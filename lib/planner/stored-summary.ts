// Story.summary holds { v: grader version, sv: story version, s: StorySummary }: the planner's view of a
// story's grade, written with the grade (save, import, seed, regrade) so that bank-wide pages only read
// JSON. Every save bumps the story's version, so a summary from before an edit is stale even when the
// grader has not changed; lib/planner-data fills in any missing or stale one.
import { GRADER_VERSION, type GradeReport } from "@/lib/grader";

import { summariseStory, type StoryLike, type StorySummary } from "./bank";

type StoredSummary = { v: string; sv: number; f: number; s: StorySummary };

/**
 * The summary's own shape version: bumped when StorySummary gains a field (2: situations), so that
 * summaries stored before it are read as stale and written again on the next visit.
 */
export const SUMMARY_FORMAT = 2;

export function encodeSummary(summary: StorySummary, storyVersion: number, graderVersion: string = GRADER_VERSION): string {
  return JSON.stringify({ v: graderVersion, sv: storyVersion, f: SUMMARY_FORMAT, s: summary } satisfies StoredSummary);
}

/** The Story.summary column for a story at `storyVersion` whose grade is `report`. */
export function storedSummary(story: StoryLike, report: GradeReport, storyVersion: number): string {
  return encodeSummary(summariseStory(story, report), storyVersion, report.version);
}

/** The stored summary, or null when it is missing, unreadable or stale. */
export function decodeSummary(json: string, storyVersion: number, graderVersion: string = GRADER_VERSION): StorySummary | null {
  if (json === "") return null;
  try {
    const value = JSON.parse(json) as Partial<StoredSummary> | null;
    if (!value || value.v !== graderVersion || value.sv !== storyVersion || value.f !== SUMMARY_FORMAT || typeof value.s !== "object" || value.s === null) return null;
    return value.s;
  } catch {
    return null;
  }
}
