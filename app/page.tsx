import Link from "next/link";

import { getSessionUser } from "@/lib/auth/server";

const DIMENSIONS = [
  { title: "Skills working together", body: "Does a technical step you took lead, through people, to an outcome? Listing skills is not the same as showing them." },
  { title: "Concrete context", body: "Whose team, what problem, how big, by when, and what was your own part in it?" },
  { title: "A measured result", body: "A number that moved on a metric someone cares about, because of what you did." },
];

export default async function HomePage() {
  const user = await getSessionUser();
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-5">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Interview stories that prove what you can do</h1>
        <p className="text-lg text-muted">
          StoryBank is where you draft your achievement stories in the STAR shape (Situation, Task, Action, Result),
          keep them in one bank, and get each one graded the moment you write it, with the exact words that
          earned or cost each point and the next edit to make.
        </p>
        <div className="flex flex-wrap gap-3">
          {user ? (
            <Link href="/stories" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
              Open my story bank
            </Link>
          ) : (
            <Link href="/sign-up" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
              Start a story bank
            </Link>
          )}
          <Link href="/grade" className="rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50">
            Grade one story now, no account
          </Link>
        </div>
      </section>
      <section aria-labelledby="what-we-grade">
        <h2 id="what-we-grade" className="text-xl font-semibold">
          What every story is graded on
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          {DIMENSIONS.map((dimension) => (
            <li key={dimension.title} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">{dimension.title}</h3>
              <p className="mt-1 text-sm text-muted">{dimension.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
