import { analyze } from "@/lib/grader/analyze";
import { gradeStory, storyFeatures } from "@/lib/grader";
import { FEATURES } from "@/lib/grader/features";
for (const text of process.argv.slice(2)) {
  const d: any = analyze(text);
  const fv = storyFeatures(text).result;
  console.log(JSON.stringify(text.slice(0, 80)), "level", gradeStory(text).dimensions.result.level, FEATURES.result.map((f, i) => fv[i] ? `${f.id}=${fv[i].toFixed(2)}` : "").filter(Boolean).join(" "));
  console.log("  closing", d.closingOutcomes.map((m: any) => text.slice(m.span.start, m.span.end)), "outcomes", d.outcomes?.map((m: any) => `${m.kind}:${text.slice(m.span.start, m.span.end)}`));
  const toks = d.tokens; console.log("  actors", toks.map((t: any, i: number) => t.kind === "word" ? `${t.raw}/${d.actors?.[i] ?? "?"}` : "").filter(Boolean).slice(-25).join(" "));
}
