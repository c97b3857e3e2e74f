// Coverage: hard skills the bank uses (by field, then term) against the six
// soft families. Judgment: a cell is covered only by an integrated story that
// uses the hard skill and shows the soft family in action, because the guide's
// point is proving both together. Source: guide, "Demonstrating Integrated Skills".
// Rows come grouped by field, gaps first: the field with the most uncovered
// families leads, and inside a field the terms with the most gaps lead, so the
// work left to do is at the top of a long grid.
// Blind spot: a story with several skills covers every pairing of them, even
// when only one pair was actually linked in the causal chain.
import type { HardField, SoftFamily } from "@/lib/grader";
import { HARD_FIELDS } from "@/lib/grader/lexicon/hard-skills";
import { SOFT_FAMILIES } from "@/lib/grader/lexicon/soft-skills";

import { byStrength, compareIds, provesFamily, provesField, provesTerm, type StorySummary } from "./bank";

export type Closest = {
  storyId: string;
  title: string;
  /** What the story already has toward the cell. */
  has: "both-not-integrated" | "hard" | "soft";
  reason: string;
};

export type CoverageCell = {
  family: SoftFamily;
  /** Stories proving both together, integrated; best first. */
  storyIds: string[];
  gap: boolean;
  /** For a gap: the existing story closest to filling it, or null when nothing comes near. */
  closest: Closest | null;
};

/** `gaps`: how many of the row's six cells no integrated story covers. */
export type TermRow = { term: string; cells: CoverageCell[]; gaps: number };
export type FieldRow = { field: HardField; terms: TermRow[]; cells: CoverageCell[]; gaps: number };

export type CoverageGrid = {
  families: readonly SoftFamily[];
  rows: FieldRow[];
  /** Soft families no story shows in action at all. */
  unprovenFamilies: SoftFamily[];
  counts: { cells: number; covered: number; gaps: number };
};

export type CoverageOptions = {
  /** Fields to show even when no story uses them (e.g. from a posting), so their gaps are visible. */
  extraFields?: readonly HardField[];
};

export type CoverageKey = { kind: "field"; field: HardField } | { kind: "term"; term: string };

function provesHard(s: StorySummary, key: CoverageKey): boolean {
  return key.kind === "field" ? provesField(s, key.field) : provesTerm(s, key.term);
}

export function coversCell(s: StorySummary, key: CoverageKey, family: SoftFamily): boolean {
  return s.integrated && provesHard(s, key) && provesFamily(s, family);
}

const HAS_RANK = { "both-not-integrated": 0, hard: 1, soft: 2 } as const;

/** The story nearest to filling a gap: both sides but not linked first, then one side; best score, then id. */
export function closestStory(bank: readonly StorySummary[], key: CoverageKey, family: SoftFamily): Closest | null {
  const label = key.kind === "field" ? key.field : key.term;
  const candidates: { s: StorySummary; has: Closest["has"] }[] = [];
  for (const s of bank) {
    const h = provesHard(s, key);
    const f = provesFamily(s, family);
    if (h && f) candidates.push({ s, has: "both-not-integrated" });
    else if (h) candidates.push({ s, has: "hard" });
    else if (f) candidates.push({ s, has: "soft" });
  }
  candidates.sort((a, b) => HAS_RANK[a.has] - HAS_RANK[b.has] || byStrength(a.s, b.s));
  const best = candidates[0];
  if (!best) return null;
  const reason =
    best.has === "both-not-integrated"
      ? `Uses ${label} and shows ${family}, but does not link them: show how one led to the other and to the result.`
      : best.has === "hard"
        ? `Uses ${label}; add the ${family} side: what you did with people around that work.`
        : `Shows ${family}; add the ${label} work you did as part of it.`;
  return { storyId: best.s.id, title: best.s.title, has: best.has, reason };
}

type Indexed = { rows: Map<string, StorySummary[]>; bestByFamily: Map<SoftFamily, StorySummary> };

const keyOf = (key: CoverageKey) => (key.kind === "field" ? `f:${key.field}` : `t:${key.term}`);

