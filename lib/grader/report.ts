// The parts of the report that are not scores: STAR structure, the hard/soft
// mix against the role and stage target, the next two edits, and the ladder.
import type { Doc } from "./analyze";
import { tokenIndexAt } from "./analysis/core";
import { MIX_TOLERANCE, ROLE_SHIFT, STAGE_MIX } from "./lexicon/role-mix";
import { STAR_MARKERS } from "./lexicon/words";
import { PhraseMatcher } from "./matcher";
import { MIN_WORDS_FOR_FULL } from "./score";
import type {
  Dimension,
  DimensionScore,
  Evidence,
  Improvement,
  Ladder,
  Mix,
  Role,
  Span,
  Stage,
  StarPart,
  StructurePart,
} from "./types";

export const STAR_ORDER: readonly StarPart[] = ["situation", "task", "action", "result"];

export type Structure = { parts: StructurePart[]; missing: StarPart[]; source: "boxes" | "labels" | "inferred" };

function withShares(runs: { part: StarPart; span: Span }[]): StructurePart[] {
  const total = runs.reduce((a, r) => a + (r.span.end - r.span.start), 0);
  return runs.map((r) => ({
    part: r.part,
    span: r.span,
    share: total > 0 ? Math.round(((r.span.end - r.span.start) / total) * 1000) / 1000 : 0,
  }));
}

function missingOf(parts: StructurePart[]): StarPart[] {
  return STAR_ORDER.filter((p) => !parts.some((x) => x.part === p));
}

/** Structure from the four editor boxes: the spans of each non-empty box in the joined text. */
/** An outcome as the user wrote it: its whole sentence when short, else the words alone; "" when neither fits in a question. */
function outcomeQuote(doc: Doc, span: Span): string {
  const sentence = doc.sentences.find((s) => s.start <= span.start && span.end <= s.end);
  const whole = sentence ? doc.text.slice(sentence.start, sentence.end).replace(/\s+/g, " ").trim().replace(/[.!]$/, "") : "";
  if (whole.length > 0 && whole.length <= 90) return whole;
  const words = doc.text.slice(span.start, span.end);
  return words.length < 40 ? words : "";
}

export function structureFromBoxes(parts: Record<StarPart, string>): Structure {
  const runs: { part: StarPart; span: Span }[] = [];
  let offset = 0;
  for (const part of STAR_ORDER) {
    const body = parts[part];
    if (body.trim() === "") continue;
    if (runs.length > 0) offset += 2;
    runs.push({ part, span: { start: offset, end: offset + body.length } });
    offset += body.length;
  }
  const out = withShares(runs);
  return { parts: out, missing: missingOf(out), source: "boxes" };
}

const MARKER_MATCHER = new PhraseMatcher<StarPart>(
  (Object.entries(STAR_MARKERS) as [StarPart, readonly string[]][]).flatMap(([part, phrases]) => phrases.map((p) => [p, part] as const)),
);

/** The STAR part a sentence names in its opening words ("My task was...", "As a result..."), if any. */
export function markedPart(doc: Doc, sentence: number): StarPart | null {
  const s = doc.sentences[sentence];
  if (!s) return null;
  const m = MARKER_MATCHER.matchAll(doc.tokens, s.bodyStart, Math.min(s.tokenEnd, s.bodyStart + 6))[0];
  return m && m.tokStart <= s.bodyStart + 1 ? m.value : null;
}

