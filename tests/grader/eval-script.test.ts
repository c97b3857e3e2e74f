import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { quadraticKappa } from "../../scripts/grader-eval";

const ROOT = new URL("../../", import.meta.url).pathname;

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(join(ROOT, "node_modules/.bin/tsx"), ["scripts/grader-eval.ts", ...args], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    return { code: 0, stdout, stderr: "" };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("grader-eval", () => {
  it("prints one JSON object with the agreed keys", () => {
    const { code, stdout } = run(["tests/fixtures/stories.dev.jsonl", "--json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(expect.arrayContaining(["n", "integration", "context", "result", "overall", "pairs"]));
    expect(out.n).toBe(52);
  });

  it("names the line of a malformed record and exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "grader-eval-"));
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, '{"text":"ok","integration":0,"context":0,"result":0,"overall":"weak"}\n{not json\n');
    const { code, stderr } = run([file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/line 2/);
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
