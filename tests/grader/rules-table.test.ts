import { describe, expect, it } from "vitest";

import { RULES, type RuleId } from "@/lib/grader";

describe("RULES", () => {
  it("has unique ids", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses kebab-case ids", () => {
    for (const r of RULES) expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("gives every rule at least one example of each kind", () => {
    for (const r of RULES) {
      expect(r.examples.earns.length, r.id).toBeGreaterThan(0);
      expect(r.examples.misses.length, r.id).toBeGreaterThan(0);
    }
  });

  it("keeps dimensions within the rubric and describes every rule", () => {
    for (const r of RULES) {
      expect(["integration", "context", "result"]).toContain(r.dimension);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });

  it("feeds every dimension", () => {
    for (const d of ["integration", "context", "result"]) expect(RULES.some((r) => r.dimension === d)).toBe(true);
  });

  it("derives RuleId from the registry", () => {
    const id: RuleId = "result-quantified";
    expect(RULES.map((r) => r.id)).toContain(id);
  });
});
