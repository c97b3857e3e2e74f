// Stage: the technical side of the story: lexicon skills, named techniques ("a gap analysis"),
// named tools ("using Kronos"), work with data ("analysed the attendance data") and artifacts built
// ("rebuilt the rota template"), each with the status of its clause. Marks Ctx.skillTok.
import { HARD_SKILLS } from "../lexicon/hard-skills";
import { PhraseMatcher } from "../matcher";
import type { Sentence, Token } from "../text";
import type { HardField } from "../types";
import { innerHyphen, isPastVerb, PEOPLE, setOf, span, statusAt, TOOL_PREPS, type Ctx } from "./core";
import type { HardMention } from "./types";
import { DETERMINERS, NARRATOR_SUBJECTS, PEOPLE_PREPS, SUBORDINATORS, TIME } from "./words";

const HARD_MATCHER = new PhraseMatcher<{ term: string; field: HardField }>(
  (Object.entries(HARD_SKILLS) as [HardField, readonly string[]][]).flatMap(([field, entries]) =>
    entries.flatMap((entry) => {
      const variants = entry.split("|");
      const term = (variants[0] ?? entry).replace(/^=/, "");
      return variants.map((v) => [v, { term, field }] as const);
    }),
  ),
);

const BUILD_VERBS = setOf([
  "built", "rebuilt", "created", "designed", "redesigned", "wrote", "rewrote", "developed", "configured", "automated",
  "coded", "programmed", "scripted", "drafted", "prototyped", "modeled", "mapped", "implemented", "introduced",
  "set", "setup", "devised", "compiled", "engineered",
]);

/** Technical artifacts a narrator can build: the teachable craft shows in the thing made. */
const ARTIFACTS: ReadonlyMap<string, HardField> = new Map([
  ["checklist", "operations"], ["template", "business-tools"], ["tracker", "business-tools"], ["script", "technology"],
  ["macro", "business-tools"], ["model", "data"], ["database", "technology"], ["query", "data"], ["workflow", "operations"],
  ["map", "operations"], ["playbook", "operations"], ["prototype", "creative"], ["calculator", "business-tools"],
  ["algorithm", "technology"], ["automation", "technology"], ["plugin", "technology"], ["bot", "technology"],
  ["flowchart", "operations"], ["diagram", "engineering"], ["schedule", "operations"], ["timetable", "operations"],
  ["forecast", "finance"], ["budget", "finance"], ["simulation", "engineering"], ["dataset", "data"],
  ["report", "data"], ["app", "technology"], ["website", "technology"], ["tool", "technology"], ["form", "business-tools"],
  ["scorecard", "operations"], ["rubric", "education"], ["curriculum", "education"], ["protocol", "healthcare"],
  ["wireframe", "creative"], ["mock-up", "creative"], ["mockup", "creative"], ["layout", "creative"],
  // Generic: a domain noun + system/table/register/log/rule built by the narrator ("rebuilt our tariff lookup table").
  ["table", "data"], ["lookup", "data"], ["system", "technology"], ["spreadsheet", "business-tools"], ["register", "operations"],
  ["log", "operations"], ["rule", "technology"], ["sop", "operations"], ["plan", "operations"],
  ["dashboard", "data"], ["audit", "operations"], ["analysis", "data"],
]);

/** Plain artifact words that show craft only with a domain noun before them: "a tariff lookup table", not "a report". */
const GENERIC_ARTIFACTS = setOf(["report", "plan", "form", "system", "rule", "table", "log", "register", "analysis", "audit", "tool", "app", "website"]);

const CLEAR_ADJECTIVES = setOf(["clear", "good", "great", "nice", "better", "long", "brief", "whole", "same", "other", "different", "usual", "standard", "proper", "one-page", "updated", "revised"]);

function domainModified(tokens: Token[], k: number, from: number): boolean {
  const m = tokens[k - 1];
  if (!m || k - 1 <= from || m.kind !== "word") return false;
  if (NOT_MODIFIERS.has(m.norm) || DETERMINERS.has(m.norm) || CLEAR_ADJECTIVES.has(m.norm) || isPastVerb(m.norm)) return false;
  return m.norm.length >= 3 && !m.norm.endsWith("ly") && !PEOPLE.has(m.norm);
}

