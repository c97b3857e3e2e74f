import { describe, expect, it } from "vitest";

import type { Dimension, Evidence, Level } from "@/lib/grader/types";
import { compareGrades, explainingChanges, summariseDimension, type GradedText } from "@/lib/stories/compare";

type Hit = { quote: string; ruleId: string; effect?: Evidence["effect"]; kind?: Evidence["kind"] };
type DimensionSpec = { score: number; level: Level; hits?: Hit[] };

/** A graded text whose evidence quotes are found in the text itself. */
function graded(text: string, dims: Partial<Record<Dimension, DimensionSpec>>, overall = 50): GradedText {
  const dimension = (spec: DimensionSpec = { score: 0, level: 0 }) => ({
    score: spec.score,
    level: spec.level,
    evidence: (spec.hits ?? []).map((hit): Evidence => {
      const start = text.indexOf(hit.quote);
      if (start < 0) throw new Error(`"${hit.quote}" is not in the text`);
      return { ruleId: hit.ruleId, kind: hit.kind ?? "result-metric", effect: hit.effect ?? "earns", span: { start, end: start + hit.quote.length }, reason: "test" };
    }),
  });
  return {
    text,
    report: {
      overall: { score: overall, band: overall >= 70 ? "strong" : overall >= 40 ? "fair" : "weak" },
      dimensions: { integration: dimension(dims.integration), context: dimension(dims.context), result: dimension(dims.result) },
    },
  };
}

const before = graded("I wrote a script. Tickets fell.", {
  result: { score: 30, level: 1, hits: [{ quote: "Tickets fell", ruleId: "outcome-stated", kind: "outcome" }] },
});
const after = graded("I wrote a script. Tickets fell 41% fewer tickets in a month.", {
  result: {
    score: 80,
    level: 2,
    hits: [
      { quote: "Tickets fell", ruleId: "outcome-stated", kind: "outcome" },
      { quote: "41% fewer tickets", ruleId: "result-quantified" },
    ],
  },
});

