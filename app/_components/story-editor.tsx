"use client";

// The story editor: fields, free text or four STAR boxes, live grading in the browser, and saving
// that never loses words. Saving lives in use-story-save.ts (its decisions in lib/editor/save.ts),
// grading as you type in use-live-grade.ts, the boxes in star-boxes.tsx, the grade in report-panel.tsx.
import Link from "next/link";
import { useEffect, useRef } from "react";

import { otherDifferences } from "@/lib/editor/conflict";
import { joinBoxes, splitIntoBoxes, type BoxGlue } from "@/lib/editor/convert";
import type { DraftContent } from "@/lib/editor/drafts";
import { ROLE_LABELS, STAGE_LABELS } from "@/lib/editor/labels";
import type { GradeReport } from "@/lib/grader/types";
import { saveStatus } from "@/lib/editor/save";
import type { StoryDto } from "@/lib/stories/dto";

import { ConflictPanel } from "@/app/_components/editor/conflict-panel";
import { DeleteStory } from "@/app/_components/editor/delete-story";
import type { EditorOptions } from "@/app/_components/editor/editor-options";
import { CharCount, SelectField, inputClass } from "@/app/_components/editor/fields";
import { HighlightTextarea } from "@/app/_components/editor/highlight-textarea";
import { DraftingPrompts } from "@/app/_components/editor/prompts";
import { ReportPanel } from "@/app/_components/editor/report-panel";
import { StarBoxes } from "@/app/_components/editor/star-boxes";
import { useGrader } from "@/app/_components/editor/use-grader";
import { useLiveGrade } from "@/app/_components/editor/use-live-grade";
import { contentOf, useStorySave, type NewStoryDefaults } from "@/app/_components/editor/use-story-save";
import { FieldError } from "@/app/_components/field-error";
import { HighlightedText } from "@/app/_components/highlighted-text";

type StoryEditorProps = {
  userId: string;
  /** Null for a new story. */
  story: StoryDto | null;
  /** The server's grade of the story as loaded, shown until the grader loads in the browser. */
  initialReport: GradeReport;
  options: EditorOptions;
  /** A new story's role and stage (the profile's); an existing story keeps its own. */
  defaults?: NewStoryDefaults;
};

const STATUS_DOT = { alert: "bg-rose-600", busy: "bg-amber-500", ok: "bg-emerald-600" } as const;

