// Behavioural questions and which stories answer them. Judgment: a story
// answers a question when it shows, in action, the soft-skill family the
// question probes (and the hard skill, when the question needs one); how well
// depends on the story's band. Source: guide, soft-skill families table and
// "Integration in Success Stories". Blind spot: "failure" and "deadline" are
// themes, not skills; a story is matched by the behaviour it shows, not by
// whether it is about failing or a deadline.
import type { HardField, SoftFamily } from "@/lib/grader";

import { compareIds, isStrong, provesFamily, provesField, type StorySummary } from "./bank";
import { OVERUSE_LIMIT } from "./tables";

export type Question = {
  id: string;
  text: string;
  theme: string;
  /** Families the question probes, the main one first. */
  families: readonly SoftFamily[];
  /** true: any hard skill in action; a list: one of these fields. */
  needsHard?: true | readonly HardField[];
};

export const QUESTIONS = [
  { id: "conflict-teammate", theme: "conflict", text: "Tell me about a time you disagreed with a teammate. How did you settle it?", families: ["collaboration", "communication"] },
  { id: "conflict-manager", theme: "conflict", text: "Describe a time you pushed back on a decision your manager had made.", families: ["communication", "leadership"] },
  { id: "conflict-mediate", theme: "conflict", text: "Give an example of helping two people or teams who were at odds find common ground.", families: ["collaboration"] },
  { id: "difficult-person", theme: "conflict", text: "Tell me about working with someone you found hard to work with.", families: ["collaboration", "adaptability"] },
  { id: "failure", theme: "failure", text: "Tell me about a time something you owned did not work out. What did you do next?", families: ["adaptability", "work-ethic"] },
  { id: "mistake-owned", theme: "failure", text: "Describe a mistake you made and how you put it right.", families: ["work-ethic", "communication"] },
  { id: "feedback-received", theme: "failure", text: "Tell me about hard feedback you received and what you changed because of it.", families: ["adaptability"] },
  { id: "lead-project", theme: "leadership", text: "Tell me about a project you led from start to finish.", families: ["leadership"], needsHard: true },
  { id: "lead-without-title", theme: "leadership", text: "Describe a time you stepped up to lead when it was not your job.", families: ["leadership", "work-ethic"] },
  { id: "mentor", theme: "leadership", text: "Tell me about someone you coached or mentored. What changed for them?", families: ["leadership", "communication"] },
  { id: "delegate", theme: "leadership", text: "Give an example of handing off work you could have done yourself.", families: ["leadership"] },
  { id: "hard-call", theme: "leadership", text: "Tell me about a difficult decision you made with incomplete information.", families: ["leadership", "problem-solving"] },
  { id: "motivate-team", theme: "leadership", text: "Describe a time you kept a team going when morale was low.", families: ["leadership", "collaboration"] },
  { id: "deadline-tight", theme: "deadline", text: "Tell me about a time you had far less time than the work needed.", families: ["work-ethic", "problem-solving"] },
  { id: "deadline-missed", theme: "deadline", text: "Describe a deadline you saw you would miss. What did you do and who did you tell?", families: ["communication", "work-ethic"] },
  { id: "prioritise", theme: "deadline", text: "Tell me about juggling several urgent priorities at once.", families: ["work-ethic", "adaptability"] },
  { id: "influence-no-authority", theme: "influence", text: "Tell me about persuading people who did not report to you to change what they were doing.", families: ["leadership", "communication"] },
  { id: "sell-idea", theme: "influence", text: "Describe a time you won support for an idea others doubted.", families: ["communication", "leadership"] },
  { id: "change-mind-data", theme: "influence", text: "Tell me about using evidence or analysis to change someone's mind.", families: ["communication"], needsHard: true },
  { id: "stakeholder-alignment", theme: "influence", text: "Describe getting several stakeholders with different goals to agree on a plan.", families: ["collaboration", "communication"] },
  { id: "learn-fast", theme: "learning", text: "Tell me about a time you had to learn something new very quickly to get the job done.", families: ["adaptability"], needsHard: true },
  { id: "new-tool", theme: "learning", text: "Describe picking up a tool or method you had never used and putting it to work.", families: ["adaptability", "problem-solving"], needsHard: true },
  { id: "change-plan", theme: "adaptability", text: "Tell me about a time the plan changed halfway through. How did you adjust?", families: ["adaptability"] },
  { id: "ambiguity", theme: "adaptability", text: "Describe a task where the goal was unclear. How did you make progress?", families: ["adaptability", "problem-solving"] },
  { id: "new-team", theme: "adaptability", text: "Tell me about joining a team or project midway and getting up to speed.", families: ["adaptability", "collaboration"] },
  { id: "hard-problem", theme: "problem-solving", text: "Walk me through the hardest problem you have solved at work.", families: ["problem-solving"], needsHard: true },
  { id: "root-cause", theme: "problem-solving", text: "Tell me about finding the real cause of a recurring problem.", families: ["problem-solving"], needsHard: true },
  { id: "creative-fix", theme: "problem-solving", text: "Describe a time you found a creative way around a constraint.", families: ["problem-solving", "adaptability"] },
  { id: "improve-process", theme: "problem-solving", text: "Tell me about a process you made faster, cheaper or less error-prone.", families: ["problem-solving", "collaboration"], needsHard: true },
  { id: "explain-technical", theme: "communication", text: "Tell me about explaining something technical to people without that background.", families: ["communication"], needsHard: true },
  { id: "present-senior", theme: "communication", text: "Describe presenting to senior leaders. What was the outcome?", families: ["communication"] },
  { id: "bad-news", theme: "communication", text: "Tell me about delivering news someone did not want to hear.", families: ["communication", "collaboration"] },
  { id: "listen", theme: "communication", text: "Give an example of listening closely that changed what you did.", families: ["communication", "adaptability"] },
  { id: "cross-team", theme: "teamwork", text: "Tell me about working across teams or departments to deliver something.", families: ["collaboration"], needsHard: true },
  { id: "help-colleague", theme: "teamwork", text: "Describe a time you helped a colleague succeed at something.", families: ["collaboration", "leadership"] },
  { id: "remote-team", theme: "teamwork", text: "Tell me about keeping a team working well together when people were not in one place.", families: ["collaboration", "communication"] },
  { id: "difficult-customer", theme: "customer", text: "Tell me about a difficult customer or client and how you handled them.", families: ["collaboration", "communication"] },
  { id: "customer-need", theme: "customer", text: "Describe a time you found out what a customer really needed, beyond what they asked for.", families: ["communication", "problem-solving"] },
  { id: "above-and-beyond", theme: "work ethic", text: "Tell me about going beyond what was expected of you.", families: ["work-ethic"] },
  { id: "ownership", theme: "work ethic", text: "Describe something you took ownership of that nobody had asked you to fix.", families: ["work-ethic", "leadership"] },
  { id: "persistence", theme: "work ethic", text: "Tell me about sticking with a problem long after others would have given up.", families: ["work-ethic", "problem-solving"] },
  { id: "proud-result", theme: "impact", text: "What result are you most proud of, and what was your part in it?", families: ["leadership", "collaboration"], needsHard: true },
  { id: "data-decision", theme: "impact", text: "Tell me about a decision you made based on data.", families: ["problem-solving", "communication"], needsHard: ["data", "finance", "business-tools"] },
  { id: "risk-taken", theme: "impact", text: "Describe a calculated risk you took. How did it turn out?", families: ["leadership", "adaptability"] },
] as const satisfies readonly Question[];

