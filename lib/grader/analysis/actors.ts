// Stage: who acts in each clause (the narrator, the team, others, a passive, a verbless fragment),
// token by token, and the act verbs themselves ("We rebuilt it and I trained the crew": "rebuilt" is
// the team's, "trained" the narrator's). Produces Ctx.actors, the acts and vague acts, the subject counts.
import { NON_ACTION_VERBS } from "../lexicon/words";
import type { Sentence, Token } from "../text";
import { atClauseStart } from "./clauses";
import { afterAbleTo, isPastVerb, PEOPLE, setOf, span, type Actor } from "./core";
import type { ActMention, Subjects } from "./types";
import {
  ADVERBS,
  BE,
  CLAUSE_PUNCT,
  DETERMINERS,
  isNarratorSubject,
  MEETING_WORDS,
  MONTHS_SEASONS,
  NARRATOR_SUBJECTS,
  NUMBER_VALUE,
  PURPOSE_BREAKERS,
  SUBORDINATORS,
  TEAM_SUBJECTS,
  TIME,
} from "./words";

const NON_ACTION = setOf(NON_ACTION_VERBS);
const OTHER_SUBJECTS = setOf(["they", "they'd", "they've", "they're", "he", "she", "he'd", "she'd", "you", "it", "nobody", "everyone", "everybody", "who"]);
const VERB_PREFIXES = setOf(["re", "co", "pre", "over", "under", "de", "mis", "un", "out", "cross", "double", "self", "sub", "multi", "non", "up", "down", "back", "hand", "fast", "live", "hot", "soft", "hard", "spot", "road", "stress", "user", "pair", "test"]);

/** After "our" at a clause's start, the narrator's own group as subject: "Our team ran...", "our crew fitted...". */
const OUR_GROUPS = setOf(["team", "crew", "squad", "unit", "department"]);
/** "my manager did", "my colleague wrote": people of the narrator's, not the narrator. */
const OTHERS_OF_MINE = setOf([
  "colleague", "colleagues", "manager", "boss", "team", "lead", "director", "peer", "peers", "coworker", "coworkers",
  "partner", "client", "clients", "customer", "customers", "supervisor", "mentor", "report", "reports", "predecessor",
]);

const VAGUE_DOING = setOf([
  "helped", "worked", "supported", "handled", "drove", "leveraged", "utilized", "spearheaded", "championed",
  "contributed", "participated", "assisted", "improved", "managed", "owned", "oversaw", "got", "went", "started",
  "joined", "tried",
]);

/** After "did a": what says nothing of the work ("did a great job", "did a lot of research"). */
const VAGUE_DONE = setOf(["lot", "bit", "good", "great", "little", "job", "fantastic", "brilliant", "decent", "fine", "number", "couple", "few", "range", "variety", "mix", "ton", "load", "lots"]);

const DONE_THING = setOf(["it", "this", "that", "so"]);
const MEANS_PREPS = setOf(["by", "through", "with"]);

/** "I did it through value engineering", "I did this by...": the method that follows is the narrator's act. */
function didItBy(tokens: Token[], i: number): boolean {
  return tokens[i]?.norm === "did" && DONE_THING.has(tokens[i + 1]?.norm ?? "") && MEANS_PREPS.has(tokens[i + 2]?.norm ?? "");
}

export function markActs(n: number, acts: readonly ActMention[], vague: readonly ActMention[], tokens: Token[]): Uint8Array {
  const out = new Uint8Array(n);
  for (const a of acts) out[a.actor === "passive" ? tokenAt(tokens, a.span.start, a.tok) : a.tok] = 1;
  for (const a of vague) out[a.tok] = 1;
  return out;
}

/** The token starting at `start`, searched forward from a nearby index. */
function tokenAt(tokens: Token[], start: number, from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) if (tokens[k]?.start === start) return k;
  return from;
}

/** Participles that name how the subject did the work: ", using Excel", ", working through the manual". */
const INSTRUMENT_PARTICIPLES = setOf(["using", "working", "applying", "following", "checking", "drawing", "referring", "cross-checking", "comparing", "building", "running"]);

