// Stage: how the story ended, told in its last two sentences of someone else ("he calmed down", "her
// medicines were working again"), of the team with an outcome verb ("we finished on schedule"), or of
// the narrator with one ("I resolved it", "I was able to finish the demo"): an outcome even without a
// number (ANNOTATION.md: a real outcome without a number is a partial result).
import type { PlainMention } from "./types";
import { afterAbleTo, isPastVerb, PEOPLE, setOf, type Actor, type Ctx } from "./core";
import { ADVERBS, DETERMINERS, DIRECTION, MEETING_WORDS, NUMBER_VALUE, tookTime, turnsForWorse, undoesWork } from "./words";

const CLOSING_SUBJECT_ACTORS = new Set<Actor>(["other", "passive", "team"]);
/** What a team's closing verb must say to be how it ended ("we finished on schedule"), not one more act ("we ran a campaign"). */
const TEAM_OUTCOME_VERBS = setOf([
  "finished", "completed", "delivered", "met", "hit", "reached", "won", "secured", "closed", "avoided", "achieved",
  "passed", "caught", "served", "recovered", "restored", "kept", "beat", "exceeded", "succeeded", "resolved", "saved", "got",
  "prevented", "averted",
]);
/** The narrator's own closing verb that tells how it ended ("I resolved it", "I calmed the situation down"). */
const NARRATOR_OUTCOME_VERBS = setOf([...TEAM_OUTCOME_VERBS, "fixed", "solved", "calmed", "turned", "persuaded", "convinced"]);
/** What the narrator was given for the work, told in the passive ("I was recognised with the company's award", "I was promoted"): a granted award or level (ANNOTATION.md: a partial result). */
const NARRATOR_GRANTED = setOf(["recognised", "recognized", "awarded", "promoted", "commended", "praised", "nominated", "shortlisted", "named", "appointed"]);
/** What a narrator can be given or offered for the work: a term, a contract, a rise. */
const GRANTS = setOf(["extension", "extra", "contract", "raise", "rise", "bonus", "promotion", "award", "permanent", "place", "position", "job", "role", "pay"]);
/** After "was able to" or "managed to": the outcome in its base form ("I was able to finish the presentation"). */
const ABLE_OUTCOME_VERBS = setOf([
  "finish", "fix", "solve", "resolve", "restore", "win", "secure", "meet", "reach", "deliver", "complete", "calm", "turn", "keep", "get", "stand", "save",
  "close", "recover", "pass", "avoid", "achieve", "hit", "address", "settle", "sort", "bring", "convince", "persuade", "retain", "prevent", "stop", "clear",
  "launch", "open", "reduce", "cut", "improve", "raise", "increase", "catch", "land", "return", "ease",
]);
/** After "was able to": seeing or learning something is no outcome ("they were able to see the gap"). */
const INSIGHT_BASES = setOf(["see", "learn", "understand", "realize", "realise", "think", "feel", "know", "tell", "say", "ask"]);
/** "allowed me to resolve it", "enabled us to ship": what the work let the narrator or the team bring about. */
const ENABLERS = setOf(["allowed", "enabled", "helped", "let"]);
const ENABLED = setOf(["me", "us"]);
const RELATIVE_LEADS = setOf(["who", "whom", "whose"]);
/** "I rewired the panel after it tripped", "because the line stopped": a side clause of cause or time is background, not how it ended. */
const BACKGROUND_LEADS = setOf(["after", "because", "since", "while", "whilst", "before", "although", "though", "whereas"]);
/** Verbs of someone else's that end the story in failure: "he refused the adjustment", "she failed on the reversing bay", "we lost the case". */
const FAILURE_VERBS = setOf(["failed", "lost", "delayed", "postponed", "breached", "overran", "crashed", "refused", "rejected", "declined", "cancelled", "canceled", "quit", "resigned", "withdrew", "complained", "overruled", "vetoed", "dismissed"]);
const NOT_OUTCOME_VERBS = setOf([
  "learned", "realized", "thought", "felt", "knew", "wanted", "needed", "had", "did", "was", "were", "said", "asked", "told",
  // "She was worried about the cost, so I...": a trouble felt is the problem, not how it ended ("she was relieved" still is).
  "worried", "concerned", "upset", "frustrated", "annoyed", "confused", "scared", "frightened", "stressed", "overwhelmed",
  "disappointed", "distressed", "agitated", "alarmed",
]);

