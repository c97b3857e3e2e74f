"use client";

// The graded text with its evidence and flags marked, one colour per kind. Each mark can be
// reached with the mouse and with Tab, and explains itself (reason and fix) in a tooltip.
import { useEffect, useId, useMemo, useState } from "react";

import { HIGHLIGHT_KINDS, HIGHLIGHT_LABELS, collectHighlights, segmentText, wholeStoryNotes, type Highlight, type HighlightKind } from "@/lib/editor/highlights";
import type { GradeReport } from "@/lib/grader/types";

export const KIND_STYLES: Record<HighlightKind, { mark: string; swatch: string }> = {
  "hard-skill": { mark: "bg-sky-100 shadow-[inset_0_-2px_0_var(--color-sky-600)]", swatch: "bg-sky-100 ring-sky-600" },
  "soft-skill": { mark: "bg-emerald-100 shadow-[inset_0_-2px_0_var(--color-emerald-600)]", swatch: "bg-emerald-100 ring-emerald-600" },
  "causal-link": { mark: "bg-violet-100 shadow-[inset_0_-2px_0_var(--color-violet-600)]", swatch: "bg-violet-100 ring-violet-600" },
  "result-metric": { mark: "bg-amber-100 shadow-[inset_0_-2px_0_var(--color-amber-600)]", swatch: "bg-amber-100 ring-amber-600" },
  flag: { mark: "bg-rose-50 underline decoration-rose-600 decoration-wavy decoration-2 underline-offset-4", swatch: "bg-rose-50 ring-rose-600" },
};

const width = (h: Highlight) => h.span.end - h.span.start;

/** The room an open tooltip keeps from either side of the window, in px. */
const EDGE = 8;

/**
 * Keeps an open tooltip inside the window's width: it opens under the start of its mark, so on a phone a
 * mark near the end of a line (or one that wraps onto the next) would push it past the right edge. It
 * slides left, or right should it start left of the window, and again when the window or its text
 * changes size. Its max-width keeps it narrower than the window, so both edges fit.
 */
function keepInView(tooltip: HTMLSpanElement) {
  const place = () => {
    tooltip.style.translate = "";
    const { left, right } = tooltip.getBoundingClientRect();
    let shift = Math.min(0, document.documentElement.clientWidth - EDGE - right);
    if (left + shift < EDGE) shift = EDGE - left;
    if (shift !== 0) tooltip.style.translate = `${Math.round(shift)}px 0`;
  };
  place();
  const resized = new ResizeObserver(place);
  resized.observe(tooltip);
  window.addEventListener("resize", place);
  return () => {
    resized.disconnect();
    window.removeEventListener("resize", place);
  };
}

/** The narrowest evidence gives the colour; a flag over it adds its wavy underline. */
export function markClass(covering: Highlight[]): string {
  const evidence = covering.filter((h) => h.kind !== "flag").sort((a, b) => width(a) - width(b))[0];
  const flagged = covering.some((h) => h.kind === "flag");
  if (!evidence) return KIND_STYLES.flag.mark;
  return `${KIND_STYLES[evidence.kind].mark} ${flagged ? "underline decoration-rose-600 decoration-wavy decoration-2 underline-offset-4" : ""}`;
}

type HighlightedTextProps = {
  /** The text the report was computed on: spans index into it. */
  text: string;
  report: GradeReport;
  emptyHint?: string;
};

