"use client";

// Grading as the user types: in the browser, within the keystroke's own render (about a
// millisecond), so the highlights behind the text never lag the words. The panels may lag a frame.
import { useDeferredValue, useMemo } from "react";

import { STAR_ORDER, boxOffsets } from "@/lib/editor/convert";
import type { DraftContent } from "@/lib/editor/drafts";
import { clipSegments, collectHighlights, segmentText, type Highlight, type Segment } from "@/lib/editor/highlights";
import type { GradeReport, StarPart } from "@/lib/grader/types";

import { gradeInput, type Grader } from "@/app/_components/editor/use-grader";

export type LiveGrade = {
  /** The grade of the words on screen (the server's grade until the grader has loaded). */
  report: GradeReport;
  /** The story as one text, as the grader reads it. */
  liveText: string;
  /** The grade shown has not caught up with the words yet. */
  pending: boolean;
  /** The text and grade for the panels, which may lag a frame behind the typing. */
  view: { text: string; report: GradeReport };
  highlightById: ReadonlyMap<string, Highlight>;
  /** The free text's highlight segments, or null while pending. */
  segments: Segment[] | null;
  /** One STAR box's share of the highlights, or null while pending. */
  boxSegments: (part: StarPart) => Segment[] | null;
};

/** Joins the boxes for display when the grader (which owns the joining rule) has not loaded yet. */
function plainJoin(parts: DraftContent["parts"]): string {
  return STAR_ORDER.map((part) => parts[part].trim())
    .filter(Boolean)
    .join("\n\n");
}

export function useLiveGrade(grader: Grader | null, content: DraftContent, initial: { report: GradeReport; text: string }): LiveGrade {
  const input = useMemo(
    () => ({ format: content.format, text: content.text, parts: content.parts, role: content.role, stage: content.stage }),
    [content.format, content.text, content.parts, content.role, content.stage],
  );
  const graded = useMemo(() => (grader ? gradeInput(grader, input) : null), [grader, input]);
  const report = graded?.report ?? initial.report;
  const gradedText = graded?.text ?? initial.text;
  const liveText = content.format === "star" ? (grader ? grader.joinStarParts(content.parts) : plainJoin(content.parts)) : content.text;
  const pending = gradedText !== liveText;
  const view = useDeferredValue(useMemo(() => ({ text: gradedText, report }), [gradedText, report]));
  const highlights = useMemo(() => collectHighlights(report), [report]);
  const highlightById = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  const segments = useMemo(() => (pending ? null : segmentText(gradedText, highlights)), [pending, gradedText, highlights]);
  const offsets = useMemo(() => (content.format === "star" && segments ? boxOffsets(gradedText, content.parts) : null), [content.format, content.parts, gradedText, segments]);
  const boxSegments = (part: StarPart): Segment[] | null => {
    const at = offsets?.[part];
    return segments && at !== null && at !== undefined ? clipSegments(segments, at, at + content.parts[part].length) : null;
  };
  return { report, liveText, pending, view, highlightById, segments, boxSegments };
}