/** Heads of technique phrases: "a gap analysis", "a load test", "a time study". */
const TECHNIQUE_HEADS: ReadonlyMap<string, HardField> = new Map([
  ["analysis", "data"], ["audit", "operations"], ["survey", "data"], ["test", "technology"], ["testing", "technology"],
  ["mapping", "operations"], ["inspection", "engineering"], ["assessment", "operations"], ["calculation", "finance"],
  ["calculations", "finance"], ["simulation", "engineering"], ["benchmarking", "operations"], ["benchmark", "operations"],
  ["experiment", "data"], ["forecast", "finance"], ["modeling", "data"], ["reconciliation", "finance"],
]);

/**
 * Disciplines, each with the field it belongs to. Before a plain method noun (DISCIPLINE_HEADS) they make
 * it a field's method told in everyday words: "the legal strategy", "a treatment plan", "my clinical judgement".
 */
const DISCIPLINES: ReadonlyMap<string, HardField> = new Map([
  ...["legal", "regulatory", "policy", "compliance", "tax", "audit"].map((w) => [w, "operations"] as const),
  ...["financial", "fiscal", "actuarial", "accounting", "credit", "pricing", "budget", "cost"].map((w) => [w, "finance"] as const),
  ...["clinical", "medical", "surgical", "nursing", "diagnostic", "pharmaceutical", "treatment", "care", "safety"].map((w) => [w, "healthcare"] as const),
  ...["structural", "electrical", "mechanical", "environmental", "chemical", "hydraulic", "architectural", "engineering", "design"].map((w) => [w, "engineering"] as const),
  ...["statistical", "analytical", "quantitative", "qualitative", "data", "market"].map((w) => [w, "data"] as const),
  ...["pedagogical", "instructional", "curriculum", "lesson", "behaviour", "behavior"].map((w) => [w, "education"] as const),
]);

/** Method nouns too plain to name a technique with any modifier ("a strategy", "the plan"), but a field's method after a discipline. */
const DISCIPLINE_HEADS = setOf([
  "strategy", "strategies", "research", "review", "plan", "plans", "report", "model", "framework", "judgement", "judgment",
  "precedent", "precedents", "protocol", "protocols", "procedure", "procedures", "evaluation", "specification", "specifications",
  "drawings", "checks", "advice", "opinion", "argument", "arguments",
]);

const NOT_MODIFIERS = setOf([
  "the", "a", "an", "my", "our", "their", "his", "her", "its", "this", "that", "these", "those", "quick", "full",
  "proper", "simple", "short", "small", "big", "first", "new", "detailed", "thorough", "careful", "rough", "basic",
  "some", "any", "each", "every", "whole", "own", "formal", "informal", "initial", "final", "further", "more",
  "whose", "which", "what", "whatever", "your", "common", "usual", "main", "same", "other", "most",
]);

/** "I ran a gap analysis", "did a load test": a named technique as the object of the narrator's act. */
function findTechniques(ctx: Ctx, s: Sentence, out: HardMention[]): void {
  const { tokens } = ctx;
  let actSeen = false;
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (ctx.actTok[i]) actSeen = true;
    if (!actSeen || ctx.skillTok[i] || t.kind !== "word") continue;
    const discipline = DISCIPLINE_HEADS.has(t.norm) ? DISCIPLINES.get(tokens[i - 1]?.norm ?? "") : undefined;
    if (discipline !== undefined && i - 1 >= s.bodyStart && !ctx.skillTok[i - 1]) {
      const mod = tokens[i - 1]!;
      out.push({ term: `${mod.norm} ${t.norm}`, field: discipline, span: span(mod, t), sentence: s.index, status: statusAt(ctx, i, s.index) });
      ctx.skillTok[i - 1] = ctx.skillTok[i] = 1;
      continue;
    }
    const field = TECHNIQUE_HEADS.get(t.norm);
    if (field === undefined) continue;
    let k = i - 1;
    while (k > s.bodyStart && tokens[k]?.raw === "-") k -= 2;
    const mod = tokens[k];
    const modHead = tokens[i - 1];
    if (!mod || !modHead || mod.kind !== "word" || modHead.kind === "punct" && modHead.raw !== "-") continue;
    if (NOT_MODIFIERS.has(mod.norm) || ctx.skillTok[k] || ctx.actTok[k] || isPastVerb(mod.norm) || PEOPLE.has(mod.norm) || mod.norm.length < 3) continue;
    // A named method is named whole: "the Read Write Inc assessment", not "inc assessment".
    let first = k;
    if (/^[A-Z]/.test(mod.raw)) while (first - 1 >= s.bodyStart && /^[A-Z]/.test(tokens[first - 1]?.raw ?? "") && tokens[first - 1]?.kind === "word" && tokens[first - 1]?.norm !== "i" && !ctx.skillTok[first - 1]) first--;
    const term = first < k ? `${tokens.slice(first, k + 1).map((w) => w.raw).join(" ")} ${t.norm}` : `${mod.norm} ${t.norm}`;
    out.push({ term, field, span: span(tokens[first]!, t), sentence: s.index, status: statusAt(ctx, i, s.index) });
    for (let q = first; q <= i; q++) ctx.skillTok[q] = 1;
  }
}

