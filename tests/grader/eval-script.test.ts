import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { balancedAgreement, bootstrap, foldOf, isCheckPart } from "@/scripts/eval/metrics";
import { blindAgreement, quadraticKappa, runEval } from "@/scripts/grader-eval";
import { parseLabelled } from "@/scripts/eval/labelled";

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const code = runEval(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const FIXTURE = new URL("../fixtures/stories.dev.jsonl", import.meta.url).pathname;

describe("grader-eval", () => {
  it("prints one JSON object with the agreed keys", () => {
    const { code, stdout } = run([FIXTURE, "--json"]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const out = JSON.parse(stdout) as Record<string, { agreement?: { value: number; low: number; high: number }; qwk?: number; n?: number; ordered?: number }>;
    expect(Object.keys(out)).toEqual(expect.arrayContaining(["n", "integration", "context", "result", "overall", "pairs", "groups"]));
    const a = out.integration?.agreement;
    expect(a && a.low <= a.value && a.value <= a.high).toBe(true);
    expect(typeof out.overall?.qwk).toBe("number");
    expect(out.pairs?.n).toBe(out.pairs?.ordered);
  });

  it("prints confusion matrices and disagreements as text without --json", () => {
    const { code, stdout } = run([FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^n = 52/);
    expect(stdout).toMatch(/agreement \(95% CI\)\s+balanced\s+QWK/);
    expect(stdout).toMatch(/band confusion/);
    expect(stdout).toMatch(/disagreements: \d+/);
  });

  it("names the line of a malformed record and exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "grader-eval-"));
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, '{"text":"ok","integration":0,"context":0,"result":0,"overall":"weak"}\n\n{not json\n');
    const { code, stderr } = run([file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/line 3/);
  });

  it("names the line of a record with a bad label and exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "grader-eval-"));
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, '{"text":"ok","integration":3,"context":0,"result":0,"overall":"weak"}\n');
    const { code, stderr } = run([file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/line 1: "integration"/);
  });

  it("reports a missing file and exits 2", () => {
    const { code, stderr } = run(["/nonexistent/stories.jsonl"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read/);
  });
});

describe("the real set's split", () => {
  it("puts a source in the check part exactly when its SHA-1 starts with 0-4", () => {
    for (const url of ["https://a.example/1", "https://b.example/2", "https://c.example/3", "https://d.example/4"]) {
      expect(isCheckPart(url)).toBe(/^[0-4]/.test(createHash("sha1").update(url).digest("hex")));
    }
  });

  it("keeps every story of one source in the same fold", () => {
    expect(foldOf("https://a.example/page", 5)).toBe(foldOf("https://a.example/page", 5));
    const folds = new Set(Array.from({ length: 50 }, (_, i) => foldOf(`https://x.example/${i}`, 5)));
    expect(folds.size).toBe(5);
  });

  it("reports the tune and check parts of a file with sources, and cross-validates by source", () => {
    const dir = mkdtempSync(join(tmpdir(), "grader-eval-"));
    const file = join(dir, "real.jsonl");
    const line = (i: number) =>
      JSON.stringify({ id: `r${i}`, source: `https://x.example/${i % 7}`, text: "I fixed it.", integration: 0, context: 0, result: 0, overall: "weak" });
    writeFileSync(file, Array.from({ length: 20 }, (_, i) => line(i)).join("\n"));
    const parts = JSON.parse(run([file, "--json"]).stdout) as { n: number; parts: { tune: { n: number }; check: { n: number } } };
    expect(parts.parts.tune.n + parts.parts.check.n).toBe(20);
    const check = JSON.parse(run([file, "--part", "check", "--json"]).stdout) as { n: number };
    expect(check.n).toBe(parts.parts.check.n);
    const cv = JSON.parse(run([file, "--cv", "3", "--json"]).stdout) as { folds: { n: number }[]; pooled: { n: number } };
    expect(cv.folds).toHaveLength(3);
    expect(cv.folds.reduce((s, f) => s + f.n, 0)).toBe(20);
    expect(cv.pooled.n).toBe(20);
  });

  it("compares two blind labels per story with the file's labels and counts which way they lean", () => {
    const story = (id: string, integration: number, overall: string) =>
      JSON.stringify({ id, text: "I fixed it.", integration, context: 1, result: 1, overall });
    const stories = parseLabelled([story("a", 2, "strong"), story("b", 1, "fair"), story("c", 0, "weak"), story("d", 1, "fair")].join("\n"));
    const blind = (id: string, labeller: string, integration: number, overall: string) =>
      JSON.stringify({ id, labeller, integration, context: 1, result: 1, overall });
    const source = [
      blind("a", "A", 1, "fair"), blind("a", "B", 1, "fair"), // both below the file's 2
      blind("b", "A", 1, "fair"), blind("b", "B", 2, "strong"), // one agrees, one above
      blind("c", "A", 0, "weak"), blind("c", "B", 0, "weak"),
      blind("d", "A", 1, "fair"), // only one label: left out
    ].join("\n");
    const b = blindAgreement(stories, source);
    expect(b.n).toBe(3);
    expect(b.lean.integration).toEqual({ below: 2, above: 1 });
    expect(b.lean.overall).toEqual({ below: 2, above: 1 });
    expect(b.lean.context).toEqual({ below: 0, above: 0 });
    expect(b.labellerA.integration.agreement.value).toBeCloseTo(2 / 3, 3);
    expect(b.labellerB.integration.agreement.value).toBeCloseTo(1 / 3, 3);
    expect(b.betweenLabellers.integration.agreement.value).toBeCloseTo(2 / 3, 3);
  });

  it("refuses an unknown part or fold count", () => {
    expect(run([FIXTURE, "--part", "holdout"]).code).toBe(2);
    expect(run([FIXTURE, "--cv", "1"]).code).toBe(2);
  });
});

describe("bootstrap", () => {
  it("brackets the statistic and is the same on every run", () => {
    const labels = Array.from({ length: 40 }, (_, i) => i % 3);
    const graded = labels.map((x, i) => (i % 4 === 0 ? (x + 1) % 3 : x));
    const a = bootstrap(labels, graded, (x, y) => x.filter((v, i) => v === y[i]).length / x.length);
    expect(a.low).toBeLessThanOrEqual(a.value);
    expect(a.high).toBeGreaterThanOrEqual(a.value);
    expect(a.high - a.low).toBeGreaterThan(0);
    expect(bootstrap(labels, graded, (x, y) => x.filter((v, i) => v === y[i]).length / x.length)).toEqual(a);
  });
});

describe("balancedAgreement", () => {
  it("averages each labelled level's share read right, so always answering the common level scores one in three", () => {
    // 8 labelled 0, 2 labelled 1, 2 labelled 2.
    const labels = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2];
    expect(balancedAgreement(labels, labels.map(() => 0), 3)).toBeCloseTo(1 / 3, 10);
    // 0s all right, 1s half right, 2s none right: (1 + 0.5 + 0) / 3.
    expect(balancedAgreement(labels, [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1], 3)).toBeCloseTo(0.5, 10);
    // A level nobody was labelled with is left out of the average, not counted as zero.
    expect(balancedAgreement([0, 0, 2, 2], [0, 0, 2, 1], 3)).toBeCloseTo((1 + 0.5) / 2, 10);
    expect(balancedAgreement([], [], 3)).toBe(1);
  });
});

describe("quadraticKappa", () => {
  it("is 1 for perfect agreement and lower for disagreement", () => {
    expect(quadraticKappa([0, 1, 2, 2], [0, 1, 2, 2], 3)).toBe(1);
    expect(quadraticKappa([0, 1, 2, 2], [2, 1, 0, 0], 3)).toBeLessThan(0);
  });
});
