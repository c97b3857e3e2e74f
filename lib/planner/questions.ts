// Behavioural questions and which stories answer them. Judgment: a story
// answers a question when it shows, in action, the soft-skill family the
// question probes (and the hard skill, when the question needs one), and, when
// the question asks about a situation (a disagreement, time pressure, a setback),
// the story's own words show that situation; how well depends on the story's
// band. Source: guide, soft-skill families table and "Integration in Success
// Stories". Blind spot: situations are found by small word tables
// (./situations.ts), so one told in unusual words caps the story at "stretch".
import type { HardField, SoftFamily } from "@/lib/grader";
import { HARD_FIELDS } from "@/lib/grader/lexicon/hard-skills";
import { SOFT_FAMILIES } from "@/lib/grader/lexicon/soft-skills";

import { compareIds, isStrong, provesFamily, provesField, type StorySituation, type StorySummary } from "./bank";
import { SITUATION_BY_ID, SITUATION_IDS, type SituationId } from "./situations";
import { OVERUSE_LIMIT } from "./tables";

export type Question = {
  id: string;
  text: string;
  theme: string;
  /** Families the question probes, the main one first. */
  families: readonly SoftFamily[];
  /** true: any hard skill in action; a list: one of these fields. */
  needsHard?: true | readonly HardField[];
  /** What the question asks about, in a few words ("settling a disagreement"). */
  competency: string;
  /** Situations the story must show (all of them) to be more than a stretch. */
  situations?: readonly SituationId[];
};