export function HighlightedText({ text, report, emptyHint = "Your story appears here with its evidence highlighted." }: HighlightedTextProps) {
  const baseId = useId();
  const highlights = useMemo(() => collectHighlights(report), [report]);
  const byId = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  const segments = useMemo(() => segmentText(text, highlights), [text, highlights]);
  const notes = useMemo(() => wholeStoryNotes(report), [report]);
  /** The marks a Tab stops on: one per highlighted piece of text. */
  const highlightCount = useMemo(() => segments.filter((segment) => segment.ids.some((id) => byId.has(id))).length, [segments, byId]);
  const [active, setActive] = useState<number | null>(null);
  const counts = useMemo(() => {
    const tally = Object.fromEntries(HIGHLIGHT_KINDS.map((kind) => [kind, 0])) as Record<HighlightKind, number>;
    for (const h of highlights) tally[h.kind] += 1;
    return tally;
  }, [highlights]);

  // Escape closes an open tooltip wherever focus is, so one opened by hovering can be dismissed without
  // moving the pointer (WCAG 1.4.13).
  useEffect(() => {
    if (active === null) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === "Escape") setActive(null);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [active]);

  return (
    <section aria-labelledby={`${baseId}-heading`} className="rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${baseId}-heading`} className="text-base font-semibold">
          Highlights
        </h2>
        <p className="text-xs text-muted">Hover or Tab to a highlight to see why it counts and how to fix it.</p>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Highlight colours">
        {HIGHLIGHT_KINDS.map((kind) => (
          <li key={kind} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm ring-2 ${KIND_STYLES[kind].swatch}`} />
            {HIGHLIGHT_LABELS[kind]} ({counts[kind]})
          </li>
        ))}
      </ul>
      {notes.length > 0 && text.trim() !== "" && (
        <ul className="mt-3 space-y-1" aria-label="About the whole story">
          {notes.map((note) => (
            <li key={note.id} className="rounded-md border-l-4 border-rose-600 bg-rose-50 px-3 py-2 text-sm">
              <span className="block font-medium">{note.message}</span>
              <span className="block">
                <span className="font-semibold">Fix: </span>
                {note.fix}
              </span>
            </li>
          ))}
        </ul>
      )}
      {highlightCount > 1 && text.trim() !== "" && (
        // Each highlight is a Tab stop; a keyboard user can pass them all at once.
        <a
          href={`#${baseId}-after`}
          className="sr-only rounded bg-white px-2 py-1 text-sm font-medium text-brand underline focus:not-sr-only focus:mt-2 focus:inline-block"
        >
          Skip past the {highlightCount} highlights
        </a>
      )}
      <div className="mt-3 text-[0.95rem] leading-7 break-words whitespace-pre-wrap" data-testid="highlighted-text">
        {text.trim() === "" ? (
          <p className="text-muted italic">{emptyHint}</p>
        ) : (
          segments.map((segment, index) => {
            const piece = text.slice(segment.start, segment.end);
            if (segment.ids.length === 0) return <span key={`${segment.start}`}>{piece}</span>;
            const covering = segment.ids.map((id) => byId.get(id)).filter((h): h is Highlight => h !== undefined);
            if (covering.length === 0) return <span key={`${segment.start}`}>{piece}</span>;
            const tipId = `${baseId}-tip-${index}`;
            return (
              <span
                key={`${segment.start}`}
                className="relative"
                onMouseEnter={() => setActive(index)}
                onMouseLeave={() => setActive((current) => (current === index ? null : current))}
              >
                <mark
                  tabIndex={0}
                  aria-describedby={tipId}
                  data-kinds={[...new Set(covering.map((h) => h.kind))].join(" ")}
                  onFocus={() => setActive(index)}
                  onBlur={() => setActive((current) => (current === index ? null : current))}
                  className={`cursor-help rounded-sm text-ink ${markClass(covering)}`}
                >
                  {piece}
                </mark>
                <span
                  role="tooltip"
                  id={tipId}
                  hidden={active !== index}
                  ref={active === index ? keepInView : undefined}
                  // The ::before fills the gap under the mark, so the pointer can move onto the tooltip without closing it.
                  className="absolute top-full left-0 z-20 mt-1 block w-72 max-w-[calc(100vw-2rem)] rounded-lg before:absolute before:inset-x-0 before:-top-1.5 before:h-1.5 border border-slate-300 bg-white p-3 text-left text-sm leading-snug font-normal whitespace-normal text-ink shadow-lg"
                >
                  {covering.map((h) => (
                    <span key={h.id} className="block not-first:mt-2 not-first:border-t not-first:border-slate-200 not-first:pt-2">
                      <span className="block text-xs font-semibold tracking-wide text-muted uppercase">{HIGHLIGHT_LABELS[h.kind]}</span>
                      <span className="block">{h.reason}</span>
                      {h.fix && (
                        <span className="mt-1 block">
                          <span className="font-semibold">Fix: </span>
                          {h.fix}
                        </span>
                      )}
                    </span>
                  ))}
                </span>
              </span>
            );
          })
        )}
      </div>
      <span id={`${baseId}-after`} tabIndex={-1} className="sr-only">
        End of the highlights
      </span>
    </section>
  );
}
