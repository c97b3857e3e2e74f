// The only place evidence turns into numbers. Each dimension's level (RUBRIC.md's 0 absent / 1 partial
// / 2 full) comes from its evidence features through the fitted ordinal model (model.ts), then the
// annotation conventions cap it; its 0-100 score places the story inside that level by how sure the
// model is. The band follows the rubric's formula; the overall score places the story inside the band.
import { FEATURES, type FeatureVector } from "./features";
import { predictOrdinal, type OrdinalModel } from "./ordinal";
import type { Band, Dimension, Level } from "./types";

export type LevelModel = Record<Dimension, OrdinalModel>;

export type Levels = Record<Dimension, Level>;

export type LevelResult = { level: Level; score: number; expected: number };

/** Stories shorter than this cannot carry full context or a full chain (and so cannot be strong). */
export const MIN_WORDS_FOR_FULL = 50;

/** A story with at least this share of its sentences told as a routine or a hypothetical is a duty description, not an episode. */
export const ROUTINE_SHARE = 0.75;

const LEVEL_FLOOR: Record<Level, number> = { 0: 0, 1: 35, 2: 70 };
const LEVEL_SPAN: Record<Level, number> = { 0: 34, 1: 34, 2: 30 };

function value(fv: FeatureVector, dim: Dimension, id: string): number {
  const i = FEATURES[dim].findIndex((f) => f.id === id);
  return i < 0 ? 0 : (fv[dim][i] ?? 0);
}

/**
 * ANNOTATION.md's caps, applied after the model: integration needs both kinds of skill to be above 0
 * and one real episode (not a duty description),
 * and a people side beyond thin acts ("told", "escalated", "worked with") to be full; a story told
 * entirely as a routine or a hypothetical, or with no act of the narrator's or nothing specific about
 * the situation, has no concrete context, and one told only as "we" is partial; a short story is never full.
 */
export function capLevel(dim: Dimension, level: Level, fv: FeatureVector, words: number): Level {
  let cap: Level = 2;
  if (dim === "integration") {
    // both-kinds is the weaker of the hard side and the people side: 0 when either is missing.
    if (value(fv, dim, "both-kinds") === 0 || value(fv, dim, "not-episode") >= ROUTINE_SHARE) cap = 0;
    // ANNOTATION.md: people acts that are thin ("told my manager") or told only as "we" hold it at 1.
    else if (value(fv, dim, "people-own") === 0) cap = 1;
  }
  if (dim === "context") {
    const ownActs = value(fv, dim, "narrator-acts") + value(fv, dim, "vague-acts");
    const specifics = value(fv, dim, "setting") + value(fv, dim, "detail");
    const anyActs = ownActs + value(fv, dim, "we-share");
    if (value(fv, dim, "not-episode") >= ROUTINE_SHARE || (specifics === 0 && (anyActs === 0 || words < MIN_WORDS_FOR_FULL))) cap = 0;
    // ANNOTATION.md: full context needs the narrator's own role clear; an episode told only as "we" (or in the passive) is 1.
    else if (ownActs === 0 && value(fv, dim, "we-share") > 0) cap = 1;
  }
  if (dim === "result") {
    const told = ["changed", "measured", "outcome", "closing", "projected"].reduce((sum, id) => sum + value(fv, dim, id), 0);
    if (told === 0) cap = 0;
  }
  if (dim !== "result" && words < MIN_WORDS_FOR_FULL && cap > 1) cap = 1;
  return Math.min(level, cap) as Level;
}

/**
 * ANNOTATION.md's definition of full integration, applied as a floor: the narrator's hard skill at
 * work, a people act of theirs (not a thin one) that carries it, and what followed, in one past episode.
 * The fitted model alone rarely reaches 2 for a one-paragraph story with a single such chain; the floor
 * costs about 0.01 of agreement on the real set and keeps the guide's own shape strong (README, "Grading").
 */
export function floorLevel(dim: Dimension, fv: FeatureVector): Level {
  if (dim !== "integration") return 0;
  return value(fv, dim, "chain") === 1 && value(fv, dim, "people-own") > 0 && value(fv, dim, "not-episode") === 0 ? 2 : 0;
}

/** Levels and in-level scores for the three dimensions. */
export function levelsFor(fv: FeatureVector, model: LevelModel, words: number): Record<Dimension, LevelResult> {
  const one = (dim: Dimension): LevelResult => {
    const p = predictOrdinal(model[dim], fv[dim]);
    const level = capLevel(dim, Math.max(p.level, floorLevel(dim, fv)) as Level, fv, words);
    // Where the story sits inside its level: the model's expected level, relative to the level's middle.
    const expected = Math.min(Math.max(p.expected, level - 0.5), level + 0.5);
    const within = Math.min(1, Math.max(0, expected - (level - 0.5)));
    return { level, score: LEVEL_FLOOR[level] + Math.round(within * LEVEL_SPAN[level]), expected };
  };
  return { integration: one("integration"), context: one("context"), result: one("result") };
}

/** Band exactly as RUBRIC.md defines it. */
export function bandFor(levels: Levels): Band {
  const total = levels.integration + levels.context + levels.result;
  if (levels.integration === 2 && levels.context >= 1 && levels.result >= 1 && total >= 5) return "strong";
  if (total <= 2 || (total === 3 && (levels.integration === 0 || levels.result === 0))) return "weak";
  return "fair";
}

const BAND_RANGE: Record<Band, [number, number]> = { weak: [0, 39], fair: [40, 69], strong: [70, 100] };
/** The span of expected level totals (0-6) that each band covers, so scores spread across the band. */
const BAND_TOTALS: Record<Band, [number, number]> = { weak: [0, 3.5], fair: [2.5, 5], strong: [3.5, 6] };

/** Overall 0-100: the band fixes the range; the sum of expected levels places the story inside it. */
export function overallScore(levels: Record<Dimension, LevelResult>, band: Band): number {
  const total = levels.integration.expected + levels.context.expected + levels.result.expected;
  const [lo, hi] = BAND_RANGE[band];
  const [a, b] = BAND_TOTALS[band];
  const f = Math.min(1, Math.max(0, (total - a) / (b - a)));
  return Math.round(lo + (hi - lo) * f);
}
