// Grade every story of a labelled JSONL file (the scheme of tests/fixtures/stories.dev.jsonl) and
// report agreement with the labels, with 95 % bootstrap intervals.
//
//   npm run eval                               the real set (tests/fixtures/stories.real.jsonl), tune and check parts
//   npm run eval -- <file.jsonl> [--part check|tune|all] [--json] [--worst N]
//   npm run eval -- --cv 5 [--part tune]       5-fold cross-validation, folds grouped by source URL
//   npm run eval -- --humans                   a second, blind labeller against the final labels (the bar)
//
// The check part (SHA-1 of the source URL starts with 0-4) is never tuned on: see README, "Grading".
import { readFileSync } from "node:fs";

import { gradeStory, parseRole, parseStage, type Band, type GradeReport } from "@/lib/grader";
import type { LevelModel } from "@/lib/grader/score";

import { fitModel } from "./grader-fit";
import { InputError, parseLabelled, type Labelled } from "./eval/labelled";
import { agreement, balancedAgreement, bootstrap, confusion, foldOf, isCheckPart, quadraticKappa, type Interval } from "./eval/metrics";

export { quadraticKappa } from "./eval/metrics";

export { parseLabelled, type Labelled };

const DIMS = ["integration", "context", "result"] as const;
const BANDS: readonly Band[] = ["weak", "fair", "strong"];
const DEFAULT_FILE = new URL("../tests/fixtures/stories.real.jsonl", import.meta.url).pathname;

export type Graded = { s: Labelled; r: GradeReport };

function gradeAll(stories: readonly Labelled[], model?: LevelModel): Graded[] {
  return stories.map((s) => ({ s, r: gradeStory(s.text, { role: parseRole(s.role), stage: parseStage(s.stage), ...(model ? { model } : {}) }) }));
}

const bandIdx = (b: Band) => BANDS.indexOf(b);
const round = (x: number) => Math.round(x * 1000) / 1000;
const roundI = (i: Interval): Interval => ({ value: round(i.value), low: round(i.low), high: round(i.high) });

type DimSummary = { agreement: Interval; balanced: number; qwk: number; confusion: number[][] };

export type Summary = {
  n: number;
  integration: DimSummary;
  context: DimSummary;
  result: DimSummary;
  overall: DimSummary;
  pairs: { n: number; ordered: number; unordered: string[] };
  groups: { by: "field" | "role" | "kind"; name: string; n: number; band: number }[];
};

function dimSummary(labels: number[], got: number[]): DimSummary {
  return {
    agreement: roundI(bootstrap(labels, got, agreement)),
    balanced: round(balancedAgreement(labels, got, 3)),
    qwk: round(quadraticKappa(labels, got, 3)),
    confusion: confusion(labels, got),
  };
}

export function summarise(graded: readonly Graded[]): Summary {
  const level = (d: (typeof DIMS)[number]) => dimSummary(graded.map(({ s }) => s[d]), graded.map(({ r }) => r.dimensions[d].level));
  const byPair = new Map<string, Graded[]>();
  for (const g of graded) if (g.s.pair) byPair.set(g.s.pair, [...(byPair.get(g.s.pair) ?? []), g]);
  const pairs: { pair: string; ordered: boolean }[] = [];
  for (const [pair, members] of byPair) {
    const sorted = [...members].sort((a, b) => bandIdx(b.s.overall) - bandIdx(a.s.overall));
    const better = sorted[0];
    const worse = sorted[sorted.length - 1];
    if (!better || !worse || better === worse || better.s.overall === worse.s.overall) continue;
    pairs.push({ pair, ordered: better.r.overall.score > worse.r.overall.score });
  }
  const groups: Summary["groups"] = [];
  for (const by of ["field", "role", "kind"] as const) {
    const names = [...new Set(graded.map(({ s }) => s[by] ?? null).filter((x): x is string => x !== null))].sort();
    for (const name of names) {
      const members = graded.filter(({ s }) => s[by] === name);
      groups.push({ by, name, n: members.length, band: round(agreement(members.map(({ s }) => bandIdx(s.overall)), members.map(({ r }) => bandIdx(r.overall.band)))) });
    }
  }
  return {
    n: graded.length,
    integration: level("integration"),
    context: level("context"),
    result: level("result"),
    overall: dimSummary(graded.map(({ s }) => bandIdx(s.overall)), graded.map(({ r }) => bandIdx(r.overall.band))),
    pairs: { n: pairs.length, ordered: pairs.filter((p) => p.ordered).length, unordered: pairs.filter((p) => !p.ordered).map((p) => p.pair) },
    groups,
  };
}

