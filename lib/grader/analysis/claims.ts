// Stage: self-praise and skill lists ("I'm a natural leader", "Skills: SQL, Excel"): the narrator
// claiming a quality instead of showing it. Produces the claims and the claimed tokens (Ctx.claimed),
// which no later stage credits.
import { CLAIM_ADJECTIVES, CLAIM_NOUNS } from "../lexicon/words";
import type { Sentence, Token } from "../text";
import { setOf, span } from "./core";
import type { ClaimMention } from "./types";
import { isNarratorSubject } from "./words";

const CLAIM_ADJ = setOf(CLAIM_ADJECTIVES);
const CLAIM_NOUN = setOf(CLAIM_NOUNS);

/** Where a claim ends: the next ; : or sentence end, or a new "I" clause after a comma or "and". */
function claimClauseEnd(tokens: Token[], s: Sentence, i: number): number {
  let j = i;
  while (j < s.tokenEnd) {
    const t = tokens[j];
    if (!t) break;
    if (t.kind === "punct" && (t.raw === ";" || t.raw === ":" || SENTENCE_ENDS.has(t.raw))) break;
    if (j > i + 1 && isNarratorSubject(t.norm)) {
      // ", and I mentored", ", and last year I mentored": a new clause of the narrator's own.
      let joined = false;
      for (let q = j - 1; q >= Math.max(i + 1, j - 3); q--) {
        const p = tokens[q];
        if (p && (p.raw === "," || p.norm === "and" || p.norm === "but" || p.norm === "where")) joined = true;
      }
      if (joined) break;
    }
    j++;
  }
  return j;
}

export function findClaims(tokens: Token[], s: Sentence): { mention: ClaimMention; from: number; to: number }[] {
  const out: { mention: ClaimMention; from: number; to: number }[] = [];
  const firstNext = tokens[s.tokenStart + 1];
  // "Skills: SolidWorks, GD&T, ..." as a label line.
  const head = tokens[s.tokenStart];
  if (head && /^(skills?|strengths?|expertise|competencies|tools|technologies|tech stack|stack)$/.test(head.norm) && firstNext?.raw === ":") {
    const end = claimClauseEnd(tokens, s, s.tokenStart + 2);
    const last = tokens[end - 1];
    if (last) out.push({ mention: { span: span(head, last), sentence: s.index, kind: "skill-list" }, from: s.tokenStart, to: end });
    return out;
  }
  const verbList = skillVerbList(tokens, s);
  if (verbList) out.push(verbList);
  const toolList = usedToolList(tokens, s);
  if (toolList) out.push(toolList);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "word") continue;
    const n = t.norm;
    const n1 = tokens[i + 1]?.norm ?? "";
    const n2 = tokens[i + 2]?.norm ?? "";
    let hit = false;
    if (n === "i'm" || (n === "i" && (n1 === "am" || n1 === "was"))) {
      const k = n === "i'm" ? i + 1 : i + 2;
      hit = claimAfterBe(tokens, k);
    } else if ((n === "i" || n === "i've") && (n1 === "know" || n1 === "excel" || n1 === "thrive" || n1 === "pride" || n1 === "care" || n1 === "love" || n1 === "bring")) {
      hit = true;
    } else if ((n === "i" && n1 === "have" && (CLAIM_ADJ.has(n2) || CLAIM_NOUN.has(n2))) || (n === "i've" && (n1 === "got" || n1 === "always") )) {
      hit = true;
    } else if ((n === "i've" || (n === "i" && n1 === "have")) && (n2 === "been" || n1 === "been")) {
      const k = n === "i've" ? i + 2 : i + 3;
      hit = claimAfterBe(tokens, k);
    } else if (n === "my" && (n1 === "strength" || n1 === "strengths" || n1 === "expertise" || n1 === "superpower")) {
      hit = true;
    } else if (n === "one" && n1 === "of" && n2 === "my" && [3, 4, 5].some((k) => /^(strength|superpower)/.test(tokens[i + k]?.norm ?? ""))) {
      hit = true;
    } else if ((n === "good" || n === "skilled" || n === "proficient" || n === "expert" || n === "fluent" || n === "experienced") && (n1 === "at" || n1 === "in" || n1 === "with")) {
      hit = true;
    } else if ((n === "strong" || n === "excellent" || n === "great" || n === "solid") && (CLAIM_NOUN.has(n1) || CLAIM_NOUN.has(n2) || CLAIM_NOUN.has(tokens[i + 3]?.norm ?? ""))) {
      hit = true;
    } else if (n === "natural" && CLAIM_NOUN.has(n1)) {
      hit = true;
    } else if (n === "people" && n1 === "look" && n2 === "up") {
      hit = true;
    }
    if (hit) {
      const from = i;
      let end = claimClauseEnd(tokens, s, i + 1);
      while (end > from + 1 && TRAILING_JOINERS.has(tokens[end - 1]?.norm ?? "")) end--;
      const last = tokens[end - 1];
      if (last && end > from) {
        out.push({ mention: { span: span(t, last), sentence: s.index, kind: "self-praise" }, from, to: end });
        i = end;
      }
    }
  }
  // (A bare comma list of skills with no verb is caught by the skill-list rule from the hard-skill hits.)
  return out;
}