export const QUESTIONS = [
  { id: "conflict-teammate", theme: "conflict", text: "Tell me about a time you disagreed with a teammate. How did you settle it?", families: ["collaboration", "communication"], competency: "settling a disagreement", situations: ["conflict"] },
  { id: "conflict-manager", theme: "conflict", text: "Describe a time you pushed back on a decision your manager had made.", families: ["communication", "leadership"], competency: "speaking up to someone senior", situations: ["conflict"] },
  { id: "conflict-mediate", theme: "conflict", text: "Give an example of helping two people or teams who were at odds find common ground.", families: ["collaboration"], competency: "bringing people at odds together", situations: ["conflict"] },
  { id: "difficult-person", theme: "conflict", text: "Tell me about working with someone you found hard to work with.", families: ["collaboration", "adaptability"], competency: "working with someone difficult", situations: ["conflict"] },
  { id: "failure", theme: "failure", text: "Tell me about a time something you owned did not work out. What did you do next?", families: ["adaptability", "work-ethic"], competency: "recovering from a setback", situations: ["setback"] },
  { id: "mistake-owned", theme: "failure", text: "Describe a mistake you made and how you put it right.", families: ["work-ethic", "communication"], competency: "owning a mistake", situations: ["setback"] },
  { id: "feedback-received", theme: "failure", text: "Tell me about hard feedback you received and what you changed because of it.", families: ["adaptability"], competency: "acting on feedback", situations: ["feedback"] },
  { id: "lead-project", theme: "leadership", text: "Tell me about a project you led from start to finish.", families: ["leadership"], needsHard: true, competency: "leading a piece of work" },
  { id: "lead-without-title", theme: "leadership", text: "Describe a time you stepped up to lead when it was not your job.", families: ["leadership", "work-ethic"], competency: "stepping up without the title" },
  { id: "mentor", theme: "leadership", text: "Tell me about someone you coached or mentored. What changed for them?", families: ["leadership", "communication"], competency: "developing someone else" },
  { id: "delegate", theme: "leadership", text: "Give an example of handing off work you could have done yourself.", families: ["leadership"], competency: "delegating" },
  { id: "hard-call", theme: "leadership", text: "Tell me about a difficult decision you made with incomplete information.", families: ["leadership", "problem-solving"], competency: "deciding without all the facts", situations: ["ambiguity"] },
  { id: "motivate-team", theme: "leadership", text: "Describe a time you kept a team going when morale was low.", families: ["leadership", "collaboration"], competency: "keeping a team going" },
  { id: "deadline-tight", theme: "deadline", text: "Tell me about a time you had far less time than the work needed.", families: ["work-ethic", "problem-solving"], competency: "delivering under time pressure", situations: ["time-pressure"] },
  { id: "deadline-missed", theme: "deadline", text: "Describe a deadline you saw you would miss. What did you do and who did you tell?", families: ["communication", "work-ethic"], competency: "raising a slipping deadline early", situations: ["time-pressure"] },
  { id: "prioritise", theme: "deadline", text: "Tell me about juggling several urgent priorities at once.", families: ["work-ethic", "adaptability"], competency: "prioritising", situations: ["competing-priorities"] },
  { id: "influence-no-authority", theme: "influence", text: "Tell me about persuading people who did not report to you to change what they were doing.", families: ["leadership", "communication"], competency: "influencing without authority", situations: ["persuasion"] },
  { id: "sell-idea", theme: "influence", text: "Describe a time you won support for an idea others doubted.", families: ["communication", "leadership"], competency: "winning support for an idea", situations: ["persuasion"] },
  { id: "change-mind-data", theme: "influence", text: "Tell me about using evidence or analysis to change someone's mind.", families: ["communication"], needsHard: true, competency: "changing a mind with evidence", situations: ["persuasion"] },
  { id: "stakeholder-alignment", theme: "influence", text: "Describe getting several stakeholders with different goals to agree on a plan.", families: ["collaboration", "communication"], competency: "aligning people with different goals" },
  { id: "learn-fast", theme: "learning", text: "Tell me about a time you had to learn something new very quickly to get the job done.", families: ["adaptability"], needsHard: true, competency: "learning fast", situations: ["learning"] },
  { id: "new-tool", theme: "learning", text: "Describe picking up a tool or method you had never used and putting it to work.", families: ["adaptability", "problem-solving"], needsHard: true, competency: "taking up a new tool or method", situations: ["learning"] },
  { id: "change-plan", theme: "adaptability", text: "Tell me about a time the plan changed halfway through. How did you adjust?", families: ["adaptability"], competency: "adjusting to a change", situations: ["change"] },
  { id: "ambiguity", theme: "adaptability", text: "Describe a task where the goal was unclear. How did you make progress?", families: ["adaptability", "problem-solving"], competency: "making progress when the goal is unclear", situations: ["ambiguity"] },
  { id: "new-team", theme: "adaptability", text: "Tell me about joining a team or project midway and getting up to speed.", families: ["adaptability", "collaboration"], competency: "getting up to speed in a new team" },
  { id: "hard-problem", theme: "problem-solving", text: "Walk me through the hardest problem you have solved at work.", families: ["problem-solving"], needsHard: true, competency: "solving a hard problem" },
  { id: "root-cause", theme: "problem-solving", text: "Tell me about finding the real cause of a recurring problem.", families: ["problem-solving"], needsHard: true, competency: "finding a root cause" },
  { id: "creative-fix", theme: "problem-solving", text: "Describe a time you found a creative way around a constraint.", families: ["problem-solving", "adaptability"], competency: "working around a constraint" },
  { id: "improve-process", theme: "problem-solving", text: "Tell me about a process you made faster, cheaper or less error-prone.", families: ["problem-solving", "collaboration"], needsHard: true, competency: "improving a process" },
  { id: "explain-technical", theme: "communication", text: "Tell me about explaining something technical to people without that background.", families: ["communication"], needsHard: true, competency: "explaining something specialist" },
  { id: "present-senior", theme: "communication", text: "Describe presenting to senior leaders. What was the outcome?", families: ["communication"], competency: "presenting to senior people", situations: ["senior-audience"] },
  { id: "bad-news", theme: "communication", text: "Tell me about delivering news someone did not want to hear.", families: ["communication", "collaboration"], competency: "delivering unwelcome news", situations: ["bad-news"] },
  { id: "listen", theme: "communication", text: "Give an example of listening closely that changed what you did.", families: ["communication", "adaptability"], competency: "listening" },
  { id: "cross-team", theme: "teamwork", text: "Tell me about working across teams or departments to deliver something.", families: ["collaboration"], needsHard: true, competency: "working across teams" },
  { id: "help-colleague", theme: "teamwork", text: "Describe a time you helped a colleague succeed at something.", families: ["collaboration", "leadership"], competency: "helping a colleague succeed" },
  { id: "remote-team", theme: "teamwork", text: "Tell me about keeping a team working well together when people were not in one place.", families: ["collaboration", "communication"], competency: "keeping a dispersed team together", situations: ["distance"] },
  { id: "difficult-customer", theme: "customer", text: "Tell me about a difficult customer or client and how you handled them.", families: ["collaboration", "communication"], competency: "handling a difficult customer", situations: ["served-person", "conflict"] },
  { id: "customer-need", theme: "customer", text: "Describe a time you found out what a customer really needed, beyond what they asked for.", families: ["communication", "problem-solving"], competency: "finding what a customer really needs", situations: ["served-person"] },
  { id: "above-and-beyond", theme: "work ethic", text: "Tell me about going beyond what was expected of you.", families: ["work-ethic"], competency: "going beyond what was asked" },
  { id: "ownership", theme: "work ethic", text: "Describe something you took ownership of that nobody had asked you to fix.", families: ["work-ethic", "leadership"], competency: "taking ownership" },
  { id: "persistence", theme: "work ethic", text: "Tell me about sticking with a problem long after others would have given up.", families: ["work-ethic", "problem-solving"], competency: "persisting" },
  { id: "proud-result", theme: "impact", text: "What result are you most proud of, and what was your part in it?", families: ["leadership", "collaboration"], needsHard: true, competency: "a result you drove" },
  { id: "data-decision", theme: "impact", text: "Tell me about a decision you made based on data.", families: ["problem-solving", "communication"], needsHard: ["data", "finance", "business-tools"], competency: "deciding from data" },
  { id: "risk-taken", theme: "impact", text: "Describe a calculated risk you took. How did it turn out?", families: ["leadership", "adaptability"], competency: "taking a calculated risk" },
] as const satisfies readonly Question[];