/**
 * k-fold cross-validation, folds grouped by source: the level model is refitted on the other folds
 * and graded on the held-out one. Each fold's figures, and all held-out folds pooled.
 */
export function crossValidate(
  stories: readonly Labelled[],
  k: number,
  fit: (train: readonly Labelled[]) => LevelModel,
): { folds: Summary[]; pooled: Summary } {
  const folds: Summary[] = [];
  const all: Graded[] = [];
  for (let f = 0; f < k; f++) {
    const held = stories.filter((s) => foldOf(s.source ?? s.id, k) === f);
    const graded = gradeAll(held, fit(stories.filter((s) => foldOf(s.source ?? s.id, k) !== f)));
    folds.push(summarise(graded));
    all.push(...graded);
  }
  return { folds, pooled: summarise(all) };
}

function disagreementScore({ s, r }: Graded): number {
  return DIMS.reduce((sum, d) => sum + Math.abs(r.dimensions[d].level - s[d]), 0) + 2 * Math.abs(bandIdx(r.overall.band) - bandIdx(s.overall));
}

function evidenceLine(g: Graded): string {
  const text = g.s.text;
  const parts: string[] = [];
  for (const d of DIMS) {
    const earned = g.r.dimensions[d].evidence.filter((e) => e.effect === "earns").slice(0, 4);
    const cost = g.r.dimensions[d].evidence.filter((e) => e.effect === "costs").slice(0, 2);
    const q = (e: { ruleId: string; span: { start: number; end: number } }) => `${e.ruleId}:"${text.slice(e.span.start, e.span.end)}"`;
    parts.push(`    ${d}: +[${earned.map(q).join(", ")}]${cost.length ? ` -[${cost.map(q).join(", ")}]` : ""}`);
  }
  return parts.join("\n");
}

function formatInterval(i: Interval): string {
  return `${i.value.toFixed(2)} [${i.low.toFixed(2)}-${i.high.toFixed(2)}]`;
}

function formatSummary(title: string, sm: Summary): string[] {
  const lines = [`\n== ${title}: n = ${sm.n}`];
  lines.push("  dimension     agreement (95% CI)   balanced  QWK");
  for (const d of [...DIMS, "overall"] as const) lines.push(`  ${(d === "overall" ? "band" : d).padEnd(12)}  ${formatInterval(sm[d].agreement).padEnd(19)}  ${sm[d].balanced.toFixed(2).padEnd(8)}  ${sm[d].qwk.toFixed(2)}`);
  for (const d of [...DIMS, "overall"] as const) {
    const labels = d === "overall" ? ["weak", "fair", "strong"] : ["0", "1", "2"];
    lines.push(`  ${d === "overall" ? "band" : d} confusion (rows: label, columns: grader)`);
    sm[d].confusion.forEach((row, i) => lines.push(`    ${(labels[i] ?? "").padEnd(7)} ${row.map((x) => String(x).padStart(4)).join("")}`));
  }
  if (sm.pairs.n > 0) lines.push(`  pairs ordered: ${sm.pairs.ordered}/${sm.pairs.n}${sm.pairs.unordered.length ? ` (not: ${sm.pairs.unordered.join(", ")})` : ""}`);
  for (const by of ["field", "role", "kind"] as const) {
    const gs = sm.groups.filter((g) => g.by === by);
    if (gs.length > 0) lines.push(`  band by ${by}: ${gs.map((g) => `${g.name} ${g.band.toFixed(2)} (${g.n})`).join(", ")}`);
  }
  return lines;
}

const SECOND_LABELS = new URL("../tests/fixtures/labelling/second-labels.jsonl", import.meta.url).pathname;

/**
 * The bar: a second, blind labeller against the final labels, on the stories labelled twice, beside the
 * grader on the same stories. (The final label is the first labeller's, or the settled one where the two
 * disagreed, so this is "one labeller against the consensus".)
 */
export function humanAgreement(stories: readonly Labelled[], secondSource: string) {
  const second = new Map<string, Labelled>();
  for (const r of jsonLines<Labelled>(secondSource)) second.set(r.id, r);
  const both = stories.filter((s) => second.has(s.id));
  const graded = gradeAll(both);
  const human = both.map((s) => labelsAsGraded(s, second.get(s.id) as Labelled));
  return { n: both.length, human: summarise(human), grader: summarise(graded) };
}

