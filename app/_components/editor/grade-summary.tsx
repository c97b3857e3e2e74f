"use client";

// Keeping the grade in reach while writing: a polite announcement when the grade settles (never on
// every keystroke), and on small screens a bar pinned to the bottom with the band and the three
// levels that jumps to the full report.
import { useEffect, useState } from "react";

import { BAND_LABELS, DIMENSION_LABELS, DIMENSION_ORDER, LEVEL_LABELS, gradeAnnouncement } from "@/lib/editor/labels";
import type { GradeReport } from "@/lib/grader/types";

/** How long the grade must stay the same before it is announced: a pause in typing. */
export const ANNOUNCE_AFTER_MS = 1500;

export function GradeAnnouncer({ report, pending, empty }: { report: GradeReport; pending: boolean; empty: boolean }) {
  const text = empty ? "" : gradeAnnouncement(report);
  const [said, setSaid] = useState("");
  useEffect(() => {
    if (pending || text === "") return;
    const timer = setTimeout(() => setSaid(text), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [text, pending]);
  return (
    <p aria-live="polite" className="sr-only" data-testid="grade-announcer">
      {said}
    </p>
  );
}

const LEVEL_DOT = ["bg-rose-500", "bg-amber-500", "bg-emerald-600"] as const;

export function GradeSummaryBar({ report, empty, reportId }: { report: GradeReport; empty: boolean; reportId: string }) {
  if (empty) return null;
  return (
    <div className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white/95 px-4 py-2 shadow-lg backdrop-blur lg:hidden" data-testid="grade-summary-bar">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 text-sm">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span>
            <span className="font-semibold capitalize">{BAND_LABELS[report.overall.band]}</span>{" "}
            <span className="tabular-nums">{report.overall.score}</span>
            <span className="sr-only"> out of 100</span>
          </span>
          {DIMENSION_ORDER.map((d) => (
            <span key={d} className="inline-flex items-center gap-1 text-xs text-muted">
              <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${LEVEL_DOT[report.dimensions[d].level]}`} />
              {DIMENSION_LABELS[d].name} {LEVEL_LABELS[report.dimensions[d].level]}
            </span>
          ))}
        </p>
        <a href={`#${reportId}`} className="shrink-0 rounded-md bg-brand px-3 py-1.5 font-medium text-white hover:bg-brand-dark">
          Full report
        </a>
      </div>
    </div>
  );
}