export function trackActors(
  tokens: Token[],
  s: Sentence,
  actors: Actor[],
  subjects: Subjects,
  acts: ActMention[],
  vagueActs: ActMention[],
): void {
  let actor: Actor = "none";
  let lead: Actor = "none";
  let firstSubjectAt = -1;
  let lastSubjectAt = -10;
  for (let i = s.bodyStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.kind === "word") {
      const n = t.norm;
      // "I checked every trailer two weeks before its test, using Excel": a participle after a comma goes back to
      // the subject of the sentence, not the side clause's.
      if (tokens[i - 1]?.raw === "," && lead !== "none" && actor !== lead && (actor === "other" || actor === "passive") && INSTRUMENT_PARTICIPLES.has(n)) actor = lead;
      const startish = atClauseStart(tokens, i, s, { withAnd: true });
      if (isNarratorSubject(n) || (n === "me" && startish && tokens[i + 1]?.norm === "and")) {
        actor = "narrator";
        subjects.narrator++;
        lastSubjectAt = i;
      } else if (TEAM_SUBJECTS.has(n)) {
        actor = "team";
        subjects.team++;
        lastSubjectAt = i;
      } else if (OTHER_SUBJECTS.has(n) && (startish || (NOMINATIVE.has(n) && afterFrontedTime(tokens, i) && pastVerbNext(tokens, i)))) {
        // "After ten days she walked there with a frame", "By March they": a subject after a fronted time.
        actor = "other";
        lastSubjectAt = i;
      } else if (bareNounSubject(tokens, i, s, actor)) {
        // "I rewired the pump motor, and production carried on without disruption": a thing as a new subject.
        actor = "other";
        lastSubjectAt = i;
      } else if (peopleSubjectAt(tokens, i, s)) {
        // "Students told us...", "and the department adopted it": people other than the narrator act.
        actor = "other";
        lastSubjectAt = i;
      } else if (n === "my" && startish && OTHERS_OF_MINE.has(tokens[i + 1]?.norm ?? "")) {
        actor = tokens[i + 1]?.norm === "team" ? "team" : "other";
        lastSubjectAt = i + 1;
      } else if (n === "our" && startish && OUR_GROUPS.has(tokens[i + 1]?.norm ?? "") && pastVerbNext(tokens, i + 1)) {
        // "Our team ran insulation resistance tests": the narrator's own group, told as "we" is.
        actor = "team";
        subjects.team++;
        actors[i] = actor;
        i++;
        lastSubjectAt = i;
      } else if (n === "my" && actor === "none") {
        actor = "narrator";
        lastSubjectAt = i;
      } else if (DETERMINERS.has(n) && atClauseStart(tokens, i, s, { withAnd: false }) && i > s.bodyStart && actor !== "none") {
        const p = tokens[i - 1];
        // "..., the clerks now clear" starts a new subject; "...into pandas and the CSV" does not.
        if (p && (p.kind === "punct" || SUBORDINATORS.has(p.norm) || p.norm === "and")) actor = "other";
      } else if (BE.has(n) && actor !== "narrator" && actor !== "team") {
        const nx = tokens[i + 1];
        const nx2 = tokens[i + 2];
        const pp = nx && isPastVerb(nx.norm) ? nx : nx && ADVERBS.has(nx.norm) && nx2 && isPastVerb(nx2.norm) ? nx2 : null;
        if (pp && !NON_ACTION.has(pp.norm)) {
          actor = "passive";
          subjects.passive++;
          acts.push({ span: span(pp, pp), sentence: s.index, actor: "passive", tok: i });
        }
      } else if (actor === "narrator" && n.endsWith("ing") && n.length > 4 && progressiveAfterSubject(tokens, i, lastSubjectAt)) {
        // "I was running huddles", "I have been coaching the leads": narrated in the progressive.
        acts.push({ span: span(t, t), sentence: s.index, actor, tok: i });
      } else if (actor === "narrator" && infinitiveOfPlan(tokens, i)) {
        // "My approach was to analyse...", "what I did was build...": the plan is the act.
        acts.push({ span: span(t, t), sentence: s.index, actor, tok: i });
      } else if ((actor === "narrator" || actor === "team") && infinitiveDone(tokens, i, lastSubjectAt)) {
        // "I managed to rebuild the pump", "we were able to reopen the ward": what they did.
        acts.push({ span: span(t, t), sentence: s.index, actor, tok: i });
      } else if (
        actor === "narrator" &&
        tokens[lastSubjectAt]?.norm === "i" &&
        i - lastSubjectAt <= 2 &&
        gapToSubject(tokens, i, lastSubjectAt) &&
        isPresentNarration(t, tokens[i + 1])
      ) {
        // "I talk with the nurses", "I explain it to them": a story told in the present tense.
        acts.push({ span: span(t, t), sentence: s.index, actor, tok: i });
      } else if (isPastVerb(n) || (i === s.bodyStart && /^[A-Z]/.test(t.raw))) {
        const isVerbHere = isPastVerb(n);
        // "we worked out a behaviour plan": worked out something is devising it, an act; "it worked out" is not.
        const concreteAct =
          (n === "worked" && tokens[i + 1]?.norm === "out" && tokens[i + 2]?.kind === "word" && (actor === "narrator" || actor === "team")) ||
          // "I did a thermal imaging survey", "did a home visit": a piece of work done, unlike "did a great job".
          (n === "did" && (tokens[i + 1]?.norm === "a" || tokens[i + 1]?.norm === "an") && !VAGUE_DONE.has(tokens[i + 2]?.norm ?? "") && (actor === "narrator" || actor === "team")) ||
          // "I went through the charts", "I started printing the pocket charts": a concrete act after all.
          (n === "went" && (tokens[i + 1]?.norm === "through" || tokens[i + 1]?.norm === "over") && tokens[i + 2]?.kind === "word" && (actor === "narrator" || actor === "team")) ||
          ((n === "started" || n === "began") && (tokens[i + 1]?.norm.length ?? 0) > 5 && (tokens[i + 1]?.norm.endsWith("ing") ?? false) && (actor === "narrator" || actor === "team"));
        if (i === s.bodyStart && isVerbHere && !NON_ACTION.has(n) && !adjectivalOpener(tokens, i, s)) {
          actor = "fragment";
          lead = "fragment";
          subjects.fragment++;
          acts.push({ span: span(t, t), sentence: s.index, actor: "fragment", tok: i });
        } else if (isVerbHere && (VAGUE_DOING.has(n) || didItBy(tokens, i)) && !concreteAct && actor === "narrator" && gapToSubject(tokens, i, lastSubjectAt)) {
          vagueActs.push({ span: span(t, t), sentence: s.index, actor, tok: i });
        } else if (isVerbHere && (!NON_ACTION.has(n) || concreteAct)) {
          const gap = gapToSubject(tokens, i, lastSubjectAt);
          if (gap) acts.push({ span: span(t, t), sentence: s.index, actor, tok: i });
          // ", and missed handovers went from…", "; missed alarms fell": an -ed word before a noun and its verb modifies that noun.
          else if (isCoordinated(tokens, i) && lead !== "none" && !((tokens[i - 1]?.norm === "and" || tokens[i - 1]?.raw === ";") && adjectivalOpener(tokens, i, s))) {
            // ", rewrote the job" after a side clause returns to the sentence's subject;
            // "... who dropped it and funded X" keeps the current one.
            const p = tokens[i - 1];
            const pp = tokens[i - 2];
            // ", and trained all 18 operators" after a side clause in the passive or with another subject.
            // ", then walked the night crew through it" after "after it tripped" likewise.
            const commaThen = p?.norm === "then" && (pp?.raw === "," || (pp?.norm === "and" && tokens[i - 3]?.raw === ","));
            const commaAnd = (p?.norm === "and" && pp?.raw === ",") || commaThen;
            const backToLead = commaAnd && actor !== lead && (actor === "passive" || actor === "other");
            // "She was worried, so I sat down with her, talked her through it": a subject that opens a main
            // clause of its own ("so I", "but we") carries on through the list after it.
            const ownMainClause = (actor === "narrator" || actor === "team") && MAIN_CLAUSE_LEADS.has(tokens[lastSubjectAt - 1]?.norm ?? "");
            if (actor === "none" || (p?.kind === "punct" && !ownMainClause) || backToLead) actor = lead;
            acts.push({ span: span(t, t), sentence: s.index, actor, tok: i });
          }
        }
      }
      if (lead === "none" && (actor === "narrator" || actor === "team" || actor === "other")) {
        lead = actor;
        firstSubjectAt = i;
      }
    }
    actors[i] = actor;
  }
  // "The report was written by me": the passive names the narrator after all.
  for (let i = s.bodyStart + 1; i < s.tokenEnd; i++) {
    if (tokens[i - 1]?.norm === "by" && (tokens[i]?.norm === "me" || tokens[i]?.norm === "myself")) {
      for (let k = s.bodyStart; k < s.tokenEnd; k++) if (actors[k] === "passive") actors[k] = "narrator";
      for (const a of acts) {
        if (a.sentence === s.index && a.actor === "passive") {
          a.actor = "narrator";
          subjects.passive--;
          subjects.narrator++;
        }
      }
      break;
    }
  }
  // A fronted instrument ("Using SQL, I found...") belongs to the sentence's first subject.
  if (firstSubjectAt > s.bodyStart && lead !== "none") {
    for (let i = s.bodyStart; i < firstSubjectAt; i++) if (actors[i] === "none") actors[i] = lead;
  }
}