export type QuestionId = (typeof QUESTIONS)[number]["id"];

export type QuestionFit = "strong" | "workable" | "stretch" | "gap";

export const FIT_ORDER = ["strong", "workable", "stretch", "gap"] as const satisfies readonly QuestionFit[];

export type StoryFit = { storyId: string; title: string; fit: Exclude<QuestionFit, "gap">; families: SoftFamily[]; reason: string };

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
export type FitLevel = { fit: Exclude<QuestionFit, "gap">; families: SoftFamily[]; hardOk: boolean };

/** The fit level alone (no wording), cheap enough to run on every story for every question. */
export function fitLevel(s: StorySummary, q: Question): FitLevel | null {
  const families = q.families.filter((f) => provesFamily(s, f));
  const main = q.families[0];
  const hardOk = meetsHardNeed(s, q);
  if (isStrong(s) && main !== undefined && families.includes(main) && hardOk) return { fit: "strong", families, hardOk };
  if (families.length > 0) return { fit: s.band !== "weak" ? "workable" : "stretch", families, hardOk };
  if (q.needsHard !== undefined && hardOk && s.band !== "weak") return { fit: "stretch", families, hardOk };
  return null;
}

function reasonOf(level: FitLevel, q: Question): string {
  const shown = level.families.join(" and ");
  const main = q.families[0];
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
  return level ? { storyId: s.id, title: s.title, fit: level.fit, families: level.families, reason: reasonOf(level, q) } : null;
}

const FIT_RANK: Record<QuestionFit, number> = { strong: 0, workable: 1, stretch: 2, gap: 3 };

/** Best first: fit level, then how many of the question's families it shows, then score, then id. */
function compareFits(a: { fit: QuestionFit; families: number; s: StorySummary }, b: { fit: QuestionFit; families: number; s: StorySummary }): number {
  return FIT_RANK[a.fit] - FIT_RANK[b.fit] || b.families - a.families || b.s.overall - a.s.overall || compareIds(a.s.id, b.s.id);
}

/** Keeps only the best few while scanning, so a 10,000-story bank is never sorted per question. */
export function answerQuestion(q: Question, bank: readonly StorySummary[]): QuestionRow {
  const top: { fit: QuestionFit; families: number; s: StorySummary; level: FitLevel }[] = [];
  for (const s of bank) {
    const level = fitLevel(s, q);
    if (!level) continue;
    const entry = { fit: level.fit, families: level.families.length, s, level };
    const last = top[top.length - 1];
    if (top.length >= MAX_STORIES_PER_QUESTION && last && compareFits(entry, last) >= 0) continue;
    top.push(entry);
    top.sort(compareFits);
    if (top.length > MAX_STORIES_PER_QUESTION) top.pop();
  }
  const stories = top.map((t) => ({ storyId: t.s.id, title: t.s.title, fit: t.level.fit, families: t.level.families, reason: reasonOf(t.level, q) }));
  return { question: q, fit: top[0]?.fit ?? "gap", stories };
}

export function buildQuestionTable(bank: readonly StorySummary[], questions: readonly Question[] = QUESTIONS): QuestionTable {
  const rows = questions.map((q) => answerQuestion(q, bank));
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
