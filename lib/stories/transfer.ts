// Export and import formats of the bank: JSON (lossless, re-importable), Markdown (to read or
// paste into a doc) and CSV (RFC 4180, for a spreadsheet). Isomorphic and pure: the database
// side lives in lib/stories/import.ts and lib/stories/queries.ts, and scripts/seed.ts reuses
// buildStoryRows.
import { z } from "zod";

import type { StarParts } from "@/lib/grader";
import { parseJsonWellFormed, wellFormed } from "@/lib/security/malformed";
import { storedSummary } from "@/lib/planner/stored-summary";

import type { StoryGradeDto } from "./dto";
import { gradeStored, hardShare, storedGrade, storedSkills, type StoredGrade } from "./grading";
import { BANDS, MAX_STORY_VERSION, storyInputSchema, STORY_LIMITS, type StoryInput } from "./schema";

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

export type ExportStory = Omit<ExportRevision, "autosave"> & { revisions: ExportRevision[] };

export type BankExport = { format: typeof EXPORT_FORMAT; version: typeof EXPORT_VERSION; exportedAt: string; stories: ExportStory[] };

// ---------------------------------------------------------------- JSON

// Each format comes in pieces (a head, one piece per story, a tail), so that the export route can
// stream a bank of any size with flat memory; the to* functions join the pieces for a list in memory.

/** The JSON export's head: the object up to its `stories` list. */
export function jsonExportHead(exportedAt: string): string {
  return `{\n  "format": ${JSON.stringify(EXPORT_FORMAT)},\n  "version": ${EXPORT_VERSION},\n  "exportedAt": ${JSON.stringify(exportedAt)},\n  "stories": [`;
}

/** One story of the JSON export's list, indented as JSON.stringify(bank, null, 2) would. */
export function jsonExportStory(story: ExportStory, { first }: { first: boolean }): string {
  return `${first ? "" : ","}\n    ${JSON.stringify(story, null, 2).replace(/\n/g, "\n    ")}`;
}

export function jsonExportTail({ empty }: { empty: boolean }): string {
  return empty ? "]\n}" : "\n  ]\n}";
}

export function toJsonExport(stories: ExportStory[], exportedAt: string): string {
  return jsonExportHead(exportedAt) + stories.map((story, index) => jsonExportStory(story, { first: index === 0 })).join("") + jsonExportTail({ empty: stories.length === 0 });
}

// ---------------------------------------------------------------- CSV

const CSV_COLUMNS = [
  "title",
  "role",
  "stage",
  "format",
  "text",
  "situation",
  "task",
  "action",
  "result",
  "tags",
  "band",
  "overall_score",
  "integration_score",
  "context_score",
  "result_score",
  "created_at",
  "updated_at",
] as const;

// A spreadsheet runs a cell as a formula (CSV injection) when it starts with one of these, also after
// leading whitespace (spaces, NBSP, ideographic space, line breaks, which some spreadsheets trim) and in
// the full-width forms that some spreadsheets fold to ASCII (＝＋－＠).
const FORMULA = "[=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20]";
const LEADING_SPACE = "[\\s\\u00A0\\u1680\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]*";
const FORMULA_START = new RegExp(`^(?:${LEADING_SPACE}${FORMULA}|[\\t\\r\\n])`);
const DEFUSED_FORMULA = new RegExp(`^'(?=${LEADING_SPACE}${FORMULA}|[\\t\\r\\n])`);

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; formulas defused with a leading '. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One story as a CSV row (without its line end). */
export function csvRow(story: ExportStory): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], string | number> = {
    title: story.title,
    role: story.role,
    stage: story.stage,
    format: story.format,
    text: story.text,
    ...story.parts,
    tags: story.tags.join(";"),
    band: story.grade.band,
    overall_score: story.grade.overall,
    integration_score: story.grade.integration.score,
    context_score: story.grade.context.score,
    result_score: story.grade.result.score,
    created_at: story.createdAt,
    updated_at: story.updatedAt,
  };
  return CSV_COLUMNS.map((column) => csvCell(cells[column])).join(",");
}

/** The bank as CSV: a byte-order mark (so Excel reads UTF-8), a header, one row per story, CRLF line ends. */
export function toCsv(stories: ExportStory[]): string {
  return csvHead() + stories.map((story) => `${csvRow(story)}\r\n`).join("");
}

