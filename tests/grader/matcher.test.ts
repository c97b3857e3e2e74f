import { describe, expect, it } from "vitest";

import { PhraseMatcher } from "@/lib/grader/matcher";
import { memoizeWord } from "@/lib/grader/memo";
import { readText } from "@/lib/grader/text";

const found = <T>(m: PhraseMatcher<T>, text: string) => {
  const { tokens } = readText(text);
  return m.matchAll(tokens, 0, tokens.length).map((x) => [text.slice(x.start, x.end), x.value]);
};

describe("phrase matcher", () => {
  it("finds the longest phrase at each place, plurals and joined words included", () => {
    const m = new PhraseMatcher<string>([["root cause", "rc"], ["root cause analysis", "rca"], ["stand up", "su"]]);
    expect(found(m, "I ran a root cause analysis and two stand-up calls; root causes differ.")).toEqual([
      ["root cause analysis", "rca"],
      ["stand-up", "su"],
      ["root causes", "rc"],
    ]);
  });

  it("still finds phrases in a text read before the matcher was built (its first-word table is refreshed)", () => {
    const { tokens } = readText("We cut the handover time.");
    const before = new PhraseMatcher<number>([["cut", 1]]);
    expect(before.matchAll(tokens, 0, tokens.length).map((x) => x.value)).toEqual([1]);
    const after = new PhraseMatcher<number>([["handover time", 2]]);
    expect(after.matchAll(tokens, 0, tokens.length).map((x) => x.value)).toEqual([2]);
    expect(before.matchAll(tokens, 0, tokens.length).map((x) => x.value)).toEqual([1]);
  });

  it("matches the same with more matchers than the first-word table has bits for", () => {
    const many = Array.from({ length: 40 }, (_, i) => new PhraseMatcher<number>([[`step${i}`, i]]));
    expect(many.flatMap((m) => found(m, "step0 then step13, step25 and step39.").map(([, v]) => v))).toEqual([0, 13, 25, 39]);
  });
});

describe("remembered word results", () => {
  it("gives the same answer as the function, remembered or not, and forgets everything once full", () => {
    let calls = 0;
    const upper = memoizeWord((w: string) => {
      calls++;
      return w.toUpperCase();
    }, 2);
    expect([upper("a"), upper("a"), upper("b")]).toEqual(["A", "A", "B"]);
    expect(calls).toBe(2);
    upper("c"); // full: emptied, then "c" kept
    expect(upper("a")).toBe("A");
    expect(calls).toBe(4);
  });

  it("does not keep long inputs, so pasted noise cannot fill memory", () => {
    let calls = 0;
    const len = memoizeWord((w: string) => {
      calls++;
      return w.length;
    });
    const long = "x".repeat(5000);
    expect([len(long), len(long)]).toEqual([5000, 5000]);
    expect(calls).toBe(2);
  });
});
