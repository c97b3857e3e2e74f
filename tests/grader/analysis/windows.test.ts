import { describe, expect, it } from "vitest";

import type { Ctx } from "@/lib/grader/analysis/core";
import { connectivesIn, timeLater, windowFollows, windowsIn } from "@/lib/grader/analysis/windows";
import { readText } from "@/lib/grader/text";

function setup(text: string) {
  const doc = readText(text);
  // Only the fields these helpers read.
  const ctx = { tokens: doc.tokens, sentences: doc.sentences, connectives: [], windows: [] } as unknown as Ctx;
  const s = doc.sentences[0];
  if (!s) throw new Error("no sentence");
  return { doc, ctx, s };
}

describe("connectives and time windows", () => {
  it("finds 'six months later' as a time after the act", () => {
    const text = "Six months later, the error rate had halved.";
    const { doc, s } = setup(text);
    const later = timeLater(doc.tokens, s);
    expect(later && text.slice(later.start, later.end)).toBe("Six months later");
    const none = setup("I worked there for six months.");
    expect(timeLater(none.doc.tokens, none.s)).toBeNull();
  });

  it("finds the connectives of a sentence and caches them on the Ctx", () => {
    const { ctx, s } = setup("The error rate halved, which meant fewer refunds.");
    const first = connectivesIn(ctx, s);
    expect(first.map((m) => m.value)).toEqual(["which meant"]);
    expect(connectivesIn(ctx, s)).toBe(first);
  });

  it("finds a window opener and whether a time word follows it", () => {
    const { doc, ctx, s } = setup("Within two weeks of the launch, sign-ups doubled.");
    const [w] = windowsIn(ctx, s);
    expect(w?.value).toBe("within");
    expect(w && windowFollows(doc.tokens, w.tokEnd, s.tokenEnd)).toBe(true);
    const other = setup("Within the budget, sign-ups doubled.");
    const [o] = windowsIn(other.ctx, other.s);
    expect(o && windowFollows(other.doc.tokens, o.tokEnd, other.s.tokenEnd)).toBe(false);
  });
});