export type QuestionId = (typeof QUESTIONS)[number]["id"];

export type QuestionFit = "strong" | "workable" | "stretch" | "gap";

export const FIT_ORDER = ["strong", "workable", "stretch", "gap"] as const satisfies readonly QuestionFit[];

export type StoryFit = {
  storyId: string;
  title: string;
  fit: Exclude<QuestionFit, "gap">;
  families: SoftFamily[];
  reason: string;
  /** The story's own words that show the situation the question asks for, when it asks for one. */
  quotes: StorySituation[];
};

export type QuestionRow = {
  question: Question;
  /** The best fit any story reaches; "gap" when none does. */
  fit: QuestionFit;
  /** Best stories first, at most MAX_STORIES_PER_QUESTION. */
  stories: StoryFit[];
};

export type OverusedStory = { storyId: string; title: string; questionIds: string[] };

export type QuestionTable = {
  rows: QuestionRow[];
  unanswerable: string[];
  overused: OverusedStory[];
  counts: Record<QuestionFit, number>;
};

export const MAX_STORIES_PER_QUESTION = 3;

export function meetsHardNeed(s: StorySummary, q: Question): boolean {
  if (q.needsHard === undefined) return true;
  if (q.needsHard === true) return s.hardSkills.length > 0;
  return q.needsHard.some((f) => provesField(s, f));
}

/**
 * strong: a strong story showing the question's main family (and the hard skill it needs);
 * workable: a fair or strong story showing any family it probes;
 * stretch: only a weak story shows a family, or a fair-or-strong story has the hard skill but none of the families.
 */
export type FitLevel = {
  fit: Exclude<QuestionFit, "gap">;
  families: SoftFamily[];
  hardOk: boolean;
  /** The situations the question asks for that the story does not show: any one caps the fit at stretch. */
  missing: SituationId[];
};

/** The question's situations the story does not show. */
export function missingSituations(s: StorySummary, q: Question): SituationId[] {
  const shown = s.situations ?? [];
  return (q.situations ?? []).filter((id) => !shown.some((x) => x.id === id));
}

/** The fit level alone (no wording), cheap enough to run on every story for every question. */
export function fitLevel(s: StorySummary, q: Question): FitLevel | null {
  const families = q.families.filter((f) => provesFamily(s, f));
  const main = q.families[0];
  const hardOk = meetsHardNeed(s, q);
  const missing = missingSituations(s, q);
  const level = ((): Exclude<QuestionFit, "gap"> | null => {
    if (isStrong(s) && main !== undefined && families.includes(main) && hardOk) return "strong";
    if (families.length > 0) return s.band !== "weak" ? "workable" : "stretch";
    if (q.needsHard !== undefined && hardOk && s.band !== "weak") return "stretch";
    return null;
  })();
  if (level === null) return null;
  return { fit: missing.length > 0 ? "stretch" : level, families, hardOk, missing };
}

function situationWords(ids: readonly SituationId[]): string {
  return ids.map((id) => SITUATION_BY_ID.get(id)?.label ?? id).join(" or ");
}

function reasonOf(level: FitLevel, q: Question): string {
  const shown = level.families.join(" and ");
  const main = q.families[0];
  if (level.missing.length > 0) {
    const has = shown ? `It shows ${shown}, but` : "But";
    return `${has} nothing in it is ${situationWords(level.missing)}, which this question asks about (${q.competency}).`;
  }
  if (level.fit === "strong") return `A strong story that shows ${shown}${q.needsHard ? " with a hard skill in use" : ""}.`;
  if (level.fit === "workable") {
    const why = !level.hardOk
      ? "but shows no hard skill in use"
      : main !== undefined && !level.families.includes(main)
        ? `but not ${main}`
        : "but the story is not strong yet";
    return `Shows ${shown}, ${why}.`;
  }
  if (level.families.length > 0) return `Shows ${shown}, but the story is weak: rewrite it before telling it.`;
  return `Has the hard skill but none of ${q.families.join(", ")}: you would have to reframe it.`;
}