describe("compareGrades", () => {
  it("attributes a rising result to the evidence quote that appeared", () => {
    const result = compareGrades(before, after).dimensions.find((d) => d.dimension === "result")!;
    expect(result.moved).toBe(true);
    expect(result.changes.map((c) => [c.change, c.quote, c.helps])).toEqual([["added", "41% fewer tickets", true]]);
  });

  it("ignores evidence whose quote is in both revisions", () => {
    const result = compareGrades(before, after).dimensions.find((d) => d.dimension === "result")!;
    expect(result.changes.map((c) => c.quote)).not.toContain("Tickets fell");
  });

  it("attributes a falling dimension to the evidence quote that disappeared", () => {
    const result = compareGrades(after, before).dimensions.find((d) => d.dimension === "result")!;
    expect(result.changes.map((c) => [c.change, c.quote, c.helps])).toEqual([["removed", "41% fewer tickets", false]]);
  });

  it("tells words no longer counted from words removed: after an edit elsewhere the words are still there", () => {
    const a = graded("I taught every nurse for two weeks. Errors stopped.", {
      integration: { score: 80, level: 2, hits: [{ quote: "for two weeks", ruleId: "hard-skill-in-action", kind: "hard-skill" }] },
    });
    const b = graded("I taught every nurse for two weeks. Errors stopped. I added a line.", { integration: { score: 70, level: 2 } });
    const c = graded("I taught every nurse. Errors stopped.", { integration: { score: 70, level: 2 } });
    const [kept] = compareGrades(a, b).dimensions.find((d) => d.dimension === "integration")!.changes;
    const [gone] = compareGrades(a, c).dimensions.find((d) => d.dimension === "integration")!.changes;
    expect(kept).toMatchObject({ change: "removed", quote: "for two weeks", stillInText: true });
    expect(gone).toMatchObject({ change: "removed", quote: "for two weeks", stillInText: false });
    expect(summariseDimension(compareGrades(a, b).dimensions.find((d) => d.dimension === "integration")!)).toBe("integration score 80 → 70: no longer counts 'for two weeks'");
    expect(summariseDimension(compareGrades(a, c).dimensions.find((d) => d.dimension === "integration")!)).toBe("integration score 80 → 70: removed 'for two weeks'");
  });

  it("tells words now counted from words added: words already in the old text are not 'added'", () => {
    // A user review: a hotel shift lead's history said "Added six" for "six rooms", which was in the first version too.
    const a = graded("We overbooked by six rooms. I called hotels.", { context: { score: 39, level: 1 } });
    const b = graded("On a sold-out Saturday we overbooked by six rooms. I called 3 hotels.", {
      context: {
        score: 54,
        level: 1,
        hits: [
          { quote: "six", ruleId: "scale-count", kind: "context" },
          { quote: "3", ruleId: "scale-count", kind: "context" },
        ],
      },
    });
    const changes = compareGrades(a, b).dimensions.find((d) => d.dimension === "context")!.changes;
    expect(changes.map((c) => [c.change, c.quote, c.wasInText])).toEqual([
      ["added", "six", true],
      // "3" is new, even though the old text had no such word (a digit inside another number would not count).
      ["added", "3", false],
    ]);
    expect(summariseDimension(compareGrades(a, b).dimensions.find((d) => d.dimension === "context")!)).toBe("context score 39 → 54: now counts 'six', added '3'");
  });

  it("counts a removed cost as helping", () => {
    const a = graded("We shipped it. It went well.", {
      integration: { score: 20, level: 0, hits: [{ quote: "We", ruleId: "hidden-narrator", effect: "costs", kind: "hidden-narrator" }] },
    });
    const b = graded("I shipped it. It went well.", { integration: { score: 35, level: 1 } });
    const integration = compareGrades(a, b).dimensions.find((d) => d.dimension === "integration")!;
    expect(integration.changes).toMatchObject([{ change: "removed", quote: "We", effect: "costs", helps: true }]);
  });

  it("matches quotes ignoring case and spacing", () => {
    const a = graded("Errors  fell 40%.", { result: { score: 60, level: 2, hits: [{ quote: "Errors  fell 40%", ruleId: "result-quantified" }] } });
    const b = graded("errors fell 40%.", { result: { score: 60, level: 2, hits: [{ quote: "errors fell 40%", ruleId: "result-quantified" }] } });
    const result = compareGrades(a, b).dimensions.find((d) => d.dimension === "result")!;
    expect(result.moved).toBe(false);
    expect(result.changes).toEqual([]);
  });

  it("matches a note about the whole story by its rule, not its quote (the whole old text), and names it by its reason", () => {
    const note = (text: string, words: number): GradedText => {
      const g = graded(text, { context: { score: 40, level: 1 } });
      g.report.dimensions.context.evidence = [{ ruleId: "story-length", kind: "length", effect: "costs", span: { start: 0, end: text.length }, reason: `Only ${words} words: too short` }];
      return g;
    };
    const stillShort = compareGrades(note("We had to migrate the server.", 6), note("We had to migrate the server. I planned it.", 9)).dimensions.find((d) => d.dimension === "context")!;
    expect(stillShort.changes).toEqual([]);
    const longer = graded("We had to migrate the server. I planned it step by step.", { context: { score: 60, level: 1 } });
    const fixed = compareGrades(note("We had to migrate the server.", 6), longer).dimensions.find((d) => d.dimension === "context")!;
    expect(fixed.changes).toMatchObject([{ change: "removed", kind: "length", quote: "", reason: "Only 6 words: too short", helps: true }]);
    expect(summariseDimension(fixed)).toBe("context score 40 → 60: no longer 'Only 6 words: too short'");
  });

  it("tells a too-short note from a too-long one, and a note on one sentence by its sentence", () => {
    const whole = (text: string, reason: string): GradedText => {
      const g = graded(text, { context: { score: 40, level: 1 } });
      g.report.dimensions.context.evidence = [{ ruleId: "story-length", kind: "length", effect: "costs", span: { start: 0, end: text.length }, reason }];
      return g;
    };
    const shortToLong = compareGrades(whole("Short story.", "Only 40 words: too short"), whole("A long story.", "480 words: longer than about two minutes spoken")).dimensions.find((d) => d.dimension === "context")!;
    expect(shortToLong.changes.map((c) => [c.change, c.reason])).toEqual([
      ["added", "480 words: longer than about two minutes spoken"],
      ["removed", "Only 40 words: too short"],
    ]);
    const runOns = (text: string, sentence: string): GradedText => {
      const g = graded(text, { context: { score: 40, level: 1 } });
      const start = text.indexOf(sentence);
      g.report.dimensions.context.evidence = [{ ruleId: "run-on-sentence", kind: "length", effect: "costs", span: { start, end: start + sentence.length }, reason: `The sentence that starts "${sentence.slice(0, 10)}…"` }];
      return g;
    };
    const swapped = compareGrades(runOns("First alpha and on. Then beta.", "First alpha and on."), runOns("First alpha. Then beta and on and on.", "Then beta and on and on.")).dimensions.find((d) => d.dimension === "context")!;
    expect(swapped.changes.map((c) => [c.change, c.quote])).toEqual([
      ["added", "Then beta and on and on."],
      ["removed", "First alpha and on."],
    ]);
  });

  it("lists a quote once when two rules read the same words", () => {
    const a = graded("I led it.", { context: { score: 30, level: 1 } });
    const b = graded("I led it. I ran the night shift.", {
      context: {
        score: 45,
        level: 1,
        hits: [
          { quote: "ran", ruleId: "narrator-action", kind: "narrator" },
          { quote: "ran", ruleId: "soft-skill-in-action", kind: "soft-skill" },
        ],
      },
    });
    const context = compareGrades(a, b).dimensions.find((d) => d.dimension === "context")!;
    expect(explainingChanges(context).map((c) => c.quote)).toEqual(["ran"]);
  });

  it("reports an unmoved dimension as not moved", () => {
    const context = compareGrades(before, after).dimensions.find((d) => d.dimension === "context")!;
    expect(context.moved).toBe(false);
  });

  it("reports the overall score and band of both revisions", () => {
    const a = graded("x", {}, 35);
    const b = graded("x", {}, 72);
    expect(compareGrades(a, b).overall).toEqual({ before: { score: 35, band: "weak" }, after: { score: 72, band: "strong" } });
  });
});

