// What each hard-skill signal is worth: the level model refitted with that signal emptied in the analysis, measured by
// 5-fold cross-validation (folds grouped by source) on the tune part, and on the check part (fitted on
// the whole tune part, as the committed model is), and on the held-back fresh answers
// (tests/fixtures/stories.fresh.jsonl, when there is one) with that same model. Usage: npm run eval:ablation [-- --json]
import { existsSync, readFileSync } from "node:fs";

import { featuresOfDoc } from "@/lib/grader";
import { analyze } from "@/lib/grader/analyze";
import type { FeatureVector } from "@/lib/grader/features";
import { bandFor, levelsFor, type LevelModel } from "@/lib/grader/score";

import { agreement, foldOf, isCheckPart, quadraticKappa } from "./eval/metrics";
import { parseLabelled, type Labelled } from "./grader-eval";
import { fitRows } from "./grader-fit";

type Dim = "integration" | "context" | "result";
const BANDS = ["weak", "fair", "strong"] as const;

type Signal = "domainTerms" | "bridges";

/** Each variant empties some signals in the analysis itself, so every rule and feature built on them loses them. */
export const VARIANTS: Record<string, readonly Signal[]> = {
  "all signals": [],
  "without word rarity (the lexicon only)": ["domainTerms"],
  "without skill bridges": ["bridges"],
};

type Row = { s: Labelled; fv: FeatureVector; words: number };

/** Levels exactly as the grader decides them (score.ts), from the variant's features. */
function predict(model: LevelModel, row: Row) {
  const r = levelsFor(row.fv, model, row.words);
  const lv = { integration: r.integration.level, context: r.context.level, result: r.result.level };
  return { ...lv, band: bandFor(lv) };
}

function score(rows: readonly Row[], preds: ReturnType<typeof predict>[]) {
  const lab = (d: Dim) => rows.map((r) => r.s[d]);
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

export function ablation(stories: readonly Labelled[], fresh: readonly Labelled[] = []) {
  const docs = stories.map((s) => analyze(s.text));
  const freshDocs = fresh.map((s) => analyze(s.text));
  return Object.entries(VARIANTS).map(([name, without]) => {
    const rowOf = (s: Labelled, d: ReturnType<typeof analyze>): Row => {
      const doc = { ...d };
      for (const signal of without) doc[signal] = [];
      return { s, fv: featuresOfDoc(doc), words: doc.wordCount };
    };
    const rows = stories.map((s, i) => rowOf(s, docs[i]!));
    const freshRows = fresh.map((s, i) => rowOf(s, freshDocs[i]!));
    const tune = rows.filter((r) => r.s.source !== null && !isCheckPart(r.s.source));
    const check = rows.filter((r) => r.s.source !== null && isCheckPart(r.s.source));
    const cvPreds = new Array<ReturnType<typeof predict>>(tune.length);
    for (let f = 0; f < 5; f++) {
      const model = fitRows(tune.filter((r) => foldOf(r.s.source ?? r.s.id, 5) !== f));
      tune.forEach((r, i) => {
        if (foldOf(r.s.source ?? r.s.id, 5) === f) cvPreds[i] = predict(model, r);
      });
    }
    const model = fitRows(tune);
    const freshScore = freshRows.length > 0 ? score(freshRows, freshRows.map((r) => predict(model, r))) : null;
    return { name, tuneCv: score(tune, cvPreds), check: score(check, check.map((r) => predict(model, r))), fresh: freshScore };
  });
}

if (process.argv[1] !== undefined && /grader-ablation\.ts$/.test(process.argv[1])) {
  const file = new URL("../tests/fixtures/stories.real.jsonl", import.meta.url).pathname;
  const freshFile = new URL("../tests/fixtures/stories.fresh.jsonl", import.meta.url).pathname;
  const fresh = existsSync(freshFile) ? parseLabelled(readFileSync(freshFile, "utf8")) : [];
  const out = ablation(parseLabelled(readFileSync(file, "utf8")), fresh);
  if (process.argv.includes("--json")) process.stdout.write(`${JSON.stringify(out)}\n`);
  else {
    const freshHead = fresh.length > 0 ? ` | fresh answers (${fresh.length}): I / C / R / band / QWK` : "";
    console.log(`variant                                | tune 5-fold CV: I / C / R / band / QWK | check part: I / C / R / band / QWK${freshHead}`);
    for (const v of out) {
      const f = (x: typeof v.tuneCv) => [x.integration, x.context, x.result, x.band, x.qwk].map((n) => n.toFixed(2)).join(" / ");
      console.log(`${v.name.padEnd(38)} | ${f(v.tuneCv).padEnd(38)} | ${f(v.check).padEnd(34)}${v.fresh ? ` | ${f(v.fresh)}` : ""}`);
    }
  }
}
