// Per-story grading time on this machine. Usage: npm run bench -- [--json]
// Real answers cut to about 50, 250, 1,000 and 4,000 words, plus adversarial 20,000-character inputs.
import { readFileSync } from "node:fs";
import { cpus as cpuList, loadavg } from "node:os";

import { gradeStory } from "@/lib/grader";

function loadAverage(): number | null {
  const l = loadavg()[0];
  return l === undefined || l === 0 ? null : Math.round(l * 100) / 100;
}

function cpus(): number {
  return cpuList().length;
}

// Real text: the labelled real answers (tests/fixtures/stories.real.jsonl), taken in file order and
// cut at a sentence end near each size, so the figures are for the answers people actually write.
const REAL = readFileSync(new URL("../tests/fixtures/stories.real.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** Several distinct real texts of about `n` words each (whole answers joined, then cut at a sentence end). */
function realTexts(n: number, count: number): string[] {
  const out: string[] = [];
  let i = 0;
  for (let c = 0; c < count; c++) {
    const parts: string[] = [];
    let words = 0;
    while (words < n) {
      const t = REAL[i++ % REAL.length] ?? "";
      for (const sentence of t.split(/(?<=[.!?])\s+/)) {
        if (words >= n) break;
        parts.push(sentence);
        words += sentence.split(/\s+/).length;
      }
    }
    out.push(parts.join(" "));
  }
  return out;
}

function adversarial(): Record<string, string> {
  const N = 20_000;
  const skills = ["Python", "SQL", "Excel", "presented", "negotiated", "Tableau", "mentored", "Terraform"];
  // 2,000 numbers of mixed shapes (plain, decimal, percent, money), 10 characters each.
  const shapes = [(i: number) => `${100_000_000 + ((i * 7919) % 899_999_999)}`, (i: number) => `${(i * 37) % 100_000}.${i % 100}%`.padStart(9, "1"), (i: number) => `$${(i * 7919) % 10_000_000}`.padEnd(9, "0")];
  let numbers = "";
  for (let i = 0; i < 2000; i++) numbers += `${(shapes[i % shapes.length] ?? String)(i).slice(0, 9)} `;
  let skillWords = "";
  for (let i = 0; i < 5000; i++) skillWords += `${skills[i % skills.length] ?? ""} `;
  return {
    "one repeated letter": "a".repeat(N),
    "digits only": "7".repeat(N),
    "punctuation only": ".,;:!?-()[]{}'\"".repeat(Math.ceil(N / 15)).slice(0, N),
    "no spaces": "Ipulleddataintopandasandpresentedittotheteam".repeat(Math.ceil(N / 44)).slice(0, N),
    "2,000 numbers": numbers.slice(0, N),
    "5,000 skill words": skillWords.slice(0, N),
    "deep bracket nesting": `${"(".repeat(N / 2)}${")".repeat(N / 2)}`,
    // The most tokens 20,000 characters can hold in one sentence (found by a security review).
    "letter-hyphen pairs": "a-".repeat(N / 2),
    // "with" before a hyphenated run: the people-after-a-modifier reading must stop after a few hyphens.
    "'with' before hyphen pairs": `I worked with ${"a-".repeat(N / 2 - 8)}`,
    "mixed curly quotes and whitespace": "I\u2019m \u201cgreat\u201d\u00a0\t\n".repeat(Math.ceil(N / 16)).slice(0, N),
  };
}

type Timing = { p50: number; p95: number; min: number };

/** Wall-clock per-call times over the texts in turn; `min` is reported too because it is the figure least disturbed by other load on the machine. */
function time(texts: readonly string[], runs: number): Timing {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = texts[i % texts.length] ?? "";
    const t0 = performance.now();
    gradeStory(text, { role: "technical", stage: "mid" });
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { p50: r3(at(0.5)), p95: r3(at(0.95)), min: r3(samples[0] ?? 0) };
}

function main(argv: string[]): void {
  const json = argv.includes("--json");
  for (const t of realTexts(250, 200)) gradeStory(t); // warm-up (JIT)
  const sizes: Record<string, { words: number } & Timing> = {};
  for (const [n, runs] of [[50, 400], [250, 300], [1000, 200], [4000, 60]] as const) {
    sizes[String(n)] = { words: n, ...time(realTexts(n, 20), runs) };
  }
  const adv: Record<string, { chars: number } & Timing> = {};
  for (const [name, text] of Object.entries(adversarial())) {
    for (let i = 0; i < 5; i++) gradeStory(text); // warm-up on this shape
    adv[name] = { chars: text.length, ...time([text], 31) };
  }
  const ratio = Math.round(((sizes["4000"]?.p50 ?? 0) / Math.max(1e-6, sizes["1000"]?.p50 ?? 0)) * 100) / 100;
  const budget = {
    "250 words p50 <= 1 ms": (sizes["250"]?.p50 ?? Infinity) <= 1,
    "1000 words p50 <= 3 ms": (sizes["1000"]?.p50 ?? Infinity) <= 3,
    "4000-word time <= 4.5x 1000-word time": ratio <= 4.5,
    "every adversarial p50 <= 25 ms": Object.values(adv).every((a) => a.p50 <= 25),
  };
  const load = loadAverage();
  if (json) {
    process.stdout.write(`${JSON.stringify({ sizes, adversarial: adv, ratio4000to1000: ratio, budget, loadAverage1m: load })}\n`);
    return;
  }
  if (load !== null) console.log(`(1-minute load average ${load} on ${cpus()} cores: figures above ~1 per core are inflated by other work)`);
  console.log("per-story grading time (ms)");
  for (const [n, r] of Object.entries(sizes)) console.log(`  ${n.padStart(5)} words   p50 ${r.p50.toFixed(3).padStart(8)}   p95 ${r.p95.toFixed(3).padStart(8)}   min ${r.min.toFixed(3).padStart(8)}`);
  console.log(`  4000/1000-word ratio: ${ratio}`);
  console.log("adversarial inputs (ms)");
  for (const [name, r] of Object.entries(adv)) console.log(`  ${name.padEnd(34)} ${String(r.chars).padStart(6)} chars   p50 ${r.p50.toFixed(3).padStart(8)}   p95 ${r.p95.toFixed(3).padStart(8)}   min ${r.min.toFixed(3).padStart(8)}`);
  console.log("budget");
  for (const [k, ok] of Object.entries(budget)) console.log(`  ${ok ? "ok  " : "FAIL"} ${k}`);
}

main(process.argv.slice(2));
