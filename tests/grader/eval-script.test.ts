import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { quadraticKappa, runEval } from "@/scripts/grader-eval";

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
    const out = JSON.parse(stdout) as Record<string, { agreement?: number; qwk?: number; n?: number; ordered?: number }>;
    expect(Object.keys(out)).toEqual(expect.arrayContaining(["n", "integration", "context", "result", "overall", "pairs"]));
    expect(typeof out.integration?.agreement).toBe("number");
    expect(typeof out.overall?.qwk).toBe("number");
    expect(out.pairs?.n).toBe(out.pairs?.ordered);
  });

  it("prints confusion matrices and disagreements as text without --json", () => {
    const { code, stdout } = run([FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^n = 52/);
    expect(stdout).toMatch(/quadratic weighted kappa/);
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

describe("quadraticKappa", () => {
  it("is 1 for perfect agreement and lower for disagreement", () => {
    expect(quadraticKappa([0, 1, 2, 2], [0, 1, 2, 2], 3)).toBe(1);
    expect(quadraticKappa([0, 1, 2, 2], [2, 1, 0, 0], 3)).toBeLessThan(0);
  });
});