/**
 * One pass over the bank: the stories behind each field and term (best first),
 * and the best story per family. Cells then read only their row's stories, so
 * a 10,000-story bank costs one sort, not one scan per cell.
 */
function indexBank(bank: readonly StorySummary[]): Indexed {
  const rows = new Map<string, StorySummary[]>();
  const bestByFamily = new Map<SoftFamily, StorySummary>();
  for (const s of [...bank].sort(byStrength)) {
    const keys = new Set<string>();
    for (const h of s.hardSkills) {
      keys.add(keyOf({ kind: "field", field: h.field }));
      keys.add(keyOf({ kind: "term", term: h.term }));
    }
    for (const k of keys) {
      const list = rows.get(k);
      if (list) list.push(s);
      else rows.set(k, [s]);
    }
    for (const f of s.softFamilies) if (!bestByFamily.has(f)) bestByFamily.set(f, s);
  }
  return { rows, bestByFamily };
}

function closestFrom(index: Indexed, key: CoverageKey, family: SoftFamily): Closest | null {
  const row = index.rows.get(keyOf(key)) ?? [];
  const pick = row.find((s) => provesFamily(s, family)) ?? row[0] ?? index.bestByFamily.get(family);
  return pick ? closestStory([pick], key, family) : null;
}

function cellsFor(index: Indexed, key: CoverageKey): CoverageCell[] {
  const row = index.rows.get(keyOf(key)) ?? [];
  // Every story in the row proves the row's skill, so a cell is the row's integrated stories that show
  // its family: one pass over the row fills all six cells, in the row's order.
  const covering = new Map<SoftFamily, string[]>();
  for (const s of row) {
    if (!s.integrated) continue;
    for (const family of s.softFamilies) {
      const ids = covering.get(family);
      if (!ids) covering.set(family, [s.id]);
      else if (ids[ids.length - 1] !== s.id) ids.push(s.id);
    }
  }
  return SOFT_FAMILIES.map((family) => {
    const storyIds = covering.get(family) ?? [];
    const gap = storyIds.length === 0;
    return { family, storyIds, gap, closest: gap ? closestFrom(index, key, family) : null };
  });
}

export function buildCoverage(bank: readonly StorySummary[], options: CoverageOptions = {}): CoverageGrid {
  const index = indexBank(bank);
  const termsByField = new Map<HardField, Set<string>>();
  for (const s of bank) {
    for (const h of s.hardSkills) {
      const set = termsByField.get(h.field) ?? new Set<string>();
      set.add(h.term);
      termsByField.set(h.field, set);
    }
  }
  for (const f of options.extraFields ?? []) if (!termsByField.has(f)) termsByField.set(f, new Set());
  const gapsIn = (cells: readonly CoverageCell[]) => cells.filter((c) => c.gap).length;
  const fieldOrder = (f: HardField) => HARD_FIELDS.indexOf(f);
  const rows: FieldRow[] = HARD_FIELDS.filter((f) => termsByField.has(f))
    .map((field) => {
      const cells = cellsFor(index, { kind: "field", field });
      const terms = [...(termsByField.get(field) ?? [])].map((term) => {
        const termCells = cellsFor(index, { kind: "term", term });
        return { term, cells: termCells, gaps: gapsIn(termCells) };
      });
      terms.sort((a, b) => b.gaps - a.gaps || compareIds(a.term, b.term));
      return { field, cells, terms, gaps: gapsIn(cells) };
    })
    .sort((a, b) => b.gaps - a.gaps || fieldOrder(a.field) - fieldOrder(b.field));
  const fieldCells = rows.flatMap((r) => r.cells);
  const covered = fieldCells.filter((c) => !c.gap).length;
  return {
    families: SOFT_FAMILIES,
    rows,
    unprovenFamilies: SOFT_FAMILIES.filter((f) => !index.bestByFamily.has(f)),
    counts: { cells: fieldCells.length, covered, gaps: fieldCells.length - covered },
  };
}