/** The byte-order mark and the header row. */
export function csvHead(): string {
  return `\uFEFF${CSV_COLUMNS.join(",")}\r\n`;
}

/** Parses RFC 4180 CSV (also LF line ends and a byte-order mark) into records of fields. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      // Copy the run up to the next quote in one step: a 20 MB file is mostly quoted text.
      const next = text.indexOf('"', i);
      if (next < 0) break;
      field += text.slice(i, next);
      i = next;
      continue;
    }
    if (char === '"' && field === "") {
      quoted = true;
      i++;
    } else if (char === ",") {
      endField();
      i++;
    } else if (char === "\r" || char === "\n") {
      endRecord();
      i += char === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += char;
      i++;
    }
  }
  if (quoted) throw new Error("The CSV has a quoted field that is never closed (a missing closing quote).");
  if (field !== "" || record.length > 0) endRecord();
  return records;
}

// ---------------------------------------------------------------- Markdown

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const BAND_LABEL: Record<string, string> = { weak: "Weak", fair: "Fair", strong: "Strong" };

function escapeInline(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

// Characters that make Markdown out of plain text: raw HTML (<, >, &), links and images ([ ] and the
// autolink <…>), emphasis and code. Story text is plain text, so each is shown as itself.
const MARKDOWN_INLINE = /([\\`*_[\]<>|&~])/g;

/**
 * Story text as Markdown paragraphs that show exactly the text: no raw HTML, no link (so no
 * javascript: URL), and a line that Markdown would read as a heading, rule or list marker is escaped.
 */
function escapeBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(MARKDOWN_INLINE, "\\$1").replace(/^(\s*)(#|[-*_]{3,}\s*$|[-+*]\s|\d+[.)]\s|=+\s*$)/, "$1\\$2"))
    .join("\n")
    .trim();
}

function gradeLine(grade: StoryGradeDto): string {
  const dimension = (name: string, value: { score: number; level: number }) => `${name} ${value.score} (level ${value.level})`;
  return [
    `**${BAND_LABEL[grade.band] ?? grade.band}** · overall ${grade.overall}/100`,
    dimension("integration", grade.integration),
    dimension("context", grade.context),
    dimension("result", grade.result),
  ].join(" · ");
}

const PART_LABELS: [keyof StarParts, string][] = [
  ["situation", "Situation"],
  ["task", "Task"],
  ["action", "Action"],
  ["result", "Result"],
];

/** The Markdown document's title and count. */
export function markdownHead(count: number, { exportedAt }: { exportedAt: string }): string {
  return ["# My StoryBank stories", "", `${count.toLocaleString("en")} ${count === 1 ? "story" : "stories"}, exported ${DATE.format(new Date(exportedAt))}.`, ""].join("\n");
}

/** One story: a rule, its heading, grade and details, then its text. */
export function markdownStory(story: ExportStory): string {
  const details = [`Role: ${story.role}`, `Stage: ${story.stage}`];
  if (story.tags.length > 0) details.push(`Tags: ${story.tags.map(escapeInline).join(", ")}`);
  details.push(`Updated: ${story.updatedAt.slice(0, 10)}`);
  const lines = ["", "---", "", `## ${escapeInline(story.title)}`, "", gradeLine(story.grade), "", details.join(" · "), ""];
  if (story.format === "star") {
    for (const [part, label] of PART_LABELS) {
      if (story.parts[part].trim() !== "") lines.push(`**${label}.** ${escapeBlock(story.parts[part])}`, "");
    }
  } else {
    lines.push(escapeBlock(story.text), "");
  }
  return lines.join("\n");
}

/** The bank as one Markdown document: a heading per story, its grade and details, then its text. */
export function toMarkdown(stories: ExportStory[], { exportedAt }: { exportedAt: string }): string {
  return `${(markdownHead(stories.length, { exportedAt }) + stories.map(markdownStory).join("")).trimEnd()}\n`;
}

// ---------------------------------------------------------------- Import: parse

export type RawRow = { row: number; data: unknown };
export type ParsedFile = { kind: "json" | "csv"; rows: RawRow[] } | { error: string };

const CSV_FIELDS: Record<string, string> = {
  title: "title",
  role: "role",
  stage: "stage",
  format: "format",
  text: "text",
  story: "text",
  situation: "situation",
  task: "task",
  action: "action",
  result: "result",
  tags: "tags",
  createdat: "createdAt",
  updatedat: "updatedAt",
};

function tooMany(count: number): string {
  return `The file has ${count.toLocaleString("en")} stories; import at most ${MAX_IMPORT_STORIES.toLocaleString("en")} at a time.`;
}

function csvRows(content: string): ParsedFile {
  let records: string[][];
  try {
    records = parseCsv(content);
  } catch (error) {
    return { error: (error as Error).message };
  }
  const [header, ...body] = records;
  if (!header) return { error: "The CSV file is empty." };
  const fields = header.map((name) => CSV_FIELDS[name.trim().toLowerCase().replace(/[\s_-]/g, "")]);
  if (!fields.includes("title")) return { error: "The CSV needs a header row with a `title` column (and `text`, or `situation`, `task`, `action`, `result`)." };
  const rows: RawRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    const values: Record<string, string> = {};
    fields.forEach((field, column) => {
      const cell = cells[column];
      if (field && cell !== undefined) values[field] = DEFUSED_FORMULA.test(cell) ? cell.slice(1) : cell;
    });
    const parts = { situation: values.situation ?? "", task: values.task ?? "", action: values.action ?? "", result: values.result ?? "" };
    const hasParts = Object.values(parts).some((part) => part.trim() !== "");
    const data: Record<string, unknown> = {
      title: values.title,
      text: values.text,
      parts,
      format: values.format || (hasParts && !values.text?.trim() ? "star" : "free"),
      tags: (values.tags ?? "").split(/[;,]/),
    };
    for (const key of ["role", "stage", "createdAt", "updatedAt"]) if (values[key]) data[key] = values[key].trim();
    // Spreadsheet numbering: the header is row 1.
    rows.push({ row: index + 2, data });
  });
  if (rows.length > MAX_IMPORT_STORIES) return { error: tooMany(rows.length) };
  return { kind: "csv", rows };
}

