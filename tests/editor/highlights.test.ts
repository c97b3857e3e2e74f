import { describe, expect, it } from "vitest";

import { clipSegments, collectHighlights, safeSpan, segmentText, wholeStoryNotes, type Highlight } from "@/lib/editor/highlights";
import type { GradeReport } from "@/lib/grader/types";

const h = (id: string, start: number, end: number, kind: Highlight["kind"] = "hard-skill"): Highlight => ({
  id,
  kind,
  span: { start, end },
  reason: id,
});

function render(text: string, highlights: Highlight[]): string {
  return segmentText(text, highlights)
    .map((s) => (s.ids.length ? `[${s.ids.join("+")}:${text.slice(s.start, s.end)}]` : text.slice(s.start, s.end)))
    .join("");
}

describe("segmentText", () => {
  it("returns the whole text as one plain segment when nothing is highlighted", () => {
    expect(segmentText("I fixed it.", [])).toEqual([{ start: 0, end: 11, ids: [] }]);
  });

  it("returns no segments for an empty text", () => {
    expect(segmentText("", [h("a", 0, 3)])).toEqual([]);
  });

  it("cuts the text at both ends of a highlight", () => {
    expect(render("I used SQL daily.", [h("a", 7, 10)])).toBe("I used [a:SQL] daily.");
  });

  it("splits overlapping highlights into flat segments listing every cover", () => {
    const text = "queries fell 40% in a month";
    expect(render(text, [h("a", 0, 16), h("b", 8, 27)])).toBe("[a:queries ][a+b:fell 40%][b: in a month]");
  });

  it("keeps a highlight nested inside another as three segments", () => {
    expect(render("abcdefghij", [h("outer", 0, 10), h("inner", 3, 6)])).toBe("[outer:abc][outer+inner:def][outer:ghij]");
  });

  it("merges adjacent pieces covered by the same highlights", () => {
    const segments = segmentText("abcdef", [h("a", 0, 6), h("b", 0, 6)]);
    expect(segments).toEqual([{ start: 0, end: 6, ids: ["a", "b"] }]);
  });

  it("covers every character exactly once, in order", () => {
    const text = "Situation: our “checkout” failed 😬 often; I rewrote it and errors fell 40%.";
    const segments = segmentText(text, [h("a", 3, 20), h("b", 10, 40), h("c", 35, 36), h("d", 60, 200)]);
    expect(segments.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
    segments.forEach((s, i) => expect(s.start).toBe(i === 0 ? 0 : segments[i - 1]?.end));
  });

  it("ignores spans that are empty, reversed or outside the text", () => {
    expect(render("abc", [h("a", 2, 2), h("b", 3, 1), h("c", 10, 20)])).toBe("abc");
  });

  it("keeps curly quotes inside the span the grader gave", () => {
    const text = "I said “we’ll ship” and we did.";
    const start = text.indexOf("“");
    const end = text.indexOf("”") + 1;
    expect(render(text, [h("q", start, end)])).toBe("I said [q:“we’ll ship”] and we did.");
  });
});

describe("safeSpan", () => {
  it("widens a span that would cut an emoji in half", () => {
    const text = "go 🚀 now";
    const rocket = text.indexOf("🚀");
    expect(safeSpan(text, { start: rocket + 1, end: rocket + 2 })).toEqual({ start: rocket, end: rocket + 2 });
    expect(safeSpan(text, { start: 0, end: rocket + 1 })).toEqual({ start: 0, end: rocket + 2 });
  });

  it("leaves a span on code-point boundaries unchanged", () => {
    const text = "go 🚀 now";
    expect(safeSpan(text, { start: 0, end: 2 })).toEqual({ start: 0, end: 2 });
  });

  it("clamps a span that runs past the end", () => {
    expect(safeSpan("abc", { start: 1, end: 99 })).toEqual({ start: 1, end: 3 });
  });

  it("returns null for an empty span", () => {
    expect(safeSpan("abc", { start: 2, end: 2 })).toBeNull();
  });
});

describe("collectHighlights", () => {
  const text = "I wrote a Python script, so tickets fell 41%.";
  const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  const report = {
    dimensions: {
      integration: {
        score: 80,
        level: 2,
        evidence: [
          { ruleId: "hard-skill-in-action", kind: "hard-skill", effect: "earns", span: at("Python"), reason: "a tool you used" },
          { ruleId: "causal", kind: "causal-link", effect: "earns", span: at("so"), reason: "cause to effect" },
          { ruleId: "narrator", kind: "narrator", effect: "earns", span: at("wrote"), reason: "your own action" },
        ],
      },
      context: {
        score: 20,
        level: 0,
        evidence: [{ ruleId: "story-length", kind: "length", effect: "costs", span: { start: 0, end: text.length }, reason: "too short", fix: "say more" }],
      },
      result: {
        score: 80,
        level: 2,
        evidence: [
          { ruleId: "result-quantified", kind: "result-metric", effect: "earns", span: at("41%"), reason: "a measured change" },
          { ruleId: "hard-skill-in-action", kind: "hard-skill", effect: "earns", span: at("Python"), reason: "a tool you used" },
        ],
      },
    },
    flags: [
      { id: "story-length", span: { start: 0, end: text.length }, message: "too short", fix: "say more" },
      { id: "hidden-narrator", span: at("tickets"), message: "whose tickets?", fix: "name the team" },
    ],
  } as unknown as GradeReport;

  it("keeps the four evidence kinds that earn, once each, in text order", () => {
    const kinds = collectHighlights(report).map((h) => [h.kind, text.slice(h.span.start, h.span.end)]);
    expect(kinds).toEqual([
      ["hard-skill", "Python"],
      ["causal-link", "so"],
      ["flag", "tickets"],
      ["result-metric", "41%"],
    ]);
  });

  it("carries a flag's fix into its highlight", () => {
    expect(collectHighlights(report).find((h) => h.kind === "flag")?.fix).toBe("name the team");
  });

  it("turns a flag on the whole story into a note instead of a highlight", () => {
    expect(wholeStoryNotes(report)).toEqual([{ id: "story-length", message: "too short", fix: "say more" }]);
  });
});

describe("clipSegments", () => {
  it("keeps the segments inside a window, relative to its start", () => {
    const text = "aaa bbb ccc";
    const segments = segmentText(text, [h("x", 2, 6)]);
    expect(clipSegments(segments, 4, 11)).toEqual([
      { start: 0, end: 2, ids: ["x"] },
      { start: 2, end: 7, ids: [] },
    ]);
  });

  it("returns nothing for a window outside the text", () => {
    expect(clipSegments(segmentText("abc", []), 5, 9)).toEqual([]);
  });
});
