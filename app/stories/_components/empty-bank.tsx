import Link from "next/link";

import { EXAMPLE_STORIES } from "@/lib/stories/examples";

const STEPS = [
  { title: "Pick one moment", body: "A single problem you worked on, with a before and an after. Not a summary of a job." },
  { title: "Show your own part", body: "Say “I”, name the tool or method you used, and who you worked with to get it done." },
  { title: "End on a number", body: "What changed, by how much, and by when: tickets, hours, money, errors, customers." },
];

/** What a new user sees: how to write a first story, or a handful of examples to explore. */
export function EmptyBank() {
  return (
    <section aria-labelledby="empty-bank-title" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h2 id="empty-bank-title" className="text-xl font-semibold">
        Your bank is empty. Start with one story.
      </h2>
      <p className="mt-2 max-w-2xl text-muted">
        Interviewers remember stories where a skill you used led, through people, to a result someone measured. Write
        one in the STAR shape (Situation, Task, Action, Result) and StoryBank grades it as you type.
      </p>
      <ol className="mt-6 grid gap-4 sm:grid-cols-3">
        {STEPS.map((step, index) => (
          <li key={step.title} className="rounded-lg bg-surface p-4">
            <p className="text-sm font-semibold text-brand-dark">Step {index + 1}</p>
            <h3 className="mt-1 font-semibold">{step.title}</h3>
            <p className="mt-1 text-sm text-muted">{step.body}</p>
          </li>
        ))}
      </ol>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:items-center">
        <Link href="/stories/new" className="rounded-md bg-brand px-4 py-2 text-center font-semibold text-white hover:bg-brand-dark">
          Write your first story
        </Link>
        <form method="post" action="/api/stories/examples">
          <button type="submit" className="w-full rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-ink hover:bg-slate-50 sm:w-auto">
            Add {EXAMPLE_STORIES.length} example stories
          </button>
        </form>
        <Link href="/stories/import" className="text-sm font-medium text-brand underline sm:ml-2">
          or import a file
        </Link>
      </div>
      <p className="mt-3 text-sm text-muted">
        The examples span support, sales, nursing, data and team leadership, some strong and some weak, so you can
        compare what the grader rewards. They are marked as examples and left out of your interview plan unless you include them in your profile.
        Delete them whenever you like.
      </p>
    </section>
  );
}
