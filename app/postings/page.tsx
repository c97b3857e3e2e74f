import type { Metadata } from "next";
import Link from "next/link";

import { PlannerNav } from "@/app/_components/planner-nav";
import { listPostings, loadPlannerState } from "@/lib/planner-data/queries";
import { requireUser } from "@/lib/auth/session";

import { PostingAnalyzer } from "./posting-analyzer";

export const metadata: Metadata = { title: "Job postings" };

export default async function PostingsPage() {
  const user = await requireUser("/postings");
  const [{ saved, ctx, examplesLeftOut }, postings] = await Promise.all([loadPlannerState(user.id), listPostings(user.id)]);
  return (
    <div className="space-y-6">
      <PlannerNav current="/postings" profileSaved={saved} context={ctx} examplesLeftOut={examplesLeftOut} />
      <header>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Job postings</h1>
        <p className="mt-1 max-w-3xl text-muted">
          Paste a job description to see whether it stresses hard or soft skills, which of its asks your stories prove, and which stories fit it best.
        </p>
      </header>
      <PostingAnalyzer />
      <section aria-labelledby="saved-postings">
        <h2 id="saved-postings" className="text-lg font-semibold">
          Saved postings
        </h2>
        {postings.length === 0 ? (
          <p className="mt-1 text-sm text-muted">None yet. Save a posting to come back to it.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {postings.map((p) => (
              <li key={p.id}>
                <Link href={`/postings/${p.id}`} className="text-brand underline">
                  {p.title}
                </Link>{" "}
                <span className="text-sm text-muted">saved {p.createdAt.slice(0, 10)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