/** "allowed me (to)", "helped us (to)" ending at `k`, told as past: "has helped me keep" sums up a habit. */
function enabledAt(tokens: Ctx["tokens"], k: number): boolean {
  return ENABLED.has(tokens[k]?.norm ?? "") && ENABLERS.has(tokens[k - 1]?.norm ?? "") && !HAVE.has(tokens[k - 2]?.norm ?? "");
}
const HAVE = setOf(["has", "have", "'ve"]);

/** Words that open a clause before its subject: "and the project finished", "Eventually services ran". */
const SUBJECT_OPENERS = setOf(["and", "but", "so", "then", "yet"]);
/** Bare subjects that name no thing: pronouns and placeholders ("It took all night", "There was..."). */
const NOT_BARE_SUBJECTS = setOf([
  "i", "we", "he", "she", "they", "you", "it", "there", "this", "that", "which", "what", "who", "one", "nobody", "everyone", "someone",
  "anyone", "no", "not", "when", "if", "as", "in", "on", "at", "by", "for", "with", "to", "from", "of", "after", "before",
]);
/** Verbs of a bare subject that tell an event in time, not what became of the work ("Presentation day arrived"). */
const EVENT_VERBS = setOf(["arrived", "came", "began", "started", "approached", "loomed", "dawned", "happened", "followed", "passed"]);
/** Words of time that make a bare subject a moment, not a thing ("Presentation day", "Launch week"). */
const TIME_SUBJECTS = setOf(["day", "days", "week", "weeks", "month", "morning", "evening", "night", "deadline", "time", "year"]);

/** "In the end", "By the end", "At the end": a phrase that says the clause after it is how it ended. */
function endingOpenerAt(tokens: Ctx["tokens"], i: number): boolean {
  const w = tokens[i]?.norm ?? "";
  return (w === "in" || w === "by" || w === "at") && tokens[i + 1]?.norm === "the" && tokens[i + 2]?.norm === "end";
}

/** What a team can arrive at or come to that ends a disagreement: "we arrived at a compromise", "came to an agreement". */
const SETTLEMENTS = setOf(["compromise", "agreement", "consensus", "settlement", "solution", "resolution", "deal", "understanding"]);

/** "we arrived at a compromise", "they came to an agreement": the disagreement settled. */
function settledAt(tokens: Ctx["tokens"], i: number): boolean {
  const w = tokens[i]?.norm ?? "";
  if (!((w === "arrived" && tokens[i + 1]?.norm === "at") || (w === "came" && tokens[i + 1]?.norm === "to"))) return false;
  return [2, 3, 4].some((d) => SETTLEMENTS.has(tokens[i + d]?.norm ?? ""));
}

/** "Thanks to that change the lesson carried on", "Because of this change the lesson kept running": a fronted cause with no comma; the subject starts at its last determiner. */
const CAUSE_OPENERS: ReadonlyMap<string, string> = new Map([["thanks", "to"], ["due", "to"], ["owing", "to"], ["because", "of"]]);

/**
 * "Our presentation got an A", "The corrected P&L showed the right revenue", "Production carried on without
 * disruption": a clause that opens on a thing (a determiner and a few words, or up to three bare words, no
 * person) and its past verb tells what became of the work.
 */
function thingSubjectBefore(ctx: Ctx, s: Ctx["sentences"][number], verbAt: number): boolean {
  const { tokens } = ctx;
  // "In the end, the new process helped...": the subject may follow a fronted phrase and its comma.
  let start = s.bodyStart;
  for (let k = verbAt - 1; k > s.bodyStart; k--) {
    if (tokens[k]?.raw === ",") {
      start = k + 1;
      break;
    }
  }
  while (start < verbAt - 1 && (SUBJECT_OPENERS.has(tokens[start]?.norm ?? "") || ADVERBS.has(tokens[start]?.norm ?? ""))) start++;
  // "In the end everything turned out fine": a fronted "in the end" with no comma opens the clause before its subject.
  if (endingOpenerAt(tokens, start) && start + 3 < verbAt) start += 3;
  const connector = CAUSE_OPENERS.get(tokens[start]?.norm ?? "");
  if (connector !== undefined && tokens[start + 1]?.norm === connector) {
    let d = verbAt - 1;
    while (d > start + 2 && !DETERMINERS.has(tokens[d]?.norm ?? "")) d--;
    start = d;
  }
  const first = tokens[start];
  if (!first || first.kind !== "word") return false;
  const bare = !DETERMINERS.has(first.norm);
  // A bare subject's change of amount ("overall conversion actually fell") is read, with its direction, by the figures and outcome words.
  if (bare ? NOT_BARE_SUBJECTS.has(first.norm) || verbAt - start > 3 || verbAt === start || DIRECTION.has(tokens[verbAt]?.norm ?? "") || EVENT_VERBS.has(tokens[verbAt]?.norm ?? "") : verbAt - start < 2 || verbAt - start > 5) return false;
  for (let k = bare ? start : start + 1; k < verbAt; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || (PEOPLE.has(t.norm) && !MEETING_WORDS.has(t.norm)) || (isPastVerb(t.norm) && k < verbAt - 1) || (bare && (isPastVerb(t.norm) || NOT_BARE_SUBJECTS.has(t.norm) || TIME_SUBJECTS.has(t.norm)))) return false;
  }
  return true;
}