const CALENDAR_WORDS = setOf([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
  "may", "june", "july", "august", "september", "october", "november", "december", "christmas", "easter", "q1", "q2",
  "q3", "q4",
]);

/** "using Kobo", "in SAP", "into PowerApps": a named tool as the instrument of the narrator's act. */
function findNamedTools(ctx: Ctx, s: Sentence, out: HardMention[]): void {
  const { tokens } = ctx;
  let actSeen = false;
  for (let i = s.bodyStart; i < s.tokenEnd - 1; i++) {
    const p = tokens[i];
    if (!p) continue;
    if (ctx.actTok[i]) actSeen = true;
    if (!actSeen || p.kind !== "word" || !(TOOL_PREPS.has(p.norm) || p.norm === "from")) continue;
    // "in our Tripleseat", "from the PMS": a possessive or article may stand before the tool's name.
    const at = tokens[i + 1]?.norm === "our" || tokens[i + 1]?.norm === "the" ? i + 2 : i + 1;
    const t = tokens[at];
    if (!t || t.kind !== "word" || ctx.skillTok[at] || CALENDAR_WORDS.has(t.norm) || PEOPLE.has(t.norm)) continue;
    if (NARRATOR_SUBJECTS.has(t.norm) || t.raw.length < 2) continue;
    const capital = /^[A-Z]/.test(t.raw);
    const shaped = /^[A-Z]{2,}[A-Za-z0-9]*$/.test(t.raw) || /^[A-Z][a-z]+[A-Z]/.test(t.raw) || /\d/.test(t.raw);
    // A capitalised name right after a data or artifact noun ("the order form in Tripleseat", "reports from Opera").
    const afterArtifact = capital && p.norm !== "on" && artifactBefore(tokens, i, s);
    if (!(shaped || afterArtifact || (capital && (p.norm === "using" || p.norm === "via")))) continue;
    if (p.norm === "from" && !afterArtifact) continue;
    // The whole name: "Meta Business Suite", "Power BI", not its first word (at most four words).
    let end = at;
    while (end + 1 < Math.min(s.tokenEnd, at + 4) && tokens[end + 1]?.kind === "word" && /^[A-Z]/.test(tokens[end + 1]?.raw ?? "") && !ctx.skillTok[end + 1]) end++;
    const last = tokens[end] ?? t;
    out.push({ term: tokens.slice(at, end + 1).map((x) => x.raw).join(" "), field: "business-tools", span: span(t, last), sentence: s.index, status: statusAt(ctx, at, s.index) });
    for (let k = at; k <= end; k++) ctx.skillTok[k] = 1;
  }
}

function artifactBefore(tokens: Token[], prep: number, s: Sentence): boolean {
  const w = tokens[prep - 1];
  if (!w || prep - 1 < s.bodyStart || w.kind !== "word") return false;
  return DATA_NOUNS.has(w.norm) || ARTIFACTS.has(w.norm) || (w.sing1 !== "" && ARTIFACTS.has(w.sing1));
}

const SPECIFIC_ARTIFACTS = setOf([
  "checklist", "template", "tracker", "script", "macro", "map", "playbook", "flowchart", "diagram", "protocol",
  "scorecard", "rubric", "wireframe", "prototype", "calculator", "database", "query", "dataset", "simulation",
]);

const ANALYSIS_VERBS = setOf([
  "analyzed", "audited", "modeled", "benchmarked", "reconciled", "surveyed", "measured", "tracked", "logged", "tested",
  "calculated", "plotted", "charted", "graphed", "segmented", "sampled", "crunched", "cross-referenced", "compared",
  "analyze", "audit", "track", "log", "test", "calculate", "compare", "mapped", "coded", "pulled", "exported", "queried",
  "reviewed", "examined", "studied", "cleaned", "merged", "matched", "cross-checked", "validated", "categorized", "classified",
  "tagged", "scored", "ranked", "filtered", "sorted", "extracted", "downloaded", "collated", "mined", "traced", "profiled",
  "forecast", "forecasted", "monitored", "cross-tabulated", "dug", "combed", "went",
]);