/** Words of when or how that stand before a verb without being its subject: "and afterwards sent them". */
const WHEN_WORDS = setOf(["afterwards", "afterward", "later", "eventually", "finally", "soon", "together", "immediately", "overnight", "today", "yesterday", "again", "instead", "first", "next", "personally", "jointly", "subsequently", "meanwhile", "once", "twice", "gradually", "successfully", "quickly"]);

/** Pronouns that can only be a subject. */
const NOMINATIVE = setOf(["they", "he", "she"]);

/** Right after a time ("After ten days", "By March", "By the end", "Within a week"). */
function afterFrontedTime(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1]?.norm ?? "";
  return TIME.has(p) || MONTHS_SEASONS.has(p) || p === "end" || p === "later" || p === "afterwards";
}

/** A past verb right after `i`, or after one adverb: "she walked", "she soon walked". */
function pastVerbNext(tokens: Token[], i: number): boolean {
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  if (!a || a.kind !== "word") return false;
  if (isPastVerb(a.norm)) return true;
  return ADVERBS.has(a.norm) && b !== undefined && b.kind === "word" && isPastVerb(b.norm);
}

/** After "and" following the narrator's act, a bare noun (no determiner, not a verb or an adverb) and its past verb: a new subject. */
function bareNounSubject(tokens: Token[], i: number, s: Sentence, actor: Actor): boolean {
  const t = tokens[i];
  const p = tokens[i - 1];
  if (actor !== "narrator" || !t || t.kind !== "word" || p?.norm !== "and" || i - 1 <= s.bodyStart) return false;
  const n = t.norm;
  if (isPastVerb(n) || ADVERBS.has(n) || WHEN_WORDS.has(n) || n.endsWith("ly") || STATE_VERBS.has(n) || DETERMINERS.has(n) || NUMBER_VALUE.has(n) || VERB_PREFIXES.has(n) || PEOPLE.has(n) || n.endsWith("ing")) return false;
  const nx = tokens[i + 1];
  return nx !== undefined && nx.kind === "word" && isPastVerb(nx.norm) && !NON_ACTION.has(nx.norm);
}

