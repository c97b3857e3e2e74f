// Turns a grade report into highlights over the graded text, and the text into
// flat segments that a view can render without nesting marks. Isomorphic, pure.
import type { EvidenceKind, GradeReport, Span } from "@/lib/grader/types";

export const HIGHLIGHT_KINDS = ["hard-skill", "soft-skill", "causal-link", "result-metric", "flag"] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export const HIGHLIGHT_LABELS: Record<HighlightKind, string> = {
  "hard-skill": "Hard skill in action",
  "soft-skill": "Soft skill in action",
  "causal-link": "Causal link",
  "result-metric": "Measured result",
  flag: "Needs work",
};

const EVIDENCE_KINDS: ReadonlySet<EvidenceKind> = new Set(["hard-skill", "soft-skill", "causal-link", "result-metric"]);

export type Highlight = {
  id: string;
  kind: HighlightKind;
  span: Span;
  reason: string;
  fix?: string;
};

export type Segment = {
  start: number;
  end: number;
  /** Ids of the highlights covering this segment, in the order of `highlights`. */
  ids: string[];
};

/**
 * The evidence worth showing in the text (the four kinds that earn credit) and every flag.
 * The same evidence can back several dimensions; it is shown once.
 */
export function collectHighlights(report: GradeReport): Highlight[] {
  const out: Highlight[] = [];
  const seen = new Set<string>();
  const whole = wholeStoryKeys(report);
  for (const dimension of Object.values(report.dimensions)) {
    for (const evidence of dimension.evidence) {
      if (evidence.effect !== "earns" || !EVIDENCE_KINDS.has(evidence.kind)) continue;
      const key = `${evidence.kind}:${evidence.span.start}:${evidence.span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        id: `h-${evidence.kind}-${evidence.span.start}-${evidence.span.end}`,
        kind: evidence.kind as HighlightKind,
        span: evidence.span,
        reason: evidence.reason,
        fix: evidence.fix,
      });
    }
  }
  for (const flag of report.flags) {
    const key = `flag:${flag.id}:${flag.span.start}:${flag.span.end}`;
    if (seen.has(key) || whole.has(`${flag.id}:${flag.span.start}:${flag.span.end}`)) continue;
    seen.add(key);
    out.push({ id: `h-flag-${flag.id}-${flag.span.start}-${flag.span.end}`, kind: "flag", span: flag.span, reason: flag.message, fix: flag.fix });
  }
  return out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/** Flags about the story as a whole (its length): shown as a note, since marking every word says nothing. */
export function wholeStoryNotes(report: GradeReport): { id: string; message: string; fix: string }[] {
  const whole = wholeStoryKeys(report);
  return report.flags
    .filter((flag) => whole.has(`${flag.id}:${flag.span.start}:${flag.span.end}`))
    .map((flag) => ({ id: flag.id, message: flag.message, fix: flag.fix }));
}

function wholeStoryKeys(report: GradeReport): Set<string> {
  const keys = new Set<string>();
  for (const dimension of Object.values(report.dimensions)) {
    for (const evidence of dimension.evidence) {
      if (evidence.kind === "length") keys.add(`${evidence.ruleId}:${evidence.span.start}:${evidence.span.end}`);
    }
  }
  return keys;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Clamps a span into the text and widens it so that it never cuts an emoji (a surrogate pair) in half. */
export function safeSpan(text: string, span: Span): Span | null {
  let start = Math.max(0, Math.min(text.length, Math.floor(span.start)));
  let end = Math.max(0, Math.min(text.length, Math.floor(span.end)));
  if (end <= start) return null;
  if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start -= 1;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end += 1;
  return { start, end };
}

/**
 * Cuts the text at every span boundary so that overlapping highlights become flat segments,
 * each listing the highlights that cover it. The segments cover the whole text, in order.
 */
export function segmentText(text: string, highlights: readonly Highlight[]): Segment[] {
  const spans = highlights
    .map((highlight) => ({ id: highlight.id, span: safeSpan(text, highlight.span) }))
    .filter((entry): entry is { id: string; span: Span } => entry.span !== null);
  const cuts = new Set<number>([0, text.length]);
  for (const { span } of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    const ids = spans.filter(({ span }) => span.start <= start && span.end >= end).map(({ id }) => id);
    const last = segments.at(-1);
    if (last && sameIds(last.ids, ids)) last.end = end;
    else segments.push({ start, end, ids });
  }
  return segments;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * The part of a segmentation that falls in [start, end), with offsets relative to `start`:
 * how one STAR box shows its share of the highlights of the joined story.
 */
export function clipSegments(segments: readonly Segment[], start: number, end: number): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const from = Math.max(segment.start, start);
    const to = Math.min(segment.end, end);
    if (to > from) out.push({ start: from - start, end: to - start, ids: segment.ids });
  }
  return out;
}
