// Every row of an import checked before anything is written: content by the story schema, versions,
// dates and grades bounded, revisions counted. Isomorphic and pure.
import { z } from "zod";

import type { StoryGradeDto } from "../dto";
import { BANDS, MAX_STORY_VERSION, storyInputSchema, type StoryInput } from "../schema";
import { MAX_IMPORT_REVISIONS, MAX_REVISIONS_PER_STORY, type RawRow } from "./format";

export type ImportRevision = { input: StoryInput; version: number; autosave: boolean; createdAt?: Date; updatedAt?: Date; grade?: StoryGradeDto };
export type ImportStory = {
  row: number;
  id?: string;
  input: StoryInput;
  version: number;
  createdAt?: Date;
  updatedAt?: Date;
  /** One of the built-in examples, as the export marked it. */
  example?: boolean;
  revisions: ImportRevision[];
};

// Dates from a file are bounded: a year the pages can show and the databases can store.
const EARLIEST_DATE = Date.UTC(1970, 0, 1);
const LATEST_DATE = Date.UTC(2100, 0, 1);
const dateSchema = z
  .string()
  .max(40, "Use an ISO date, like 2026-01-31T09:00:00Z.")
  .refine((value) => !Number.isNaN(Date.parse(value)), "Use an ISO date, like 2026-01-31T09:00:00Z.")
  .refine((value) => Date.parse(value) >= EARLIEST_DATE && Date.parse(value) < LATEST_DATE, "Use a date between 1970 and 2099.")
  .transform((value) => new Date(value));

const versionSchema = z.number().int().positive().max(MAX_STORY_VERSION, `A version is at most ${MAX_STORY_VERSION.toLocaleString("en")}.`);

const scoreSchema = z.object({ score: z.number().int().min(0).max(100), level: z.number().int().min(0).max(2) });
const gradeSchema = z.object({
  graderVersion: z.string().max(40),
  overall: z.number().int().min(0).max(100),
  band: z.enum(BANDS),
  integration: scoreSchema,
  context: scoreSchema,
  result: scoreSchema,
});

// A story's id, as the REST API returns it: only compared with the user's own stories to find
// duplicates, never stored (an import always gets new ids). Anything else is ignored, not an error.
const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined);

const metaSchema = z.object({
  version: versionSchema.optional(),
  createdAt: dateSchema.optional(),
  updatedAt: dateSchema.optional(),
});

const storyMetaSchema = metaSchema.extend({ example: z.boolean({ error: "example is true or false." }).optional() });

const revisionMetaSchema = metaSchema.extend({
  version: versionSchema,
  autosave: z.boolean().default(false),
  // A grade the file cannot vouch for is computed again instead.
  grade: gradeSchema.optional().catch(undefined),
});

function issues(prefix: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

function contentOf(data: Record<string, unknown>) {
  const { title, role, stage, format, text, parts, tags } = data;
  return { title, role, stage, format, text, parts, tags };
}

function validateRevision(data: unknown, index: number): { revision: ImportRevision } | { errors: string[] } {
  const prefix = `revisions.${index + 1}`;
  if (!data || typeof data !== "object" || Array.isArray(data)) return { errors: [`${prefix}: each revision must be an object.`] };
  const record = data as Record<string, unknown>;
  const content = storyInputSchema.safeParse(contentOf(record));
  const meta = revisionMetaSchema.safeParse(record);
  if (!content.success || !meta.success) {
    return { errors: [...(content.success ? [] : issues(prefix, content.error)), ...(meta.success ? [] : issues(prefix, meta.error))] };
  }
  return { revision: { input: content.data, ...meta.data } };
}

function validateRow({ row, data }: RawRow): { story: ImportStory } | { errors: string[] } {
  if (!data || typeof data !== "object" || Array.isArray(data)) return { errors: ["each story must be an object with a title and text."] };
  const record = data as Record<string, unknown>;
  const errors: string[] = [];
  const content = storyInputSchema.safeParse(contentOf(record));
  if (!content.success) errors.push(...issues("", content.error));
  const meta = storyMetaSchema.safeParse(record);
  if (!meta.success) errors.push(...issues("", meta.error));
  const id = idSchema.parse(record.id);

  const revisions: ImportRevision[] = [];
  const list = record.revisions ?? [];
  if (!Array.isArray(list)) errors.push("revisions: expected a list.");
  else if (list.length > MAX_REVISIONS_PER_STORY) errors.push(`revisions: at most ${MAX_REVISIONS_PER_STORY} per story.`);
  else {
    list.forEach((item, index) => {
      const result = validateRevision(item, index);
      if ("errors" in result) errors.push(...result.errors);
      else revisions.push(result.revision);
    });
    const versions = new Set(revisions.map((revision) => revision.version));
    if (versions.size !== revisions.length) errors.push("revisions: two revisions share a version number.");
  }
  if (errors.length > 0 || !content.success || !meta.success) return { errors };

  revisions.sort((a, b) => a.version - b.version);
  const version = Math.max(meta.data.version ?? 1, revisions.at(-1)?.version ?? 1);
  return {
    story: {
      row,
      ...(id === undefined ? {} : { id }),
      input: content.data,
      version,
      createdAt: meta.data.createdAt,
      updatedAt: meta.data.updatedAt,
      ...(meta.data.example ? { example: true } : {}),
      revisions,
    },
  };
}

const MAX_REPORTED_ERRORS = 50;

function validateInto(raw: RawRow, stories: ImportStory[], errors: string[]): void {
  const result = validateRow(raw);
  if ("errors" in result) errors.push(...result.errors.map((message) => `Row ${raw.row}: ${message}`));
  else stories.push(result.story);
}

function validationResult(rowCount: number, stories: ImportStory[], errors: string[]): { stories: ImportStory[] } | { errors: string[]; more: number } {
  if (rowCount === 0) errors.push("The file has no stories in it.");
  const revisions = stories.reduce((sum, story) => sum + story.revisions.length, 0);
  if (revisions > MAX_IMPORT_REVISIONS) {
    errors.push(`The file has ${revisions.toLocaleString("en")} revisions; import at most ${MAX_IMPORT_REVISIONS.toLocaleString("en")} at a time (split the file).`);
  }
  if (errors.length > 0) return { errors: errors.slice(0, MAX_REPORTED_ERRORS), more: Math.max(0, errors.length - MAX_REPORTED_ERRORS) };
  return { stories };
}

/** Validates every row with the story schema; errors are named by row ("Row 3: title: …"). */
export function validateImportRows(rows: RawRow[]): { stories: ImportStory[] } | { errors: string[]; more: number } {
  const stories: ImportStory[] = [];
  const errors: string[] = [];
  for (const raw of rows) validateInto(raw, stories, errors);
  return validationResult(rows.length, stories, errors);
}

/**
 * validateImportRows, calling `pause` after every story: a maximal file takes about a second of
 * validation, which the server spends in slices between other users' requests.
 */
export async function validateImportRowsPaced(rows: RawRow[], pause: () => Promise<void>): Promise<{ stories: ImportStory[] } | { errors: string[]; more: number }> {
  const stories: ImportStory[] = [];
  const errors: string[] = [];
  for (const raw of rows) {
    validateInto(raw, stories, errors);
    await pause();
  }
  return validationResult(rows.length, stories, errors);
}