/** Words before a subject that open a main clause of its own: "so I", "but we", "then I". */
const MAIN_CLAUSE_LEADS = setOf(["so", "but", "then", "and"]);

/** "I'm a hard-working team player", "I am very organised": the narrator describing themselves. */
export function selfIntro(tokens: Token[], s: Sentence): boolean {
  const a = tokens[s.bodyStart];
  const b = tokens[s.bodyStart + 1];
  const c = tokens[s.bodyStart + 2];
  if (!a || !b) return false;
  if (a.norm === "i'm") return b.norm === "a" || b.norm === "an" || b.norm === "very" || b.norm === "really";
  return a.norm === "i" && b.norm === "am" && (c?.norm === "a" || c?.norm === "an" || c?.norm === "very" || c?.norm === "really");
}

/** A people noun at a clause start ("Students", "the department", "two nurses") followed by a past verb. */
function peopleSubjectAt(tokens: Token[], i: number, s: Sentence): boolean {
  const t = tokens[i];
  const nx = tokens[i + 1];
  if (!t || !nx || nx.kind !== "word" || !isPastVerb(nx.norm) || NON_ACTION.has(nx.norm)) return false;
  const isPeople = (PEOPLE.has(t.norm) || (t.sing1 !== "" && PEOPLE.has(t.sing1))) && !MEETING_WORDS.has(t.norm) && !MEETING_WORDS.has(t.sing1);
  if (!isPeople || t.norm === "them" || t.norm === "him" || t.norm === "her") return false;
  let k = i - 1;
  while (k >= s.bodyStart && (DETERMINERS.has(tokens[k]?.norm ?? "") || NUMBER_VALUE.has(tokens[k]?.norm ?? "") || tokens[k]?.kind === "number")) k--;
  if (k < s.bodyStart) return true;
  const p = tokens[k];
  // "In the end customers chose to wait", "Eventually the nurses used it": people after a fronted word of how it ended
  // ("Last year the depot lost..." stays the situation, before anyone acts).
  return p !== undefined && (p.norm === "and" || p.norm === "then" || p.norm === "so" || (p.kind === "punct" && CLAUSE_PUNCT.has(p.raw)) || SUBORDINATORS.has(p.norm) || ENDING_FRONTS.has(p.norm));
}
const ENDING_FRONTS = setOf(["end", "eventually", "finally", "afterwards", "later", "ultimately"]);