/** Data a narrator works with; a people act that carries them ("showed the site manager the readings") carries the work. */
export const DATA_NOUNS = setOf([
  "data", "numbers", "figures", "results", "records", "logs", "responses", "scores", "trends", "statistics", "stats",
  "metrics", "readings", "measurements", "timings", "invoices", "transactions", "reports", "files", "histories", "entries",
  "volumes", "bookings", "claims", "counts", "hits", "tables", "spreadsheets", "exports", "extracts", "rates", "samples",
  "returns", "appointments", "referrals", "prescriptions", "orders", "scans", "rejects", "notes", "minutes", "history", "log",
]);

/** Verbs that name a technique in themselves: what they work on need not be data ("analysed the case law", "audited the fire doors"). */
const TECHNIQUE_VERBS = setOf(["analyzed", "audited", "reconciled", "benchmarked", "modeled"]);

/** What anyone can "analyse" without a technique: "analysed the situation" tells no method. */
const VAGUE_OBJECTS = setOf(["situation", "situations", "problem", "problems", "issue", "issues", "matter", "options", "circumstances", "everything", "it", "them", "what", "how", "why"]);

/** Words that end what a technique verb worked on: "analysed the case law before the hearing". */
const OBJECT_ENDS = setOf([...PEOPLE_PREPS, ...SUBORDINATORS, "and", "or", "in", "on", "at", "by", "from", "of", "into", "that", "as", "than"]);

/**
 * "analysed the relevant case law": what a technique verb worked on, past any article or possessive, as
 * the indexes of its first and last words (at most four), or null when it names nothing ("analysed the situation").
 */
function techniqueObjectAt(ctx: Ctx, verb: number, end: number): { first: number; last: number } | null {
  const { tokens } = ctx;
  let k = verb + 1;
  while (k < end && DETERMINERS.has(tokens[k]?.norm ?? "")) k++;
  const t = tokens[k];
  if (!t || k >= end || t.kind !== "word" || ctx.skillTok[k] || PEOPLE.has(t.norm) || VAGUE_OBJECTS.has(t.norm)) return null;
  let last = k;
  while (last + 1 < Math.min(end, k + 4)) {
    const n = tokens[last + 1];
    if (!n || n.kind !== "word" || ctx.skillTok[last + 1] || OBJECT_ENDS.has(n.norm) || newVerbAt(tokens, last + 1)) break;
    last++;
  }
  return { first: k, last };
}

/** A past verb that starts a new act; "wrote a detailed project plan": an -ed word right after an article describes the noun. */
function newVerbAt(tokens: Token[], k: number): boolean {
  return isPastVerb(tokens[k]?.norm ?? "") && !DETERMINERS.has(tokens[k - 1]?.norm ?? "");
}

const OBJECT_PRONOUNS = setOf(["him", "her", "them", "me", "us"]);

/** "analysed the attendance data": the data noun within the act of the verb at `verb`, or -1. */
function dataNounAt(ctx: Ctx, s: Sentence, verb: number): number {
  const { tokens } = ctx;
  for (let k = verb + 1; k < Math.min(s.tokenEnd, verb + 8); k++) {
    const t = tokens[k];
    if (!t || t.kind === "punct" || ctx.skillTok[k]) return -1;
    if (k > verb + 1 && (newVerbAt(tokens, k) || t.norm === "and" || PEOPLE_PREPS.has(t.norm))) return -1;
    // "reviewed him within 20 minutes": a person reviewed, and minutes of the clock, not of a meeting.
    if (k === verb + 1 && OBJECT_PRONOUNS.has(t.norm)) return -1;
    if (TIME.has(t.norm) && tokens[k - 1]?.kind === "number") return -1;
    if (DATA_NOUNS.has(t.norm)) return k;
  }
  return -1;
}

