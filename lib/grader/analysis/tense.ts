// Stage (before all others): the narrative present. One past occasion told in the present tense, as people
// tell a story aloud ("So last Tuesday a collie comes in... I run a clotting test and it comes back at 90
// seconds"), is the past it tells, not a routine. When a story is anchored on one past occasion and its
// narrator's verbs are mostly present, the verbs of its sentences are read as past: their tokens get the past
// form as `norm` (the raw text and every offset stay as written, so evidence still quotes the words used).
// Blind spot: a verb after a noun subject is found only when it is a known verb ("the owner agrees").
import { SOFT_SKILLS } from "../lexicon/soft-skills";
import type { Sentence, Token } from "../text";
import { isPastVerb, setOf } from "./core";

/** After "last": the units that name one past occasion ("last Tuesday", "last winter", "last night"). */
const LAST_UNITS = setOf([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year", "winter", "spring", "summer",
  "autumn", "fall", "night", "shift", "weekend", "term", "christmas", "easter", "quarter", "season", "semester",
]);
/** After "one": a single occasion ("one night", "one Saturday"). */
const ONE_UNITS = setOf([
  "day", "night", "morning", "afternoon", "evening", "shift", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);
const AGO_UNITS = setOf(["days", "weeks", "months", "years", "day", "week", "month", "year"]);
const COUNT_WORDS = setOf(["a", "two", "three", "four", "five", "six", "few", "couple", "several"]);

/** Words in a sentence that make its present a habit or the narrator's present, not the occasion ("I always", "I still think"). */
const HABIT_WORDS = setOf(["always", "usually", "normally", "typically", "generally", "often", "nowadays", "still", "whenever", "sometimes", "tend", "every", "now", "today"]);
const SUBJECTS = setOf(["i", "we", "he", "she", "they", "it", "you"]);
const THIRD_PERSON = setOf(["he", "she", "it"]);
const SKIPPED = setOf(["also", "then", "just", "quickly", "straight", "immediately", "first", "finally", "eventually", "really", "even", "only", "both", "all", "calmly", "carefully", "gently"]);
const AUXILIARIES = setOf(["would", "could", "should", "will", "can", "may", "might", "must", "shall", "won't", "can't", "wouldn't", "couldn't", "shouldn't"]);
const BE_PAST: ReadonlyMap<string, string> = new Map([
  ["am", "was"], ["'m", "was"], ["is", "was"], ["'s", "was"], ["are", "were"], ["'re", "were"], ["has", "had"], ["have", "had"],
  ["do", "did"], ["does", "did"], ["don't", "didn't"], ["doesn't", "didn't"], ["isn't", "wasn't"], ["aren't", "weren't"],
]);
const JOINERS = setOf(["and", "then", "so", "but"]);
/** Words that cannot end a subject before its verb: "the tests", "our plans", "of checks". */
const NOT_SUBJECT_ENDS = setOf([
  "the", "a", "an", "our", "my", "their", "his", "her", "its", "your", "this", "that", "these", "those", "some", "any", "all", "of", "and",
  "or", "to", "for", "with", "in", "on", "at", "by", "from", "more", "few", "many", "several", "two", "three", "four", "five",
]);

/** Irregular pasts by base form; any other verb takes -ed. */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  (
    "go went,come came,get got,give gave,take took,make made,run ran,see saw,say said,tell told,find found,think thought,know knew," +
    "feel felt,keep kept,leave left,bring brought,buy bought,build built,send sent,spend spent,stand stood,sit sat,hold held,meet met," +
    "lead led,read read,put put,set set,cut cut,let let,hit hit,shut shut,begin began,break broke,choose chose,draw drew,drive drove," +
    "eat ate,fall fell,fight fought,fly flew,forget forgot,grow grew,hear heard,hide hid,lose lost,mean meant,pay paid,ring rang,rise rose," +
    "sell sold,shake shook,sing sang,sink sank,speak spoke,spin spun,stick stuck,swim swam,teach taught,throw threw,understand understood," +
    "wake woke,wear wore,win won,write wrote,catch caught,deal dealt,lay laid,seek sought,sleep slept,sweep swept,bend bent,lend lent," +
    "feed fed,become became,rebuild rebuilt,redo redid,rewrite rewrote,undertake undertook,oversee oversaw,withdraw withdrew," +
    "strike struck,light lit,slide slid,wind wound,tear tore,ride rode,hang hung,dig dug,upset upset,quit quit,spread spread"
  )
    .split(",")
    .map((pair) => pair.split(" ") as [string, string]),
);