/** "Uncovered shifts went from...": a sentence-initial -ed word that modifies the subject of a later verb. */
export function adjectivalOpener(tokens: Token[], i: number, s: Sentence): boolean {
  const nx = tokens[i + 1];
  if (!nx || nx.kind !== "word" || DETERMINERS.has(nx.norm) || PURPOSE_BREAKERS.has(nx.norm)) return false;
  for (let k = i + 2; k < Math.min(s.tokenEnd, i + 8); k++) {
    const t = tokens[k];
    if (!t || (t.kind === "punct" && CLAUSE_PUNCT.has(t.raw))) return false;
    if (t.kind === "word" && (isPastVerb(t.norm) || BE.has(t.norm))) return true;
    if (t.kind === "word" && (t.norm === "in" || t.norm === "with" || t.norm === "for" || t.norm === "using")) return false;
  }
  return false;
}

function isCoordinated(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p) return false;
  if (p.kind === "punct") return p.raw === "," || p.raw === ";" || p.raw === ":";
  if (p.norm === "and" || p.norm === "then" || p.norm === "or" || p.norm === "also") return true;
  if (ADVERBS.has(p.norm)) {
    const pp = tokens[i - 2];
    return pp !== undefined && (pp.raw === "," || pp.norm === "and" || pp.norm === "then");
  }
  return false;
}

const STATE_VERBS = setOf([
  "am", "was", "have", "has", "had", "know", "think", "believe", "feel", "love", "like", "want", "need", "hope", "care",
  "enjoy", "prefer", "thrive", "excel", "pride", "bring", "do", "did", "can", "could", "will", "would", "should",
  "must", "may", "might", "also", "then", "really", "always", "usually", "never", "still", "just", "mean", "guess",
  "see", "wish", "remember", "understand", "agree", "tend", "try", "make", "work", "focus", "aim", "ensure", "to",
]);

const NARRATION_NEXT = setOf([
  "the", "a", "an", "my", "our", "their", "his", "her", "its", "it", "them", "him", "this", "that", "these", "those",
  "with", "to", "for", "up", "out", "down", "through", "over", "each", "every", "all", "two", "three", "some",
]);

/** "I was running", "I'm building", "I have been coaching": -ing right after the narrator and a be-form. */
function progressiveAfterSubject(tokens: Token[], i: number, subjectAt: number): boolean {
  if (subjectAt < 0 || i - subjectAt > 4) return false;
  let be = false;
  for (let k = subjectAt; k < i; k++) {
    const n = tokens[k]?.norm ?? "";
    if (n === "i'm" || n === "was" || n === "am" || n === "been" || n === "were") be = true;
    else if (k > subjectAt && !ADVERBS.has(n) && n !== "have" && n !== "had" && n !== "i've" && n !== "i'd" && n !== "also" && n !== "still") return false;
  }
  return be;
}

