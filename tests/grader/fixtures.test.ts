import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { gradeStory, parseRole, parseStage } from "@/lib/grader";
import { MODEL } from "@/lib/grader/model";
import { isCheckPart } from "@/scripts/eval/metrics";
import { parseLabelled, type Labelled } from "@/scripts/grader-eval";
import { fitModel, tuneStories } from "@/scripts/grader-fit";

const BANDS = ["weak", "fair", "strong"] as const;
const DIMS = ["integration", "context", "result"] as const;

function load(file: string): Labelled[] {
  return parseLabelled(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), "utf8"));
}

function agreement(stories: readonly Labelled[]) {
  const graded = stories.map((s) => ({ s, r: gradeStory(s.text, { role: parseRole(s.role), stage: parseStage(s.stage) }) }));
  const share = (ok: (g: (typeof graded)[number]) => boolean) => graded.filter(ok).length / graded.length;
  return {
    graded,
    integration: share(({ s, r }) => r.dimensions.integration.level === s.integration),
    context: share(({ s, r }) => r.dimensions.context.level === s.context),
    result: share(({ s, r }) => r.dimensions.result.level === s.result),
    band: share(({ s, r }) => r.overall.band === s.overall),
  };
}

function expectPairsOrdered(graded: ReturnType<typeof agreement>["graded"]) {
  const pairs = new Map<string, typeof graded>();
  for (const g of graded) if (g.s.pair) pairs.set(g.s.pair, [...(pairs.get(g.s.pair) ?? []), g]);
  for (const [pair, members] of pairs) {
    const sorted = [...members].sort((a, b) => BANDS.indexOf(b.s.overall) - BANDS.indexOf(a.s.overall));
    const better = sorted[0];
    const worse = sorted[sorted.length - 1];
    if (!better || !worse || better.s.overall === worse.s.overall) continue;
    expect(better.r.overall.score, pair).toBeGreaterThan(worse.r.overall.score);
  }
}

// The measure that matters: real answers, on the part of the real set that nothing is fitted on.
// Floors sit a little under today's figures (README, "Measured figures"): they catch a regression; raise
// them when the grader improves, never lower them to pass a change. They are re-based only when the set
// itself grows: the sixth round's 223 answers, labelled after the grader was built, took the check part
// from 113 to 183 answers and its band agreement from about 0.70 to 0.64.
const CHECK_FLOOR = { integration: 0.6, context: 0.72, result: 0.78, band: 0.62 };

describe("real answers, check part (never tuned on)", () => {
  const check = load("stories.real.jsonl").filter((s) => s.source !== null && isCheckPart(s.source));
  const a = agreement(check);

  it("holds at least the stories the split rule puts there", () => {
    expect(check.length).toBeGreaterThanOrEqual(39);
  });

  it.each(DIMS)("agrees on %s levels at or above the floor", (d) => {
    expect(a[d]).toBeGreaterThanOrEqual(CHECK_FLOOR[d]);
  });

  it("agrees on the band at or above the floor", () => {
    expect(a.band).toBeGreaterThanOrEqual(CHECK_FLOOR.band);
  });
});

describe("the level model", () => {
  // A whole refit (about 5 s on a quiet 2-core machine, three times that beside a running suite): its own time limit.
  it("is exactly what the tune part fits (nothing else went into it)", () => {
    expect(fitModel(tuneStories())).toEqual(MODEL);
  }, 120_000);
});

// Our own written stories: they share our vocabulary, and their labels are more lenient than the real
// set's (fitting on them lowers agreement on real answers: README, "Grading"). They guard the canonical
// shapes (pairs in order, bands in range), not the figures we report.
describe("dev corpus (our own stories)", () => {
  const a = agreement(load("stories.dev.jsonl"));

  it("agrees on the overall band at or above 0.85", () => {
    expect(a.band).toBeGreaterThanOrEqual(0.85);
  });

  it.each(DIMS)("agrees on %s levels at or above 0.75", (d) => {
    expect(a[d]).toBeGreaterThanOrEqual(0.75);
  });

  it("ranks the better story of every weak/strong pair higher", () => {
    expectPairsOrdered(a.graded);
  });

  it("keeps overall scores inside the band's range", () => {
    for (const { r } of a.graded) {
      const [lo, hi] = r.overall.band === "weak" ? [0, 39] : r.overall.band === "fair" ? [40, 69] : [70, 100];
      expect(r.overall.score).toBeGreaterThanOrEqual(lo);
      expect(r.overall.score).toBeLessThanOrEqual(hi);
    }
  });
});

describe("written holdouts", () => {
  it.each(["stories.holdout.jsonl", "stories.holdout2.jsonl"])("orders every pair in %s and agrees on the band at or above 0.6", (file) => {
    const a = agreement(load(file));
    expect(a.band).toBeGreaterThanOrEqual(0.6);
    expectPairsOrdered(a.graded);
  });
});