describe("summariseDimension", () => {
  it('says "result 1 → 2: added \'41% fewer tickets\'" when the level rises', () => {
    const result = compareGrades(before, after).dimensions.find((d) => d.dimension === "result")!;
    expect(summariseDimension(result)).toBe("result 1 → 2: added '41% fewer tickets'");
  });

  it("names the score when the level stays the same", () => {
    const a = graded("Sales rose.", { result: { score: 40, level: 1 } });
    const b = graded("Sales rose sharply after the launch.", {
      result: { score: 50, level: 1, hits: [{ quote: "after the launch", ruleId: "outcome-window", kind: "outcome" }] },
    });
    const result = compareGrades(a, b).dimensions.find((d) => d.dimension === "result")!;
    expect(summariseDimension(result)).toBe("result score 40 → 50: added 'after the launch'");
  });

  it("says no quoted evidence changed when a score moved without one", () => {
    const a = graded("Same words.", { context: { score: 40, level: 1 } });
    const b = graded("Same words.", { context: { score: 45, level: 1 } });
    const context = compareGrades(a, b).dimensions.find((d) => d.dimension === "context")!;
    expect(summariseDimension(context)).toBe("context score 40 → 45: the same evidence, weighed a little differently as the rest of the story changed");
  });

  it("returns null for a dimension that did not move", () => {
    const context = compareGrades(before, after).dimensions.find((d) => d.dimension === "context")!;
    expect(summariseDimension(context)).toBeNull();
  });

  it("shortens a long quote", () => {
    const long = "a very long quote that goes on and on about the many things the narrator did for the team";
    const a = graded("Short.", { result: { score: 10, level: 0 } });
    const b = graded(`Short. ${long}`, { result: { score: 30, level: 1, hits: [{ quote: long, ruleId: "outcome-stated" }] } });
    const result = compareGrades(a, b).dimensions.find((d) => d.dimension === "result")!;
    expect(summariseDimension(result)).toMatch(/^result 0 → 1: added 'a very long quote .{10,60}…'$/);
  });
});