/** Structure found in free text: explicit labels first, then opening markers, else each sentence's role. */
export function structureFromText(doc: Doc): Structure {
  const labelled = doc.sentences.some((s) => s.label !== null);
  // Where each sentence's result begins (the earliest outcome or result figure in it). A projection
  // inside a sentence where the narrator acts is part of the plan, not the result.
  const resultAt = new Map<number, number>();
  const quantified = new Set<number>();
  const note = (sentence: number, at: number) => {
    const cur = resultAt.get(sentence);
    if (cur === undefined || at < cur) resultAt.set(sentence, at);
  };
  for (const n of doc.numbers) {
    if (n.cls === "result" || n.cls === "negated" || (n.cls === "projected" && !doc.sentenceActs[n.sentence])) note(n.sentence, n.span.start);
    if (n.cls === "result") quantified.add(n.sentence);
  }
  for (const o of doc.outcomes) if (o.kind !== "projected" || !doc.sentenceActs[o.sentence]) note(o.sentence, o.span.start);
  // How it ended, told in a closing sentence with no act of the narrator's ("The order shipped that afternoon").
  // "The outbreak was contained": a passive or someone else's verb is no act of the narrator's here.
  const ownActs = new Set(doc.acts.filter((a) => a.actor === "narrator" || a.actor === "team" || a.actor === "fragment").map((a) => a.sentence));
  // "We got him to hospital and he survived": someone else's outcome after the act is where the Result begins.
  const othersOutcome = (at: number) => {
    const actor = doc.actors[tokenIndexAt(doc.tokens, at)];
    return actor === "other" || actor === "passive";
  };
  for (const o of doc.closingOutcomes) if (!ownActs.has(o.sentence) || othersOutcome(o.span.start)) note(o.sentence, o.span.start);
  const taskSentences = new Set(doc.tasks.map((t) => t.sentence));
  const segments: { part: StarPart; start: number; end: number }[] = [];
  let prev: StarPart = "situation";
  let seenAction = false;
  for (const s of doc.sentences) {
    let part: StarPart;
    const at = resultAt.get(s.index);
    const cut = labelled || at === undefined || markedPart(doc, s.index) !== null ? -1 : actThenResult(doc, s.index, at);
    if (cut > 0) {
      // "I chased each manager, and completion went from 61% to 94%": the act is action, the rest result.
      segments.push({ part: "action", start: s.start, end: cut }, { part: "result", start: cut, end: s.end });
      seenAction = true;
      prev = "result";
      continue;
    }
    const marked = labelled ? null : markedPart(doc, s.index);
    if (labelled) part = s.label ?? prev;
    // A closing lesson is part of the Result in STAR ("what you learned").
    else if (doc.reflections.has(s.index) && seenAction) part = "result";
    else if (marked !== null && !(marked === "action" && s.index === 0)) part = marked;
    // The opening sentence is a result told first only when it carries a measured result.
    else if (at !== undefined && (seenAction || (s.index === 0 && quantified.has(0)))) part = "result";
    else if (taskSentences.has(s.index)) part = "task";
    else if (doc.sentenceActs[s.index] && !(s.index === 0 && (settingTheScene(doc, 0) || (doc.sentences.length > 2 && !hasSkill(doc, s.index))))) part = "action";
    else part = seenAction ? prev : "situation";
    if (part === "action") seenAction = true;
    segments.push({ part, start: s.start, end: s.end });
    prev = part;
  }
  // An outcome told midway, with the narrator acting again after it and the story ending on a result of
  // its own, is a step of the action ("which cut the set to 6,200, then drafted a protocol... I set up a
  // call... We served the list two days early"), and so is what happened between: only the last result is
  // the Result.
  if (!labelled) {
    let lastResult = -1;
    for (let i = segments.length - 1; i >= 0 && lastResult < 0; i--) if (segments[i]?.part === "result") lastResult = i;
    // One pass back from the last result: a result with an act after it (before the last result) is a step.
    let actedAfter = false;
    for (let i = lastResult - 1; i >= 0; i--) {
      const g = segments[i];
      if (g?.part === "result" && actedAfter) g.part = "action";
      if (g?.part === "action") actedAfter = true;
    }
  }
  const runs: { part: StarPart; span: Span }[] = [];
  for (const g of segments) {
    const last = runs[runs.length - 1];
    if (last && last.part === g.part) last.span = { start: last.span.start, end: g.end };
    else runs.push({ part: g.part, span: { start: g.start, end: g.end } });
  }
  const out = withShares(runs);
  return { parts: out, missing: missingOf(out), source: labelled ? "labels" : "inferred" };
}

const JOINTS = new Set([",", ";", "and", "so", "which", "—", "–", "then"]);

