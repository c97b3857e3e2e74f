import { describe, expect, it } from "vitest";

import { analyze } from "@/lib/grader/analyze";
import { RULES } from "@/lib/grader/rules";

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
  it.each(rule.examples.earns.map((t) => [t]))("fires on %j", (text) => {
    expect(rule.detect(analyze(text)).length).toBeGreaterThan(0);
  });
  it.each(rule.examples.misses.map((t) => [t]))("stays silent on %j", (text) => {
    expect(rule.detect(analyze(text))).toEqual([]);
  });
});
