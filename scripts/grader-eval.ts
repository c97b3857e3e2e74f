// Grade every story of a labelled JSONL file (the scheme of tests/fixtures/stories.dev.jsonl)
// and report agreement with the labels. Usage: npm run eval -- <file.jsonl> [--json]
import { readFileSync } from "node:fs";

import { gradeStory, parseRole, parseStage, type Band, type Level } from "@/lib/grader";

type Labelled = {
  id: string;
  text: string;
  role?: string;
  stage?: string;
  integration: Level;
  context: Level;
  result: Level;
  overall: Band;
  pair?: string | null;
};

const DIMS = ["integration", "context", "result"] as const;
const BANDS: readonly Band[] = ["weak", "fair", "strong"];

class InputError extends Error {}

function isLevel(v: unknown): v is Level {
  return v === 0 || v === 1 || v === 2;
}

export function parseLabelled(source: string): Labelled[] {
  const out: Labelled[] = [];
  source.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `line ${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new InputError(`${where}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new InputError(`${where}: expected a JSON object`);
    const r = raw as Record<string, unknown>;
    if (typeof r.text !== "string") throw new InputError(`${where}: "text" must be a string`);
    for (const d of DIMS) if (!isLevel(r[d])) throw new InputError(`${where}: "${d}" must be 0, 1 or 2`);
    if (!BANDS.includes(r.overall as Band)) throw new InputError(`${where}: "overall" must be weak, fair or strong`);
    out.push({
      id: typeof r.id === "string" ? r.id : `line-${i + 1}`,
      text: r.text,
      role: typeof r.role === "string" ? r.role : undefined,
      stage: typeof r.stage === "string" ? r.stage : undefined,
      integration: r.integration as Level,
      context: r.context as Level,
      result: r.result as Level,
      overall: r.overall as Band,
      pair: typeof r.pair === "string" ? r.pair : null,
    });
  });
  return out;
}

/** Quadratic weighted kappa over ordinal categories 0..k-1. */
export function quadraticKappa(a: readonly number[], b: readonly number[], k: number): number {
  const n = a.length;
  if (n === 0) return 1;
  const obs = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const ha = new Array<number>(k).fill(0);
  const hb = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    const row = obs[x];
    if (row) row[y] = (row[y] ?? 0) + 1;
    ha[x] = (ha[x] ?? 0) + 1;
    hb[y] = (hb[y] ?? 0) + 1;
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      num += w * (obs[i]?.[j] ?? 0);
      den += (w * (ha[i] ?? 0) * (hb[j] ?? 0)) / n;
    }
  }
  return den === 0 ? 1 : 1 - num / den;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export type Io = { stdout: (s: string) => void; stderr: (s: string) => void };

const PROCESS_IO: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

