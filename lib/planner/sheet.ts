// The one-page interview sheet: the chosen strengths, the weakness outline, and
// for each selected question the story to tell (its one line and its result).
// Plain data; the page lays it out with print CSS. Everything it lists is capped
// (SHEET_LIMITS) so that the sheet fits one A4 page however large the bank and
// however many questions are chosen.
import type { StorySummary } from "./bank";
import { type PlannerContext } from "./profile";
import { questionsFor } from "./families";
import { answerQuestions, type Question, type QuestionFit } from "./questions";
import { answerOutline, type AnswerOutline, type StrengthPlan } from "./strengths";
import { ROLE_TYPE_PROFILE } from "./tables";

/**
 * What one A4 page holds at the sheet's print size. An interview asks five to eight questions, so the
 * sheet prints the first eight chosen; each text is cut at a word to the length of a line or two.
 */
export const SHEET_LIMITS = { questions: 8, heading: 90, title: 80, summary: 150, result: 130, outlineLine: 240 } as const;

/** Text on one line, cut at a word with an ellipsis when longer than `max`. */
export function clipLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  // The cut ends a word when a space follows it; otherwise it goes back to the last whole word.
  const space = flat[max - 1] === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, "")}…`;
}

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
  /** Chosen questions left off the page (beyond SHEET_LIMITS.questions). */
  omittedQuestions: number;
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
  return {
    id: s.id,
    title: clipLine(s.title, SHEET_LIMITS.title),
    summary: clipLine(s.summary, SHEET_LIMITS.summary),
    resultQuote: s.resultQuote === null ? null : clipLine(s.resultQuote, SHEET_LIMITS.result),
  };
}

export function buildSheet(input: SheetInput): InterviewSheet {
  const { ctx, bank, plan } = input;
  const questions = input.questions ?? questionsFor(ctx.field);
  const byId = new Map(bank.map((s) => [s.id, s]));
  const unknownQuestionIds: string[] = [];
  const asked: { id: string; q: Question; picked: StorySummary | undefined }[] = [];
  let omittedQuestions = 0;
  for (const id of input.questionIds) {
    const q = questions.find((x) => x.id === id);
    if (!q) {
      unknownQuestionIds.push(id);
      continue;
    }
    if (asked.length >= SHEET_LIMITS.questions) {
      omittedQuestions++;
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
  // A story already on the page gives way to another that fits its question as well: one story told
  // for every question makes a thin interview. Questions are served in the order chosen.
  const onPage = new Set(asked.flatMap((a) => (a.picked ? [a.picked.id] : [])));
  let next = 0;
  const rows: SheetQuestion[] = asked.map(({ id, q, picked }) => {
    if (picked) return { id, text: q.text, fit: "picked", story: sheetStory(picked) };
    const row = answered[next++]!;
    const top = row.stories[0];
    const choice = top ? (row.stories.find((s) => s.fit === top.fit && !onPage.has(s.storyId)) ?? top) : undefined;
    const story = choice ? byId.get(choice.storyId) : undefined;
    if (story) onPage.add(story.id);
    return { id, text: q.text, fit: row.fit, story: story ? sheetStory(story) : null };
  });
  const storyIds = [...new Set([...(plan.primary?.storyIds.slice(0, 1) ?? []), ...(plan.complementary?.storyIds.slice(0, 1) ?? []), ...rows.flatMap((r) => (r.story ? [r.story.id] : []))])];
  const role = ROLE_TYPE_PROFILE[ctx.roleType].label;
  const outline = answerOutline(plan, input.weakness, bank, ctx);
  return {
    heading: clipLine(ctx.targetTitle ?? `Interview plan: ${role}`, SHEET_LIMITS.heading),
    profileLine: `${ctx.stage} stage${ctx.assumed ? " (assumed: set your profile)" : `, ${ctx.years} ${ctx.years === 1 ? "year" : "years"} of experience`}; aim for about ${Math.round(ctx.target.hard * 100)}% hard / ${Math.round(ctx.target.soft * 100)}% soft.`,
    strengths: { primary: plan.primary?.label ?? null, complementary: plan.complementary?.label ?? null },
    outline: { ...outline, lines: outline.lines.map((line) => clipLine(line, SHEET_LIMITS.outlineLine)) },
    questions: rows,
    omittedQuestions,
    storyIds,
    unknownQuestionIds,
  };
}