/**
 * strong: a strong story showing the question's main family (and the hard skill it needs);
 * workable: a fair or strong story showing any family it probes;
 * stretch: only a weak story shows a family, or a fair-or-strong story has the hard skill but none of the families.
 */
export function fitFor(s: StorySummary, q: Question): StoryFit | null {
  const level = fitLevel(s, q);
  return level ? { storyId: s.id, title: s.title, fit: level.fit, families: level.families, reason: reasonOf(level, q), quotes: quotesFor(s, q) } : null;
}

/** The story's words that show the question's situations, in the question's order. */
function quotesFor(s: StorySummary, q: Question): StorySituation[] {
  const shown = s.situations ?? [];
  return (q.situations ?? []).flatMap((id) => shown.filter((x) => x.id === id));
}

const FIT_RANK: Record<QuestionFit, number> = { strong: 0, workable: 1, stretch: 2, gap: 3 };

// ---------------------------------------------------------------- the scan over a large bank

// fitLevel allocates a list of families per story and question; over a 10,000-story bank and 44
// questions that is most of a page's budget. The scan below reads each story once into bit masks
// (families, hard fields) and ranks every story with a few bit operations; fitLevel and reasonOf
// still word the few stories that make a question's top rows, so the rows are exactly theirs.
const FAMILY_BIT = new Map<string, number>(SOFT_FAMILIES.map((f, i) => [f, 2 ** i]));
const FIELD_BIT = new Map<string, number>(HARD_FIELDS.length <= 30 ? HARD_FIELDS.map((f, i) => [f, 2 ** i]) : []);

/** The bank's facts the fit levels read, one entry per story in bank order. */
type Traits = { families: Int32Array; fields: Int32Array; hard: Uint8Array; band: Uint8Array; situations: Int32Array };

const SITUATION_BIT = new Map<string, number>(SITUATION_IDS.map((id, i) => [id, 2 ** i]));

const BAND_CODE = { strong: 0, fair: 1, weak: 2 } as const;

function traitsOf(bank: readonly StorySummary[]): Traits {
  const t: Traits = {
    families: new Int32Array(bank.length),
    fields: new Int32Array(bank.length),
    hard: new Uint8Array(bank.length),
    band: new Uint8Array(bank.length),
    situations: new Int32Array(bank.length),
  };
  bank.forEach((s, i) => {
    let families = 0;
    for (const f of s.softFamilies) families |= FAMILY_BIT.get(f) ?? 0;
    let fields = 0;
    for (const h of s.hardSkills) fields |= FIELD_BIT.get(h.field) ?? 0;
    t.families[i] = families;
    t.fields[i] = fields;
    t.hard[i] = s.hardSkills.length > 0 ? 1 : 0;
    t.band[i] = BAND_CODE[s.band] ?? BAND_CODE.fair;
    let situations = 0;
    for (const x of s.situations ?? []) situations |= SITUATION_BIT.get(x.id) ?? 0;
    t.situations[i] = situations;
  });
  return t;
}

/** A question as bit masks; null when it names a family or field outside the lexicon (then fitLevel decides). */
type QuestionMask = { main: number; each: number[]; needsHard: boolean; anyHard: boolean; fields: number; situations: number };

function maskOf(q: Question): QuestionMask | null {
  const each: number[] = [];
  for (const f of q.families) {
    const bit = FAMILY_BIT.get(f);
    if (bit === undefined) return null;
    each.push(bit);
  }
  let fields = 0;
  if (q.needsHard !== undefined && q.needsHard !== true) {
    for (const f of q.needsHard) {
      const bit = FIELD_BIT.get(f);
      if (bit === undefined) return null;
      fields |= bit;
    }
  }
  let situations = 0;
  for (const id of q.situations ?? []) {
    const bit = SITUATION_BIT.get(id);
    if (bit === undefined) return null;
    situations |= bit;
  }
  return { main: each[0] ?? 0, each, needsHard: q.needsHard !== undefined, anyHard: q.needsHard === true, fields, situations };
}

// A story's standing for one question as one number, smaller is better: the fit level (FIT_RANK),
// then more of the question's families. -1: the story does not answer it.
const FAMILY_SLOTS = 64;

