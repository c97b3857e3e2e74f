import { describe, expect, it } from "vitest";

import {
  csvCell,
  MAX_IMPORT_STORIES,
  parseCsv,
  parseImportFile,
  toCsv,
  toJsonExport,
  toMarkdown,
  validateImportRows,
  type ExportStory,
} from "@/lib/stories/transfer";

const GRADE = {
  graderVersion: "1.0.0",
  overall: 81,
  band: "strong" as const,
  integration: { score: 80, level: 2 },
  context: { score: 70, level: 2 },
  result: { score: 90, level: 2 },
};

const FREE: ExportStory = {
  title: 'Cutting "repeat" tickets, fast',
  role: "technical",
  stage: "mid",
  format: "free",
  text: "I wrote a SQL query, then a script.\nRepeat tickets fell 41%.",
  parts: { situation: "", task: "", action: "", result: "" },
  tags: ["automation", "support"],
  version: 2,
  createdAt: "2026-01-02T03:04:05.000Z",
  updatedAt: "2026-02-03T04:05:06.000Z",
  grade: GRADE,
  revisions: [
    {
      version: 1,
      title: "Tickets",
      role: "technical",
      stage: "mid",
      format: "free",
      text: "I wrote a script.",
      parts: { situation: "", task: "", action: "", result: "" },
      tags: ["support"],
      autosave: false,
      createdAt: "2026-01-02T03:04:05.000Z",
      updatedAt: "2026-01-02T03:04:05.000Z",
      grade: { ...GRADE, overall: 20, band: "weak" },
    },
  ],
};

const STAR: ExportStory = {
  ...FREE,
  title: "Saving a renewal",
  role: "customer",
  format: "star",
  parts: { situation: "A customer was leaving.", task: "Keep them.", action: "I ran a workshop with =their planners.", result: "They renewed for $120,000." },
  text: "A customer was leaving.\n\nKeep them.\n\nI ran a workshop with =their planners.\n\nThey renewed for $120,000.",
  tags: [],
  version: 1,
  revisions: [],
};

function validated(content: string, name?: string) {
  const parsed = parseImportFile(content, { name });
  if ("error" in parsed) throw new Error(parsed.error);
  return validateImportRows(parsed.rows);
}

describe("csvCell", () => {
  it("quotes a value with a comma, a quote or a line break, doubling quotes", () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
  });

  it("leaves a plain value unquoted", () => {
    expect(csvCell("plain words")).toBe("plain words");
  });

  it("defuses a value a spreadsheet would run as a formula", () => {
    expect(csvCell("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)");
    expect(csvCell("-5 days")).toBe("'-5 days");
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\nthere'],
    ]);
  });

  it("strips a byte-order mark and accepts LF line ends", () => {
    expect(parseCsv("\uFEFFa,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("keeps empty fields", () => {
    expect(parseCsv("a,,c\n,,\n")).toEqual([
      ["a", "", "c"],
      ["", "", ""],
    ]);
  });

  it("reports an unclosed quote", () => {
    expect(() => parseCsv('a,b\n"open,2')).toThrow(/quote/i);
  });
});

describe("toCsv", () => {
  it("writes a header and one row per story that parseCsv reads back", () => {
    const rows = parseCsv(toCsv([FREE, STAR]));
    expect(rows[0]).toContain("title");
    expect(rows).toHaveLength(3);
    const header = rows[0]!;
    const at = (row: string[], column: string) => row[header.indexOf(column)];
    expect(at(rows[1]!, "title")).toBe(FREE.title);
    expect(at(rows[1]!, "text")).toBe(FREE.text);
    expect(at(rows[1]!, "tags")).toBe("automation;support");
    expect(at(rows[1]!, "overall_score")).toBe("81");
  });

  it("uses CRLF between records", () => {
    expect(toCsv([FREE])).toMatch(/^\uFEFF[^\n]*\r\n/);
  });
});

