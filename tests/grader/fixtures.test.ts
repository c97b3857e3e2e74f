import { describe, expect, it } from "vitest";

import { gradeStory, parseRole, parseStage } from "@/lib/grader";

import { loadFixtures } from "./helpers";

// Floors on the labelled dev corpus. Raise them when the grader improves; never lower them to pass.
const FLOOR = { integration: 0.85, context: 0.85, result: 0.85, overall: 0.85 };
const BANDS = ["weak", "fair", "strong"] as const;

const stories = loadFixtures();
const graded = stories.map((s) => ({ s, r: gradeStory(s.text, { role: parseRole(s.role), stage: parseStage(s.stage) }) }));

describe("dev corpus agreement", () => {
  it.each(["integration", "context", "result"] as const)("agrees on %s levels at or above the floor", (d) => {
    const agree = graded.filter(({ s, r }) => r.dimensions[d].level === s[d]).length / graded.length;
    expect(agree).toBeGreaterThanOrEqual(FLOOR[d]);
  });

  it("agrees on the overall band at or above the floor", () => {
    const agree = graded.filter(({ s, r }) => r.overall.band === s.overall).length / graded.length;
    expect(agree).toBeGreaterThanOrEqual(FLOOR.overall);
  });

  it("ranks the better story of every weak/strong pair higher", () => {
    const pairs = new Map<string, typeof graded>();
    for (const g of graded) if (g.s.pair) pairs.set(g.s.pair, [...(pairs.get(g.s.pair) ?? []), g]);
    expect(pairs.size).toBeGreaterThan(0);
    for (const [pair, members] of pairs) {
      const sorted = [...members].sort((a, b) => BANDS.indexOf(b.s.overall) - BANDS.indexOf(a.s.overall));
      const better = sorted[0];
      const worse = sorted[sorted.length - 1];
      if (!better || !worse || better.s.overall === worse.s.overall) continue;
      expect(better.r.overall.score, pair).toBeGreaterThan(worse.r.overall.score);
    }
  });

  it("keeps overall scores inside the band's range", () => {
    for (const { r } of graded) {
      const [lo, hi] = r.overall.band === "weak" ? [0, 39] : r.overall.band === "fair" ? [40, 69] : [70, 100];
      expect(r.overall.score).toBeGreaterThanOrEqual(lo);
      expect(r.overall.score).toBeLessThanOrEqual(hi);
    }
  });
});

// The holdout was labelled by an independent annotator and never tuned on phrase by phrase: a floor
// well under today's figures (integration 0.93, context 0.93, result 0.98, band 0.95) that catches a
// regression in how the grader generalises.
const HOLDOUT_FLOOR = { integration: 0.8, context: 0.8, result: 0.8, overall: 0.8 };

describe("holdout corpus agreement", () => {
  const holdout = loadFixtures("stories.holdout.jsonl").map((s) => ({ s, r: gradeStory(s.text, { role: parseRole(s.role), stage: parseStage(s.stage) }) }));

  it.each(["integration", "context", "result"] as const)("agrees on %s levels at or above the holdout floor", (d) => {
    const agree = holdout.filter(({ s, r }) => r.dimensions[d].level === s[d]).length / holdout.length;
    expect(agree).toBeGreaterThanOrEqual(HOLDOUT_FLOOR[d]);
  });

  it("agrees on the overall band at or above the holdout floor, and orders every pair", () => {
    const agree = holdout.filter(({ s, r }) => r.overall.band === s.overall).length / holdout.length;
    expect(agree).toBeGreaterThanOrEqual(HOLDOUT_FLOOR.overall);
    const pairs = new Map<string, typeof holdout>();
    for (const g of holdout) if (g.s.pair) pairs.set(g.s.pair, [...(pairs.get(g.s.pair) ?? []), g]);
    for (const [pair, members] of pairs) {
      const sorted = [...members].sort((a, b) => BANDS.indexOf(b.s.overall) - BANDS.indexOf(a.s.overall));
      const better = sorted[0];
      const worse = sorted[sorted.length - 1];
      if (!better || !worse || better.s.overall === worse.s.overall) continue;
      expect(better.r.overall.score, pair).toBeGreaterThan(worse.r.overall.score);
    }
  });
});