/** Verbs known by their base form: the irregular ones, the soft-skill lexicon's and common verbs of telling a story. */
const KNOWN_VERBS = setOf([
  ...IRREGULAR.keys(),
  ...Object.values(SOFT_SKILLS).flatMap((entries) => entries.map((e) => e.split(/[>+ ]/)[0] ?? "")).filter((w) => w.length > 2),
  ..."agree arrive ask call check start stop drop open close notice spot look turn pull push pick walk talk answer decide realise realize try need want help use change fix test measure order book move phone email text radio page calm settle seem happen appear reply return finish continue stay wait bleed collapse vomit refuse accept sign jump climb improve recover pass fail miss reach clear remove replace repair rewire isolate inspect examine assess scan monitor record log document flag note clean prepare cook serve load unload lift carry deliver drive park reverse brake".split(" "),
]);

/** The base form of a present verb ("comes" → "come", "carries" → "carry", "fixes" → "fix"), or "" when it is not one. */
function baseOf(norm: string, thirdPerson: boolean): string {
  if (!thirdPerson) return norm;
  if (!norm.endsWith("s") || norm.endsWith("ss")) return "";
  const candidates = [norm.slice(0, -1), norm.endsWith("es") ? norm.slice(0, -2) : "", norm.endsWith("ies") ? `${norm.slice(0, -3)}y` : ""];
  return candidates.find((c) => c !== "" && KNOWN_VERBS.has(c)) ?? norm.slice(0, -1);
}

/** The past of a base form: irregular, or -ed with the spelling rules ("stop" → "stopped", "carry" → "carried"). */
export function pastOf(base: string): string {
  const irregular = IRREGULAR.get(base);
  if (irregular) return irregular;
  if (base.endsWith("e")) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  // One syllable ending consonant-vowel-consonant doubles its last letter: "stop", "plan", "drop".
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base)) return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}

/** What may come before the anchor: the sentence's start, a comma or a spoken opener ("So last Tuesday", "Well, yesterday"). */
const ANCHOR_OPENERS = setOf(["so", "well", "and", "but", "then", "right", "ok", "okay", "just"]);

/**
 * One past occasion named at the start of a clause in the story's first two sentences ("last Tuesday",
 * "yesterday", "one night", "two weeks ago", "the other day"): the index of the sentence that names it, or -1.
 * "from the last shift" or "out of the class one day" name no occasion.
 */
function occasionSentence(tokens: readonly Token[], sentences: readonly Sentence[]): number {
  for (const s of sentences.slice(0, 2)) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const w = tokens[k]?.norm ?? "";
      const next = tokens[k + 1]?.norm ?? "";
      let start = -1;
      if (w === "yesterday" || (w === "last" && LAST_UNITS.has(next)) || (w === "one" && ONE_UNITS.has(next))) start = k;
      else if (w === "the" && next === "other" && ["day", "week", "night"].includes(tokens[k + 2]?.norm ?? "")) start = k;
      else if (AGO_UNITS.has(w) && next === "ago" && (tokens[k - 1]?.kind === "number" || COUNT_WORDS.has(tokens[k - 1]?.norm ?? ""))) start = tokens[k - 2]?.norm === "a" ? k - 2 : k - 1;
      if (start < 0) continue;
      const before = tokens[start - 1];
      if (start <= s.bodyStart || !before || before.kind === "punct" || ANCHOR_OPENERS.has(before.norm)) return s.index;
    }
  }
  return -1;
}

/** The verb after a subject pronoun at `k` (over adverbs), or -1. */
function verbAfterSubject(tokens: readonly Token[], k: number, end: number): number {
  let v = k + 1;
  while (v < end && (SKIPPED.has(tokens[v]?.norm ?? "") || /^[a-z]{3,}ly$/.test(tokens[v]?.norm ?? ""))) v++;
  return v < end && tokens[v]?.kind === "word" ? v : -1;
}

