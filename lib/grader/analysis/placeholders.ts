// Stage: stand-in names ("XYZ Company", "Company X") that make no setting specific.
import type { PlainMention } from "./types";
import type { Sentence, Token } from "../text";
import { setOf, span } from "./core";

const PLACEHOLDER_NAMES = setOf(["xyz", "abc", "acme", "x", "y", "z"]);
const PLACEHOLDER_HEADS = setOf(["company", "corp", "corporation", "inc", "ltd", "hospital", "school", "store", "firm", "bank", "preschool", "organization", "client", "project", "product", "agency", "university", "restaurant", "hotel"]);

/** "XYZ Company", "Company X", "ABC Corp": a stand-in for a real name. */
export function findPlaceholders(tokens: Token[], sentences: readonly Sentence[]): PlainMention[] {
  const out: PlainMention[] = [];
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || !PLACEHOLDER_NAMES.has(t.norm) || t.raw !== t.raw.toUpperCase()) continue;
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      if (next && PLACEHOLDER_HEADS.has(next.norm)) out.push({ span: span(t, next), sentence: s.index, why: "placeholder name" });
      else if (prev && PLACEHOLDER_HEADS.has(prev.norm)) out.push({ span: span(prev, t), sentence: s.index, why: "placeholder name" });
    }
  }
  return out;
}

