// What every transfer format shares: the limits of an import, the shape of an exported story, and
// the rows a file is read into. Isomorphic and pure.
import type { StarParts } from "@/lib/grader";

import type { StoryGradeDto } from "../dto";

export const MAX_IMPORT_STORIES = 5_000;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_REVISIONS_PER_STORY = 100;
/** Revisions in one import, all stories together: each one without a grade is graded on import. */
export const MAX_IMPORT_REVISIONS = 20_000;
export const EXPORT_FORMAT = "storybank";
export const EXPORT_VERSION = 1;

export type ExportRevision = {
  version: number;
  title: string;
  role: string;
  stage: string;
  format: "free" | "star";
  text: string;
  parts: StarParts;
  tags: string[];
  autosave: boolean;
  createdAt: string;
  updatedAt: string;
  grade: StoryGradeDto;
};

/** `example`: one of the built-in examples (JSON carries it; CSV and Markdown do not). */
export type ExportStory = Omit<ExportRevision, "autosave"> & { example?: boolean; revisions: ExportRevision[] };

export type BankExport = { format: typeof EXPORT_FORMAT; version: typeof EXPORT_VERSION; exportedAt: string; stories: ExportStory[] };

export type RawRow = { row: number; data: unknown };
export type ParsedFile = { kind: "json" | "csv"; rows: RawRow[] } | { error: string };

export function tooMany(count: number): string {
  return `The file has ${count.toLocaleString("en")} stories; import at most ${MAX_IMPORT_STORIES.toLocaleString("en")} at a time.`;
}
