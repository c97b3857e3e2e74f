// CSV (RFC 4180) for a spreadsheet: one row per story, formulas defused on the way out and restored
// on the way in. Isomorphic and pure.
import { MAX_IMPORT_STORIES, tooMany, type ExportStory, type ParsedFile, type RawRow } from "./format";

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

const CSV_FIELDS: Record<string, string> = {
  id: "id",
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

/** A CSV file with a header row as numbered rows (the header is row 1, as a spreadsheet numbers it). */
export function csvRows(content: string): ParsedFile {
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
    for (const key of ["id", "role", "stage", "createdAt", "updatedAt"]) if (values[key]) data[key] = values[key].trim();
    // Spreadsheet numbering: the header is row 1.
    rows.push({ row: index + 2, data });
  });
  if (rows.length > MAX_IMPORT_STORIES) return { error: tooMany(rows.length) };
  return { kind: "csv", rows };
}
