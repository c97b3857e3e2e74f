// The one-page interview sheet: the chosen strengths, the weakness outline, and
// for each selected question the story to tell (its one line and its result).
// Plain data; the page lays it out with print CSS.
import type { StorySummary } from "./bank";
import { type PlannerContext } from "./profile";
import { questionsFor } from "./families";
import { answerQuestions, type Question, type QuestionFit } from "./questions";
import { answerOutline, type AnswerOutline, type StrengthPlan } from "./strengths";
import { ROLE_TYPE_PROFILE } from "./tables";

export type SheetStory = { id: string; title: string; summary: string; resultQuote: string | null };

export type SheetQuestion = {
  id: string;
  text: string;
  /** How well the story answers it; "picked" when the user chose the story themselves. */
  fit: QuestionFit | "picked";
  story: SheetStory | null;
};

export type InterviewSheet = {
  heading: string;
  profileLine: string;
  strengths: { primary: string | null; complementary: string | null };
  outline: AnswerOutline;
  questions: SheetQuestion[];
  /** Every story the sheet names, in order of first appearance. */
  storyIds: string[];
  /** Selected ids that are not in the question set. */
  unknownQuestionIds: string[];
};

export type SheetInput = {
  ctx: PlannerContext;
  bank: readonly StorySummary[];
  plan: StrengthPlan;
  weakness: { skill: string; plan: string };
  questionIds: readonly string[];
  /** The user's choice of story per question id; otherwise the best match is used. */
  picks?: Readonly<Record<string, string>>;
  questions?: readonly Question[];
};

function sheetStory(s: StorySummary): SheetStory {
  return { id: s.id, title: s.title, summary: s.summary, resultQuote: s.resultQuote };
}

export function buildSheet(input: SheetInput): InterviewSheet {
  const { ctx, bank, plan } = input;
  const questions = input.questions ?? questionsFor(ctx.field);
  const byId = new Map(bank.map((s) => [s.id, s]));
  const unknownQuestionIds: string[] = [];
  const asked: { id: string; q: Question; picked: StorySummary | undefined }[] = [];
  for (const id of input.questionIds) {
    const q = questions.find((x) => x.id === id);
    if (!q) {
      unknownQuestionIds.push(id);
      continue;
    }
    const picked = input.picks?.[id];
    asked.push({ id, q, picked: picked !== undefined ? byId.get(picked) : undefined });
  }
  // One read of the bank for every question the user did not pick a story for.
  const answered = answerQuestions(
    asked.filter((a) => !a.picked).map((a) => a.q),
    bank,
  );
  let next = 0;
  const rows: SheetQuestion[] = asked.map(({ id, q, picked }) => {
    if (picked) return { id, text: q.text, fit: "picked", story: sheetStory(picked) };
    const row = answered[next++]!;
    const top = row.stories[0];
    const story = top ? byId.get(top.storyId) : undefined;
    return { id, text: q.text, fit: row.fit, story: story ? sheetStory(story) : null };
  });
  const storyIds = [...new Set([...(plan.primary?.storyIds.slice(0, 1) ?? []), ...(plan.complementary?.storyIds.slice(0, 1) ?? []), ...rows.flatMap((r) => (r.story ? [r.story.id] : []))])];
  const role = ROLE_TYPE_PROFILE[ctx.roleType].label;
  return {
    heading: ctx.targetTitle ?? `Interview plan: ${role}`,
    profileLine: `${ctx.stage} stage, ${ctx.years} ${ctx.years === 1 ? "year" : "years"} of experience; aim for about ${Math.round(ctx.target.hard * 100)}% hard / ${Math.round(ctx.target.soft * 100)}% soft.`,
    strengths: { primary: plan.primary?.label ?? null, complementary: plan.complementary?.label ?? null },
    outline: answerOutline(plan, input.weakness, bank, ctx),
    questions: rows,
    storyIds,
    unknownQuestionIds,
  };
}
