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

function gapLine(gaps: number, of: number): string {
  return gaps === 0 ? "every family covered" : `${gaps} of ${of} families still a gap`;
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
          <p className="text-sm text-muted">
            Fields with the most gaps come first, and so do the skills inside each field. On a narrow screen the grid scrolls sideways inside its
            frame; the skill names stay in view.
          </p>
          {/* relative: the cells' screen-reader text is absolutely placed, and must scroll with the frame, not widen the page. */}
          <div
            role="region"
            aria-labelledby="coverage-caption"
            tabIndex={0}
            className="relative max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
            data-testid="coverage-frame"
          >
            <table className="w-full min-w-[48rem] border-collapse text-sm">
              <caption id="coverage-caption" className="sr-only">
                Hard skills by soft-skill family, grouped by field, gaps first (scrolls sideways)
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="sticky left-0 z-10 w-40 border border-slate-200 bg-slate-50 p-2 text-left">
                    Hard skill
                  </th>
                  {grid.families.map((f) => (
                    <th key={f} scope="col" className="border border-slate-200 bg-slate-50 p-2 text-left capitalize">
                      {f.replace("-", " ")}
                    </th>
                  ))}
                </tr>
              </thead>
              {grid.rows.map((row) => (
                <tbody key={row.field}>
                  <tr>
                    <th scope="rowgroup" colSpan={grid.families.length + 1} className="border border-slate-200 bg-slate-100 p-0 text-left">
                      <span className="sticky left-0 inline-block px-2 py-1.5 font-semibold capitalize">
                        {row.field} <span className="font-normal normal-case text-muted">· {gapLine(row.gaps, grid.families.length)}</span>
                      </span>
                    </th>
                  </tr>
                  <tr>
                    <th scope="row" className="sticky left-0 z-10 w-40 border border-slate-200 bg-slate-50 p-2 text-left align-top font-semibold">
                      Any {row.field} skill
                    </th>
                    {row.cells.map((cell) => (
                      <Cell key={cell.family} cell={cell} titles={titles} label={row.field} detail />
                    ))}
                  </tr>
                  {row.terms.map((t) => (
                    <tr key={t.term}>
                      <th scope="row" className="sticky left-0 z-10 w-40 break-words border border-slate-200 bg-white p-2 pl-4 text-left align-top font-normal">
                        {t.term}
                      </th>
                      {t.cells.map((cell) => (
                        <Cell key={cell.family} cell={cell} titles={titles} label={t.term} />
                      ))}
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        </>
      )}
    </div>
  );
}
