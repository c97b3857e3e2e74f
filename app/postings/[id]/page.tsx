import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { PlannerNav } from "@/app/_components/planner-nav";
import { analysePosting } from "@/lib/planner";
import { postingView } from "@/lib/planner-data/analysis";
import { getPosting, loadPlannerState } from "@/lib/planner-data/queries";
import { requireUser } from "@/lib/auth/session";

import { removePosting } from "../actions";
import { PostingResult } from "../posting-result";

export const metadata: Metadata = { title: "Saved posting" };

export default async function PostingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/postings/${id}`);
  const [posting, state] = await Promise.all([getPosting(user.id, id), loadPlannerState(user.id)]);
  if (!posting) notFound();
  const view = postingView(analysePosting(posting.text, state.bank, { stage: state.ctx.stage }));
  return (
    <div className="space-y-6">
      <PlannerNav current="/postings" profileSaved={state.saved} context={state.ctx} examplesLeftOut={state.examplesLeftOut} />
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm">
            <Link href="/postings" className="text-brand underline">
              All postings
            </Link>
          </p>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{posting.title}</h1>
          <p className="text-sm text-muted">Saved {posting.createdAt.slice(0, 10)}</p>
        </div>
        <form action={removePosting.bind(null, posting.id)}>
          <button type="submit" className="rounded-md border border-red-300 bg-white px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50">
            Delete posting
          </button>
        </form>
      </header>
      <details className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <summary className="cursor-pointer font-medium">The posting&apos;s text</summary>
        <p className="mt-2 whitespace-pre-wrap text-sm">{posting.text}</p>
      </details>
      <PostingResult view={view} />
    </div>
  );
}
