"use client";

// A textarea with the grade's highlights painted behind its text: a mirror with the same box and
// font sits under a transparent textarea, so the colours follow the words and nothing moves.
import { useRef, type Ref, type TextareaHTMLAttributes } from "react";

import type { Highlight, Segment } from "@/lib/editor/highlights";

import { markClass } from "@/app/_components/highlighted-text";

type HighlightTextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange" | "className"> & {
  value: string;
  onValueChange: (value: string) => void;
  /** Segments of `value` (offsets into it), or null while the grade does not match the text. */
  segments: readonly Segment[] | null;
  highlights: ReadonlyMap<string, Highlight>;
  /** Sizing classes for the textarea, such as a minimum height. */
  sizeClass?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
};

// Everything that decides where a character lands must be identical in the mirror and the textarea.
const BOX = "rounded-md border px-3 py-2 leading-7 whitespace-pre-wrap break-words [scrollbar-gutter:stable]";

export function HighlightTextarea({ value, onValueChange, segments, highlights, sizeClass = "", textareaRef, ...textarea }: HighlightTextareaProps) {
  const mirror = useRef<HTMLDivElement>(null);
  return (
    <div className="relative mt-1 rounded-md bg-white shadow-sm">
      <div ref={mirror} aria-hidden="true" className={`${BOX} pointer-events-none absolute inset-0 overflow-hidden border-transparent text-transparent`}>
        {segments
          ? segments.map((segment) => {
              const piece = value.slice(segment.start, segment.end);
              const covering = segment.ids.map((id) => highlights.get(id)).filter((h): h is Highlight => h !== undefined);
              return covering.length === 0 ? (
                <span key={segment.start}>{piece}</span>
              ) : (
                <mark key={segment.start} className={`rounded-sm text-transparent ${markClass(covering)}`}>
                  {piece}
                </mark>
              );
            })
          : value}{" "}
      </div>
      <textarea
        {...textarea}
        ref={textareaRef}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        onScroll={(event) => {
          if (mirror.current) mirror.current.scrollTop = event.currentTarget.scrollTop;
        }}
        className={`${BOX} relative block w-full resize-y border-slate-400 bg-transparent text-ink placeholder:text-slate-500 focus:border-brand aria-invalid:border-rose-700 ${sizeClass}`}
      />
    </div>
  );
}
