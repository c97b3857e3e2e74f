import Link from "next/link";

import type { StoryListQuery } from "@/lib/stories/schema";

import { bankHref } from "./bank-href";

const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-ink hover:bg-slate-50";
const disabledClass = "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500";

export function Pagination({ query, page, pages }: { query: StoryListQuery; page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={bankHref(query, { page: page - 1 })} className={linkClass} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className={disabledClass} aria-hidden="true">
          ← Previous
        </span>
      )}
      <p className="text-sm text-muted" aria-current="page">
        Page {page} of {pages.toLocaleString("en")}
      </p>
      {page < pages ? (
        <Link href={bankHref(query, { page: page + 1 })} className={linkClass} rel="next">
          Next →
        </Link>
      ) : (
        <span className={disabledClass} aria-hidden="true">
          Next →
        </span>
      )}
    </nav>
  );
}
