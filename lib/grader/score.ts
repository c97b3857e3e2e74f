// The only place evidence turns into numbers: levels per dimension (RUBRIC.md's
// 0 absent / 1 partial / 2 full), a 0-100 score inside each level's band, and
// the overall band and score.
import type { Band, Dimension, DimensionScore, Evidence, Level } from "./types";

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

export function scoreIntegration(ev: readonly Evidence[]): { level: Level; score: number } {
  const hard = count(ev, "hard-skill-in-action");
  const soft = count(ev, "soft-skill-in-action");
  const link = count(ev, "causal-chain");
  const sharedHard = count(ev, "skill-shared", "hard-skill");
  const sharedSoft = count(ev, "skill-shared", "soft-skill");
  const costs = count(ev, "claimed-skill") + count(ev, "skill-list");
  let level: Level = 0;
  if (hard > 0 && soft > 0 && link > 0) level = 2;
  else if ((hard > 0 || sharedHard > 0) && (soft > 0 || sharedSoft > 0)) level = 1;
  const earned =
    Math.min(hard, 3) * 3 + Math.min(soft, 3) * 3 + Math.min(link, 2) * 4 + Math.min(sharedHard + sharedSoft, 2);
  return { level, score: inLevel(level, earned / 28 - costs * 0.1) };
}

export function scoreContext(ev: readonly Evidence[]): { level: Level; score: number } {
  const narrator = count(ev, "narrator-action");
  const vague = count(ev, "narrator-vague-verb");
  const setting = count(ev, "context-setting");
  const problem = count(ev, "context-problem");
  const detail = count(ev, "context-detail");
  const hypothetical = count(ev, "hypothetical-answer");
  const hidden = count(ev, "narrator-hidden");
  const buzz = count(ev, "buzzword-padding");
  const short = ev.some((e) => e.ruleId === "story-length" && e.reason.startsWith("Only"));
  // Who acts: the narrator concretely (2), vaguely or hidden behind "we"/passive (1), nobody (0).
  const actor = narrator > 0 ? 2 : vague > 0 || hidden > 0 ? 1 : 0;
  const specifics = Math.min(setting, 2) + Math.min(detail, 3);
  const points = actor + specifics + Math.min(problem, 3);
  let level: Level = 0;
  // Full: the narrator acts, against a stated problem, in a named setting with specific detail.
  if (narrator > 0 && problem > 0 && ((setting > 0 && detail > 0) || setting + detail >= 3) && points >= 6) level = 2;
  else if (points >= 2 && (specifics > 0 || (narrator > 0 && problem > 0)) && !(buzz >= 3 && points < 5)) level = 1;
  const costs = Math.min(hidden, 1) + Math.min(hypothetical, 2) + Math.min(buzz, 3) * 0.5 + (short ? 1 : 0) + Math.min(vague, 1) * 0.5;
  return { level, score: inLevel(level, points / 10 - costs * 0.1) };
}

export function scoreResult(ev: readonly Evidence[]): { level: Level; score: number } {
  const measured = count(ev, "result-quantified");
  const vague = count(ev, "result-vague");
  const projected = count(ev, "result-projected");
  const negated = count(ev, "result-negated");
  let level: Level = 0;
  if (measured > 0) level = 2;
  else if (vague > 0 || projected > 0 || negated > 0) level = 1;
  const fraction = level === 2 ? Math.min(measured, 3) / 3 - negated * 0.1 : Math.min(vague + projected, 3) / 3 - negated * 0.1;
  return { level, score: inLevel(level, fraction) };
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
export function scoreDimension(dimension: Dimension, own: Evidence[]): DimensionScore {
  const { level, score } =
    dimension === "integration" ? scoreIntegration(own) : dimension === "context" ? scoreContext(own) : scoreResult(own);
  return { level, score, evidence: own };
}
