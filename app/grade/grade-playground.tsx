"use client";

import Link from "next/link";
import { useDeferredValue, useMemo, useState } from "react";

import { EMPTY_BOXES } from "@/lib/editor/convert";
import { carryStory } from "@/lib/editor/drafts";
import { collectHighlights, segmentText } from "@/lib/editor/highlights";
import { ROLE_LABELS, STAGE_LABELS } from "@/lib/editor/labels";
import type { GradeReport } from "@/lib/grader/types";

import { SelectField } from "@/app/_components/editor/fields";
import { FieldError } from "@/app/_components/field-error";
import { HighlightTextarea } from "@/app/_components/editor/highlight-textarea";
import { gradeInput, useGrader } from "@/app/_components/editor/use-grader";
import { GradeAnnouncer, GradeSummaryBar } from "@/app/_components/editor/grade-summary";
import { GradeReportView } from "@/app/_components/grade-report";
import { HighlightedText } from "@/app/_components/highlighted-text";

const MAX_TEXT = 20_000;

/** After signing up (or in), the new story page picks up the story typed here. */
const KEEP_NEXT = encodeURIComponent("/stories/new?from=grade");

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// A typical first draft, to show what the grader looks for; offered only while the box is empty.
const EXAMPLE =
  "At my last job our checkout page was slow and customers complained. I was responsible for fixing it. We improved things a lot by leveraging best practices, and the team was really happy with the results.";

type GradePlaygroundProps = {
  roles: readonly string[];
  stages: readonly string[];
  /** The grade of an empty text, shown until the grader has loaded in the browser. */
  initialReport: GradeReport;
  /** Someone signed in keeps the story straight in a new story, with no sign-up or sign-in on the way. */
  signedIn: boolean;
};

export function GradePlayground({ roles, stages, initialReport, signedIn }: GradePlaygroundProps) {
  const { grader, failed: graderFailed } = useGrader();
  const [text, setText] = useState("");
  const [role, setRole] = useState(initialReport.role as string);
  const [stage, setStage] = useState(initialReport.stage as string);
  const graded = useMemo(() => (grader ? gradeInput(grader, { format: "free", text, parts: EMPTY_BOXES, role, stage }) : null), [grader, text, role, stage]);
  const report = graded?.report ?? initialReport;
  const gradedText = graded?.text ?? "";
  const pending = gradedText !== text;
  // The highlights behind the text follow every keystroke; the panels below may lag a frame behind.
  const view = useDeferredValue(useMemo(() => ({ text: gradedText, report }), [gradedText, report]));
  const highlights = useMemo(() => collectHighlights(report), [report]);
  const highlightById = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  const segments = useMemo(() => (pending ? null : segmentText(gradedText, highlights)), [pending, gradedText, highlights]);
  const tooLong = text.length > MAX_TEXT;
  const empty = text.trim() === "";
  const keep = () => void carryStory(localStore(), { text, role, stage }, Date.now());

  return (
    <div className="grid gap-6 pb-20 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start lg:pb-0">
      <div className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField id="grade-role" label="Target role" value={role} options={roles} labels={ROLE_LABELS} onChange={setRole} />
          <SelectField id="grade-stage" label="Career stage" value={stage} options={stages} labels={STAGE_LABELS} onChange={setStage} />
        </div>
        <div>
          <div className="flex items-baseline justify-between gap-2">
            <label htmlFor="grade-text" className="block text-sm font-medium">
              Your story
            </label>
            {text === "" && (
              <button type="button" onClick={() => setText(EXAMPLE)} className="text-sm font-medium text-brand underline hover:text-brand-dark">
                Try an example
              </button>
            )}
          </div>
          <HighlightTextarea
            id="grade-text"
            value={text}
            onValueChange={setText}
            segments={segments}
            highlights={highlightById}
            sizeClass="min-h-64"
            rows={12}
            spellCheck
            aria-describedby={tooLong ? "grade-text-hint grade-text-error" : "grade-text-hint"}
            aria-invalid={tooLong || undefined}
            placeholder="Situation: where you were and what was going wrong. Task: what you had to do. Action: what you did, with which skills. Result: what changed, by how much."
          />
          <p id="grade-text-hint" className="mt-1 flex justify-between text-xs text-muted">
            <span>Graded in your browser as you type. Nothing is stored.</span>
            <span className="tabular-nums">
              {text.length.toLocaleString("en")} / {MAX_TEXT.toLocaleString("en")}
            </span>
          </p>
          <FieldError id="grade-text-error" messages={tooLong ? [`Keep the story under ${MAX_TEXT.toLocaleString("en")} characters.`] : undefined} />
        </div>
        <HighlightedText text={view.text} report={view.report} emptyHint="Paste or type a story above: its evidence is highlighted here." />
        {signedIn ? (
          !empty && (
            <p className="text-sm text-muted">
              {/* The story goes to this browser's storage only when asked to keep it, and comes back in the new story. */}
              <Link href="/stories/new?from=grade" onClick={keep} className="font-medium text-brand underline">
                Add this story to your bank
              </Link>
              : it opens as a new story for you to give a title and save.
            </p>
          )
        ) : empty ? (
          <p className="text-sm text-muted">
            Want to keep your stories and watch them improve?{" "}
            <Link href="/sign-up" className="font-medium text-brand underline">
              Create a free account
            </Link>
            .
          </p>
        ) : (
          <p className="text-sm text-muted">
            {/* The story goes to this browser's storage only when asked to keep it, and comes back in the new story. */}
            <Link href={`/sign-up?next=${KEEP_NEXT}`} onClick={keep} className="font-medium text-brand underline">
              Create a free account to keep this story
            </Link>{" "}
            or{" "}
            <Link href={`/sign-in?next=${KEEP_NEXT}`} onClick={keep} className="font-medium text-brand underline">
              sign in to add it to your bank
            </Link>
            : it comes with you.
          </p>
        )}
      </div>
      <div className="lg:self-stretch">
        <GradeReportView report={view.report} pending={pending} empty={empty} loadFailed={graderFailed} sticky />
      </div>
      <GradeAnnouncer report={view.report} pending={pending} empty={empty} />
      <GradeSummaryBar report={view.report} empty={empty} reportId="grade-heading" />
    </div>
  );
}
