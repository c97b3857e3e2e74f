import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { END, START, rulesSection } from "@/scripts/rules-doc";

describe("README rules section", () => {
  it("matches the rule table (run `npm run docs:rules` after changing a rule)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const a = readme.indexOf(START);
    const b = readme.indexOf(END);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(b).toBeGreaterThan(a);
    expect(readme.slice(a + START.length, b).trim()).toBe(rulesSection().trim());
  });
});
