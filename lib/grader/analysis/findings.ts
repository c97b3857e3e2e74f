// Stage: the stretches of a sentence that report a finding ("found that 40% of calls...") or state a
// purpose ("to cut the wait"): figures there are findings or aims, not results. Produces
// Ctx.findingActive and Ctx.purpose, read by the numbers, soft-skill and outcome stages.
import type { Sentence, Token } from "../text";
import { adjectivalOpener } from "./actors";
import { isPastVerb } from "./core";
import { FINDING, NUMBER_VALUE, ORDINAL, PURPOSE_BREAKERS, SUBORDINATORS } from "./words";

export function markFindingsAndPurpose(tokens: Token[], s: Sentence, findingActive: Uint8Array, purpose: Uint8Array): void {
  let finding = false;
  let inPurpose = false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.kind === "word") {
      // "no-show rate" is not "showed": a finding verb inside a hyphenated compound is a noun.
      if (FINDING.has(t.norm) && tokens[i - 1]?.raw !== "-" && !(i === s.bodyStart && adjectivalOpener(tokens, i, s))) finding = true;
      else if (
        t.norm === "within" || t.norm === "result" || t.norm === "after" || t.norm === "which" || t.norm === "so" ||
        t.norm === "then" || t.norm === "led" || t.norm === "once" || t.norm === "until" || t.norm === "now"
      ) {
        finding = false;
      }
      if (t.norm === "to") {
        const nx = tokens[i + 1];
        inPurpose = nx !== undefined && nx.kind === "word" && !PURPOSE_BREAKERS.has(nx.norm) && !ORDINAL.has(nx.norm) && NUMBER_VALUE.get(nx.norm) === undefined && !/ing$/.test(nx.norm);
      } else if (t.kind === "word" && (SUBORDINATORS.has(t.norm) || t.norm === "and" || (isPastVerb(t.norm) && tokens[i - 1]?.norm !== "to" && (!t.norm.endsWith("ed") || inPurpose)))) {
        inPurpose = false;
      }
    } else if (t.raw === ";" || t.raw === ":" || t.raw === "(" || t.raw === ",") {
      inPurpose = false;
      const nx = tokens[i + 1];
      if (t.raw === ";" || (t.raw === "," && nx !== undefined && (nx.norm === "and" || nx.norm === "but" || isPastVerb(nx.norm)))) finding = false;
    }
    findingActive[i] = finding ? 1 : 0;
    purpose[i] = inPurpose ? 1 : 0;
  }
}