/** Verbs that name a people skill rather than tell what was done: in a run of them they are a list of skills. */
const SKILL_VERBS = setOf([
  "communicated", "collaborated", "empathized", "negotiated", "coordinated", "liaised", "motivated", "mentored", "facilitated",
  "influenced", "partnered", "strategized", "networked", "multitasked", "prioritized", "organized", "adapted", "innovated",
  "engaged", "supported", "managed", "led", "inspired", "empowered", "aligned", "escalated", "de-escalated", "problem-solved",
  "troubleshot", "delegated", "persuaded", "listened", "presented", "advocated",
]);

/**
 * "I communicated, empathised, de-escalated, negotiated and collaborated with patients": three or more of
 * those verbs in one run, joined only by commas and "and", name skills; they tell no act. Marked as a list.
 */
function skillVerbList(tokens: Token[], s: Sentence): { mention: ClaimMention; from: number; to: number } | null {
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    let k = i;
    let count = 0;
    let last = -1;
    while (k < s.tokenEnd) {
      // "de-escalated": a hyphenated verb is one word.
      const hyphened = tokens[k + 1]?.raw === "-" && SKILL_VERBS.has(`${tokens[k]?.norm ?? ""}-${tokens[k + 2]?.norm ?? ""}`);
      if (!hyphened && !SKILL_VERBS.has(tokens[k]?.norm ?? "")) break;
      count++;
      last = hyphened ? k + 2 : k;
      k = last + 1;
      if (tokens[k]?.raw === ",") k++;
      if (tokens[k]?.norm === "and" || tokens[k]?.norm === "or") k++;
    }
    if (count >= 3 && last >= 0) {
      const first = tokens[i];
      const end = tokens[last];
      if (first && end) return { mention: { span: span(first, end), sentence: s.index, kind: "skill-list" }, from: i, to: last + 1 };
    }
  }
  return null;
}

/** Verbs of mere use, and the words that end what they list ("to triage patients", "for the audit"). */
const USE_VERBS = setOf(["used", "utilized", "leveraged", "employed", "applied"]);
const LIST_ENDS = setOf(["to", "for", "so", "which", "that", "when", "while", "because", "in", "on", "across", "with"]);

/**
 * "I used EMIS, SystmOne, Docman, eConsult and care navigation to triage patients": three or more things
 * after a verb of mere use, in one comma list, are named, not used (ANNOTATION.md: "used Jira, Excel").
 */
function usedToolList(tokens: Token[], s: Sentence): { mention: ClaimMention; from: number; to: number } | null {
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    // "Using my leadership, EPOS, Excel, HACCP and conflict resolution skills, I...": the narrator's skills listed.
    if (!USE_VERBS.has(tokens[i]?.norm ?? "") && !(tokens[i]?.norm === "using" && tokens[i + 1]?.norm === "my")) continue;
    let commas = 0;
    let joined = false;
    let k = i + 1;
    for (; k < Math.min(s.tokenEnd, i + 25); k++) {
      const t = tokens[k];
      if (!t) break;
      if (t.raw === ",") commas++;
      else if (t.kind === "punct" && t.raw !== "-" && t.raw !== "/" && t.raw !== "&") break;
      else if (t.norm === "and" || t.norm === "or") joined = true;
      else if (LIST_ENDS.has(t.norm) || (t.kind === "word" && isNarratorSubject(t.norm))) break;
    }
    while (k - 1 > i && tokens[k - 1]?.raw === ",") k--;
    const first = tokens[i + 1];
    const last = tokens[k - 1];
    if (commas >= 2 && joined && first && last) return { mention: { span: span(first, last), sentence: s.index, kind: "skill-list" }, from: i + 1, to: k };
  }
  return null;
}

const SENTENCE_ENDS = setOf([".", "!", "?", "…"]);
const TRAILING_JOINERS = setOf(["and", "but", "or", ",", "so", "-", "–", "—"]);

function claimAfterBe(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 4; j++) {
    const t = tokens[j];
    if (!t || t.kind !== "word") return false;
    // "I was recognised with the company's award" is what the work was given, not a claim about oneself.
    if ((t.norm === "recognized" || t.norm === "recognised") && tokens[j + 1]?.norm === "with") return false;
    if (CLAIM_ADJ.has(t.norm) || CLAIM_NOUN.has(t.norm)) return true;
    if (t.norm === "a" || t.norm === "an" || t.norm === "really" || t.norm === "very" || t.norm === "always" || t.norm === "quite" || t.norm === "known" || t.norm === "the") continue;
    if (t.norm.endsWith("-first") || t.norm.endsWith("-oriented") || t.norm.endsWith("-driven") || t.norm.endsWith("-minded")) return true;
    return false;
  }
  return false;
}
