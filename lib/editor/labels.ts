// Words the editor and the report show for the grader's enums. Isomorphic.
import type { Band, Dimension, GradeReport, Level, StarPart } from "@/lib/grader/types";

export const ROLE_LABELS: Record<string, string> = {
  technical: "Technical",
  customer: "Customer-facing",
  leadership: "Leadership",
  general: "General",
};

export const STAGE_LABELS: Record<string, string> = {
  entry: "Entry level",
  mid: "Mid-career",
  senior: "Senior",
  executive: "Executive",
};

export const PART_LABELS: Record<StarPart, string> = {
  situation: "Situation",
  task: "Task",
  action: "Action",
  result: "Result",
};

export const DIMENSION_ORDER = ["integration", "context", "result"] as const satisfies readonly Dimension[];

export const DIMENSION_LABELS: Record<Dimension, { name: string; question: string }> = {
  integration: { name: "Integration", question: "Do your skills work together in what you did?" },
  context: { name: "Context", question: "Whose team, what problem, how big, by when, and your own part?" },
  result: { name: "Result", question: "Did a number move on a metric someone cares about?" },
};

export const LEVEL_LABELS: Record<Level, string> = { 0: "missing", 1: "partial", 2: "solid" };

export const BAND_LABELS: Record<Band, string> = { weak: "weak", fair: "fair", strong: "strong" };

export const LADDER_STEPS = ["claimed skill", "skill in context", "skills integrated", "integrated and measured"] as const;

export function labelFor(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value.charAt(0).toUpperCase() + value.slice(1);
}

/**
 * What a screen reader hears when the grade settles: the band and the three levels, not the score,
 * which moves with nearly every word.
 */
export function gradeAnnouncement(report: Pick<GradeReport, "overall" | "dimensions">): string {
  const levels = DIMENSION_ORDER.map((d) => `${DIMENSION_LABELS[d].name.toLowerCase()} ${LEVEL_LABELS[report.dimensions[d].level]}`);
  return `Grade: ${BAND_LABELS[report.overall.band]}. ${levels.join(", ")}.`;
}
