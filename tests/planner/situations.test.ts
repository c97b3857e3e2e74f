import { describe, expect, it } from "vitest";

import { findSituations, matchSituation, SITUATION_IDS, SITUATIONS } from "@/lib/planner";

const FALLS =
  "As ward sister on a 28-bed older people's ward, falls were our biggest harm: 8.2 per 1,000 bed days, well above the trust average. I went through six months of Datix reports alongside the e-obs data and saw most falls happened between 2 and 6am, in patients who'd had a late diuretic or were trying to get to the toilet. I took this to our ward pharmacist and the consultants and we agreed to review diuretic timing on admission, and I ran short teaching sessions with the healthcare assistants on intentional rounding at night, asking them to tell me where it wouldn't work. Over the next six months falls came down to 4.9 per 1,000 bed days, with no falls causing serious harm.";

describe("SITUATIONS", () => {
  it("has one rule per situation id, each with examples of both kinds", () => {
    expect(SITUATIONS.map((s) => s.id)).toEqual([...SITUATION_IDS]);
    for (const rule of SITUATIONS) {
      expect(rule.examples.matches.length, rule.id).toBeGreaterThanOrEqual(2);
      expect(rule.examples.misses.length, rule.id).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(SITUATIONS.flatMap((rule) => rule.examples.matches.map((text) => [rule.id, text] as const)))("%s matches: %s", (id, text) => {
    const rule = SITUATIONS.find((r) => r.id === id)!;
    const hit = matchSituation(text, rule);
    expect(hit).not.toBeNull();
    expect(text.slice(hit!.start, hit!.end).length).toBeGreaterThan(0);
  });

  it.each(SITUATIONS.flatMap((rule) => rule.examples.misses.map((text) => [rule.id, text] as const)))("%s misses: %s", (id, text) => {
    const rule = SITUATIONS.find((r) => r.id === id)!;
    expect(matchSituation(text, rule)).toBeNull();
  });
});

describe("findSituations", () => {
  it("finds no disagreement, time pressure or setback in the falls-prevention story", () => {
    const ids = findSituations(FALLS).map((h) => h.id);
    expect(ids).not.toContain("conflict");
    expect(ids).not.toContain("time-pressure");
    expect(ids).not.toContain("setback");
    expect(ids).toContain("served-person");
  });

  it("returns each situation at its first place in the text", () => {
    const text = "We clashed over the rota. Later we argued again.";
    const [hit] = findSituations(text).filter((h) => h.id === "conflict");
    expect(text.slice(hit!.start, hit!.end)).toBe("clashed");
  });

  it("skips a match inside a must-not pattern and takes the next real one", () => {
    const text = "I ran the conflict checks. Then the partner and I disagreed about the fee.";
    const [hit] = findSituations(text).filter((h) => h.id === "conflict");
    expect(text.slice(hit!.start, hit!.end)).toBe("disagreed");
  });
});