function habitual(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (HABIT_WORDS.has(tokens[k]?.norm ?? "")) return true;
  return false;
}

/** The past form a present verb at `v` takes, or null when it is no present verb. */
function pastAt(tokens: readonly Token[], v: number, thirdPerson: boolean, known: boolean): string | null {
  const t = tokens[v];
  if (!t || t.kind !== "word" || AUXILIARIES.has(t.norm) || isPastVerb(t.norm) || t.norm.endsWith("ing")) return null;
  const be = BE_PAST.get(t.norm);
  if (be) return be;
  const base = baseOf(t.norm, thirdPerson);
  if (base === "" || (known && !KNOWN_VERBS.has(base))) return null;
  return pastOf(base);
}

/**
 * Tokens with the narrative present read as past, or the tokens as given when the story is not told that way:
 * it must name one past occasion in its first two sentences, and from there tell the narrator's acts ("I" or
 * "we") in the present first and mostly.
 */
export function narrativePresent(tokens: Token[], sentences: readonly Sentence[]): Token[] {
  const anchor = occasionSentence(tokens, sentences);
  if (anchor < 0) return tokens;
  // From the occasion on: the narrator's first verb is present, and present verbs outnumber past ones.
  let present = 0;
  let past = 0;
  for (const s of sentences.slice(anchor)) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const w = tokens[k]?.norm ?? "";
      if (w !== "i" && w !== "we") continue;
      const v = verbAfterSubject(tokens, k, s.tokenEnd);
      if (v < 0) continue;
      if (isPastVerb(tokens[v]?.norm ?? "")) {
        if (present === 0) return tokens;
        past++;
      } else if (!habitual(tokens, s) && pastAt(tokens, v, false, true) !== null) present++;
    }
  }
  if (present < 2 || present <= past) return tokens;
  const out = tokens.slice();
  const setPast = (k: number, norm: string) => {
    const t = out[k];
    if (t) out[k] = { ...t, norm, sing1: "", sing2: "" };
  };
  for (const s of sentences) {
    if (habitual(tokens, s)) continue;
    let lastVerb = -1;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k];
      if (!t || t.kind !== "word") continue;
      const be = BE_PAST.get(t.norm);
      if (be && k > s.tokenStart && t.norm !== "'s" && !AUXILIARIES.has(tokens[k - 1]?.norm ?? "") && tokens[k - 1]?.norm !== "to") {
        setPast(k, be);
        lastVerb = k;
        continue;
      }
      if (SUBJECTS.has(t.norm)) {
        const v = verbAfterSubject(tokens, k, s.tokenEnd);
        const p = v < 0 ? null : pastAt(tokens, v, THIRD_PERSON.has(t.norm), false);
        if (p !== null) {
          setPast(v, p);
          lastVerb = v;
          k = v;
        }
        continue;
      }
      // "I show the owner the result and explain what it means": a known verb after "and" goes with the one before.
      if (JOINERS.has(t.norm) && lastVerb >= 0) {
        const p = pastAt(tokens, k + 1, false, true);
        if (p !== null && !SUBJECTS.has(tokens[k + 1]?.norm ?? "")) {
          setPast(k + 1, p);
          lastVerb = k + 1;
          k++;
        }
        continue;
      }
      // "a collie comes in", "the owner agrees": a known verb in -s after a noun.
      const prev = tokens[k - 1];
      // "the blood tests came back", "three tests": a plural noun, not a verb.
      const next = tokens[k + 1];
      if (prev && prev.kind === "word" && !SUBJECTS.has(prev.norm) && !NOT_SUBJECT_ENDS.has(prev.norm) && t.norm.endsWith("s") && !(next && next.kind === "word" && (isPastVerb(next.norm) || KNOWN_VERBS.has(next.norm)))) {
        const p = pastAt(tokens, k, true, true);
        if (p !== null && KNOWN_VERBS.has(baseOf(t.norm, true))) {
          setPast(k, p);
          lastVerb = k;
        }
      }
    }
  }
  return out;
}
