// The only place evidence turns into numbers: levels per dimension (RUBRIC.md's
// 0 absent / 1 partial / 2 full), a 0-100 score inside each level's band, and
// the overall band and score.
import type { Band, Dimension, DimensionScore, Evidence, Level, Weight } from "./types";

/** What score.ts needs to know about a rule: its weight and whether it earns or costs. */
export type RuleWeight = { id: string; weight: Weight; effect: "earns" | "costs" };

const LEVEL_FLOOR: Record<Level, number> = { 0: 0, 1: 35, 2: 70 };
const LEVEL_SPAN = 30;

function count(ev: readonly Evidence[], ruleId: string, kind?: Evidence["kind"]): number {
  let n = 0;
  for (const e of ev) if (e.ruleId === ruleId && (kind === undefined || e.kind === kind)) n++;
  return n;
}

function inLevel(level: Level, fraction: number): number {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  return LEVEL_FLOOR[level] + Math.round(f * LEVEL_SPAN);
}

export type Levels = Record<Dimension, Level>;

/**
 * Where a story sits inside its level: each rule's evidence counts up to twice, times the
 * rule's weight; costs subtract half as much. Divided by what the earning rules could give.
 */
export function weightedFraction(ev: readonly Evidence[], rules: readonly RuleWeight[]): number {
  let earned = 0;
  let possible = 0;
  for (const r of rules) {
    const n = Math.min(count(ev, r.id), 2);
    if (r.effect === "earns") {
      earned += r.weight * n;
      possible += r.weight * 2;
    } else {
      earned -= r.weight * n * 0.5;
    }
  }
  return possible > 0 ? earned / possible : 0;
}

export function integrationLevel(ev: readonly Evidence[]): Level {
  const hard = count(ev, "hard-skill-in-action");
  const soft = count(ev, "soft-skill-in-action");
  const link = count(ev, "causal-chain");
  const sharedHard = count(ev, "skill-shared", "hard-skill");
  const sharedSoft = count(ev, "skill-shared", "soft-skill");
  if (hard > 0 && soft > 0 && link > 0) return 2;
  if ((hard > 0 || sharedHard > 0) && (soft > 0 || sharedSoft > 0)) return 1;
  return 0;
}

export function contextLevel(ev: readonly Evidence[]): Level {
  const narrator = count(ev, "narrator-action");
  const vague = count(ev, "narrator-vague-verb");
  const setting = count(ev, "context-setting");
  const problem = count(ev, "context-problem");
  const detail = count(ev, "context-detail");
  const hidden = count(ev, "narrator-hidden");
  const buzz = count(ev, "buzzword-padding");
  // Who acts: the narrator concretely (2), vaguely or hidden behind "we"/passive (1), nobody (0).
  const actor = narrator > 0 ? 2 : vague > 0 || hidden > 0 ? 1 : 0;
  const specifics = Math.min(setting, 2) + Math.min(detail, 3);
  const points = actor + specifics + Math.min(problem, 3);
  // Full: the narrator acts, against a stated problem, in a named setting with specific detail.
  // (With no stated problem, the setting and detail must carry it on their own: 7 points.)
  if (narrator > 0 && ((setting > 0 && detail > 0) || setting + detail >= 3) && (problem > 0 ? points >= 6 : points >= 7)) return 2;
  if (points >= 2 && specifics > 0 && !(buzz >= 3 && points < 5)) return 1;
  return 0;
}

export function resultLevel(ev: readonly Evidence[]): Level {
  if (count(ev, "result-quantified") > 0) return 2;
  if (count(ev, "result-vague") + count(ev, "result-projected") + count(ev, "result-negated") > 0) return 1;
  return 0;
}

/** Band exactly as RUBRIC.md defines it. */
export function bandFor(levels: Levels): Band {
  const total = levels.integration + levels.context + levels.result;
  if (levels.integration === 2 && levels.context >= 1 && levels.result >= 1 && total >= 5) return "strong";
  if (total <= 2 || (total === 3 && (levels.integration === 0 || levels.result === 0))) return "weak";
  return "fair";
}

const BAND_RANGE: Record<Band, [number, number]> = { weak: [0, 39], fair: [40, 69], strong: [70, 100] };

/** Overall 0-100: the band fixes the range, the weighted dimension scores place the story inside it. */
export function overallScore(dimensions: Record<Dimension, DimensionScore>, band: Band): number {
  const mean = dimensions.integration.score * 0.45 + dimensions.context.score * 0.25 + dimensions.result.score * 0.3;
  const [lo, hi] = BAND_RANGE[band];
  return Math.round(lo + ((hi - lo) * Math.min(100, Math.max(0, mean))) / 100);
}

/** Score one dimension from the evidence of the rules that feed it. */
export function scoreDimension(dimension: Dimension, own: Evidence[], rules: readonly RuleWeight[]): DimensionScore {
  const level =
    dimension === "integration" ? integrationLevel(own) : dimension === "context" ? contextLevel(own) : resultLevel(own);
  return { level, score: inLevel(level, weightedFraction(own, rules)), evidence: own };
}
