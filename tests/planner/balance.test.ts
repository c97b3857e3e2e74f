import { describe, expect, it } from "vitest";

import { assessBalance, bankMix, movesToward } from "@/lib/planner";

import { ctx, story, summary } from "./support";

const hardOnly = (id: string, band: "strong" | "fair" | "weak" = "fair") =>
  summary({ id, band, hard: [["Python", "technology"], ["SQL", "data"]], integrated: false });
const softOnly = (id: string, band: "strong" | "fair" | "weak" = "fair") =>
  summary({ id, band, soft: [["communication", "present"], ["leadership", "mentor"]], integrated: false });

describe("bankMix", () => {
  it("weights strong stories above weak ones", () => {
    const bank = [softOnly("s", "strong"), hardOnly("w1", "weak"), hardOnly("w2", "weak")];
    const mix = bankMix(bank);
    expect(mix.hard).toBeLessThan(0.5);
    expect(mix.counted).toBe(3);
  });

  it("counts every story equally when the bands are equal", () => {
    expect(bankMix([softOnly("a"), hardOnly("b")]).hard).toBe(0.5);
  });

  it("ignores stories that show no skill and sums to one", () => {
    // claim shows no skill; churn shows 3 hard skills and 1 soft behaviour.
    const mix = bankMix([story("claim"), story("churn")]);
    expect(mix.counted).toBe(1);
    expect(mix.hard).toBe(0.75);
    expect((mix.hard ?? 0) + (mix.soft ?? 0)).toBeCloseTo(1);
  });

  it("is null for an empty bank", () => {
    expect(bankMix([])).toEqual({ hard: null, soft: null, counted: 0 });
  });
});

describe("assessBalance", () => {
  it("calls a technical bank too hard for a senior leadership role and says to shift toward soft", () => {
    const r = assessBalance([story("churn"), story("indexes"), story("excel")], ctx("leadership", 12));
    expect(r.verdict).toBe("too-hard");
    expect(r.gap).toBeGreaterThan(0.1);
    expect(r.sentence).toMatch(/toward soft/);
  });

  it("does not warn when the same bank meets an entry-level technical target", () => {
    // Two strong stories, 3/4 and 4/6 hard: 0.71 against a target of 0.8.
    const r = assessBalance([story("churn"), story("excel")], ctx("technical", 2));
    expect(r.actual.hard).toBe(0.71);
    expect(r.verdict).toBe("balanced");
    expect(r.moves).toEqual([]);
  });

  it("calls a people-only bank too soft for an entry technical role", () => {
    const r = assessBalance([softOnly("a", "strong"), story("mentor")], ctx("technical", 1));
    expect(r.verdict).toBe("too-soft");
    expect(r.sentence).toMatch(/toward hard/);
  });

  it("changes verdict when a soft-heavy strong story is added", () => {
    // Strong churn (3/4 hard, weight 3) and weak indexes (all hard, weight 0.5) read 0.79 hard;
    // strong mentor (2/6 hard) brings the bank to 0.58, within 0.1 of the balanced 0.5.
    const before = assessBalance([story("churn"), story("indexes")], ctx("balanced", 6));
    const after = assessBalance([story("churn"), story("indexes"), story("mentor")], ctx("balanced", 6));
    expect(before).toMatchObject({ verdict: "too-hard", actual: { hard: 0.79 } });
    expect(after.actual.hard).toBe(0.58);
    expect(after.verdict).toBe("balanced");
  });

  it("reports no evidence for a bank of claims", () => {
    const r = assessBalance([story("claim")], ctx("balanced", 6));
    expect(r.verdict).toBe("no-evidence");
    expect(r.gap).toBeNull();
  });

  it("treats a gap of exactly the tolerance as balanced", () => {
    const bank = [summary({ id: "a", hard: [["Python", "technology"], ["SQL", "data"], ["Excel", "business-tools"]], soft: [["communication", "present"], ["leadership", "mentor"]] })];
    expect(assessBalance(bank, ctx("balanced", 6)).verdict).toBe("balanced");
  });
});

describe("movesToward", () => {
  it("ranks the most soft-heavy strong story first to lead with", () => {
    const mostlySoft = summary({ id: "b", hard: [["Excel", "business-tools"]], soft: [["communication", "present"], ["leadership", "mentor"], ["collaboration", "mediate"]] });
    const halfSoft = summary({ id: "a", hard: [["Excel", "business-tools"]], soft: [["communication", "present"]] });
    const moves = movesToward([halfSoft, mostlySoft], "soft").filter((m) => m.move === "lead-with");
    expect(moves.map((m) => m.storyId)).toEqual(["b", "a"]);
  });

  it("does not suggest leading with a fair story or a hard-leaning one", () => {
    const moves = movesToward([softOnly("fair"), hardOnly("hardStrong", "strong")], "soft").filter((m) => m.move === "lead-with");
    expect(moves).toEqual([]);
  });

  it("suggests rewriting technical stories that show no people side, best first", () => {
    const moves = movesToward([story("indexes", "i"), hardOnly("h", "fair"), story("mentor")], "soft").filter((m) => m.move === "rewrite");
    expect(moves.map((m) => m.storyId)).toEqual(["h", "i"]);
  });

  it("does not suggest rewriting a story that shows no skill at all", () => {
    const moves = movesToward([story("claim"), hardOnly("h")], "soft").filter((m) => m.move === "rewrite");
    expect(moves.map((m) => m.storyId)).toEqual(["h"]);
  });

  it("does not suggest rewriting a story that already shows people", () => {
    const moves = movesToward([story("mediate")], "soft").filter((m) => m.move === "rewrite");
    expect(moves).toEqual([]);
  });

  it("suggests rewriting people stories that name no tool when shifting toward hard", () => {
    const moves = movesToward([softOnly("p"), hardOnly("h")], "hard");
    expect(moves.filter((m) => m.move === "rewrite").map((m) => m.storyId)).toEqual(["p"]);
  });
});
