import { describe, expect, it } from "vitest";

import { safeSpan, segmentText, type Highlight } from "@/lib/editor/highlights";

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
