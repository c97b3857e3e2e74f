import { describe, expect, it } from "vitest";

import { diffWords, tokenizeWords, type DiffPart } from "@/lib/editor/diff";

const inserted = (parts: DiffPart[]) => parts.filter((p) => p.op === "insert").map((p) => p.text);
const deleted = (parts: DiffPart[]) => parts.filter((p) => p.op === "delete").map((p) => p.text);
const side = (parts: DiffPart[], which: "before" | "after") =>
  parts.filter((p) => p.op === "equal" || p.op === (which === "before" ? "delete" : "insert")).map((p) => p.text).join("");

describe("tokenizeWords", () => {
  it("splits words, spaces and punctuation and keeps every character", () => {
    const text = "Tickets fell 41%, then rose.\n  Again!";
    const tokens = tokenizeWords(text);
    expect(tokens.join("")).toBe(text);
    expect(tokens).toContain("41");
    expect(tokens).toContain("%");
    expect(tokens).toContain("\n  ");
  });

  it("returns no tokens for an empty text", () => {
    expect(tokenizeWords("")).toEqual([]);
  });
});

describe("diffWords", () => {
  it("marks an added phrase as one insertion", () => {
    const parts = diffWords("Tickets fell after the fix.", "Tickets fell 41% after the fix.");
    expect(inserted(parts)).toEqual(["41% "]);
    expect(deleted(parts)).toEqual([]);
  });

  it("marks a removed phrase as one deletion", () => {
    const parts = diffWords("I led a very small team of four.", "I led a team of four.");
    expect(deleted(parts)).toEqual(["very small "]);
    expect(inserted(parts)).toEqual([]);
  });

  it("shows a replaced word as a deletion followed by an insertion", () => {
    const parts = diffWords("We shipped the feature.", "I shipped the feature.");
    expect(parts[0]).toEqual({ op: "delete", text: "We" });
    expect(parts[1]).toEqual({ op: "insert", text: "I" });
  });

  it("groups a rewritten run instead of interleaving shared spaces", () => {
    const parts = diffWords("one two three end", "four five six end");
    expect(deleted(parts)).toEqual(["one two three"]);
    expect(inserted(parts)).toEqual(["four five six"]);
  });

  it("returns one equal part for identical texts", () => {
    expect(diffWords("Same text.", "Same text.")).toEqual([{ op: "equal", text: "Same text." }]);
  });

  it("handles an empty side", () => {
    expect(diffWords("", "New story.")).toEqual([{ op: "insert", text: "New story." }]);
    expect(diffWords("Old story.", "")).toEqual([{ op: "delete", text: "Old story." }]);
  });

  it("rebuilds both texts from its parts", () => {
    const before = "In 2023 our support queue grew. I wrote a triage script in Python.\nTickets fell.";
    const after = "In 2023 the support queue doubled. I wrote a triage script in Python with Dana.\nTickets fell 41% in a month.";
    const parts = diffWords(before, after);
    expect(side(parts, "before")).toBe(before);
    expect(side(parts, "after")).toBe(after);
  });

  it("diffs two unrelated 20,000-character texts quickly and still rebuilds both", () => {
    const words = (seed: number) =>
      Array.from({ length: 3300 }, (_, i) => `w${(i * seed) % 997}`).join(" ").slice(0, 20_000);
    const before = words(7);
    const after = words(13);
    const started = performance.now();
    const parts = diffWords(before, after);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(side(parts, "before")).toBe(before);
    expect(side(parts, "after")).toBe(after);
  });

  it("keeps word precision for a small edit inside a 20,000-character text", () => {
    const base = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(" ");
    const edited = base.replace("word1500 ", "word1500 inserted ");
    const parts = diffWords(base, edited);
    expect(inserted(parts)).toEqual(["inserted "]);
  });
});
