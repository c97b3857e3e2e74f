// JSON, the lossless format: every story with every revision and its grade, re-importable.
// Each format comes in pieces (a head, one piece per story, a tail), so that the export route can
// stream a bank of any size with flat memory; the to* functions join the pieces for a list in memory.
import { parseJsonWellFormed } from "@/lib/security/malformed";

import { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_STORIES, tooMany, type ExportStory, type ParsedFile } from "./format";

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

/** A JSON file (a list of stories, or an export object with a `stories` list) as numbered rows. */
export function jsonRows(content: string): ParsedFile {
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
