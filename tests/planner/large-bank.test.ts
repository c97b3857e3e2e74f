// The rules read a 10,000-story bank in one pass (bit masks for the question table, one sort of the
// strong stories for strengths, one pass per coverage row). These tests hold them to the plain definitions, written here the
// slow way, on many generated banks.
import { describe, expect, it } from "vitest";

import type { HardField, SoftFamily } from "@/lib/grader";
import {
  answerQuestion,
  buildCoverage,
  buildQuestionTable,
  buildSheet,
  byStrength,
  compareIds,
  coversCell,
  fitFor,
  isStrong,
  MAX_STORIES_PER_QUESTION,
  MIN_STRONG_FOR_PRIMARY,
  primaryCategoryFor,
  proposeStrengths,
  provesFamily,
  provesField,
  QUESTIONS,
  ROLE_TYPES,
  STRENGTH_PAIRS,
  strengthCandidates,
  type Question,
  type QuestionRow,
  type StorySummary,
} from "@/lib/planner";

import { ctx, summary } from "./support";

const FIELDS: HardField[] = ["data", "technology", "finance", "support", "business-tools", "creative"];
const TERMS = ["SQL", "Python", "Excel", "Tableau", "Zendesk", "Figma"];
const FAMILIES: SoftFamily[] = ["communication", "collaboration", "adaptability", "problem-solving", "leadership", "work-ethic"];
const BEHAVIOURS = ["explain", "present", "mentor", "coach", "mediate", "adapt", "pitch", "introduce"];

/** A small deterministic generator, so a failure names a bank that can be rebuilt. */
function generator(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

function randomBank(seed: number, size: number): StorySummary[] {
  const { next, pick } = generator(seed);
  return Array.from({ length: size }, (_, i) =>
    summary({
      // Few distinct scores and ids out of order, so ties and the id tie-break both matter.
      id: `s${Math.floor(next() * 1000)}-${i}`,
      band: pick(["strong", "strong", "fair", "weak"] as const),
      overall: 60 + 10 * Math.floor(next() * 4),
      hard: Array.from({ length: Math.floor(next() * 3) }, () => [pick(TERMS), pick(FIELDS)] as const),
      soft: Array.from({ length: Math.floor(next() * 3) }, () => [pick(FAMILIES), pick(BEHAVIOURS)] as const),
    }),
  );
}

const BANKS = Array.from({ length: 60 }, (_, seed) => randomBank(seed + 1, seed % 3 === 0 ? 200 : seed % 40));

// ---------------------------------------------------------------- the slow definitions

const FIT_RANK = { strong: 0, workable: 1, stretch: 2 } as const;

/** Every story that fits, sorted: fit level, more of the question's families, score, id; the first few. */
function slowAnswer(q: Question, bank: readonly StorySummary[]): QuestionRow {
  const fits = bank.flatMap((s) => {
    const fit = fitFor(s, q);
    return fit ? [{ s, fit }] : [];
  });
  fits.sort(
    (a, b) =>
      FIT_RANK[a.fit.fit] - FIT_RANK[b.fit.fit] || b.fit.families.length - a.fit.families.length || b.s.overall - a.s.overall || compareIds(a.s.id, b.s.id),
  );
  const stories = fits.slice(0, MAX_STORIES_PER_QUESTION).map((f) => f.fit);
  return { question: q, fit: stories[0]?.fit ?? "gap", stories };
}

function slowCandidates(bank: readonly StorySummary[], category: "hard" | "soft") {
  const strong = bank.filter(isStrong);
  const topByCount = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0])).map(([v]) => v);
  };
  const skills =
    category === "hard"
      ? [...new Set(bank.flatMap((s) => s.hardSkills.map((h) => h.field)))].map((field) => ({
          skill: { category: "hard" as const, field, terms: topByCount(strong.flatMap((s) => s.hardSkills.filter((h) => h.field === field).map((h) => h.term))) },
          backing: strong.filter((s) => provesField(s, field)),
        }))
      : FAMILIES.map((family) => ({
          skill: { category: "soft" as const, family, behaviours: topByCount(strong.flatMap((s) => s.softSkills.filter((x) => x.family === family).map((x) => x.behaviour))) },
          backing: strong.filter((s) => provesFamily(s, family)),
        }));
  return skills
    .map(({ skill, backing }) => {
      const sorted = [...backing].sort(byStrength);
      return { skill, strong: sorted, total: sorted.reduce((a, s) => a + s.overall, 0) };
    })
    .filter((c) => c.strong.length > 0)
    .sort((a, b) => b.strong.length - a.strong.length || b.total - a.total || compareIds(label(a.skill), label(b.skill)));
}

type Skill = ReturnType<typeof strengthCandidates>[number]["skill"];

function label(skill: Skill): string {
  const detail = skill.category === "hard" ? skill.terms : skill.behaviours;
  const head = skill.category === "hard" ? skill.field : skill.family;
  return detail.length > 0 ? `${head} (${detail.slice(0, 3).join(", ")})` : head;
}

const pairs = (a: Skill, b: Skill) =>
  STRENGTH_PAIRS.some((p) => (a.category === "hard" && b.category === "soft" && p.hard === a.field && p.soft === b.family) || (a.category === "soft" && b.category === "hard" && p.hard === b.field && p.soft === a.family));

