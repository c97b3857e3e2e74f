import type { Metadata } from "next";
import Link from "next/link";

import { PlannerNav } from "@/app/_components/planner-nav";
import { buildQuestionTable, fieldFamily, OVERUSE_LIMIT, questionsFor, type QuestionFit, type StoryFit } from "@/lib/planner";
import { memoOnBank } from "@/lib/planner-data/memo";
import { loadPlannerState } from "@/lib/planner-data/queries";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Behavioural questions" };

const FIT_STYLES: Record<QuestionFit, string> = {
  strong: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  workable: "bg-sky-50 text-sky-900 ring-sky-200",
  stretch: "bg-amber-50 text-amber-900 ring-amber-200",
  gap: "bg-red-50 text-red-800 ring-red-200",
};

function FitBadge({ fit }: { fit: QuestionFit }) {
  return <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold capitalize ring-1 ring-inset ${FIT_STYLES[fit]}`}>{fit}</span>;
}

/** Why the story fits, in its own words when the question asks for a situation; else the planner's reason. */
function WhyItFits({ fit }: { fit: StoryFit }) {
  const quote = fit.quotes[0];
  if (!quote) return <span className="block text-xs text-muted">{fit.reason}</span>;
  const at = quote.quote.indexOf(quote.words);
  return (
    <span className="block text-xs text-muted" data-testid="fit-quote">
      In your words: “
      {at < 0 ? (
        quote.quote
      ) : (
        <>
          {quote.quote.slice(0, at)}
          <mark className="bg-amber-100 text-ink">{quote.words}</mark>
          {quote.quote.slice(at + quote.words.length)}
        </>
      )}
      ”
    </span>
  );
}

export default async function QuestionsPage() {
  const user = await requireUser("/questions");
  const { bank, ctx, saved, examplesLeftOut } = await loadPlannerState(user.id);
  const questions = questionsFor(ctx.field);
  const own = fieldFamily(ctx.field).questions.length;
  const table = memoOnBank(bank, `questions:${ctx.field}`, () => buildQuestionTable(bank, questions));
  const text = new Map(questions.map((q) => [q.id, q.text]));
  return (
    <div className="space-y-6">
      <PlannerNav current="/questions" profileSaved={saved} context={ctx} examplesLeftOut={examplesLeftOut} />
      <header>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Behavioural questions</h1>
        <p className="mt-1 max-w-3xl text-muted">
          {own > 0 ? `${own} questions typical of ${fieldFamily(ctx.field).label.toLowerCase()}, then ${questions.length - own} common ones` : `${questions.length} common questions`},
          each with the stories in your bank that answer it best. Strong: a strong story shows what the question probes, in the situation it asks
          about; workable: a fair story or a partial match; stretch: you would have to reframe it (a story with no disagreement in it does not
          answer a question about conflict); gap: nothing answers it yet.
        </p>
        <p role="status" className="mt-2 text-sm">
          {table.counts.strong} strong, {table.counts.workable} workable, {table.counts.stretch} stretch, {table.counts.gap} {table.counts.gap === 1 ? "gap" : "gaps"}.
        </p>
      </header>

      {table.overused.length > 0 && (
        <section aria-labelledby="overused" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          <h2 id="overused" className="font-semibold">
            Warning: one story is carrying too many answers
          </h2>
          <ul className="mt-1 space-y-1 text-sm">
            {table.overused.map((o) => (
              <li key={o.storyId}>
                <Link href={`/stories/${o.storyId}`} className="font-medium underline">
                  {o.title}
                </Link>{" "}
                is the best answer to {o.questionIds.length} questions (more than {OVERUSE_LIMIT}); an interviewer will hear it twice. Write or strengthen
                other stories for some of them.
              </li>
            ))}
          </ul>
        </section>
      )}

      {table.unanswerable.length > 0 && (
        <section aria-labelledby="unanswerable" className="rounded-lg border border-red-200 bg-white p-4">
          <h2 id="unanswerable" className="font-semibold">
            Questions your bank cannot answer yet ({table.unanswerable.length})
          </h2>
          <ul className="mt-1 list-disc space-y-1 pl-6 text-sm" data-testid="unanswerable">
            {table.unanswerable.map((id) => (
              <li key={id}>{text.get(id)}</li>
            ))}
          </ul>
        </section>
      )}

      <div className="overflow-x-auto">
        <table className="w-full min-w-[48rem] border-collapse bg-white text-sm">
          <caption className="sr-only">Questions with your best stories and how well they fit</caption>
          <thead>
            <tr className="bg-slate-50 text-left">
              <th scope="col" className="border border-slate-200 p-2">
                Question
              </th>
              <th scope="col" className="border border-slate-200 p-2">
                Asks about
              </th>
              <th scope="col" className="border border-slate-200 p-2">
                Fit
              </th>
              <th scope="col" className="border border-slate-200 p-2">
                Best stories
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.question.id} data-fit={row.fit}>
                <th scope="row" className="border border-slate-200 p-2 text-left align-top font-normal">
                  {row.question.text}
                  <span className="block text-xs text-muted">{row.question.theme}</span>
                </th>
                <td className="border border-slate-200 p-2 align-top text-xs">
                  <span className="block font-medium">{row.question.competency}</span>
                  {row.question.families.join(", ")}
                </td>
                <td className="border border-slate-200 p-2 align-top">
                  <FitBadge fit={row.fit} />
                </td>
                <td className="border border-slate-200 p-2 align-top">
                  {row.stories.length === 0 ? (
                    <span className="text-muted">No story yet</span>
                  ) : (
                    <ul className="space-y-1">
                      {row.stories.map((s) => (
                        <li key={s.storyId}>
                          <Link href={`/stories/${s.storyId}`} className="text-brand-dark underline">
                            {s.title}
                          </Link>{" "}
                          <span className="text-xs text-muted">({s.fit})</span>
                          <WhyItFits fit={s} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
