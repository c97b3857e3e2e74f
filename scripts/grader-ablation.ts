// What each hard-skill signal is worth: the level model refitted without some features, measured by
// 5-fold cross-validation (folds grouped by source) on the tune part, and on the check part (fitted on
// the whole tune part, as the committed model is). Usage: npm run eval:ablation [-- --json]
import { readFileSync } from "node:fs";

import { storyFeatures } from "@/lib/grader";
import { FEATURES } from "@/lib/grader/features";
import { fitOrdinal, predictOrdinal } from "@/lib/grader/ordinal";
import { bandFor, capLevel, type LevelModel } from "@/lib/grader/score";

import { agreement, foldOf, isCheckPart, quadraticKappa } from "./eval/metrics";
import { parseLabelled, type Labelled } from "./grader-eval";
import { L2 } from "./grader-fit";

const DIMS = ["integration", "context", "result"] as const;
const BANDS = ["weak", "fair", "strong"] as const;

export const VARIANTS: Record<string, readonly string[]> = {
  "all signals": [],
  "without the practice table": ["practice-own"],
  "without word rarity": ["domain-own"],
  "without both (lexicon only)": ["practice-own", "domain-own"],
  "without skill bridges": ["bridge", "chain"],
};

type Row = { s: Labelled; fv: Record<(typeof DIMS)[number], number[]>; words: number };

function masked(row: Row, d: (typeof DIMS)[number], without: readonly string[]): number[] {
  return row.fv[d].map((v, i) => (without.includes(FEATURES[d][i]?.id ?? "") ? 0 : v));
}

function fit(rows: readonly Row[], without: readonly string[]): LevelModel {
  const one = (d: (typeof DIMS)[number]) =>
    fitOrdinal(rows.map((r) => masked(r, d, without)), rows.map((r) => r.s[d]), { signs: FEATURES[d].map((f) => f.sign), l2: L2[d] });
  return { integration: one("integration"), context: one("context"), result: one("result") };
}

function predict(model: LevelModel, row: Row, without: readonly string[]) {
  const fv = { integration: masked(row, "integration", without), context: masked(row, "context", without), result: masked(row, "result", without) };
  const lv = Object.fromEntries(DIMS.map((d) => [d, capLevel(d, predictOrdinal(model[d], fv[d]).level, fv, row.words)])) as Record<(typeof DIMS)[number], 0 | 1 | 2>;
  return { ...lv, band: bandFor(lv) };
}

function score(rows: readonly Row[], preds: ReturnType<typeof predict>[]) {
  const lab = (d: (typeof DIMS)[number]) => rows.map((r) => r.s[d]);
  const band = rows.map((r) => BANDS.indexOf(r.s.overall));
  const pb = preds.map((p) => BANDS.indexOf(p.band));
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    integration: r3(agreement(lab("integration"), preds.map((p) => p.integration))),
    context: r3(agreement(lab("context"), preds.map((p) => p.context))),
    result: r3(agreement(lab("result"), preds.map((p) => p.result))),
    band: r3(agreement(band, pb)),
    qwk: r3(quadraticKappa(band, pb, 3)),
  };
}

export function ablation(stories: readonly Labelled[]) {
  const rows: Row[] = stories.map((s) => ({ s, fv: storyFeatures(s.text), words: s.text.split(/\s+/).filter(Boolean).length }));
  const tune = rows.filter((r) => r.s.source !== null && !isCheckPart(r.s.source));
  const check = rows.filter((r) => r.s.source !== null && isCheckPart(r.s.source));
  return Object.entries(VARIANTS).map(([name, without]) => {
    const cvPreds = new Array<ReturnType<typeof predict>>(tune.length);
    for (let f = 0; f < 5; f++) {
      const model = fit(tune.filter((r) => foldOf(r.s.source ?? r.s.id, 5) !== f), without);
      tune.forEach((r, i) => {
        if (foldOf(r.s.source ?? r.s.id, 5) === f) cvPreds[i] = predict(model, r, without);
      });
    }
    const model = fit(tune, without);
    return { name, tuneCv: score(tune, cvPreds), check: score(check, check.map((r) => predict(model, r, without))) };
  });
}

if (process.argv[1] !== undefined && /grader-ablation\.ts$/.test(process.argv[1])) {
  const file = new URL("../tests/fixtures/stories.real.jsonl", import.meta.url).pathname;
  const out = ablation(parseLabelled(readFileSync(file, "utf8")));
  if (process.argv.includes("--json")) process.stdout.write(`${JSON.stringify(out)}\n`);
  else {
    console.log("variant                          | tune 5-fold CV: I / C / R / band / QWK | check part: I / C / R / band / QWK");
    for (const v of out) {
      const f = (x: typeof v.tuneCv) => [x.integration, x.context, x.result, x.band, x.qwk].map((n) => n.toFixed(2)).join(" / ");
      console.log(`${v.name.padEnd(32)} | ${f(v.tuneCv).padEnd(38)} | ${f(v.check)}`);
    }
  }
}
