import { describe, expect, it } from "vitest";

import { analyze } from "@/lib/grader/analyze";
import { RULES } from "@/lib/grader/rules";

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
  it.each(rule.examples.earns.map((t) => [t]))("fires on %j", (text) => {
    const found = rule.detect(analyze(text));
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) {
      expect(e.ruleId).toBe(rule.id);
      expect(e.effect).toBe(rule.effect);
      expect(text.slice(e.span.start, e.span.end).length).toBeGreaterThan(0);
    }
  });
  it.each(rule.examples.misses.map((t) => [t]))("stays silent on %j", (text) => {
    expect(rule.detect(analyze(text))).toEqual([]);
  });
});
