import type { Metadata } from "next";
import Link from "next/link";

import { PlannerNav } from "@/app/_components/planner-nav";
import { buildSheet, fieldFamily, proposeStrengths, questionsFor } from "@/lib/planner";
import { memoOnBank } from "@/lib/planner-data/memo";
import { loadPlannerState } from "@/lib/planner-data/queries";
import { requireUser } from "@/lib/auth/session";

import { chooseSheetQuestions } from "./actions";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Interview sheet" };

/** What the sheet asks until the user picks: one question from each of the most common themes. */
const DEFAULT_QUESTIONS = ["conflict-teammate", "failure", "deadline-tight", "influence-no-authority", "learn-fast", "proud-result"];
/** Until the user picks, a field's own questions lead: this many of them, then the common defaults, six in all. */
const FIELD_DEFAULTS = 3;

// The site header and every navigation stay off paper, and the type is set a little smaller (every
// size is in rem), so that the sheet fits one A4 or Letter page. buildSheet caps how many things it
// lists, and on paper every text is clamped to a fixed number of lines (heading, profile line and
// question 1, each outline line and each story 2, each result 1), so the page's height has a bound
// that does not depend on which stories rank first: at 13 px the worst case is about 855 px, against
// the 1,032 px that A4 and the 965 px that Letter leave inside 12 mm margins.
const PRINT_CSS = `@media print {
  body > header, nav, .print-hidden { display: none !important; }
  html { font-size: 13px; }
  html, body { background: #fff !important; }
  main { max-width: none !important; padding: 0 !important; }
  @page { margin: 12mm; }
}`;

export default async function SheetPage() {
  const user = await requireUser("/sheet");
  const { bank, ctx, plan: stored, saved, examplesLeftOut } = await loadPlannerState(user.id);
  const plan = memoOnBank(bank, `strengths:${JSON.stringify(ctx)}`, () => proposeStrengths(bank, ctx));
  const questions = questionsFor(ctx.field);
  const own = fieldFamily(ctx.field).questions.slice(0, FIELD_DEFAULTS).map((q) => q.id);
  const questionIds = stored.questionIds ?? [...own, ...DEFAULT_QUESTIONS.slice(0, DEFAULT_QUESTIONS.length - own.length)];
  const weakness = stored.weakness ?? (plan.weakness ? { skill: plan.weakness.label, plan: plan.weakness.plan } : { skill: "(choose one on the plan page)", plan: "" });
  const sheet = buildSheet({ ctx, bank, plan, weakness, questionIds, questions });
  const selected = new Set(questionIds);

  return (
    <div>
      <style>{PRINT_CSS}</style>
      <PlannerNav current="/sheet" profileSaved={saved} context={ctx} examplesLeftOut={examplesLeftOut} />
      <article className="mx-auto max-w-3xl space-y-5 rounded-xl border border-slate-200 bg-white p-6 shadow-sm print:border-0 print:p-0 print:shadow-none">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 className="text-2xl font-bold tracking-tight print:line-clamp-1">{sheet.heading}</h1>
            <p className="text-sm text-muted print:line-clamp-1">{sheet.profileLine}</p>
          </div>
          <PrintButton />
        </header>

        <section aria-labelledby="sheet-strengths">
          <h2 id="sheet-strengths" className="text-lg font-semibold">
            Strengths and weakness
          </h2>
          <ol className="mt-1 list-decimal space-y-1 pl-6 text-sm">
            {sheet.outline.lines.map((line) => (
              <li key={line} className="print:line-clamp-2">
                {line}
              </li>
            ))}
          </ol>
          {!stored.weakness && (
            <p className="print-hidden mt-1 text-xs text-muted">
              The weakness is the proposal;{" "}
              <Link href="/plan" className="text-brand underline">
                accept or choose your own
              </Link>
              .
            </p>
          )}
        </section>

        <section aria-labelledby="sheet-questions">
          <h2 id="sheet-questions" className="text-lg font-semibold">
            Questions and the story to tell
          </h2>
          {sheet.omittedQuestions > 0 && (
            <p className="print-hidden mt-1 text-sm text-muted" data-testid="sheet-omitted">
              The sheet shows the first {sheet.questions.length} questions you chose, so that it fits one printed page; an interview usually asks five to
              eight. {sheet.omittedQuestions} more {sheet.omittedQuestions === 1 ? "is" : "are"} left off: untick some below to choose which.
            </p>
          )}
          {sheet.questions.length === 0 ? (
            <p className="text-sm text-muted">No questions selected.</p>
          ) : (
            <ol className="mt-1 space-y-3 text-sm">
              {sheet.questions.map((q) => (
                <li key={q.id} className="break-inside-avoid">
                  <p className="font-semibold print:line-clamp-1">{q.text}</p>
                  {q.story ? (
                    <div className="ml-4" data-testid="sheet-story">
                      <p className="print:line-clamp-2">
                        <span className="font-medium" data-testid="sheet-story-title">
                          {q.story.title}
                        </span>
                        <span className="text-muted"> ({q.fit})</span>: {q.story.summary}
                      </p>
                      {q.story.resultQuote && <p className="text-muted print:line-clamp-1">Result: {q.story.resultQuote}</p>}
                    </div>
                  ) : (
                    <p className="ml-4 text-muted">No story answers this yet.</p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      </article>

      <details className="print-hidden mx-auto mt-6 max-w-3xl rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <summary className="cursor-pointer font-medium">
          Choose the questions ({sheet.questions.length + sheet.omittedQuestions} selected, up to 8 print)
        </summary>
        <form action={chooseSheetQuestions} className="mt-3 space-y-2">
          <fieldset>
            <legend className="sr-only">Questions on the sheet</legend>
            <ul className="space-y-1 text-sm">
              {questions.map((q) => (
                <li key={q.id}>
                  <label className="flex items-start gap-2">
                    <input type="checkbox" name="questionIds" value={q.id} defaultChecked={selected.has(q.id)} className="mt-1" />
                    <span>{q.text}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
            Update the sheet
          </button>
        </form>
      </details>
    </div>
  );
}
