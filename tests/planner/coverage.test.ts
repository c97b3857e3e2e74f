import { describe, expect, it } from "vitest";

import { buildCoverage, closestStory, type CoverageGrid } from "@/lib/planner";

import { story, summary } from "./support";

function cell(grid: CoverageGrid, field: string, family: string, term?: string) {
  const row = grid.rows.find((r) => r.field === field);
  const cells = term === undefined ? row?.cells : row?.terms.find((t) => t.term === term)?.cells;
  return cells?.find((c) => c.family === family);
}

describe("buildCoverage", () => {
  it("lists an integrated story proving a field and a family together in their cell", () => {
    const grid = buildCoverage([story("churn", "c")]);
    expect(cell(grid, "data", "communication")).toMatchObject({ storyIds: ["c"], gap: false, closest: null });
    expect(cell(grid, "technology", "communication", "Python")?.storyIds).toEqual(["c"]);
  });

  it("marks the cell a gap when the story has both sides but does not link them", () => {
    const unlinked = summary({ id: "m", band: "fair", integrated: false, hard: [["A/B test", "data"]], soft: [["collaboration", "mediate"]] });
    const grid = buildCoverage([unlinked]);
    const c = cell(grid, "data", "collaboration");
    expect(c?.gap).toBe(true);
    expect(c?.closest).toMatchObject({ storyId: "m", has: "both-not-integrated" });
  });

  it("has one row per field the bank uses, each with its terms", () => {
    // churn: Python (technology), SQL and data visualisation (data); excel: accounts payable (finance) and three business tools.
    const grid = buildCoverage([story("churn"), story("excel")]);
    expect([...grid.rows.map((r) => r.field)].sort()).toEqual(["business-tools", "data", "finance", "technology"]);
    expect(grid.rows.find((r) => r.field === "data")?.terms.map((t) => t.term)).toEqual(["SQL", "data visualisation"]);
    expect(grid.families).toHaveLength(6);
  });

  it("puts the field with the most gaps first, and keeps the lexicon's order between equal ones", () => {
    // healthcare: one story, two families; data: one story, four families; finance: one story, two families.
    const ward = summary({ id: "w", hard: [["triage", "healthcare"]], soft: [["communication", "explain"], ["leadership", "mentor"]] });
    const sql = summary({
      id: "s",
      hard: [["SQL", "data"]],
      soft: [["communication", "present"], ["collaboration", "mediate"], ["leadership", "coach"], ["adaptability", "adapt"]],
    });
    const books = summary({ id: "b", hard: [["payroll", "finance"]], soft: [["work-ethic", "follow up"], ["leadership", "mentor"]] });
    const grid = buildCoverage([sql, books, ward]);
    expect(grid.rows.map((r) => [r.field, r.gaps])).toEqual([
      ["finance", 4],
      ["healthcare", 4],
      ["data", 2],
    ]);
  });

  it("puts a field's terms with the most gaps first, then by name", () => {
    const both = summary({ id: "a", hard: [["SQL", "data"], ["pandas", "data"]], soft: [["communication", "present"], ["leadership", "coach"]] });
    const one = summary({ id: "b", hard: [["Tableau", "data"]], soft: [["communication", "present"]] });
    const unlinked = summary({ id: "c", band: "fair", integrated: false, hard: [["dbt", "data"]], soft: [["leadership", "coach"]] });
    const data = buildCoverage([both, one, unlinked]).rows[0];
    expect(data?.terms.map((t) => [t.term, t.gaps])).toEqual([
      ["dbt", 6],
      ["Tableau", 5],
      ["SQL", 4],
      ["pandas", 4],
    ]);
  });

  it("adds an empty row for a requested field the bank does not use, all gaps", () => {
    const grid = buildCoverage([story("churn")], { extraFields: ["healthcare"] });
    const row = grid.rows.find((r) => r.field === "healthcare");
    expect(row?.cells.every((c) => c.gap)).toBe(true);
    expect(row?.terms).toEqual([]);
  });

  it("counts covered cells and gaps over the field rows", () => {
    // churn uses technology and data (2 rows of 6 families) and shows communication only.
    const grid = buildCoverage([story("churn")]);
    expect(grid.counts).toEqual({ cells: 12, covered: 2, gaps: 10 });
  });

  it("lists families no story shows at all", () => {
    const grid = buildCoverage([story("churn")]); // communication only
    expect(grid.unprovenFamilies).toEqual(["collaboration", "adaptability", "problem-solving", "leadership", "work-ethic"]);
  });

  it("orders a cell's stories best score first", () => {
    const a = summary({ id: "a", overall: 80, hard: [["SQL", "data"]], soft: [["communication", "present"]] });
    const b = summary({ id: "b", overall: 95, hard: [["SQL", "data"]], soft: [["communication", "explain"]] });
    expect(cell(buildCoverage([a, b]), "data", "communication")?.storyIds).toEqual(["b", "a"]);
  });
});

describe("closestStory", () => {
  const key = { kind: "field", field: "data" } as const;

  it("ranks a story with both sides unlinked above one with a single side", () => {
    const both = summary({ id: "z", overall: 50, band: "fair", integrated: false, hard: [["SQL", "data"]], soft: [["leadership", "mentor"]] });
    const one = summary({ id: "a", overall: 99, hard: [["SQL", "data"]], soft: [["communication", "present"]] });
    expect(closestStory([one, both], key, "leadership")?.storyId).toBe("z");
  });

  it("ranks the better-scored of two one-sided stories first", () => {
    const low = summary({ id: "a", overall: 60, hard: [["SQL", "data"]] });
    const high = summary({ id: "b", overall: 90, hard: [["pandas", "data"]] });
    expect(closestStory([low, high], key, "leadership")).toMatchObject({ storyId: "b", has: "hard" });
  });

  it("breaks a tie on score by id", () => {
    const b = summary({ id: "b", overall: 70, soft: [["leadership", "mentor"]] });
    const a = summary({ id: "a", overall: 70, soft: [["leadership", "coach"]] });
    expect(closestStory([b, a], key, "leadership")).toMatchObject({ storyId: "a", has: "soft" });
  });

  it("suggests nothing when no story has either side", () => {
    expect(closestStory([summary({ id: "a", hard: [["Figma", "creative"]] })], key, "leadership")).toBeNull();
  });
});
