import { describe, expect, it } from "vitest";

import { findSkillTerms, matchPhrases } from "@/lib/planner";

describe("matchPhrases", () => {
  const entries = [
    { phrase: "communication", value: "c" },
    { phrase: "communication skills", value: "cs" },
    { phrase: "decision-making", value: "d" },
  ];

  it("prefers the longest phrase and does not match inside it again", () => {
    const m = matchPhrases("Strong communication skills.", entries);
    expect(m.map((x) => x.value)).toEqual(["cs"]);
  });

  it("treats spaces and hyphens alike and ignores case", () => {
    expect(matchPhrases("Decision Making and decision-making", entries).map((x) => x.value)).toEqual(["d", "d"]);
  });

  it("does not match inside a longer word", () => {
    expect(matchPhrases("miscommunications", entries)).toEqual([]);
  });

  it("accepts a plural and returns spans that quote the text, in text order", () => {
    const text = "communications first, then decision-making";
    const m = matchPhrases(text, entries);
    expect(m.map((x) => text.slice(x.span.start, x.span.end))).toEqual(["communications", "decision-making"]);
  });
});

describe("findSkillTerms", () => {
  it("finds hard skills with the grader's lexicon, mentioned or used", () => {
    const f = findSkillTerms("Experience with Kubernetes and PostgreSQL required.");
    expect(f.hard.map((h) => [h.term, h.field])).toEqual([
      ["Kubernetes", "technology"],
      ["PostgreSQL", "technology"],
    ]);
  });

  it("finds soft skills written as nouns, with their family", () => {
    const f = findSkillTerms("You bring stakeholder management and conflict resolution.");
    expect(f.soft.map((s) => [s.phrase, s.family])).toEqual([
      ["stakeholder management", "communication"],
      ["conflict resolution", "collaboration"],
    ]);
  });

  it("finds soft skills written as verbs through the grader", () => {
    const f = findSkillTerms("Negotiate with vendors and collaborate with product managers.");
    expect(f.soft.map((s) => s.family)).toEqual(["communication", "collaboration"]);
  });

  it("finds a posting's \"you will mentor\" that the grader's verb reading misses", () => {
    expect(findSkillTerms("You will mentor junior engineers.").soft.map((s) => [s.phrase, s.family])).toEqual([["mentor", "leadership"]]);
  });

  it("finds nothing in text with no skill words", () => {
    expect(findSkillTerms("A nice office with a dog.")).toEqual({ hard: [], soft: [] });
  });
});
