"use client";

// The story as four STAR boxes, each with its highlights, its prompts and one shared length count.
import type { ReactNode } from "react";

import { STAR_ORDER, type StarBoxes as Boxes } from "@/lib/editor/convert";
import type { Highlight, Segment } from "@/lib/editor/highlights";
import { PART_LABELS } from "@/lib/editor/labels";
import type { StarPart } from "@/lib/grader/types";

import { CharCount } from "@/app/_components/editor/fields";
import { HighlightTextarea } from "@/app/_components/editor/highlight-textarea";
import { PartPrompts } from "@/app/_components/editor/prompts";
import { FieldError } from "@/app/_components/field-error";

type StarBoxesProps = {
  parts: Boxes;
  prompts: Record<StarPart, readonly string[]>;
  onChange: (part: StarPart, value: string) => void;
  /** Each box's highlights, or null while the grade is catching up with the words. */
  segmentsOf: (part: StarPart) => Segment[] | null;
  highlights: ReadonlyMap<string, Highlight>;
  /** Registers the first box, where a refused save moves the focus. */
  firstRef: (el: HTMLTextAreaElement | null) => void;
  describedBy?: string;
  length: number;
  maxLength: number;
  errors?: string[];
};

export function StarBoxes({ parts, prompts, onChange, segmentsOf, highlights, firstRef, describedBy, length, maxLength, errors }: StarBoxesProps) {
  return (
    <div className="space-y-4" role="group" aria-labelledby="boxes-heading">
      <p id="boxes-heading" className="sr-only">
        Story in four STAR parts
      </p>
      {STAR_ORDER.map((part) => (
        <StarBox
          key={part}
          part={part}
          value={parts[part]}
          prompts={prompts[part]}
          onChange={(value) => onChange(part, value)}
          segments={segmentsOf(part)}
          highlights={highlights}
          inputRef={part === STAR_ORDER[0] ? firstRef : undefined}
          describedBy={describedBy}
        />
      ))}
      <CharCount id="story-parts-count" length={length} max={maxLength} />
      <FieldError id="parts-error" messages={errors} />
    </div>
  );
}

type StarBoxProps = {
  part: StarPart;
  value: string;
  segments: Segment[] | null;
  highlights: ReadonlyMap<string, Highlight>;
  prompts: readonly string[];
  onChange: (value: string) => void;
  inputRef?: (el: HTMLTextAreaElement | null) => void;
  describedBy?: string;
};

function StarBox({ part, value, segments, highlights, prompts, onChange, inputRef, describedBy }: StarBoxProps): ReactNode {
  const id = `part-${part}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {PART_LABELS[part]}
      </label>
      <HighlightTextarea
        id={id}
        textareaRef={inputRef}
        value={value}
        onValueChange={onChange}
        segments={segments}
        highlights={highlights}
        sizeClass="min-h-28"
        rows={4}
        spellCheck
        placeholder={prompts[0]}
        aria-describedby={describedBy}
      />
      <PartPrompts id={`${id}-prompts`} part={part} prompts={prompts} />
    </div>
  );
}