/** Words after "met" that make it a meeting with people ("I met each of them", "met with the family"), not a target met. */
const MET_PEOPLE = setOf(["each", "them", "him", "her", "with", "up", "all", "both", "everyone", "everybody", "us", "me"]);

function metPeople(tokens: Ctx["tokens"], i: number): boolean {
  if (tokens[i]?.norm !== "met") return false;
  const next = tokens[i + 1]?.norm ?? "";
  const after = tokens[i + 2]?.norm ?? "";
  return MET_PEOPLE.has(next) || PEOPLE.has(next) || (DETERMINERS.has(next) && PEOPLE.has(after));
}

/** "When the paramedics arrived, I...": a sentence opening on "when", "after" or "as", up to the comma that ends it, is background. */
function frontedSideClause(ctx: Ctx, s: Ctx["sentences"][number], i: number): boolean {
  const { tokens } = ctx;
  const open = tokens[s.bodyStart]?.norm ?? "";
  if (!(open === "when" || open === "whenever" || BACKGROUND_LEADS.has(open) || open === "as" || open === "once")) return false;
  for (let k = s.bodyStart + 1; k < i; k++) if (tokens[k]?.raw === ",") return false;
  // The side clause ends at a comma after the verb ("After ten days she walked there" has none: a time, then the main clause).
  for (let k = i + 1; k < s.tokenEnd; k++) if (tokens[k]?.raw === ",") return true;
  return false;
}

/** "I passed them the details", "passed it on to the registrar": handing something over, not passing a test. */
function handedOn(tokens: Ctx["tokens"], i: number): boolean {
  const next = tokens[i + 1]?.norm ?? "";
  return tokens[i]?.norm === "passed" && (next === "them" || next === "him" || next === "her" || next === "on" || next === "over" || tokens[i + 2]?.norm === "on" || PEOPLE.has(tokens[i + 2]?.norm ?? ""));
}

/** Words that open a counted subject: "five of the six passed", "all 30 students passed", "most of them stayed". */
const COUNT_OPENERS = setOf(["all", "most", "every", "each", "both", "half"]);

/**
 * "By the spring, five of the six passed the phonics check": a clause that opens on a count (a number or
 * "all", "most") and reaches its past verb within six words, with no one named, tells what became of them.
 */
function countSubjectBefore(ctx: Ctx, s: Ctx["sentences"][number], verbAt: number): boolean {
  const { tokens } = ctx;
  let start = verbAt - 1;
  while (start > s.bodyStart && tokens[start - 1]?.kind !== "punct") start--;
  const first = tokens[start];
  if (!first || verbAt - start > 6 || verbAt - start < 1) return false;
  if (!(first.kind === "number" || NUMBER_VALUE.has(first.norm) || COUNT_OPENERS.has(first.norm))) return false;
  for (let k = start + 1; k < verbAt; k++) {
    const t = tokens[k];
    if (!t || t.kind === "punct" || (t.kind === "word" && isPastVerb(t.norm))) return false;
  }
  return true;
}

/** Verbs of someone's words about the work, and the words of a good verdict in them. */
const REACTION_VERBS = setOf(["said", "told", "wrote", "commented", "remarked", "noted", "mentioned", "emailed"]);
const VERDICT_WORDS = setOf([
  "best", "clearest", "easiest", "smoothest", "safest", "least", "happy", "happier", "pleased", "delighted", "grateful", "impressed",
  "safe", "relieved", "great", "excellent", "brilliant", "helpful", "thankful", "reassured", "confident", "better", "calmer",
]);

