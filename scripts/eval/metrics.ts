// Agreement statistics for the grader's evaluation: agreement, quadratic weighted kappa, confusion
// matrices and seeded bootstrap intervals. Pure and deterministic (the bootstrap's PRNG is seeded).
import { createHash } from "node:crypto";

/** Quadratic weighted kappa over ordinal categories 0..k-1. */
export function quadraticKappa(a: readonly number[], b: readonly number[], k: number): number {
  const n = a.length;
  if (n === 0) return 1;
  const obs = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const ha = new Array<number>(k).fill(0);
  const hb = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    const row = obs[x];
    if (row) row[y] = (row[y] ?? 0) + 1;
    ha[x] = (ha[x] ?? 0) + 1;
    hb[y] = (hb[y] ?? 0) + 1;
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      num += w * (obs[i]?.[j] ?? 0);
      den += (w * (ha[i] ?? 0) * (hb[j] ?? 0)) / n;
    }
  }
  return den === 0 ? 1 : 1 - num / den;
}

export function agreement(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0) return 1;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * The mean, over the levels the labels use, of the share of each level read right (balanced accuracy).
 * Unlike agreement it does not reward always answering the commonest level (that scores 1/k): the figure to
 * read beside agreement on a batch where most answers are weak.
 */
export function balancedAgreement(labels: readonly number[], graded: readonly number[], k: number): number {
  if (labels.length === 0) return 1;
  const rows = confusion(labels, graded, k).map((row, y) => ({ right: row[y] ?? 0, total: row.reduce((a, b) => a + b, 0) }));
  const used = rows.filter((r) => r.total > 0);
  return used.reduce((sum, r) => sum + r.right / r.total, 0) / used.length;
}

/** Rows are the labels, columns what the grader said. */
export function confusion(labels: readonly number[], graded: readonly number[], k = 3): number[][] {
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < labels.length; i++) {
    const row = m[labels[i] ?? 0];
    const col = graded[i] ?? 0;
    if (row) row[col] = (row[col] ?? 0) + 1;
  }
  return m;
}

/** mulberry32: a small seeded PRNG, so intervals are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Interval = { value: number; low: number; high: number };

/** A statistic with its 95 % percentile bootstrap interval (resampling stories with replacement). */
export function bootstrap(
  labels: readonly number[],
  graded: readonly number[],
  stat: (a: readonly number[], b: readonly number[]) => number,
  { resamples = 1000, seed = 7 }: { resamples?: number; seed?: number } = {},
): Interval {
  const n = labels.length;
  const value = stat(labels, graded);
  if (n === 0) return { value, low: value, high: value };
  const rand = seededRandom(seed);
  const values: number[] = [];
  const a = new Array<number>(n);
  const b = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(rand() * n);
      a[i] = labels[j] ?? 0;
      b[i] = graded[j] ?? 0;
    }
    values.push(stat(a, b));
  }
  values.sort((x, y) => x - y);
  const at = (q: number) => values[Math.min(values.length - 1, Math.max(0, Math.floor(q * values.length)))] ?? value;
  return { value, low: at(0.025), high: at(0.975) };
}

export function sha1Hex(s: string): string {
  return createHash("sha1").update(s).digest("hex");
}

/**
 * The real set's split, fixed by the issue "Grader 2": a story belongs to the check part (never tuned
 * on) when the SHA-1 of its source URL starts with a hex digit 0-4; everything else is for tuning.
 */
export function isCheckPart(source: string): boolean {
  return /^[0-4]/.test(sha1Hex(source));
}

/** Folds grouped by source: every story of one page lands in the same fold. */
export function foldOf(source: string, k: number): number {
  return parseInt(sha1Hex(`fold:${source}`).slice(0, 8), 16) % k;
}