function jsonLines<T>(source: string): T[] {
  return source.split(/\r?\n/).filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as T);
}

type Levels = Pick<Labelled, "integration" | "context" | "result" | "overall">;

/** Another labeller's levels for `s`, in the shape the summaries read a grade from. */
function labelsAsGraded(s: Labelled, h: Levels): Graded {
  const levels = { integration: { level: h.integration }, context: { level: h.context }, result: { level: h.result } };
  return { s, r: { dimensions: levels, overall: { band: h.overall, score: 0 } } as unknown as GradeReport };
}

const BLIND_LABELS = new URL("../tests/fixtures/labelling/owners-blind.jsonl", import.meta.url).pathname;

export type Lean = { below: number; above: number };

/**
 * Two blind labels per answer (labellers "A" and "B", this project's protocol) against the file's labels
 * (for the real set's first 120 answers, the project owners'): each labeller's agreement, the two
 * against each other, and which way their labels lean (how many fall below the file's, how many above).
 */
export function blindAgreement(stories: readonly Labelled[], blindSource: string) {
  const blind = new Map<string, { A?: Levels; B?: Levels }>();
  for (const r of jsonLines<Levels & { id: string; labeller: "A" | "B" }>(blindSource)) blind.set(r.id, { ...blind.get(r.id), [r.labeller]: r });
  const both = stories.filter((s) => blind.get(s.id)?.A !== undefined && blind.get(s.id)?.B !== undefined);
  const label = (s: Labelled, who: "A" | "B") => blind.get(s.id)?.[who] as Levels;
  const lean = {} as Record<(typeof DIMS)[number] | "overall", Lean>;
  for (const d of [...DIMS, "overall"] as const) {
    const idx = (h: Levels) => (d === "overall" ? bandIdx(h.overall) : h[d]);
    const pairs = both.flatMap((s) => (["A", "B"] as const).map((who) => [idx(label(s, who)), idx(s)] as const));
    lean[d] = { below: pairs.filter(([b, f]) => b < f).length, above: pairs.filter(([b, f]) => b > f).length };
  }
  return {
    n: both.length,
    labellerA: summarise(both.map((s) => labelsAsGraded(s, label(s, "A")))),
    labellerB: summarise(both.map((s) => labelsAsGraded(s, label(s, "B")))),
    betweenLabellers: summarise(both.map((s) => labelsAsGraded({ ...s, ...label(s, "A") }, label(s, "B")))),
    lean,
    grader: summarise(gradeAll(both)),
  };
}

export type Io = { stdout: (s: string) => void; stderr: (s: string) => void };

const PROCESS_IO: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