/** A good verdict after a verb of saying, with no negation before it ("said it was the clearest proposal", not "said it was not safe"). */
function verdictAfter(tokens: Ctx["tokens"], i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) {
    const w = tokens[k]?.norm ?? "";
    if (w === "not" || w === "never" || w === "no" || w.endsWith("n't")) return false;
    if (VERDICT_WORDS.has(w)) return true;
  }
  return false;
}

/** Outcomes not reached, after "without": "without reaching his goal", "without getting the contract". */
const UNREACHED = setOf(["reaching", "achieving", "meeting", "getting", "making", "hitting", "improving", "recovering", "passing", "winning", "securing", "completing", "finishing"]);

/**
 * For each token of a sentence, whether a failure follows it there, read once from the sentence's end:
 * someone else's or the team's failure verb or the work undone ("The award was challenged and we lost the
 * case", "the board paused the rollout"), an outcome not reached ("discharged without reaching his goal"),
 * or the work late ("The job finished a month late"; "no late deliveries" is none, and "came out a few days
 * late, but the director appreciated..." turns to how it ended: the late nearest after a token decides).
 */
function failuresAfter(ctx: Ctx, s: Ctx["sentences"][number]): Uint8Array {
  const { tokens } = ctx;
  const out = new Uint8Array(s.tokenEnd - s.tokenStart);
  let failure = false;
  let turnSeen = false;
  let lateFails = false;
  for (let k = s.tokenEnd - 1; k >= s.tokenStart; k--) {
    out[k - s.tokenStart] = failure || lateFails ? 1 : 0;
    const w = tokens[k]?.norm ?? "";
    if (((FAILURE_VERBS.has(w) && !adjectival(tokens, k, -1)) || undoesWork(tokens, k)) && CLOSING_SUBJECT_ACTORS.has(ctx.actors[k] ?? "none")) failure = true;
    // "his condition got worse", "he stopped attending": whoever or whatever the subject, the story ends for the worse.
    if (turnsForWorse(tokens, k) && ctx.actors[k] !== "narrator") failure = true;
    if (w === "without" && k < s.tokenEnd - 1 && UNREACHED.has(tokens[k + 1]?.norm ?? "")) failure = true;
    if ((w === "late" || w === "overdue") && !NOT_LATE.has(tokens[k - 1]?.norm ?? "")) lateFails = !turnSeen;
    if (TURNS.has(w)) turnSeen = true;
  }
  return out;
}
const TURNS = setOf(["but", "although", "though", "yet", "however"]);
const NOT_LATE = setOf(["no", "not", "never", "less", "fewer", "too"]);

/** "Failed payments fell to zero", "the delayed parts arrived": a participle before its noun describes it; it tells no failure. */
function adjectival(tokens: Ctx["tokens"], i: number, bodyStart: number): boolean {
  const next = tokens[i + 1];
  return (i === bodyStart || DETERMINERS.has(tokens[i - 1]?.norm ?? "")) && next !== undefined && next.kind === "word" && !DETERMINERS.has(next.norm) && next.norm !== "to" && next.norm !== "it" && next.norm !== "them";
}

