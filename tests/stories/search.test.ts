import { describe, expect, it } from "vitest";

import { hasLikeWildcard, startsAWord } from "@/lib/stories/search";

describe("startsAWord", () => {
  it.each([
    ["Art therapy", "art", true],
    ["the art room", "ART", true],
    ["loved (art) week", "art", true],
    ["line one\nNurses came", "nurs", true],
    ["year-3 class", "3", true],
    ["fell 50% in a week", "50%", true],
    ["“Quoted” here", "quoted", true],
    ["we started", "art", false],
    ["a party", "art", false],
    ["rose 150%", "50%", false],
    ["a_rt", "_rt", false],
  ])("%j starts a word with %j: %s", (haystack, needle, expected) => {
    expect(startsAWord(haystack, needle)).toBe(expected);
  });

  it("finds a later occurrence that starts a word after an earlier one that does not", () => {
    expect(startsAWord("started the art club", "art")).toBe(true);
  });
});

describe("hasLikeWildcard", () => {
  it("is true for % and _ only", () => {
    expect(["50%", "a_b"].map(hasLikeWildcard)).toEqual([true, true]);
    expect(["50", "a-b", "a*b"].map(hasLikeWildcard)).toEqual([false, false, false]);
  });
});
