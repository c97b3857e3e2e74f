import { describe, expect, it } from "vitest";

import { csvCell, parseCsv, parseImportFile, toCsv, toMarkdown, validateImportRows, type ExportStory } from "@/lib/stories/transfer";

const GRADE = {
  graderVersion: "test",
  overall: 50,
  band: "fair" as const,
  integration: { score: 50, level: 1 },
  context: { score: 50, level: 1 },
  result: { score: 50, level: 1 },
};

function story(text: string, title = "A story"): ExportStory {
  return {
    version: 1,
    title,
    role: "general",
    stage: "mid",
    format: "free",
    text,
    parts: { situation: "", task: "", action: "", result: "" },
    tags: [],
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    grade: GRADE,
    revisions: [],
  } as unknown as ExportStory;
}

describe("csvCell", () => {
  it.each([" =1+1", "\u00A0=HYPERLINK(\"http://evil\")", "\n=1+1", "\r\n@SUM(A1)", "\u3000+1", "＝1+1", "＋1", "－1", "＠SUM(A1)", "  ＝cmd", "\t=1"])(
    "defuses the formula in %j",
    (value) => {
      const cell = csvCell(value);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted.startsWith("'")).toBe(true);
    },
  );

  it("leaves ordinary text and numbers alone", () => {
    expect(csvCell("Tickets fell 40%")).toBe("Tickets fell 40%");
    expect(csvCell(42)).toBe("42");
    expect(csvCell("a - b")).toBe("a - b");
  });

  it("gives the text back unchanged on import", () => {
    const texts = [" =1+1", "＝1", "\u00A0@x"];
    const csv = toCsv(texts.map((text) => story(`${text} and more text`, text)));
    const parsed = parseImportFile(csv, { name: "bank.csv" });
    if ("error" in parsed) throw new Error(parsed.error);
    expect(parsed.rows.map((row) => (row.data as { title: string }).title)).toEqual(texts);
    expect(parseCsv(csv)).toHaveLength(4);
  });
});

describe("toMarkdown", () => {
  const hostile = [
    '<img src=x onerror="alert(1)">',
    "<script>alert(1)</script>",
    "[click me](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "[ref]\n\n[ref]: javascript:alert(1)",
    "&lt;script&gt;",
  ].join("\n");

  it("escapes raw HTML and every way to make a link, in text, title and tags", () => {
    const withTags = { ...story(hostile, "<b onclick=x>Title</b> [t](javascript:x)"), tags: ["<i>", "[x](javascript:y)"] };
    const md = toMarkdown([withTags], { exportedAt: "2026-01-01T00:00:00.000Z" });
    expect(md).not.toMatch(/(^|[^\\])</m);
    expect(md).not.toMatch(/(^|[^\\])\]\(/m);
    expect(md).not.toMatch(/(^|[^\\])\]:/m);
    expect(md).not.toMatch(/(^|[^\\])&/m);
  });

  it("keeps the words of the story", () => {
    const md = toMarkdown([story("Tickets fell 40% in a month.")], { exportedAt: "2026-01-01T00:00:00.000Z" });
    expect(md).toContain("Tickets fell 40% in a month.");
  });
});

describe("import bounds", () => {
  const row = (extra: Record<string, unknown>) => [{ row: 1, data: { title: "T", text: "I rewrote the guide.", ...extra } }];
  const errors = (extra: Record<string, unknown>) => {
    const result = validateImportRows(row(extra));
    return "errors" in result ? result.errors.join(" ") : "";
  };

  it.each([
    ["a version of 2^53 - 1", { version: 9007199254740991 }, /version/],
    ["a version past a million", { version: 1_000_001 }, /version/],
    ["a revision version of 1e300", { revisions: [{ version: 1e300, title: "T", text: "x" }] }, /version/],
    ["a date in year 275760", { createdAt: "+275760-09-13T00:00:00.000Z" }, /date/i],
    ["a date before 1970", { updatedAt: "-271821-04-20T00:00:00.000Z" }, /date/i],
    ["a date in year 99999", { createdAt: "99999-01-01" }, /date/i],
  ])("refuses %s with a row error", (_name, extra, message) => {
    expect(errors(extra)).toMatch(message);
  });

  it("accepts ordinary versions and dates", () => {
    expect(errors({ version: 12, createdAt: "2024-03-01T10:00:00Z" })).toBe("");
  });
});