/**
 * Where a sentence turns from the narrator's act to its result: the word after the last joint
 * (comma, "and", "so", "which") between the act and the first result; -1 when the result comes first.
 */
function actThenResult(doc: Doc, sentence: number, resultStart: number): number {
  const s = doc.sentences[sentence];
  if (!s) return -1;
  // From the first act of the narrator's in the sentence: the last joint before the result is the turn.
  let actEnd = -1;
  for (const a of doc.acts) {
    if (a.sentence === sentence && a.actor === "narrator" && a.span.end <= resultStart && (actEnd < 0 || a.span.end < actEnd)) actEnd = a.span.end;
  }
  if (actEnd < 0) return -1;
  let cut = -1;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (!t || t.start < actEnd) continue;
    if (t.start >= resultStart) break;
    if (JOINTS.has(t.norm) || JOINTS.has(t.raw)) cut = i + 1;
  }
  // skip a run of joints (", and")
  while (cut > 0 && cut < s.tokenEnd && JOINTS.has(doc.tokens[cut]?.norm ?? "")) cut++;
  const t = doc.tokens[cut];
  return cut > 0 && t && t.start <= resultStart ? t.start : -1;
}

/** A skill at work in the sentence (the narrator's or the team's), not one only named ("before the next safety review"). */
/** "Last Christmas I was managing a store in Croydon": every act of the narrator's in the sentence is a past progressive, the scene, not an act. */
/** What the narrator only came upon: "I noticed that our nightly jobs were failing" opens the situation. */
const NOTICING = new Set(["noticed", "saw", "spotted", "realised", "realized", "heard", "learned", "learnt", "discovered"]);

function settingTheScene(doc: Doc, sentence: number): boolean {
  const own = doc.acts.filter((a) => a.sentence === sentence && a.actor === "narrator");
  const BACKGROUND = new Set(["was", "were"]);
  return (
    own.length > 0 &&
    own.every((a) => {
      const t = doc.tokens[a.tok];
      if (t !== undefined && NOTICING.has(t.norm)) return true;
      return t !== undefined && t.norm.endsWith("ing") && (BACKGROUND.has(doc.tokens[a.tok - 1]?.norm ?? "") || BACKGROUND.has(doc.tokens[a.tok - 2]?.norm ?? ""));
    })
  );
}

function hasSkill(doc: Doc, sentence: number): boolean {
  const used = (m: { sentence: number; status: string }) => m.sentence === sentence && (m.status === "narrator" || m.status === "shared");
  return doc.hard.some(used) || doc.soft.some(used);
}

