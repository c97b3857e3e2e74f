// Balance: the bank's hard/soft emphasis against the target for the user's
// stage and role type. Judgment: each story counts by its own hard share,
// weighted by band (BAND_WEIGHT), so a pile of weak one-sided drafts cannot
// outvote the strong stories the user will actually tell. Source: guide,
// "Career Stage Considerations" and "Finding Role-Appropriate Balance".
// Blind spot: the share counts distinct skills, not how much of the story each one carries.
import type { Stage } from "@/lib/grader";

import { bandWeight, byStrength, hardShareOf, isStrong, type StorySummary } from "./bank";
import { type PlannerContext } from "./profile";
import { BALANCE_TOLERANCE, MAX_SUGGESTIONS, ROLE_TYPE_PROFILE, type SkillCategory } from "./tables";

export type BankMix = {
  /** Weighted hard share, 0-1, rounded to two places; null when no story shows a skill. */
  hard: number | null;
  soft: number | null;
  /** Stories that showed any skill and so counted. */
  counted: number;
};

export type BalanceVerdict = "no-evidence" | "balanced" | "too-hard" | "too-soft";

export type BalanceMove = {
  storyId: string;
  title: string;
  /** lead-with: tell this story earlier or more often; rewrite: strengthen its weaker side. */
  move: "lead-with" | "rewrite";
  reason: string;
};

export type BalanceReport = {
  actual: BankMix;
  target: { hard: number; soft: number };
  verdict: BalanceVerdict;
  /** actual.hard - target.hard, in share points; null with no evidence. */
  gap: number | null;
  /** Which way to shift, in one plain sentence. */
  sentence: string;
  moves: BalanceMove[];
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const pct = (n: number) => `${Math.round(n * 100)}%`;

export function bankMix(bank: readonly StorySummary[]): BankMix {
  let weighted = 0;
  let weights = 0;
  let counted = 0;
  for (const s of bank) {
    const share = hardShareOf(s);
    if (share === null) continue;
    const w = bandWeight(s);
    weighted += w * share;
    weights += w;
    counted++;
  }
  if (weights === 0) return { hard: null, soft: null, counted: 0 };
  const hard = round2(weighted / weights);
  return { hard, soft: round2(1 - hard), counted };
}

export function isBalanced(gap: number): boolean {
  return Math.abs(gap) <= BALANCE_TOLERANCE + 1e-9;
}

const STAGE_WORDS: Record<Stage, string> = {
  entry: "an early-career",
  mid: "a mid-career",
  senior: "a senior",
  executive: "an executive",
};

export function assessBalance(bank: readonly StorySummary[], ctx: PlannerContext): BalanceReport {
  const actual = bankMix(bank);
  const target = ctx.target;
  const who = `${STAGE_WORDS[ctx.stage]} ${ROLE_TYPE_PROFILE[ctx.roleType].label}`;
  const aim = `${pct(target.hard)} hard / ${pct(target.soft)} soft`;
  if (actual.hard === null || actual.soft === null) {
    return {
      actual,
      target,
      verdict: "no-evidence",
      gap: null,
      sentence: `No story shows a skill in use yet; for ${who} aim for about ${aim}.`,
      moves: [],
    };
  }
  const gap = round2(actual.hard - target.hard);
  const now = `Your bank reads about ${pct(actual.hard)} hard / ${pct(actual.soft)} soft`;
  if (isBalanced(gap)) {
    return { actual, target, verdict: "balanced", gap, sentence: `${now}, which fits ${who} (aim: ${aim}).`, moves: [] };
  }
  const verdict: BalanceVerdict = gap > 0 ? "too-hard" : "too-soft";
  const toward: SkillCategory = gap > 0 ? "soft" : "hard";
  const moves = movesToward(bank, toward);
  const what =
    toward === "soft"
      ? "shift toward soft skills: lead with stories that show how you worked with people, and add the people side to your technical ones"
      : "shift toward hard skills: lead with stories that show the tool or method you used, and name it in your people stories";
  return { actual, target, verdict, gap, sentence: `${now}; ${who} calls for about ${aim}, so ${what}.`, moves };
}

/** The stories that would move the bank toward one side: strong ones already leaning that way, then drafts to rewrite. */
export function movesToward(bank: readonly StorySummary[], toward: SkillCategory): BalanceMove[] {
  const lean = (s: StorySummary) => {
    const h = hardShareOf(s);
    if (h === null) return null;
    return toward === "soft" ? 1 - h : h;
  };
  const leadWith = bank
    .filter((s) => isStrong(s) && (lean(s) ?? 0) >= 0.5)
    .sort((a, b) => (lean(b) ?? 0) - (lean(a) ?? 0) || byStrength(a, b))
    .slice(0, MAX_SUGGESTIONS)
    .map<BalanceMove>((s) => ({
      storyId: s.id,
      title: s.title,
      move: "lead-with",
      reason: `A strong story that is ${pct(lean(s) ?? 0)} ${toward}: tell it early.`,
    }));
  const weakSide = (s: StorySummary) => (toward === "soft" ? s.softSkills.length === 0 : s.hardSkills.length === 0);
  const otherSide = (s: StorySummary) => (toward === "soft" ? s.hardSkills.length > 0 : s.softSkills.length > 0);
  const rewrite = bank
    .filter((s) => weakSide(s) && otherSide(s))
    .sort(byStrength)
    .slice(0, MAX_SUGGESTIONS)
    .map<BalanceMove>((s) => ({
      storyId: s.id,
      title: s.title,
      move: "rewrite",
      reason:
        toward === "soft"
          ? "Shows the technical work but not what you did with people: add who you explained it to or worked with, and what changed for them."
          : "Shows how you worked with people but not the tool or method: name what you used to do the work.",
    }));
  return [...leadWith, ...rewrite];
}