/** In the last two sentences: an outcome verb as above, not negated or hypothetical. */
export function findClosingOutcomes(ctx: Ctx): PlainMention[] {
  const { tokens, sentences } = ctx;
  const out: PlainMention[] = [];
  // The first act of the narrator's (or their team's): what others did before it is the problem, not how it ended.
  let firstOwnAct = -1;
  for (let k = 0; k < tokens.length && firstOwnAct < 0; k++) if (ctx.actTok[k] && (ctx.actors[k] === "narrator" || ctx.actors[k] === "team")) firstOwnAct = k;
  for (const s of sentences.slice(-2)) {
    if (s.index < ctx.firstActSentence || ctx.sentenceHypothetical[s.index]) continue;
    const failed = failuresAfter(ctx, s);
    for (let i = s.bodyStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!t || t.kind !== "word" || ctx.hypoTok[i] || ctx.claimed[i]) continue;
      const actor = ctx.actors[i] ?? "none";
      const toAt = tokens[i - 1]?.norm === "to" ? i - 1 : i;
      const ableTo = afterAbleTo(tokens, i) || enabledAt(tokens, toAt - 1);
      if (ableTo || actor === "narrator") {
        // "she was able to relax", "we managed to balance their interests": what someone else or the team
        // could do at the end is how it ended, whatever the verb; the narrator's own needs an outcome verb.
        const anyVerb = ableTo && actor !== "narrator" && actor !== "none" && !INSIGHT_BASES.has(t.norm);
        const passive = tokens[i - 1]?.norm === "was" || tokens[i - 1]?.norm === "were";
        // "I was given an extra two weeks", "was offered a permanent contract": a granted term; "was given several tasks" is none.
        const grantedTerm = (t.norm === "given" || t.norm === "offered") && [1, 2, 3].some((d) => GRANTS.has(tokens[i + d]?.norm ?? ""));
        const granted = !ableTo && (NARRATOR_GRANTED.has(t.norm) || grantedTerm) && passive;
        if (!(anyVerb || granted || settledAt(tokens, i) || (ableTo ? ABLE_OUTCOME_VERBS : NARRATOR_OUTCOME_VERBS).has(t.norm)) || ctx.clauses[ctx.clauseOf[i] ?? 0]?.negated || metPeople(tokens, i) || handedOn(tokens, i)) continue;
        out.push({ span: { start: t.start, end: t.end }, sentence: s.index, why: "how it ended" });
        break;
      }
      // "but he refused the adjustment and the auditors raised it": an ending told as a failure is no
      // outcome of the work (ANNOTATION.md: a failure told as a failure is result 0), nor is what follows it.
      if ((FAILURE_VERBS.has(t.norm) && !adjectival(tokens, i, s.bodyStart)) || undoesWork(tokens, i) || turnsForWorse(tokens, i)) break;
      // "By June, 90% of the children were reading at the standard", "95% of managers were using it": a count's state at the end.
      if ((t.norm === "were" || t.norm === "was") && (tokens[i + 1]?.norm ?? "").endsWith("ing") && (tokens[i + 1]?.norm.length ?? 0) > 4 && countSubjectBefore(ctx, s, i) && !ctx.clauses[ctx.clauseOf[i] ?? 0]?.negated && i > firstOwnAct && firstOwnAct >= 0) {
        out.push({ span: { start: t.start, end: tokens[i + 1]!.end }, sentence: s.index, why: "how it ended" });
        break;
      }
      // "The client said it was the clearest proposal they had seen", "the patient told the ward sister that she
      // finally felt safe going home": someone's verdict on the work, told in their words, is how it ended.
      if (REACTION_VERBS.has(t.norm) && (actor === "other" || (actor === "none" && PEOPLE.has(tokens[i - 1]?.norm ?? ""))) && i > firstOwnAct && firstOwnAct >= 0 && !ctx.clauses[ctx.clauseOf[i] ?? 0]?.negated && verdictAfter(tokens, i, s.tokenEnd)) {
        out.push({ span: { start: t.start, end: t.end }, sentence: s.index, why: "how it ended" });
        break;
      }
      // "It took all night": how long it took, not how it ended.
      if (!isPastVerb(t.norm) || NOT_OUTCOME_VERBS.has(t.norm) || tookTime(tokens, i)) continue;
      // "a professor, who covered selling strategies": a relative clause describes someone; it is not how it ended.
      const lead = ctx.clauses[ctx.clauseOf[i] ?? 0]?.lead ?? "";
      if (RELATIVE_LEADS.has(lead) || BACKGROUND_LEADS.has(lead) || frontedSideClause(ctx, s, i)) continue;
      if (!CLOSING_SUBJECT_ACTORS.has(actor) && !(actor === "none" && (thingSubjectBefore(ctx, s, i) || countSubjectBefore(ctx, s, i)))) continue;
      // "Twice the temporary works were installed wrong by the subcontractor. I set out the props myself...".
      if (i < firstOwnAct) continue;
      if (actor === "team" && (!(TEAM_OUTCOME_VERBS.has(t.norm) || settledAt(tokens, i)) || metPeople(tokens, i))) continue;
      // "The award was challenged and we lost the case", "He was discharged without reaching his goal": a
      // sentence that ends in failure is no outcome of the work.
      if (failed[i - s.tokenStart]) break;
      // "...so she would agree to a planned shutdown": what the act was meant to bring about has not happened.
      if (ctx.clauses[ctx.clauseOf[i] ?? 0]?.negated || ctx.clauses[ctx.clauseOf[i] ?? 0]?.projected) continue;
      out.push({ span: { start: t.start, end: t.end }, sentence: s.index, why: "how it ended" });
      break;
    }
  }
  return out;
}

