import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { requireUser } from "@/lib/auth/session";
import { getPendingUndo, purgeExpiredUndo } from "@/lib/stories/bulk";
import { countStories, listBankFacets, listStories } from "@/lib/stories/queries";
import { EXAMPLE_STORIES } from "@/lib/stories/examples";
import { storyListQuerySchema } from "@/lib/stories/schema";

import { SelectionProvider, SelectionToolbar } from "./_components/bank-selection";
import { BankFilters } from "./_components/bank-filters";
import { bankHref, currentHref, firstValues, hasFilters } from "./_components/bank-href";
import { EmptyBank } from "./_components/empty-bank";
import { UnsavedDraft } from "./_components/unsaved-draft";
import { Pagination } from "./_components/pagination";
import { StoryList } from "./_components/story-list";
import { UndoBar, type PendingUndo } from "./_components/undo-bar";

export const metadata: Metadata = { title: "My stories" };

const EXPORTS = [
  { format: "json", label: "JSON (re-importable)" },
  { format: "md", label: "Markdown (for a doc or Notion)" },
  { format: "csv", label: "CSV (for a spreadsheet)" },
] as const;

function BankActions({ hasStories }: { hasStories: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Link href="/stories/new" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
        New story
      </Link>
      <Link href="/stories/import" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-ink hover:bg-slate-50">
        Import
      </Link>
      {hasStories && (
        <details className="relative">
          <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-ink hover:bg-slate-50">
            Export <span aria-hidden="true">▾</span>
          </summary>
          <ul className="absolute right-0 z-10 mt-1 w-64 rounded-md border border-slate-200 bg-white py-1 shadow-lg">
            {EXPORTS.map((item) => (
              <li key={item.format}>
                <a href={`/api/export?format=${item.format}`} download className="block px-3 py-2 text-sm text-ink hover:bg-slate-50">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}
      {hasStories && (
        // Any time, not only on an empty bank: the route skips the examples already there.
        <form method="post" action="/api/stories/examples">
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-ink hover:bg-slate-50">
            Add the {EXAMPLE_STORIES.length} examples
          </button>
        </form>
      )}
    </div>
  );
}

/** The last bulk action that can still be undone; expired ones (anyone's) are deleted for good first. */
async function pendingUndo(userId: string): Promise<PendingUndo | null> {
  try {
    await purgeExpiredUndo();
    return await getPendingUndo(userId);
  } catch (error) {
    // The bank still shows without its Undo.
    console.error("stories: reading the pending undo failed", error);
    return null;
  }
}

export default async function StoriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/stories");
  const raw = await searchParams;
  const params = firstValues(raw);
  const query = storyListQuerySchema.parse(params);
  // The filter form submits every field, empty or default; send it on to the short, shareable URL.
  if (!("added" in params)) {
    const canonical = bankHref(query);
    if (canonical !== currentHref(raw)) redirect(canonical);
  }
  const pending = await pendingUndo(user.id);
  const total = await countStories(user.id);
  const added = Number(params.added ?? 0);

  if (total === 0) {
    return (
      <div className="space-y-6">
        <header className="flex flex-wrap items-end justify-between gap-4">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">My stories</h1>
          <BankActions hasStories={false} />
        </header>
        <UndoBar pending={pending} />
        <UnsavedDraft userId={user.id} />
        <EmptyBank />
      </div>
    );
  }

  // In order: listStories regrades stories of an older grader version, which can change their skills.
  const page = await listStories(user.id, query);
  const facets = await listBankFacets(user.id);
  const filtered = hasFilters(query);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">My stories</h1>
          <p className="mt-1 text-sm text-muted">
            {total.toLocaleString("en")} {total === 1 ? "story" : "stories"} in your bank
          </p>
        </div>
        <BankActions hasStories />
      </header>
      <UndoBar pending={pending} />
      <UnsavedDraft userId={user.id} />

      {added > 0 && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-900">
          Added {added} example {added === 1 ? "story" : "stories"}. Open one to see what earned or cost its points. Your interview plan leaves
          them out unless you include them in your profile.
        </p>
      )}
      {"added" in params && added === 0 && (
        <p role="status" className="rounded-md border border-slate-200 bg-white px-4 py-2 text-sm">
          The example stories are already in your bank, so none were added.
        </p>
      )}

      {/* Keyed by the URL: a client-side navigation (a sort header, "Clear filters") must reset the
          form's uncontrolled fields, which keep their old values otherwise. */}
      <BankFilters key={bankHref(query)} query={query} facets={facets} />

      <p role="status" className="text-sm text-muted">
        {filtered || page.total !== total
          ? `${page.total.toLocaleString("en")} of ${total.toLocaleString("en")} stories match`
          : `Showing ${page.items.length === 0 ? 0 : (page.page - 1) * page.pageSize + 1}–${(page.page - 1) * page.pageSize + page.items.length} of ${page.total.toLocaleString("en")}`}
      </p>

      {page.items.length === 0 ? (
        <section aria-labelledby="no-match" className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 id="no-match" className="text-lg font-semibold">
            {page.total === 0 ? "No stories match these filters" : "There is nothing on this page"}
          </h2>
          <p className="mt-1 text-sm text-muted">
            {page.total === 0 ? "Try another search word, or clear the filters to see your whole bank." : `Your results end on page ${page.pages}.`}
          </p>
          <Link href="/stories" className="mt-4 inline-block rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
            Clear filters
          </Link>
        </section>
      ) : (
        <>
          <SelectionProvider ids={page.items.map((story) => story.id)}>
            <SelectionToolbar />
            <StoryList items={page.items} query={query} />
          </SelectionProvider>
          <Pagination query={query} page={page.page} pages={page.pages} />
        </>
      )}
    </div>
  );
}
