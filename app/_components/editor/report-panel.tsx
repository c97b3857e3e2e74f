"use client";

// The grade beside the story: on a wide screen a panel that stays in view (scrolling inside
// itself); on a phone a bar pinned to the bottom that jumps to it; for a screen reader a polite
// announcement once the grade settles.
import type { GradeReport } from "@/lib/grader/types";

import { GradeAnnouncer, GradeSummaryBar } from "@/app/_components/editor/grade-summary";
import { GradeReportView } from "@/app/_components/grade-report";

export function ReportPanel({ report, pending, empty, loadFailed }: { report: GradeReport; pending: boolean; empty: boolean; loadFailed: boolean }) {
  return (
    <div className="lg:self-stretch">
      <GradeReportView report={report} pending={pending} empty={empty} loadFailed={loadFailed} sticky />
      <GradeAnnouncer report={report} pending={pending} empty={empty} />
      <GradeSummaryBar report={report} empty={empty} reportId="grade-heading" />
    </div>
  );
}