describe("toMarkdown", () => {
  it("gives each story a heading, a grade summary and its text", () => {
    const markdown = toMarkdown([FREE, STAR], { exportedAt: "2026-03-01T00:00:00.000Z" });
    expect(markdown).toMatch(/^# /);
    expect(markdown).toContain('## Cutting "repeat" tickets, fast');
    expect(markdown).toContain("**Strong** · overall 81/100");
    expect(markdown).toContain("Repeat tickets fell 41%.");
    expect(markdown).toContain("**Situation.** A customer was leaving.");
  });

  it("escapes a story line that would become a heading", () => {
    const markdown = toMarkdown([{ ...FREE, text: "# not a heading" }], { exportedAt: "2026-03-01T00:00:00.000Z" });
    expect(markdown).toContain("\\# not a heading");
  });
});

describe("parseImportFile and validateImportRows", () => {
  it("reads back a JSON export with the same stories, dates and revisions", () => {
    const result = validated(toJsonExport([FREE, STAR], "2026-03-01T00:00:00.000Z"), "bank.json");
    if ("errors" in result) throw new Error(result.errors.join("\n"));
    expect(result.stories).toHaveLength(2);
    const [free, star] = result.stories;
    expect(free!.input).toMatchObject({ title: FREE.title, role: "technical", text: FREE.text, tags: FREE.tags });
    expect(free!.createdAt?.toISOString()).toBe(FREE.createdAt);
    expect(free!.version).toBe(2);
    expect(free!.revisions).toHaveLength(1);
    expect(free!.revisions[0]).toMatchObject({ version: 1, input: { text: "I wrote a script." }, grade: { overall: 20 } });
    expect(star!.input).toMatchObject({ format: "star", parts: STAR.parts, text: STAR.text });
  });

  it("reads back a CSV export, including a defused formula", () => {
    const result = validated(toCsv([FREE, STAR]), "bank.csv");
    if ("errors" in result) throw new Error(result.errors.join("\n"));
    expect(result.stories.map((story) => story.input.title)).toEqual([FREE.title, STAR.title]);
    expect(result.stories[1]!.input.parts.action).toBe("I ran a workshop with =their planners.");
    expect(result.stories[0]!.input.tags).toEqual(["automation", "support"]);
  });

  it("names every invalid row and field, counting the CSV header as row 1", () => {
    const csv = "title,text,role\nGood one,I did it.,technical\n,Missing title.,technical\nBad role,Text.,astronaut\n";
    const result = validated(csv, "bad.csv");
    expect("errors" in result && result.errors).toEqual([
      expect.stringMatching(/^Row 3: title: /),
      expect.stringMatching(/^Row 4: role: /),
    ]);
  });

  it("numbers JSON rows from 1", () => {
    const result = validated(JSON.stringify([{ title: "ok", text: "fine" }, { title: "no text" }]), "a.json");
    expect("errors" in result && result.errors).toEqual([expect.stringMatching(/^Row 2: text: /)]);
  });

  it("accepts a bare JSON array of stories with defaults", () => {
    const result = validated(JSON.stringify([{ title: "Minimal", text: "I fixed it." }]));
    if ("errors" in result) throw new Error(result.errors.join("\n"));
    expect(result.stories[0]!.input).toMatchObject({ role: "general", stage: "mid", format: "free" });
    expect(result.stories[0]!.revisions).toEqual([]);
  });

  it("skips blank CSV lines", () => {
    const result = validated("title,text\nOne,Text one.\n,\n\nTwo,Text two.\n");
    expect("stories" in result && result.stories.map((story) => story.input.title)).toEqual(["One", "Two"]);
  });

  it("refuses a file with more stories than the limit", () => {
    const rows = Array.from({ length: MAX_IMPORT_STORIES + 1 }, () => ({ title: "t", text: "x" }));
    const parsed = parseImportFile(JSON.stringify(rows));
    expect("error" in parsed && parsed.error).toMatch(/5,000/);
  });

  it("refuses a CSV without a title column", () => {
    const parsed = parseImportFile("name,body\na,b\n", { name: "x.csv" });
    expect("error" in parsed && parsed.error).toMatch(/title/);
  });

  it("refuses JSON that is not a StoryBank export or a list", () => {
    expect("error" in parseImportFile('{"hello":1}', { name: "x.json" })).toBe(true);
    expect("error" in parseImportFile("{not json", { name: "x.json" })).toBe(true);
  });
});