function flagValue(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The command, minus process plumbing: returns the exit code. */
export function runEval(argv: string[], io: Io = PROCESS_IO): number {
  const json = argv.includes("--json");
  const valued = new Set(["--part", "--cv", "--worst"]);
  const file = argv.find((a, i) => !a.startsWith("--") && !valued.has(argv[i - 1] ?? "")) ?? DEFAULT_FILE;
  const part = flagValue(argv, "--part") ?? "all";
  const cvArg = flagValue(argv, "--cv");
  const worstArg = flagValue(argv, "--worst");
  const usage = "usage: npm run eval -- [file.jsonl] [--part check|tune|all] [--cv K] [--humans] [--owners] [--worst N] [--json]\n";
  if (!["check", "tune", "all"].includes(part)) {
    io.stderr(usage);
    return 2;
  }
  const k = cvArg === undefined ? null : Number(cvArg);
  const worst = worstArg === undefined ? 10 : Number(worstArg);
  if ((k !== null && (!Number.isInteger(k) || k < 2 || k > 20)) || !Number.isInteger(worst) || worst < 0) {
    io.stderr(usage);
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

  /** Another labeller's file, or null (said on stderr) when it cannot be read. */
  const labelsFile = (path: string, what: string): string | null => {
    try {
      return readFileSync(path, "utf8");
    } catch {
      io.stderr(`eval: no ${what} at ${path}\n`);
      return null;
    }
  };

  if (argv.includes("--owners")) {
    const blindSource = labelsFile(BLIND_LABELS, "blind labels");
    if (blindSource === null) return 2;
    const b = blindAgreement(stories, blindSource);
    if (json) {
      io.stdout(`${JSON.stringify(b)}\n`);
      return 0;
    }
    const lines = [`${b.n} stories labelled blind twice by this project's protocol, against the file's labels`];
    lines.push(...formatSummary("blind labeller A", b.labellerA));
    lines.push(...formatSummary("blind labeller B", b.labellerB));
    lines.push(...formatSummary("blind labeller B against A", b.betweenLabellers));
    lines.push(...formatSummary("grader, same stories", b.grader));
    lines.push("\nlean (blind labels below / above the file's, both labellers pooled):");
    for (const [d, l] of Object.entries(b.lean)) lines.push(`  ${(d === "overall" ? "band" : d).padEnd(12)} ${l.below} below, ${l.above} above`);
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  }

  if (argv.includes("--humans")) {
    const secondSource = labelsFile(SECOND_LABELS, "second labels");
    if (secondSource === null) return 2;
    const h = humanAgreement(stories, secondSource);
    if (json) {
      io.stdout(`${JSON.stringify(h)}\n`);
      return 0;
    }
    const lines = [`${h.n} stories labelled twice (blind), against the final labels`];
    lines.push(...formatSummary("second labeller", h.human));
    lines.push(...formatSummary("grader, same stories", h.grader));
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  }

  const inPart = (s: Labelled) => part === "all" || (s.source !== null && isCheckPart(s.source) === (part === "check"));
  if (k !== null) {
    // With --part tune, the folds never see the check part: the way to compare changes to the grader.
    const cv = crossValidate(stories.filter(inPart), k, fitModel);
    if (json) {
      io.stdout(`${JSON.stringify({ k, folds: cv.folds, pooled: cv.pooled })}\n`);
      return 0;
    }
    const lines = [`${k}-fold cross-validation over ${cv.pooled.n} stories${part === "all" ? "" : ` (${part} part)`} (folds grouped by source)`];
    lines.push("  fold    n  integration context result band  QWK");
    cv.folds.forEach((f, i) =>
      lines.push(`  ${String(i + 1).padStart(4)} ${String(f.n).padStart(4)}  ${[f.integration, f.context, f.result, f.overall].map((d) => d.agreement.value.toFixed(2).padStart(7)).join(" ")}  ${f.overall.qwk.toFixed(2)}`),
    );
    lines.push(...formatSummary("all held-out folds pooled", cv.pooled));
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  }

  const hasSources = stories.some((s) => s.source !== null);
  const graded = gradeAll(stories.filter(inPart));
  const summary = summarise(graded);
  const parts =
    hasSources && part === "all"
      ? {
          tune: summarise(graded.filter(({ s }) => s.source !== null && !isCheckPart(s.source))),
          check: summarise(graded.filter(({ s }) => s.source !== null && isCheckPart(s.source))),
        }
      : null;
  if (json) {
    io.stdout(`${JSON.stringify({ ...summary, ...(parts ? { parts } : {}) })}\n`);
    return 0;
  }

  const lines: string[] = [`n = ${summary.n}${part === "all" ? "" : ` (${part} part)`}`];
  lines.push(...formatSummary(part === "all" ? "all" : `${part} part`, summary));
  if (parts) {
    lines.push(...formatSummary("tune part", parts.tune));
    lines.push(...formatSummary("check part (never tuned on)", parts.check));
  }
  const disagreements = graded.filter(({ s, r }) => disagreementScore({ s, r }) > 0).sort((a, b) => disagreementScore(b) - disagreementScore(a));
  lines.push(`\ndisagreements: ${disagreements.length}; the ${Math.min(worst, disagreements.length)} widest, with the evidence used:`);
  for (const g of disagreements.slice(0, worst)) {
    const { s, r } = g;
    const cell = (d: (typeof DIMS)[number]) => `${d[0]?.toUpperCase()}${s[d]}${r.dimensions[d].level === s[d] ? "" : `→${r.dimensions[d].level}`}`;
    const band = s.overall === r.overall.band ? s.overall : `${s.overall}→${r.overall.band}`;
    lines.push(`\n[${s.id}] ${DIMS.map(cell).join(" ")} ${band} (score ${r.overall.score})${s.field ? ` ${s.field}` : ""}`);
    lines.push(`  ${s.text.replace(/\s+/g, " ")}`);
    lines.push(evidenceLine(g));
  }
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}

if (process.argv[1] !== undefined && /grader-eval\.ts$/.test(process.argv[1])) process.exitCode = runEval(process.argv.slice(2));
