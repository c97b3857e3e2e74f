import { describe, expect, it } from "vitest";

import { HARD_SKILLS, SOFT_SKILLS } from "@/lib/grader";
import { analyze, softEntryForms } from "@/lib/grader/analyze";
import { isEverydayWord } from "@/lib/grader/analysis/rarity";
import { phraseKeys } from "@/lib/grader/matcher";
import { STAGE_MIX } from "@/lib/grader/lexicon/role-mix";
import { CONSTRAINT_PATTERNS } from "@/lib/grader/lexicon/words";

const hardEntries = Object.values(HARD_SKILLS).flat();
const softEntries = Object.values(SOFT_SKILLS).flat();

describe("HARD_SKILLS", () => {
  it("holds at least 300 terms", () => {
    expect(hardEntries.length).toBeGreaterThanOrEqual(300);
  });

  it("matches a capitalised name that is also an everyday word only as written ('the rest of the team' is not REST)", () => {
    const loose = hardEntries.flatMap((e) => e.split("|")).filter((v) => /^[A-Z][A-Za-z0-9&.+#-]+$/.test(v) && isEverydayWord(v.toLowerCase()));
    expect(loose).toEqual([]);
    const text = "I handed the rest of the work to the team, kept the process lean and did not react.";
    expect(analyze(text).hard).toEqual([]);
  });

  it("covers every field the guide names, each with several terms", () => {
    for (const field of ["technology", "data", "finance", "creative", "healthcare", "engineering", "sales", "support", "operations", "education", "business-tools"]) {
      expect((HARD_SKILLS as Record<string, readonly string[]>)[field]?.length ?? 0, field).toBeGreaterThanOrEqual(15);
    }
  });

  it("has no duplicate display terms", () => {
    const display = hardEntries.map((e) => (e.split("|")[0] ?? "").replace(/^=/, "").toLowerCase());
    const dupes = display.filter((d, i) => display.indexOf(d) !== i);
    expect(dupes).toEqual([]);
  });

  it("never gives one spelling to two different terms", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of hardEntries) {
      for (const v of entry.split("|")) {
        const key = `${phraseKeys(v).keys.join(" ")}${v.startsWith("=") ? "=" : ""}`;
        const prev = owner.get(key);
        if (prev !== undefined && prev !== entry) clashes.push(`${key}: ${prev} / ${entry}`);
        owner.set(key, entry);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    ["I analysed it with machine learning.", "machine learning"],
    ["I trained an ML model on it.", "machine learning"],
    ["I re-modelled it in SolidWorks.", "SolidWorks"],
    ["I wrote a tolerance stack up.", "tolerance stack-up"],
    ["I built two PivotTables in Excel.", "pivot table"],
    ["I ran a colour theory workshop in Figma.", "colour theory"],
    ["I traced every circuit with a tone tracer.", "tone tracer"],
    ["I did the isolation and lock-off myself.", "safe isolation"],
  ])("matches variants and spellings: %j", (text, term) => {
    expect(analyze(text).hard.map((h) => h.term)).toContain(term);
  });

  it("keeps ambiguous words case-sensitive", () => {
    expect(analyze("I had to go and excel at it.").hard).toEqual([]);
    expect(analyze("I wrote the service in Go and the model in Excel.").hard.map((h) => h.term)).toEqual(["Go", "Excel"]);
  });
});

describe("SOFT_SKILLS", () => {
  it("holds at least 150 behaviours across the six families", () => {
    expect(softEntries.length).toBeGreaterThanOrEqual(150);
    expect(Object.keys(SOFT_SKILLS).sort()).toEqual(["adaptability", "collaboration", "communication", "leadership", "problem-solving", "work-ethic"]);
    for (const list of Object.values(SOFT_SKILLS)) expect(list.length).toBeGreaterThanOrEqual(15);
  });

  it.each([
    ["I mediated between the two leads.", "collaboration"],
    ["I mentored two junior analysts.", "leadership"],
    ["I negotiated with the vendor.", "communication"],
    ["I apologised to the customer.", "communication"],
  ])("recognises behaviour in either spelling: %j", (text, family) => {
    expect(analyze(text).soft.map((s) => s.family)).toContain(family);
  });

  it("never puts one behaviour in two families", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [family, entries] of Object.entries(SOFT_SKILLS)) {
      for (const entry of entries) {
        for (const form of softEntryForms(entry).forms) {
          const prev = owner.get(form);
          if (prev !== undefined && prev !== family) clashes.push(`${form}: ${prev} / ${family}`);
          owner.set(form, family);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it("ignores a soft verb used as a noun", () => {
    expect(analyze("I sent it to the support team.").soft.map((s) => s.behaviour)).not.toContain("support");
  });
});

describe("STAGE_MIX", () => {
  it("follows the guide's career-stage table", () => {
    expect([STAGE_MIX.entry.hard, STAGE_MIX.mid.hard, STAGE_MIX.senior.hard, STAGE_MIX.executive.hard]).toEqual([0.7, 0.5, 0.3, 0.2]);
  });
});

describe("not-skill-nouns table", () => {
  it("is exactly what scripts/gen-wordnet-classes.ts builds from WordNet", async () => {
    const { readFileSync } = await import("node:fs");
    const { notSkillNounsSource } = await import("@/scripts/gen-wordnet-classes");
    expect(readFileSync(new URL("../../lib/grader/lexicon/not-skill-nouns.ts", import.meta.url), "utf8")).toBe(notSkillNounsSource());
  });
});

describe("common-words table", () => {
  it("is exactly what scripts/gen-common-words.ts builds from SUBTLEX-US", async () => {
    const { readFileSync } = await import("node:fs");
    const { commonWordsSource } = await import("@/scripts/gen-common-words");
    expect(readFileSync(new URL("../../lib/grader/lexicon/common-words.ts", import.meta.url), "utf8")).toBe(commonWordsSource());
  });
});

describe("CONSTRAINT_PATTERNS", () => {
  it("compiles each pattern, with no capturing group of its own (the analysis reads which pattern matched by group)", () => {
    for (const [pattern, why] of CONSTRAINT_PATTERNS) {
      expect(() => new RegExp(pattern), pattern).not.toThrow();
      expect(new RegExp(`${pattern}|`).exec("")?.length, pattern).toBe(1);
      expect(why.length, pattern).toBeGreaterThan(0);
    }
  });
});