/** fitLevel's rules on the masks. */
function standing(t: Traits, i: number, m: QuestionMask): number {
  const band = t.band[i]!;
  const families = t.families[i]!;
  const hardOk = !m.needsHard || (m.anyHard ? t.hard[i] === 1 : (t.fields[i]! & m.fields) !== 0);
  let shown = 0;
  for (const bit of m.each) if ((families & bit) !== 0) shown++;
  const slot = FAMILY_SLOTS - 1 - Math.min(shown, FAMILY_SLOTS - 1);
  // A story without the situation the question asks for is at most a stretch.
  const cap = (t.situations[i]! & m.situations) === m.situations ? FIT_RANK.strong : FIT_RANK.stretch;
  if (band === BAND_CODE.strong && (families & m.main) !== 0 && hardOk) return Math.max(FIT_RANK.strong, cap) * FAMILY_SLOTS + slot;
  if (shown > 0) return Math.max(band !== BAND_CODE.weak ? FIT_RANK.workable : FIT_RANK.stretch, cap) * FAMILY_SLOTS + slot;
  if (m.needsHard && hardOk && band !== BAND_CODE.weak) return FIT_RANK.stretch * FAMILY_SLOTS + slot;
  return -1;
}

type Ranked = { standing: number; s: StorySummary };

/** Best first: fit level, then how many of the question's families it shows, then score, then id. */
function compareRanked(a: Ranked, b: Ranked): number {
  return a.standing - b.standing || b.s.overall - a.s.overall || compareIds(a.s.id, b.s.id);
}

/** Keeps the best few while scanning (bank order breaks exact ties), so the bank is never sorted per question. */
function keep(top: Ranked[], standing: number, s: StorySummary): void {
  const last = top[top.length - 1];
  if (top.length >= MAX_STORIES_PER_QUESTION && last) {
    if (standing > last.standing) return;
    if (standing === last.standing && (last.s.overall > s.overall || (last.s.overall === s.overall && compareIds(s.id, last.s.id) >= 0))) return;
  }
  top.push({ standing, s });
  top.sort(compareRanked);
  if (top.length > MAX_STORIES_PER_QUESTION) top.pop();
}

/** The question's row from the bank's traits. */
function answerFromTraits(q: Question, bank: readonly StorySummary[], traits: Traits): QuestionRow {
  const mask = maskOf(q);
  const top: Ranked[] = [];
  for (let i = 0; i < bank.length; i++) {
    if (mask) {
      const r = standing(traits, i, mask);
      if (r >= 0) keep(top, r, bank[i]!);
    } else {
      const level = fitLevel(bank[i]!, q);
      if (level) keep(top, FIT_RANK[level.fit] * FAMILY_SLOTS + FAMILY_SLOTS - 1 - Math.min(level.families.length, FAMILY_SLOTS - 1), bank[i]!);
    }
  }
  const stories = top.map(({ s }) => {
    const level = fitLevel(s, q)!;
    return { storyId: s.id, title: s.title, fit: level.fit, families: level.families, reason: reasonOf(level, q), quotes: quotesFor(s, q) };
  });
  return { question: q, fit: stories[0]?.fit ?? "gap", stories };
}

/** The best few stories for one question, best first. */
export function answerQuestion(q: Question, bank: readonly StorySummary[]): QuestionRow {
  return answerFromTraits(q, bank, traitsOf(bank));
}

/** answerQuestion for several questions, reading the bank once. */
export function answerQuestions(questions: readonly Question[], bank: readonly StorySummary[]): QuestionRow[] {
  if (questions.length === 0) return [];
  const traits = traitsOf(bank);
  return questions.map((q) => answerFromTraits(q, bank, traits));
}

export function buildQuestionTable(bank: readonly StorySummary[], questions: readonly Question[] = QUESTIONS): QuestionTable {
  const rows = answerQuestions(questions, bank);
  const best = new Map<string, string[]>();
  for (const r of rows) {
    const top = r.stories[0];
    if (top) best.set(top.storyId, [...(best.get(top.storyId) ?? []), r.question.id]);
  }
  const title = new Map(bank.map((s) => [s.id, s.title]));
  const overused = [...best.entries()]
    .filter(([, ids]) => ids.length > OVERUSE_LIMIT)
    .map(([storyId, questionIds]) => ({ storyId, title: title.get(storyId) ?? "", questionIds }))
    .sort((a, b) => b.questionIds.length - a.questionIds.length || compareIds(a.storyId, b.storyId));
  const counts: Record<QuestionFit, number> = { strong: 0, workable: 0, stretch: 0, gap: 0 };
  for (const r of rows) counts[r.fit]++;
  return { rows, unanswerable: rows.filter((r) => r.fit === "gap").map((r) => r.question.id), overused, counts };
}
