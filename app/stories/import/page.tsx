import type { Metadata } from "next";
import Link from "next/link";

import { ROLES, STAGES } from "@/lib/grader";
import { requireUser } from "@/lib/auth/session";
import { MAX_IMPORT_BYTES, MAX_IMPORT_STORIES } from "@/lib/stories/transfer";

import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import stories" };

const COLUMNS = [
  { name: "title", note: "required" },
  { name: "text", note: "the story; or the four columns below" },
  { name: "situation, task, action, result", note: "a story in four boxes" },
  { name: "role", note: ROLES.join(", ") },
  { name: "stage", note: STAGES.join(", ") },
  { name: "tags", note: "separated by ;" },
  { name: "created_at, updated_at", note: "optional dates, like 2026-01-31" },
];

export default async function ImportPage() {
  await requireUser("/stories/import");
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header>
        <Link href="/stories" className="text-sm font-medium text-brand underline">
          ← My stories
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">Import stories</h1>
        <p className="mt-2 text-muted">
          Bring back a StoryBank JSON export (with every revision), or add stories from a spreadsheet saved as CSV. The file
          is checked as soon as you choose it, before anything is saved: if any row has a problem, nothing is imported and
          each problem is listed by row. Stories already in your bank are counted, and you choose whether to skip them or
          keep copies.
        </p>
      </header>

      <ImportForm maxBytes={MAX_IMPORT_BYTES} maxStories={MAX_IMPORT_STORIES} />

      <section aria-labelledby="csv-columns" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="csv-columns" className="text-lg font-semibold">
          CSV columns
        </h2>
        <p className="mt-1 text-sm text-muted">
          The first row names the columns, in any order; other columns (such as scores) are ignored. Rows are counted as
          in a spreadsheet, so the first story is row 2. A StoryBank CSV export can be imported as it is.
        </p>
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">Columns a CSV import reads</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-2 pr-4 font-semibold">
                Column
              </th>
              <th scope="col" className="py-2 font-semibold">
                What goes in it
              </th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map((column) => (
              <tr key={column.name} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-2 pr-4 font-mono text-xs font-normal text-ink">
                  {column.name}
                </th>
                <td className="py-2 text-muted">{column.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 text-sm text-muted">
          Limits: {MAX_IMPORT_STORIES.toLocaleString("en")} stories and {MAX_IMPORT_BYTES / 1024 / 1024} MB per file.
        </p>
      </section>
    </div>
  );
}
