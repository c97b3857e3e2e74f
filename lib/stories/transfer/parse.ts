// An uploaded file into numbered rows, by its format.
import { wellFormed } from "@/lib/security/malformed";

import { csvRows } from "./csv";
import { MAX_IMPORT_BYTES, type ParsedFile } from "./format";
import { jsonRows } from "./json";

/** Reads an uploaded file into numbered rows: JSON by its name or first character, CSV otherwise. */
export function parseImportFile(content: string, { name }: { name?: string } = {}): ParsedFile {
  if (content.length > MAX_IMPORT_BYTES) return { error: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` };
  if (content.trim() === "") return { error: "The file is empty." };
  const lower = name?.toLowerCase() ?? "";
  const json = lower.endsWith(".json") || (!lower.endsWith(".csv") && /^\s*[[{]/.test(content.replace(/^\uFEFF/, "")));
  return json ? jsonRows(content.replace(/^\uFEFF/, "")) : csvRows(wellFormed(content));
}