/** The complement: pairs with the primary in the guide's table, then shares its stories, then backing, score, label. */
function slowComplement(bank: readonly StorySummary[], primaryCategory: "hard" | "soft", primary: { skill: Skill; storyIds: string[] } | null) {
  const key = (c: ReturnType<typeof slowCandidates>[number]) => ({
    paired: primary && pairs(primary.skill, c.skill) ? 1 : 0,
    cooccur: primary ? c.strong.filter((s) => primary.storyIds.includes(s.id)).length : 0,
  });
  return slowCandidates(bank, primaryCategory === "hard" ? "soft" : "hard").sort(
    (a, b) =>
      key(b).paired - key(a).paired ||
      key(b).cooccur - key(a).cooccur ||
      b.strong.length - a.strong.length ||
      b.total - a.total ||
      compareIds(label(a.skill), label(b.skill)),
  )[0];
}

describe("on generated banks", () => {
  it("answers every question as the sort of all fitting stories would", () => {
    const extra: Question[] = [
      { id: "x-creative", text: "x", theme: "x", competency: "x", families: ["problem-solving"], needsHard: ["creative", "finance"] },
      { id: "x-none", text: "x", theme: "x", competency: "x", families: [], needsHard: [] },
      { id: "x-twice", text: "x", theme: "x", competency: "x", families: ["leadership", "leadership", "communication"] },
      { id: "x-unknown", text: "x", theme: "x", competency: "x", families: ["patience" as SoftFamily, "communication"], needsHard: ["knitting" as HardField] },
    ];
    for (const bank of BANKS) {
      const table = buildQuestionTable(bank, [...QUESTIONS, ...extra]);
      expect(table.rows).toEqual([...QUESTIONS, ...extra].map((q) => slowAnswer(q, bank)));
      for (const q of extra) expect(answerQuestion(q, bank)).toEqual(slowAnswer(q, bank));
    }
  });

  it("covers each cell with the bank's integrated stories proving both, best first", () => {
    for (const bank of BANKS) {
      const sorted = [...bank].sort(byStrength);
      const cells = (key: Parameters<typeof coversCell>[1], families: readonly SoftFamily[]) =>
        families.map((family) => sorted.filter((s) => coversCell(s, key, family)).map((s) => s.id));
      for (const row of buildCoverage(bank).rows) {
        const families = row.cells.map((c) => c.family);
        expect(row.cells.map((c) => c.storyIds)).toEqual(cells({ kind: "field", field: row.field }, families));
        expect(row.cells.map((c) => c.gap)).toEqual(row.cells.map((c) => c.storyIds.length === 0));
        for (const t of row.terms) expect(t.cells.map((c) => c.storyIds)).toEqual(cells({ kind: "term", term: t.term }, families));
      }
    }
  });

  it("finds the strength candidates the per-skill filter and sort would", () => {
    for (const bank of BANKS) {
      for (const category of ["hard", "soft"] as const) {
        expect(strengthCandidates(bank, category)).toEqual(slowCandidates(bank, category));
      }
    }
  });

  it("proposes a primary strength backed by enough strong stories, and the complement the documented ranking picks", () => {
    for (const bank of BANKS) {
      for (const roleType of ROLE_TYPES) {
        const c = ctx(roleType, 6);
        const plan = proposeStrengths(bank, c);
        expect(plan.primaryCategory).toBe(primaryCategoryFor(bank, c));
        const byId = new Map(bank.map((s) => [s.id, s]));
        if (plan.primary) {
          expect(plan.primary.storyIds.length).toBeGreaterThanOrEqual(MIN_STRONG_FOR_PRIMARY);
          expect(plan.primary.storyIds.every((id) => isStrong(byId.get(id)!))).toBe(true);
        }
        const complement = slowComplement(bank, plan.primaryCategory, plan.primary);
        expect(plan.complementary?.skill ?? null).toEqual(complement?.skill ?? null);
        expect(plan.complementary?.storyIds ?? null).toEqual(complement?.strong.map((s) => s.id) ?? null);
      }
    }
  });

  it("puts on the sheet the picked story, or the best story of each question not already on the page", () => {
    for (const bank of BANKS.slice(0, 20)) {
      const c = ctx("technical", 6);
      const plan = proposeStrengths(bank, c);
      const questionIds = ["failure", "nope", "lead-project", "data-decision", "mentor"];
      const picks: Record<string, string> = bank[0] ? { mentor: bank[0].id } : {};
      const sheet = buildSheet({ ctx: c, bank, plan, weakness: { skill: "x", plan: "y" }, questionIds, picks });
      expect(sheet.unknownQuestionIds).toEqual(["nope"]);
      const onPage = new Set(sheet.questions.filter((r) => r.fit === "picked").map((r) => r.story?.id));
      for (const row of sheet.questions) {
        if (row.fit === "picked") {
          expect(row.story?.id).toBe(bank[0]?.id);
          continue;
        }
        const want = slowAnswer(QUESTIONS.find((q) => q.id === row.id)!, bank);
        expect(row.fit).toBe(want.fit);
        const equal = want.stories.filter((s) => s.fit === want.stories[0]?.fit).map((s) => s.storyId);
        const expected = equal.find((id) => !onPage.has(id)) ?? want.stories[0]?.storyId ?? null;
        expect(row.story?.id ?? null).toBe(expected);
        if (row.story) onPage.add(row.story.id);
      }
    }
  });
});