/** "I analysed the attendance data", "tracked the readings": working with data is a hard skill in use. */
function findDataWork(ctx: Ctx, s: Sentence, out: HardMention[]): void {
  const { tokens } = ctx;
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    const v = tokens[i];
    if (!v || !ctx.actTok[i] || !ANALYSIS_VERBS.has(v.norm) || ctx.skillTok[i]) continue;
    // "went back through six months of run files": only with "through".
    if (v.norm === "went" && !(tokens[i + 1]?.norm === "through" || (tokens[i + 1]?.norm === "back" && tokens[i + 2]?.norm === "through"))) continue;
    const k = dataNounAt(ctx, s, i);
    if (k >= 0) {
      out.push({ term: "data analysis", field: "data", span: span(v, tokens[k]!), sentence: s.index, status: statusAt(ctx, i, s.index) });
      for (let q = i; q <= k; q++) ctx.skillTok[q] = 1;
      continue;
    }
    const object = TECHNIQUE_VERBS.has(v.norm) ? techniqueObjectAt(ctx, i, s.tokenEnd) : null;
    if (!object) continue;
    out.push({ term: "analysis", field: "data", span: span(v, tokens[object.last]!), sentence: s.index, status: statusAt(ctx, i, s.index) });
    // The verb and the object's first word are the skill; the rest of the object stays readable as context ("three sites").
    for (let q = i; q <= object.first; q++) ctx.skillTok[q] = 1;
  }
}

function findArtifacts(ctx: Ctx, s: Sentence, out: HardMention[]): void {
  const { tokens } = ctx;
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    const v = tokens[i];
    if (!v || !ctx.actTok[i] || ctx.skillTok[i]) continue;
    const built = BUILD_VERBS.has(v.norm);
    for (let k = i + 1; k < Math.min(s.tokenEnd, i + 8); k++) {
      const t = tokens[k];
      if (!t || (t.kind === "punct" && t.raw !== "-")) break;
      if (ctx.skillTok[k]) break;
      const noun = ARTIFACTS.has(t.norm) ? t.norm : t.sing1;
      const field = ARTIFACTS.get(noun);
      // Building anything on the list shows craft; merely using it counts only for specific artifacts.
      // A generic artifact counts only when the narrator or the team made it ("they agreed a swap system" does not).
      const own = ctx.actors[i] === "narrator" || ctx.actors[i] === "team" || ctx.actors[i] === "fragment" || ctx.actors[i] === "passive";
      if (field !== undefined && (built || SPECIFIC_ARTIFACTS.has(noun)) && (!GENERIC_ARTIFACTS.has(noun) || (own && domainModified(tokens, k, i)))) {
        out.push({ term: t.sing1 !== "" && ARTIFACTS.has(t.sing1) ? t.sing1 : t.norm, field, span: span(t, t), sentence: s.index, status: statusAt(ctx, k, s.index) });
        break;
      }
      if (k > i + 1 && (newVerbAt(tokens, k) || PEOPLE_PREPS.has(t.norm))) break;
    }
  }
}

export function findHard(ctx: Ctx): HardMention[] {
  const out: HardMention[] = [];
  for (const s of ctx.sentences) {
    for (const m of HARD_MATCHER.matchAll(ctx.tokens, s.tokenStart, s.tokenEnd)) {
      // "end-of-unit tests" is no "unit tests": a skill's words joined by a hyphen to the word before are part of another compound.
      if (m.tokEnd - m.tokStart > 1 && innerHyphen(ctx.tokens, m.tokStart - 1)) continue;
      for (let k = m.tokStart; k < m.tokEnd; k++) ctx.skillTok[k] = 1;
      let status = statusAt(ctx, m.tokStart, s.index);
      if (status === "narrator" && governedByBuzzVerb(ctx.tokens, m.tokStart, s)) status = "mentioned";
      out.push({ term: m.value.term, field: m.value.field, span: { start: m.start, end: m.end }, sentence: s.index, status });
    }
    findTechniques(ctx, s, out);
    findNamedTools(ctx, s, out);
    findDataWork(ctx, s, out);
    findArtifacts(ctx, s, out);
  }
  return out;
}

const BUZZ_VERBS = setOf(["leveraged", "leverage", "leveraging", "utilized", "harnessed", "drove", "spearheaded", "championed", "synergized", "synergize", "synergizing"]);

/** "Leveraging data-driven insights and agile methodologies": a word a buzz verb governs is named, not used. */
export function governedByBuzzVerb(tokens: Token[], at: number, s: Sentence): boolean {
  for (let k = at - 1; k >= Math.max(s.tokenStart, at - 6); k--) {
    const t = tokens[k];
    if (!t) break;
    if (BUZZ_VERBS.has(t.norm)) return true;
    // "data-driven": a participle inside a hyphenated modifier is no verb of its own.
    if (isPastVerb(t.norm) && tokens[k - 1]?.raw !== "-") return false;
  }
  return false;
}
