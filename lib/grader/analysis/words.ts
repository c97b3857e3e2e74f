// Word sets and small word predicates that several stages read (subjects, determiners, clause
// openers, time units, metrics...). A set used by one stage lives in that stage.
import { BUZZWORDS, DIRECTION_WORDS, FINDING_VERBS, METRIC_WORDS, NUMBER_WORDS, ORDINAL_WORDS, PROBLEM_WORDS, TIME_UNITS } from "../lexicon/words";
import { PhraseMatcher } from "../matcher";
import type { Token } from "../text";
import { setOf } from "./core";

// A Map, not an object lookup: "__proto__" or "constructor" in the text must not read as a number.
export const NUMBER_VALUE: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_WORDS));

export const FINDING = setOf(FINDING_VERBS);
export const DIRECTION = setOf(DIRECTION_WORDS);
export const METRIC = setOf(METRIC_WORDS);
export const TIME = setOf(TIME_UNITS);
/** One-word buzzwords ("leveraged", "synergies"): padding, never a skill or an act with people. */
export const BUZZ_WORDS = setOf(BUZZWORDS.filter((w) => !w.includes(" ")));

/** A time unit as written ("an hour", "2 hrs"), not an acronym in capitals ("an HR manager": human resources). */
export function isTimeUnit(t: Token | undefined): boolean {
  return t !== undefined && TIME.has(t.norm) && !/^[A-Z]{2,3}$/.test(t.raw);
}

export const ORDINAL = setOf(ORDINAL_WORDS);
export const PROBLEM_MATCHER = new PhraseMatcher<string>(PROBLEM_WORDS.map((w) => [w, w] as const));
export const NARRATOR_SUBJECTS = setOf(["i", "i'm", "i've", "i'd", "i'll", "myself"]);
export const TEAM_SUBJECTS = setOf(["we", "we've", "we'd", "we're", "we'll"]);
export const DETERMINERS = setOf(["the", "a", "an", "their", "his", "her", "its", "this", "that", "these", "those", "every", "each", "both", "all", "our", "your"]);

export const ADVERBS = setOf([
  "then", "also", "personally", "quickly", "first", "just", "finally", "eventually", "actually", "still", "immediately",
  "ultimately", "simply", "later", "next", "carefully", "initially", "myself", "together", "really", "only", "instead",
  "deliberately", "gradually", "jointly", "directly", "alone", "even", "soon", "specifically",
]);

export const SUBORDINATORS = setOf([
  "while", "when", "whereas", "but", "because", "although", "though", "which", "who", "where", "until", "once", "so",
  "since", "unless", "if", "after", "before", "whilst", "whenever",
]);

export const SITUATION_LEADS = setOf(["when", "while", "whereas", "whilst", "before"]);
export const CLAUSE_PUNCT = setOf([",", ";", ":", "(", ")", "—", "–", "[", "]", '"']);
export const BE = setOf(["was", "were", "been", "being", "is", "are", "get", "got"]);
export const PURPOSE_BREAKERS = setOf(["the", "a", "an", "my", "our", "their", "his", "her", "its", "this", "that", "them", "him", "me", "us", "it", "about", "around", "roughly", "nearly", "almost", "over", "under", "just", "only", "some", "more", "less", "fewer", "zero", "none", "nobody"]);

export const MONTHS_SEASONS = setOf([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "spring", "summer", "autumn", "fall", "winter", "term", "half-term", "launch", "rollout", "release",
  "revision", "change", "go-live", "end", "pilot", "assessment", "review", "audit", "year", "quarter", "month", "week",
  "season", "cut-over", "migration", "deadline",
]);

export function isNarratorSubject(norm: string): boolean {
  return NARRATOR_SUBJECTS.has(norm);
}

export function singular(w: string): string {
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) return w.slice(0, -1);
  return w;
}

export const PEOPLE_PREPS = setOf(["to", "for", "with", "alongside", "among", "between"]);

export const MEETING_WORDS = setOf([
  "meeting", "meetings", "huddle", "huddles", "workshop", "workshops", "session", "sessions", "stand-up", "standup",
  "sync", "call", "calls", "town", "webinar", "briefing", "briefings", "retrospective", "retro", "training", "demo",
  "presentation", "review", "interview", "interviews", "class", "classes", "lesson", "lessons", "shift", "shifts",
]);

const WORK_PLACE_PREPS = setOf(["as", "at", "for", "in"]);

/**
 * "where I work as pharmacist", "I work at a 40-bed hospice": "work" before a job or a workplace ("as a
 * nurse", "at a bakery", "for the council", "in a busy A&E") names the setting, not a habit or a routine.
 */
export function namesWorkplace(verb: string, next: string | undefined): boolean {
  return (verb === "work" || verb === "works") && WORK_PLACE_PREPS.has(next ?? "");
}

/** Past participles spelled unlike the past tense, so isPastVerb does not know them: "had gone", "I've run". */
export const PARTICIPLES = setOf([
  "been", "gotten", "overrun", "run", "done", "taken", "written", "given", "driven", "shown", "grown", "begun", "overseen",
  "undertaken", "spoken", "chosen", "drawn", "ridden", "flown", "worn", "become", "come", "gone",
]);

/** "It took all night", "took us a few sprints": how long something took, a time unit within four words of "took". */
export function tookTime(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.norm !== "took") return false;
  for (let k = i + 1; k <= i + 4; k++) if (TIME.has(tokens[k]?.norm ?? "")) return true;
  return false;
}

/** Verbs of a state turning for the worse, and of someone dropping out of the help they were given. */
const WORSENING = setOf(["deteriorated", "worsened", "relapsed", "regressed"]);
const BECOMING_WORSE = setOf(["got", "became", "grew", "went"]);
const DISENGAGING = setOf(["attending", "coming", "engaging", "responding", "answering", "returning", "participating"]);

/**
 * "his condition got worse", "her mobility deteriorated", "he stopped attending": how it ended, for the
 * worse ("the errors stopped" and "stopped smoking" are not: only dropping out of the help counts).
 */
export function turnsForWorse(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.norm ?? "";
  if (WORSENING.has(w)) return true;
  if (w === "worse") return BECOMING_WORSE.has(tokens[i - 1]?.norm ?? "") || (BECOMING_WORSE.has(tokens[i - 2]?.norm ?? "") && tokens[i - 1]?.norm === "even");
  return w === "stopped" && DISENGAGING.has(tokens[i + 1]?.norm ?? "");
}

/** Reactions that undo something, and the words for the narrator's own trial they undo. */
const UNDOING = setOf(["dropped", "scrapped", "cancelled", "canceled", "paused", "abandoned", "shelved"]);
const UNDONE_WORK = setOf(["pilot", "trial", "idea", "scheme", "project", "proposal", "plan", "logger", "tool", "system", "app", "initiative", "rollout", "roll-out", "model", "change", "changes", "programme", "program"]);

/** "the pharmacy manager scrapped it", "they dropped the pilot": the work undone, a failure ("scrapped the paper forms" is none). */
export function undoesWork(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.norm ?? "";
  const prev = tokens[i - 1]?.norm ?? "";
  // "the project was shelved": the passive names the work before the verb.
  const passive = (prev === "was" || prev === "were") && [2, 3, 4].some((d) => UNDONE_WORK.has(tokens[i - d]?.norm ?? ""));
  return UNDOING.has(tokens[i]?.norm ?? "") && (next === "it" || next === "them" || passive || UNDONE_WORK.has(tokens[i + 2]?.norm ?? "") || UNDONE_WORK.has(tokens[i + 3]?.norm ?? ""));
}