export function targetMix(role: Role, stage: Stage): { hard: number; soft: number } {
  const shift = ROLE_SHIFT[role];
  let hard = STAGE_MIX[stage].hard + shift.shift;
  hard += (0.5 - hard) * shift.towardEven;
  hard = Math.min(0.9, Math.max(0.1, Math.round(hard * 100) / 100));
  return { hard, soft: Math.round((1 - hard) * 100) / 100 };
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

/**
 * `integrated`: whether the story's integration is above 0. When it is not, a mix on target is only the
 * skills named, and the message says so rather than praising it.
 */
export function mixFor(doc: Doc, role: Role, stage: Stage, integrated = true): Mix {
  // Emphasis = distinct hard skills (named ones, and specialist words in the narrator's own acts, the
  // ones the report quotes) against distinct soft-skill families shown (not raw mentions, which would
  // favour whichever kind the story repeats). Claims and hypotheticals do not count.
  // Skills at work, the narrator's own or the team's: a skill only mentioned is listed "(not in action)", so it is not counted here either.
  const live = (st: string) => st === "narrator" || st === "shared";
  const h = new Set([...doc.hard.filter((x) => live(x.status)).map((x) => x.term.toLowerCase()), ...doc.domainTerms.filter((x) => x.status === "narrator").map((x) => x.term)]).size;
  const s = new Set(doc.soft.filter((x) => live(x.status)).map((x) => x.family)).size;
  const target = targetMix(role, stage);
  const lead = ROLE_SHIFT[role].lead;
  const aim = `${Math.round(target.hard * 100)}% hard / ${Math.round(target.soft * 100)}% soft`;
  const story = `${article(stage)} ${role} story`;
  if (h + s === 0) {
    return { hard: null, soft: null, target, verdict: "no-skills", message: `No skill is shown in use yet. For ${story} aim for about ${aim}.` };
  }
  const hard = Math.round((h / (h + s)) * 100) / 100;
  const soft = Math.round((1 - hard) * 100) / 100;
  // What was counted, so the share can be checked against the lists: "2 hard skills or specialist words, 1 kind of people skill".
  const counted = `${h} hard skill${h === 1 ? "" : "s"} or specialist word${h === 1 ? "" : "s"}, ${s} kind${s === 1 ? "" : "s"} of people skill`;
  const now = `${Math.round(hard * 100)}% hard / ${Math.round(soft * 100)}% soft: ${counted}`;
  const gap = hard - target.hard;
  if (Math.abs(gap) <= MIX_TOLERANCE) {
    const message = integrated
      ? `The hard/soft emphasis (${now}) fits ${story} (target about ${aim}).`
      : `The skills mentioned (${now}) are near the target for ${story} (about ${aim}), but they are not yet shown at work together in one real occasion: that comes first.`;
    return { hard, soft, target, verdict: "balanced", message };
  }
  if (gap > 0) {
    const why = lead === "soft" ? "Leadership roles lead with people and judgement" : "At this stage interviewers look for more of how you worked with people";
    const head = hard > 0.5 ? "Mostly technical" : "More technical than the target";
    return { hard, soft, target, verdict: "too-hard", message: `${head} (${now}). ${why}: show more of what you did with people (target about ${aim}).` };
  }
  const why = lead === "hard" ? "Technical roles lead with technical depth" : "Interviewers also need to see you can do the work";
  const head = soft > 0.5 ? "Mostly interpersonal" : "Less technical than the target";
  return { hard, soft, target, verdict: "too-soft", message: `${head} (${now}). ${why}: show the tool or method you used (target about ${aim}).` };
}

type Candidate = Improvement & { gain: number };

/** What a closing lesson says: "I learned", "it taught me", "the lesson", "next time I would". */
const LESSON = /\b(?:learn(?:ed|t)|taught me|taught us|lessons?|realis(?:ed|e)|realiz(?:ed|e)|takeaway|next time|in (?:the )?future|going forward|looking back|hindsight)\b/i;

/** Whether the story's last two sentences already tell what the narrator learned. */
function closesOnLesson(doc: Doc): boolean {
  return doc.sentences.slice(-2).some((s) => LESSON.test(doc.text.slice(s.start, s.end)));
}

/** The first edit when a run-on sentence hides the story's parts: the ladder and the improvements both say it. */
const SPLIT_SENTENCES = "Break your longest sentence into short ones: each part of the story then shows, and is read, on its own.";

export function improvementsFor(
  doc: Doc,
  dims: Record<Dimension, DimensionScore>,
  evidence: readonly Evidence[],
): Improvement[] {
  const has = (id: string) => evidence.some((e) => e.ruleId === id);
  const c: Candidate[] = [];
  const I = dims.integration.level;
  const C = dims.context.level;
  const R = dims.result.level;
  const hardIn = has("hard-skill-in-action") || has("domain-term-in-action");
  const softIn = has("soft-skill-in-action");
  const claimedHard = doc.hard.find((h) => h.status === "claimed");
  if (!doc.episode && ((has("hypothetical-answer") && !has("narrator-action")) || (has("routine-not-episode") && C < 2))) {
    c.push({ id: "tell-a-real-time", dimension: "context", gain: 9, message: "Tell one real occasion instead of what you would usually do.", question: "Think of one specific time this happened: when was it, who was there, and what did you actually do?" });
  }
  if (has("result-implausible")) {
    c.push({ id: "check-the-figure", dimension: "result", gain: 8.5, message: "Back up your biggest figure: a number this large invites doubt.", question: "What was the figure before, what was it after, over what period, and how did you measure it?" });
  }
  if (has("placeholder-name")) {
    c.push({ id: "describe-the-place", dimension: "context", gain: 4.5, message: "Describe the organisation instead of a stand-in name.", question: "What kind of place was it, how big, and what does it do? (You need not name it.)" });
  }
  if (has("narrator-hidden")) {
    c.push({ id: "own-your-part", dimension: "context", gain: 8, message: "Say which part of the work was yours.", question: "Which piece of this did you do yourself, and what exactly did you do?" });
  }
  if ((has("claimed-skill") || has("skill-list")) && !hardIn) {
    const q = claimedHard
      ? `When did you last use ${claimedHard.term}? What did you do with it, and for whom?`
      : "When did you last use the skill you claim? What did you do, and what changed?";
    c.push({ id: "show-not-claim", dimension: "integration", gain: 7.5, message: "Replace the claimed skill with a moment you used it.", question: q });
  }
  if (!hardIn) {
    c.push({ id: "add-hard-skill", dimension: "integration", gain: I === 0 ? 7 : 5, message: "Show the tool, method or technique you used yourself.", question: "Which tool, data or technique did you use, and what did you do with it?" });
  }
  if (!softIn) {
    c.push({ id: "add-soft-skill", dimension: "integration", gain: I === 0 ? 6.8 : 5, message: "Show what you did with people, not just the technical work.", question: "Who did you explain it to, persuade, teach or listen to, and what did they do next?" });
  }
  const thinBridge = doc.bridges.find((b) => b.thin);
  if (hardIn && softIn && I < 2 && !doc.bridges.some((b) => !b.thin)) {
    c.push({
      id: "carry-the-work",
      dimension: "integration",
      gain: 6.7,
      message: thinBridge
        ? `"${doc.text.slice(thinBridge.span.start, thinBridge.span.end)}" only passes the work on: show how you explained, taught or persuaded with it.`
        : "Show how your technical work reached people: who you took it to, and how.",
      question: "Who did you show, teach or persuade with what you found or built, and what did they do with it?",
    });
  } else if (hardIn && softIn && I < 2) {
    c.push({ id: "link-to-outcome", dimension: "integration", gain: 6.5, message: "Connect your actions to what happened next.", question: "What did people do differently because of your work, and what changed as a result?" });
  }
  if (R === 0) {
    c.push({ id: "add-result", dimension: "result", gain: 6.6, message: "Say how the story ended.", question: "What changed afterwards, and which number would show it?" });
  } else if (R === 1) {
    const projected = has("result-projected") && !has("result-vague") && !has("result-ending");
    // The story's last unmeasured outcome, quoted with its sentence when that is short ("the school opened on time").
    const vague = evidence.filter((e) => e.ruleId === "result-vague" || e.ruleId === "result-ending").at(-1);
    const quoteText = vague ? outcomeQuote(doc, vague.span) : "";
    // A figure that held ("stayed at 97%") is already a number: what it lacks is what it held against.
    const held = doc.numbers.find((n) => n.reason === "unchanged");
    const heldText = held ? doc.text.slice(held.span.start, held.span.end) : "";
    c.push(
      projected
        ? { id: "confirm-result", dimension: "result", gain: 5.5, message: "Report what has happened, not what should happen.", question: "Has the gain happened yet? How much so far, and since when?" }
        : held
          ? { id: "measure-result", dimension: "result", gain: 6, message: "Show what your work changed, beside the figure that held.", question: `You wrote that ${heldText} held: what would it have been without what you did, or what was it where nothing changed?` }
          : { id: "measure-result", dimension: "result", gain: 6, message: "Put a number on the outcome.", question: quoteText.length > 0 ? `You wrote "${quoteText}": roughly what was the figure before, and after, and over what period?` : "Roughly what was the figure before, and after, and over what period?" },
    );
  }
  if (C < 2) {
    if (!has("context-problem")) {
      c.push({ id: "state-the-problem", dimension: "context", gain: C === 0 ? 5.8 : 4, message: "Say what was wrong before you acted.", question: "What was going wrong, for whom, and what was at stake if nothing changed?" });
    }
    if (!has("context-setting")) {
      c.push({ id: "name-the-setting", dimension: "context", gain: C === 0 ? 5.7 : 3.8, message: "Say where this happened and what your role was.", question: "Which team, company or product was this, and what was your role?" });
    }
    if (!has("context-detail")) {
      c.push({ id: "add-scale", dimension: "context", gain: 3.5, message: "Give the scale and the time frame.", question: "How big was it (people, customers, orders, money), and over what period?" });
    }
  }
  const short = doc.wordCount > 0 && doc.wordCount < MIN_WORDS_FOR_FULL;
  if (short && (I < 2 || C < 2)) {
    c.push({ id: "tell-more", dimension: "context", gain: 8, message: `Tell it in at least ${MIN_WORDS_FOR_FULL} words: a shorter story cannot earn full marks for context or integration.`, question: "Where were you, what was at stake, and what did you do, step by step, before it changed?" });
  }
  if (has("run-on-sentence")) {
    c.push({ id: "split-sentences", dimension: "context", gain: 9.5, message: SPLIT_SENTENCES, question: "Where does the situation end and your first action begin? Where does the result start?" });
  }
  if (c.length < 2 && has("story-length") && !short) {
    c.push({ id: "fit-two-minutes", dimension: "context", gain: 1, message: "Make it fit about two minutes.", question: "Which sentence could you cut without changing the outcome?" });
  }
  const fallbacks: Candidate[] = [
    // Not when the story already closes on its lesson ("It taught me how much the calibration matters").
    ...(closesOnLesson(doc) ? [] : [{ id: "add-reflection", dimension: "result", gain: 0.6, message: "Close with one line on what you learned.", question: "What did you learn, or what would you do differently next time?" } as const]),
    { id: "rehearse", dimension: "integration", gain: 0.5, message: "Rehearse it aloud in about two minutes.", question: "What is the one sentence you want the interviewer to remember?" },
    { id: "match-questions", dimension: "context", gain: 0.4, message: "Note which interview questions this story answers.", question: "Which two or three questions (a conflict, a mistake, a technical challenge, teamwork) could you answer with it?" },
  ];
  for (const f of fallbacks) if (c.length < 2) c.push(f);
  c.sort((a, b) => b.gain - a.gain);
  return c.slice(0, 2).map(({ gain: _gain, ...rest }) => rest);
}

export function ladderFor(dims: Record<Dimension, DimensionScore>, evidence: readonly Evidence[]): Ladder {
  const ladder = ladderStep(dims, evidence);
  return evidence.some((e) => e.ruleId === "run-on-sentence") ? { ...ladder, next: SPLIT_SENTENCES } : ladder;
}

function ladderStep(dims: Record<Dimension, DimensionScore>, evidence: readonly Evidence[]): Ladder {
  const has = (id: string) => evidence.some((e) => e.ruleId === id);
  const I = dims.integration.level;
  const R = dims.result.level;
  if (I === 2 && R === 2) {
    return { rung: 3, label: "integrated and measured", next: "Keep it tight: cut anything that does not lead to the result and rehearse it in about two minutes." };
  }
  if (I === 2) {
    return { rung: 2, label: "skills integrated", next: "Put a number on the outcome: the figure before, the figure after, and over what period." };
  }
  const hardIn = has("hard-skill-in-action") || has("domain-term-in-action");
  const anyInAction = hardIn || has("soft-skill-in-action") || has("skill-shared");
  if (anyInAction) {
    const next = !hardIn
      ? "Show the tool or method you used yourself, and how it fed the work with people."
      : !has("soft-skill-in-action")
        ? "Show who you took the technical work to and what you did with them."
        : "Link the technical act to what people did and what changed (which led to, so that, within a month).";
    return { rung: 1, label: "skill in context", next };
  }
  const claimed = has("claimed-skill") || has("skill-list");
  return {
    rung: 0,
    label: "claimed skill",
    next: claimed
      ? "Replace the claim with one real moment you used the skill: what you did, with what, for whom."
      : "Show one skill at work: the tool or method you used yourself, and who you used it with.",
  };
}