/** "was to analyse" (my approach was to...), "did was build" (what I did was...). */
function infinitiveOfPlan(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  const pp = tokens[i - 2];
  const ppp = tokens[i - 3];
  const t = tokens[i];
  if (!t || t.kind !== "word" || STATE_VERBS.has(t.norm) || isPastVerb(t.norm)) return false;
  if (p?.norm === "to" && pp?.norm === "was" && ppp !== undefined && INTENT_NOUNS.has(ppp.norm)) return true;
  return p?.norm === "was" && pp?.norm === "did" && ppp?.norm === "i";
}

/**
 * The verb after "managed to" or "was able to", right after its subject: the sentence says it was done
 * ("I managed to rebuild the pump"), unlike "wanted to" or "decided to", which only say it was meant.
 */
function infinitiveDone(tokens: Token[], i: number, subjectAt: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== "word" || STATE_VERBS.has(t.norm) || isPastVerb(t.norm) || !afterAbleTo(tokens, i)) return false;
  // "was able to", not "not able to".
  const done = tokens[i - 2]?.norm === "managed" || tokens[i - 3]?.norm === "was" || tokens[i - 3]?.norm === "were";
  return done && i - subjectAt <= 5;
}

const INTENT_NOUNS = setOf(["approach", "plan", "idea", "solution", "fix", "job", "role", "part", "answer", "response", "first", "step", "move", "instinct", "priority", "decision"]);

/** Words that count or point ("I had one child", "I had some patients"): never a verb of present narration. */
const QUANTIFIERS = setOf(["some", "another", "several", "many", "few", "no", "any", "every", "each", "both", "all", "other", "more", "most"]);

/** A present-tense verb in a narrated story: "I talk with", "I explain it", "I show them". */
function isPresentNarration(t: Token, next: Token | undefined): boolean {
  if (t.kind !== "word" || STATE_VERBS.has(t.norm) || t.norm.endsWith("ly") || t.norm.endsWith("ing") || isPastVerb(t.norm)) return false;
  if (NUMBER_VALUE.has(t.norm) || QUANTIFIERS.has(t.norm) || DETERMINERS.has(t.norm)) return false;
  if (t.norm.length < 3 || NARRATOR_SUBJECTS.has(t.norm)) return false;
  return next !== undefined && next.kind === "word" && (NARRATION_NEXT.has(next.norm) || PEOPLE.has(next.norm));
}

/** Nouns fused to a verb without a hyphen, right after the subject: "I megger tested the cable", "I spot checked the charts". */
const FUSED_NOUNS = setOf([
  "megger", "pressure", "spot", "stress", "load", "leak", "smoke", "flow", "batch", "hand", "double", "cross", "triple", "pen",
  "pat", "sense", "fact", "peer", "bench", "field", "dry", "steam", "power", "deep", "user", "pair", "blind", "unit", "spell",
]);

/** Spoken hedges between "I" and the verb: "I just kind of moved", "I sort of explained", "I basically rebuilt". */
const HEDGES = setOf(["kind", "sort", "of", "basically", "literally", "pretty", "much"]);

function gapToSubject(tokens: Token[], i: number, subjectAt: number): boolean {
  if (subjectAt < 0 || i - subjectAt > 5) return false;
  for (let k = subjectAt + 1; k < i; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (ADVERBS.has(t.norm) || HEDGES.has(t.norm) || t.norm === "had" || t.norm === "have" || t.norm === "then" || t.norm === "both") continue;
    // "I re-modelled", "I co-wrote": a verb prefix joined by a hyphen
    if (VERB_PREFIXES.has(t.norm) && tokens[k + 1]?.raw === "-") continue;
    if (t.raw === "-" && tokens[k - 1] !== undefined && VERB_PREFIXES.has(tokens[k - 1]?.norm ?? "")) continue;
    // "I megger tested the cable", "I spot checked": a noun fused to the verb right after the subject.
    if (k === subjectAt + 1 && k === i - 1 && FUSED_NOUNS.has(t.norm)) continue;
    return false;
  }
  return true;
}