function jsonRows(content: string): ParsedFile {
  let value: unknown;
  try {
    value = parseJsonWellFormed(content);
  } catch {
    return { error: "The file is not valid JSON." };
  }
  const stories = value && typeof value === "object" ? (value as { stories?: unknown }).stories : undefined;
  const list: unknown[] | null = Array.isArray(value) ? (value as unknown[]) : Array.isArray(stories) ? (stories as unknown[]) : null;
  if (!list) return { error: "This JSON is not a StoryBank export: expected a list of stories, or an object with a `stories` list." };
  if (list.length > MAX_IMPORT_STORIES) return { error: tooMany(list.length) };
  return { kind: "json", rows: list.map((data, index) => ({ row: index + 1, data })) };
}

/** Reads an uploaded file into numbered rows: JSON by its name or first character, CSV otherwise. */
export function parseImportFile(content: string, { name }: { name?: string } = {}): ParsedFile {
  if (content.length > MAX_IMPORT_BYTES) return { error: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` };
  if (content.trim() === "") return { error: "The file is empty." };
  const lower = name?.toLowerCase() ?? "";
  const json = lower.endsWith(".json") || (!lower.endsWith(".csv") && /^\s*[[{]/.test(content.replace(/^\uFEFF/, "")));
  return json ? jsonRows(content.replace(/^\uFEFF/, "")) : csvRows(wellFormed(content));
}

// ---------------------------------------------------------------- Import: validate

export type ImportRevision = { input: StoryInput; version: number; autosave: boolean; createdAt?: Date; updatedAt?: Date; grade?: StoryGradeDto };
export type ImportStory = { row: number; input: StoryInput; version: number; createdAt?: Date; updatedAt?: Date; revisions: ImportRevision[] };

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

const metaSchema = z.object({
  version: versionSchema.optional(),
  createdAt: dateSchema.optional(),
  updatedAt: dateSchema.optional(),
});

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
  const meta = metaSchema.safeParse(record);
  if (!meta.success) errors.push(...issues("", meta.error));

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
  return { story: { row, input: content.data, version, createdAt: meta.data.createdAt, updatedAt: meta.data.updatedAt, revisions } };
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

// ---------------------------------------------------------------- Rows for the database

export type StoryRows = {
  story: {
    id: string;
    userId: string;
    title: string;
    role: string;
    stage: string;
    format: string;
    text: string;
    situation: string;
    task: string;
    action: string;
    result: string;
    version: number;
    createdAt: Date;
    updatedAt: Date;
    hardShare: number | null;
    /** The planner's summary of the grade (lib/planner/stored-summary.ts). */
    summary: string;
  } & StoredGrade;
  tags: { storyId: string; tag: string }[];
  skills: { storyId: string; kind: string; name: string; field: string; inAction: boolean }[];
  revisions: ({
    id: string;
    storyId: string;
    version: number;
    title: string;
    role: string;
    stage: string;
    format: string;
    text: string;
    situation: string;
    task: string;
    action: string;
    result: string;
    tags: string;
    autosave: boolean;
    createdAt: Date;
    updatedAt: Date;
  } & StoredGrade)[];
};

function contentColumns(input: StoryInput) {
  const { title, role, stage, format, text } = input;
  return { title, role, stage, format, text, ...input.parts };
}

function gradeColumns(grade: StoryGradeDto): StoredGrade {
  return {
    graderVersion: grade.graderVersion,
    overallScore: grade.overall,
    band: grade.band,
    integrationScore: grade.integration.score,
    contextScore: grade.context.score,
    resultScore: grade.result.score,
    integrationLevel: grade.integration.level,
    contextLevel: grade.context.level,
    resultLevel: grade.result.level,
  };
}

/**
 * The rows that store one story: graded now (the bank sorts on current grades), its tags and skills,
 * and its revisions with the grade each had (or, when the file has none, one revision like a first save).
 */
export function buildStoryRows(userId: string, story: Omit<ImportStory, "row">, options: { newId: () => string; now: Date }): StoryRows {
  const steps = storyRowSteps(userId, story, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * buildStoryRows, calling `pause` after each grading (the story's, then each ungraded revision's: up to
 * 101 of a few ms each), so that a story with many revisions does not hold the event loop for long.
 */
export async function buildStoryRowsPaced(userId: string, story: Omit<ImportStory, "row">, options: { newId: () => string; now: Date }, pause: () => Promise<void>): Promise<StoryRows> {
  const steps = storyRowSteps(userId, story, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The work of buildStoryRows, yielding after each grading. */
function* storyRowSteps(userId: string, story: Omit<ImportStory, "row">, { newId, now }: { newId: () => string; now: Date }): Generator<void, StoryRows> {
  const storyId = newId();
  const content = contentColumns(story.input);
  const report = gradeStored(content);
  const grade = storedGrade(report);
  yield;
  const createdAt = story.createdAt ?? now;
  const updatedAt = story.updatedAt ?? createdAt;
  const revisions = story.revisions.length > 0 ? story.revisions : [{ input: story.input, version: story.version, autosave: false, createdAt: updatedAt, updatedAt }];
  const revisionRows: StoryRows["revisions"] = [];
  for (const revision of revisions) {
    const columns = contentColumns(revision.input);
    const graded = "grade" in revision && revision.grade ? gradeColumns(revision.grade) : revision.input === story.input ? grade : null;
    const revisionGrade = graded ?? storedGrade(gradeStored(columns));
    const at = revision.createdAt ?? updatedAt;
    revisionRows.push({
      id: newId(),
      storyId,
      version: revision.version,
      ...columns,
      tags: JSON.stringify(revision.input.tags),
      autosave: revision.autosave,
      createdAt: at,
      updatedAt: revision.updatedAt ?? at,
      ...revisionGrade,
    });
    if (!graded) yield;
  }
  return {
    story: {
      id: storyId,
      userId,
      ...content,
      version: story.version,
      createdAt,
      updatedAt,
      ...grade,
      hardShare: hardShare(report),
      summary: storedSummary({ id: storyId, title: content.title, text: content.text }, report, story.version),
    },
    tags: story.input.tags.slice(0, STORY_LIMITS.tags).map((tag) => ({ storyId, tag })),
    skills: storedSkills(report).map((skill) => ({ storyId, ...skill })),
    revisions: revisionRows,
  };
}