export function StoryEditor({ userId, story, initialReport, options, defaults }: StoryEditorProps) {
  const { grader, failed: graderFailed } = useGrader();
  const editor = useStorySave(userId, story, defaults);
  const { content, update, isNew, dirty, phase, message, signedOut, errors, conflict, restored, carried, fieldRef, save } = editor;
  // What splitting the free text into boxes trimmed (spaces, line breaks, labels), so switching back
  // gives the same text, word for word and space for space.
  const glueRef = useRef<BoxGlue | null>(null);
  const { report, liveText, pending, view, highlightById, segments, boxSegments } = useLiveGrade(grader, content, { report: initialReport, text: story?.text ?? "" });

  function switchFormat(format: "free" | "star") {
    const current = editor.current();
    if (format === current.format || !grader) return;
    if (format === "star") {
      const graded = grader.gradeStory(current.text, { role: current.role as GradeReport["role"], stage: current.stage as GradeReport["stage"] });
      const { boxes, glue } = splitIntoBoxes(current.text, graded.structure.parts);
      glueRef.current = glue;
      update({ format, parts: boxes });
    } else {
      update({ format, text: joinBoxes(current.parts, glueRef.current) });
    }
  }

  const status = saveStatus({ conflict: conflict !== null, phase, dirty, isNew });
  const describedBy = (field: string, ...more: string[]) => [errors[field]?.length ? `${field}-error` : null, ...more].filter(Boolean).join(" ") || undefined;
  const textLength = liveText.length;

  const empty = liveText.trim() === "";
  return (
    <div className="space-y-6 pb-20 lg:pb-0">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm text-muted">
            <Link href="/stories" className="underline hover:text-ink">
              My stories
            </Link>{" "}
            / {isNew ? "New story" : "Edit"}
          </p>
          <h1 className="truncate text-2xl font-bold tracking-tight sm:text-3xl">{isNew ? "New story" : content.title.trim() || "Untitled story"}</h1>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <p aria-live="polite" className="min-w-32 text-right text-sm text-muted" data-testid="save-status">
            <span className={`mr-1.5 inline-block h-2 w-2 rounded-full ${STATUS_DOT[status.tone]}`} aria-hidden="true" />
            {status.label}
          </p>
          {story && (
            <Link href={`/stories/${story.id}/history`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-ink hover:bg-slate-50">
              History
            </Link>
          )}
          {!isNew && <DeleteStory onDelete={editor.deleteStory} />}
          <button
            type="submit"
            form="story-form"
            disabled={phase === "saving" || conflict !== null}
            aria-keyshortcuts="Control+S Meta+S"
            className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
          >
            Save
          </button>
        </div>
      </div>

      <div role="alert" aria-live="assertive" className="empty:hidden">
        {message && (
          <p className="rounded-lg border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-900">
            {message}
            {signedOut && (
              <>
                {" "}
                {/* A new tab, so this page and the words in it stay as they are until the user saves again. */}
                <a href="/sign-in?next=%2Fstories" target="_blank" rel="noopener" className="font-medium underline">
                  Sign in (opens a new tab)
                </a>
              </>
            )}
          </p>
        )}
      </div>

      {carried && (
        <div role="status" className="rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 text-sm text-brand-dark">
          <p>
            <span className="font-semibold">Here is the story you graded.</span> Give it a title and save it to keep it in your bank.
          </p>
        </div>
      )}

      {restored && !conflict && (
        <div role="status" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 text-sm text-brand-dark">
          <p>
            <span className="font-semibold">Restored your unsaved draft</span> from this device. Save it to keep it, or discard it to go back to the saved
            version.
          </p>
          <button type="button" onClick={editor.discardDraft} className="rounded-md border border-blue-300 bg-white px-3 py-1.5 font-medium hover:bg-blue-100">
            Discard draft
          </button>
        </div>
      )}

      {editor.setAside && !conflict && <SetAsideBanner aside={editor.setAside} canBringBack={!dirty} onBringBack={editor.bringBack} onDismiss={editor.dismissSetAside} />}

      {conflict && (
        <ConflictPanel
          mine={{ title: content.title, text: liveText }}
          saved={{ title: conflict.title, text: conflict.text, updatedAt: conflict.updatedAt }}
          others={otherDifferences(content, contentOf(conflict))}
          busy={phase === "saving"}
          onKeepMine={editor.keepMine}
          onUseSaved={editor.takeSaved}
        />
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <div className="space-y-5">
          <form
            id="story-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void save("manual");
            }}
            className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
          >
            <div>
              <label htmlFor="title" className="block text-sm font-medium">
                Title
              </label>
              <input
                id="title"
                ref={fieldRef("title")}
                value={content.title}
                onChange={(event) => update({ title: event.target.value })}
                maxLength={options.limits.title}
                placeholder="e.g. Cutting support tickets with a triage bot"
                aria-invalid={errors.title?.length ? true : undefined}
                aria-describedby={describedBy("title")}
                className={inputClass}
              />
              <FieldError id="title-error" messages={errors.title} />
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField
                id="role"
                label="Target role"
                value={content.role}
                options={options.roles}
                labels={ROLE_LABELS}
                onChange={(role) => update({ role })}
                errors={errors.role}
                hint="Sets the hard/soft skill mix to aim for."
              />
              <SelectField
                id="stage"
                label="Career stage"
                value={content.stage}
                options={options.stages}
                labels={STAGE_LABELS}
                onChange={(stage) => update({ stage })}
                errors={errors.stage}
              />
            </div>
            <div>
              <label htmlFor="tags" className="block text-sm font-medium">
                Tags
              </label>
              <input
                id="tags"
                ref={fieldRef("tags")}
                value={content.tags}
                onChange={(event) => update({ tags: event.target.value })}
                placeholder="e.g. support, automation"
                aria-invalid={errors.tags?.length ? true : undefined}
                aria-describedby={describedBy("tags", "tags-hint")}
                className={inputClass}
              />
              <p id="tags-hint" className="mt-1 text-xs text-muted">
                Separate tags with commas (up to {options.limits.tags}).
              </p>
              <FieldError id="tags-error" messages={errors.tags} />
            </div>

            <fieldset>
              <legend className="text-sm font-medium">Write as</legend>
              <div className="mt-1 inline-flex rounded-lg border border-slate-300 bg-slate-50 p-1" data-testid="format-toggle">
                {(
                  [
                    ["free", "Free text"],
                    ["star", "Four STAR boxes"],
                  ] as const
                ).map(([value, label]) => (
                  <label
                    key={value}
                    className={`relative cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand has-disabled:cursor-wait ${content.format === value ? "bg-white text-brand-dark shadow-sm ring-1 ring-slate-300" : "text-muted hover:text-ink"}`}
                  >
                    <input
                      type="radio"
                      name="format"
                      value={value}
                      checked={content.format === value}
                      disabled={!grader && content.format !== value}
                      onChange={() => switchFormat(value)}
                      className="absolute inset-0 h-full w-full cursor-pointer appearance-none opacity-0 disabled:cursor-wait"
                    />
                    {label}
                  </label>
                ))}
              </div>
              <p className="mt-1 text-xs text-muted">Switching keeps your words: free text is split along the STAR parts found, and the boxes are joined back.</p>
            </fieldset>

            {content.format === "free" ? (
              <div>
                <label htmlFor="story-text" className="block text-sm font-medium">
                  Story
                </label>
                <HighlightTextarea
                  id="story-text"
                  textareaRef={fieldRef("text")}
                  value={content.text}
                  onValueChange={(text) => update({ text })}
                  segments={segments}
                  highlights={highlightById}
                  sizeClass="min-h-72"
                  rows={14}
                  spellCheck
                  placeholder={"Situation: where were you, and what was going wrong?\nTask: what did you have to do?\nAction: what did you do yourself, with which skills?\nResult: what changed, and by how much?"}
                  aria-invalid={errors.text?.length ? true : undefined}
                  aria-describedby={describedBy("text", "story-text-count")}
                />
                <CharCount id="story-text-count" length={textLength} max={options.limits.text} />
                <FieldError id="text-error" messages={errors.text} />
              </div>
            ) : (
              <StarBoxes
                parts={content.parts}
                prompts={options.prompts}
                onChange={(part, value) => update({ parts: { ...editor.current().parts, [part]: value } })}
                segmentsOf={boxSegments}
                highlights={highlightById}
                firstRef={fieldRef("parts")}
                describedBy={describedBy("parts")}
                length={textLength}
                maxLength={options.limits.text}
                errors={errors.parts}
              />
            )}
          </form>

          {content.format === "free" && <DraftingPrompts prompts={options.prompts} missing={report.structure.missing} />}

          <HighlightedText text={view.text} report={view.report} emptyHint="Start writing above: skills, causal links and measured results are highlighted here as you type." />
        </div>

        <ReportPanel report={view.report} pending={pending} empty={empty} loadFailed={graderFailed} />
      </div>
    </div>
  );
}

/**
 * The version "Use saved version" set aside: it can come back while the editor holds no edits of its
 * own, and its words can always be read and copied from here. It takes focus when it appears, since
 * the button that made it has just gone.
 */
function SetAsideBanner({ aside, canBringBack, onBringBack, onDismiss }: { aside: DraftContent; canBringBack: boolean; onBringBack: () => void; onDismiss: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const words = aside.format === "star" ? joinBoxes(aside.parts, null) : aside.text;
  return (
    <div ref={ref} tabIndex={-1} role="region" aria-labelledby="set-aside-heading" className="rounded-lg border border-blue-200 bg-blue-50 px-4 py-3 text-sm text-brand-dark focus:outline-none focus-visible:ring-2" data-testid="set-aside">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p>
          <span id="set-aside-heading" className="font-semibold">
            Your version was set aside
          </span>{" "}
          and the saved one is in the editor.{" "}
          {canBringBack ? "Bring yours back to keep editing it, or dismiss it." : "Save or undo your new edits to bring it back; its words are below to copy."}
        </p>
        <div className="flex gap-2">
          <button
            type="button"
            onClick={onBringBack}
            disabled={!canBringBack}
            className="rounded-md border border-blue-300 bg-white px-3 py-1.5 font-medium hover:bg-blue-100 disabled:opacity-60"
          >
            Bring mine back
          </button>
          <button type="button" onClick={onDismiss} className="rounded-md px-3 py-1.5 font-medium underline hover:bg-blue-100">
            Dismiss
          </button>
        </div>
      </div>
      <details className="mt-2">
        <summary className="cursor-pointer font-medium">Show the words set aside</summary>
        <p className="mt-2 rounded border border-blue-200 bg-white p-2 break-words whitespace-pre-wrap text-ink">{aside.title ? `${aside.title}\n\n${words}` : words}</p>
      </details>
    </div>
  );
}
