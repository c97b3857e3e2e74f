import type { Metadata } from "next";
import Link from "next/link";

import { PlannerNav } from "@/app/_components/planner-nav";
import { buildCoverage, type CoverageCell } from "@/lib/planner";
import { memoOnBank } from "@/lib/planner-data/memo";
import { loadPlannerState } from "@/lib/planner-data/queries";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Coverage grid" };

const SHOWN_PER_CELL = 2;

function Cell({ cell, titles, label, detail = false }: { cell: CoverageCell; titles: Map<string, string>; label: string; detail?: boolean }) {
  if (!cell.gap) {
    const more = cell.storyIds.length - SHOWN_PER_CELL;
    return (
      <td className="border border-slate-200 bg-emerald-50 p-2 align-top">
        <span className="sr-only">
          {label} with {cell.family}: covered by{" "}
        </span>
        <ul className="space-y-1">
          {cell.storyIds.slice(0, SHOWN_PER_CELL).map((id) => (
            <li key={id}>
              <Link href={`/stories/${id}`} className="text-brand-dark underline">
                {titles.get(id) ?? "Story"}
              </Link>
            </li>
          ))}
        </ul>
        {more > 0 && <p className="mt-1 text-xs text-muted">and {more.toLocaleString("en")} more</p>}
      </td>
    );
  }
  return (
    <td className="border border-slate-200 bg-amber-50 p-2 align-top" data-gap="true">
      <span className="font-semibold text-amber-900">Gap</span>
      <span className="sr-only">
        : no integrated story proves {label} with {cell.family}
      </span>
      {cell.closest ? (
        <p className="mt-1 text-xs">
          Closest:{" "}
          <Link href={`/stories/${cell.closest.storyId}`} className="text-brand-dark underline">
            {cell.closest.title}
          </Link>
          {detail && <span className="mt-1 block text-muted">{cell.closest.reason}</span>}
        </p>
      ) : (
        <p className="mt-1 text-xs text-muted">No story comes near.</p>
      )}
    </td>
  );
}

export default async function CoveragePage() {
  const user = await requireUser("/coverage");
  const { bank, ctx, saved, examplesLeftOut } = await loadPlannerState(user.id);
  const grid = memoOnBank(bank, "coverage", () => buildCoverage(bank));
  const titles = new Map(bank.map((s) => [s.id, s.title]));
  return (
    <div className="space-y-6">
      <PlannerNav current="/coverage" profileSaved={saved} context={ctx} examplesLeftOut={examplesLeftOut} />
      <header>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Coverage grid</h1>
        <p className="mt-1 max-w-3xl text-muted">
          Each cell lists the stories that prove a hard skill and a soft-skill family together, linked in one chain of cause and effect. A gap names
          the story closest to filling it; the field rows say what to add.
        </p>
      </header>
      {grid.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6">
          No story uses a hard skill yet.{" "}
          <Link href="/stories/new" className="text-brand underline">
            Write one
          </Link>{" "}
          that names the tool or method you used.
        </p>
      ) : (
        <>
          <p role="status" className="text-sm text-muted">
            {grid.counts.covered} of {grid.counts.cells} field cells covered, {grid.counts.gaps} {grid.counts.gaps === 1 ? "gap" : "gaps"}.
            {grid.unprovenFamilies.length > 0 && ` No story shows ${grid.unprovenFamilies.join(", ")} in action yet.`}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[56rem] border-collapse bg-white text-sm">
              <caption className="sr-only">Hard skills by soft-skill family</caption>
              <thead>
                <tr>
                  <th scope="col" className="border border-slate-200 bg-slate-50 p-2 text-left">
                    Hard skill
                  </th>
                  {grid.families.map((f) => (
                    <th key={f} scope="col" className="border border-slate-200 bg-slate-50 p-2 text-left capitalize">
                      {f.replace("-", " ")}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.rows.flatMap((row) => [
                  <tr key={`f-${row.field}`}>
                    <th scope="row" className="border border-slate-200 bg-slate-50 p-2 text-left align-top font-semibold capitalize">
                      {row.field}
                    </th>
                    {row.cells.map((cell) => (
                      <Cell key={cell.family} cell={cell} titles={titles} label={row.field} detail />
                    ))}
                  </tr>,
                  ...row.terms.map((t) => (
                    <tr key={`t-${row.field}-${t.term}`}>
                      <th scope="row" className="border border-slate-200 p-2 pl-6 text-left align-top font-normal">
                        {t.term}
                      </th>
                      {t.cells.map((cell) => (
                        <Cell key={cell.family} cell={cell} titles={titles} label={t.term} />
                      ))}
                    </tr>
                  )),
                ])}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
