import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { gradeStory, parseRole, quote, type GradeReport } from "@/lib/grader";

import { everySpan } from "./helpers";

const VOCAB = [
  "I", "we", "they", "used", "SQL", "Python", "Excel", "presented", "negotiated", "to", "the", "team", "and", "which",
  "led", "to", "fell", "rose", "by", "from", "30%", "$38,000", "2019", "team of 12", "doubled", "halved", "three times",
  "faster", "would", "usually", "If", "not", "didn't", "Skills:", "I'm", "strong", "communicator", ".", ",", ";", ":",
  "(", ")", "-", "\n", "\n\n", "- ", "•", "\u2019", "\u201c", "\u201d", "\u00a0", "within", "two", "months", "so",
  "that", "because", "users", "could", "walked", "through", "it", "was", "built", "in", "Tableau", "N+1", "C++", "GD&T",
  "__proto__", "constructor", "toString", "hasOwnProperty", "prototype",
];

const storyish = fc
  .array(fc.constantFrom(...VOCAB), { maxLength: 600 })
  .map((ws) => ws.join(" "))
  .filter((s) => s.length <= 20_000);

const anyText = fc.oneof(
  fc.string({ maxLength: 20_000 }),
  fc.string({ maxLength: 2_000, unit: "binary" }),
  fc.string({ maxLength: 20_000, unit: fc.constantFrom("a", "7", ".", "(", ")", " ", "\n", "%", "$", "-", "’") }),
  storyish,
);

function checkReport(text: string, r: GradeReport): void {
  for (const { where, span } of everySpan(r)) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) throw new Error(`${where} out of range`);
    if (quote(text, span) !== text.slice(span.start, span.end)) throw new Error(`${where} quote mismatch`);
  }
  const scores = [r.overall.score, r.dimensions.integration.score, r.dimensions.context.score, r.dimensions.result.score];
  for (const s of scores) if (!(Number.isInteger(s) && s >= 0 && s <= 100)) throw new Error(`score ${s} out of range`);
  if (!["weak", "fair", "strong"].includes(r.overall.band)) throw new Error("bad band");
  if (r.mix.hard !== null && Math.abs((r.mix.hard ?? 0) + (r.mix.soft ?? 0) - 1) > 0.011) throw new Error("mix does not sum to 1");
}

describe("gradeStory over arbitrary text", () => {
  it("treats object-prototype words as ordinary words", () => {
    for (const w of ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty"]) {
      checkReport(w, gradeStory(w));
      checkReport(`Situation: ${w} - ${w}: I ${w} by ${w}% ${w}`, gradeStory(`Situation: ${w} - ${w}: I ${w} by ${w}% ${w}`));
    }
  });

  it("never throws, keeps spans inside the text and scores within 0-100", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkReport(text, gradeStory(text));
      }),
      { numRuns: 60 },
    );
  });

  it("gives the same report for the same input", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom("technical", "customer", "leadership", "general", "unknown"), (text, role) => {
        expect(gradeStory(text, { role: parseRole(role) })).toEqual(gradeStory(text, { role: parseRole(role) }));
      }),
      { numRuns: 25 },
    );
  });

  it("grades the four-box form of any parts without throwing", () => {
    fc.assert(
      fc.property(storyish, storyish, storyish, storyish, (situation, task, action, result) => {
        const parts = { situation, task, action, result };
        const text = [situation, task, action, result].filter((p) => p.trim() !== "").join("\n\n");
        checkReport(text, gradeStory(text, { parts }));
      }),
      { numRuns: 20 },
    );
  });
});
