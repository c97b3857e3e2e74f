import { readFileSync } from "node:fs";
import { storyFeatures, gradeStory } from "@/lib/grader";
import { FEATURES } from "@/lib/grader/features";
import { isCheckPart } from "./eval/metrics";
import { parseLabelled } from "./grader-eval";
const dim = (process.argv[2] ?? "integration") as "integration" | "context" | "result";
const from = Number(process.argv[3] ?? 1), to = Number(process.argv[4] ?? 2);
const all = parseLabelled(readFileSync("tests/fixtures/stories.real.jsonl", "utf8")).filter((s) => s.source && !isCheckPart(s.source));
const raw = new Map(readFileSync("tests/fixtures/stories.real.jsonl", "utf8").trim().split("\n").map((l) => { const j = JSON.parse(l); return [j.id, j]; }));
for (const s of all) {
  const r = gradeStory(s.text);
  if (s[dim] !== from || r.dimensions[dim].level !== to) continue;
  const fv = storyFeatures(s.text)[dim];
  console.log(`\n[${s.id}] ${dim} ${from}->${to} note: ${raw.get(s.id)?.note}`);
  console.log("  " + FEATURES[dim].map((f, i) => fv[i] ? `${f.id}=${fv[i].toFixed(2)}` : "").filter(Boolean).join(" "));
  console.log("  ev: " + r.dimensions[dim].evidence.map((e) => `${e.effect === "earns" ? "+" : "-"}${e.ruleId}:"${s.text.slice(e.span.start, e.span.end)}"`).join(" | ").slice(0, 900));
  console.log("  " + s.text.slice(0, 1200));
}