/** The command, minus process plumbing: returns the exit code. */
export function runEval(argv: string[], io: Io = PROCESS_IO): number {
  const json = argv.includes("--json");
  const file = argv.find((a) => !a.startsWith("--"));
  if (file === undefined) {
    io.stderr("usage: npm run eval -- <file.jsonl> [--json]\n");
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (e) {
    io.stderr(`eval: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  let stories: Labelled[];
  try {
    stories = parseLabelled(source);
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`eval: ${file}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }

  const graded = stories.map((s) => ({ s, r: gradeStory(s.text, { role: parseRole(s.role), stage: parseStage(s.stage) }) }));
  const n = graded.length;
  const dims = Object.fromEntries(
    DIMS.map((d) => {
      const matrix = [0, 1, 2].map(() => [0, 0, 0]);
      let agree = 0;
      for (const { s, r } of graded) {
        const got = r.dimensions[d].level;
        const row = matrix[s[d]];
        if (row) row[got] = (row[got] ?? 0) + 1;
        if (got === s[d]) agree++;
      }
      return [d, { agreement: n === 0 ? 1 : round(agree / n), confusion: matrix }];
    }),
  ) as Record<(typeof DIMS)[number], { agreement: number; confusion: number[][] }>;

  const bandIdx = (b: Band) => BANDS.indexOf(b);
  const bandMatrix = [0, 1, 2].map(() => [0, 0, 0]);
  let bandAgree = 0;
  for (const { s, r } of graded) {
    const row = bandMatrix[bandIdx(s.overall)];
    if (row) row[bandIdx(r.overall.band)] = (row[bandIdx(r.overall.band)] ?? 0) + 1;
    if (s.overall === r.overall.band) bandAgree++;
  }
  const qwk = quadraticKappa(
    graded.map(({ s }) => bandIdx(s.overall)),
    graded.map(({ r }) => bandIdx(r.overall.band)),
    3,
  );

  const byPair = new Map<string, typeof graded>();
  for (const g of graded) {
    if (!g.s.pair) continue;
    byPair.set(g.s.pair, [...(byPair.get(g.s.pair) ?? []), g]);
  }
  const pairs: { pair: string; better: string; worse: string; ordered: boolean }[] = [];
  for (const [pair, members] of byPair) {
    const sorted = [...members].sort((a, b) => bandIdx(b.s.overall) - bandIdx(a.s.overall));
    const better = sorted[0];
    const worse = sorted[sorted.length - 1];
    if (!better || !worse || better === worse || better.s.overall === worse.s.overall) continue;
    pairs.push({ pair, better: better.s.id, worse: worse.s.id, ordered: better.r.overall.score > worse.r.overall.score });
  }
  const ordered = pairs.filter((p) => p.ordered).length;

  const summary = {
    n,
    integration: dims.integration,
    context: dims.context,
    result: dims.result,
    overall: { agreement: n === 0 ? 1 : round(bandAgree / n), qwk: round(qwk), confusion: bandMatrix },
    pairs: { n: pairs.length, ordered, unordered: pairs.filter((p) => !p.ordered).map((p) => p.pair) },
  };
  if (json) {
    io.stdout(`${JSON.stringify(summary)}\n`);
    return 0;
  }

  const lines: string[] = [];
  lines.push(`n = ${n}`);
  for (const d of DIMS) {
    lines.push(`\n${d}: agreement ${dims[d].agreement}`);
    lines.push("  label\\graded   0   1   2");
    dims[d].confusion.forEach((row, i) => lines.push(`  ${i}            ${row.map((x) => String(x).padStart(3)).join(" ")}`));
  }
  lines.push(`\noverall band: agreement ${summary.overall.agreement}, quadratic weighted kappa ${summary.overall.qwk}`);
  lines.push("  label\\graded  weak fair strong");
  bandMatrix.forEach((row, i) => lines.push(`  ${(BANDS[i] ?? "").padEnd(12)} ${row.map((x) => String(x).padStart(4)).join(" ")}`));
  lines.push(`\npairs ordered: ${ordered}/${pairs.length}`);
  for (const p of pairs.filter((x) => !x.ordered)) lines.push(`  NOT ordered: ${p.pair} (${p.better} should beat ${p.worse})`);

  const disagreements = graded.filter(
    ({ s, r }) => DIMS.some((d) => r.dimensions[d].level !== s[d]) || r.overall.band !== s.overall,
  );
  lines.push(`\ndisagreements: ${disagreements.length}`);
  for (const { s, r } of disagreements) {
    const cell = (d: (typeof DIMS)[number]) => `${d[0]?.toUpperCase()}${s[d]}${r.dimensions[d].level === s[d] ? "" : `→${r.dimensions[d].level}`}`;
    const band = s.overall === r.overall.band ? s.overall : `${s.overall}→${r.overall.band}`;
    lines.push(`\n[${s.id}] ${DIMS.map(cell).join(" ")} ${band} (score ${r.overall.score})`);
    lines.push(`  ${s.text.replace(/\s+/g, " ")}`);
  }
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}

if (process.argv[1] !== undefined && /grader-eval\.ts$/.test(process.argv[1])) process.exitCode = runEval(process.argv.slice(2));
