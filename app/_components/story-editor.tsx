"use client";

// The story editor: fields, free text or four STAR boxes, live grading in the browser, and saving
// that never loses words (a local draft on every change, autosave, and conflicts shown, not overwritten).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from "react";

import { EMPTY_BOXES, STAR_ORDER, boxOffsets, joinBoxes, splitIntoBoxes, type BoxGlue } from "@/lib/editor/convert";
import { clearCarried, clearDraft, draftKey, readCarried, readDraft, sameContent, writeDraft, type CarriedStory, type DraftContent, type DraftStorage } from "@/lib/editor/drafts";
import { clipSegments, collectHighlights, segmentText, type Highlight, type Segment } from "@/lib/editor/highlights";
import { PART_LABELS, ROLE_LABELS, STAGE_LABELS } from "@/lib/editor/labels";
import type { GradeReport, StarPart } from "@/lib/grader/types";
import { OFFLINE_MESSAGE, decideSave, saveOutcome, saveRequest, type FieldErrors, type Saved, type SaveMode, type SaveOutcome } from "@/lib/editor/save";
import type { StoryDto } from "@/lib/stories/dto";

import { ConflictPanel } from "@/app/_components/editor/conflict-panel";
import { DeleteStory } from "@/app/_components/editor/delete-story";
import type { EditorOptions } from "@/app/_components/editor/editor-options";
import { SelectField, inputClass } from "@/app/_components/editor/fields";
import { FieldError } from "@/app/_components/field-error";
import { HighlightTextarea } from "@/app/_components/editor/highlight-textarea";
import { DraftingPrompts, PartPrompts } from "@/app/_components/editor/prompts";
import { gradeInput, useGrader } from "@/app/_components/editor/use-grader";
import { GradeAnnouncer, GradeSummaryBar } from "@/app/_components/editor/grade-summary";
import { GradeReportView } from "@/app/_components/grade-report";
import { HighlightedText } from "@/app/_components/highlighted-text";

const AUTOSAVE_MS = 2000;

type Phase = "idle" | "saving" | "error";

type StoryEditorProps = {
  userId: string;
  /** Null for a new story. */
  story: StoryDto | null;
  /** The server's grade of the story as loaded, shown until the grader loads in the browser. */
  initialReport: GradeReport;
  options: EditorOptions;
};

function contentOf(story: StoryDto | null): DraftContent {
  if (!story) return { title: "", role: "general", stage: "mid", tags: "", format: "free", text: "", parts: { ...EMPTY_BOXES } };
  return {
    title: story.title,
    role: story.role,
    stage: story.stage,
    tags: story.tags.join(", "),
    format: story.format,
    text: story.text,
    parts: { ...EMPTY_BOXES, ...story.parts },
  };
}

function localStore(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The story typed on /grade before signing up, when this page was opened to receive it (`?from=grade`). */
function carriedFromGrade(): CarriedStory | null {
  if (new URLSearchParams(window.location.search).get("from") !== "grade") return null;
  return readCarried(localStore(), Date.now());
}

/** Joins the boxes for display when the grader (which owns the joining rule) has not loaded yet. */
function plainJoin(parts: DraftContent["parts"]): string {
  return STAR_ORDER.map((part) => parts[part].trim())
    .filter(Boolean)
    .join("\n\n");
}

export function StoryEditor({ userId, story, initialReport, options }: StoryEditorProps) {
  const router = useRouter();
  const grader = useGrader();
  const serverContent = useMemo(() => contentOf(story), [story]);

  const [content, setContent] = useState<DraftContent>(serverContent);
  const [saved, setSaved] = useState<Saved>({ content: serverContent, version: story?.version ?? null });
  const [phase, setPhase] = useState<Phase>("idle");
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<StoryDto | null>(null);
  const [restored, setRestored] = useState(false);
  // A story typed on /grade before signing up, brought into this new story (shown until it is saved).
  const [carried, setCarried] = useState(false);
  const carriedRef = useRef(false);
  const [loaded, setLoaded] = useState(false);
  const [edited, setEdited] = useState(false);
  // A new story gets its id on the first save; its draft then lives under that id.
  const [storyId, setStoryId] = useState<string | null>(story?.id ?? null);

  // Mirrors of the state for event handlers and async saves, updated in the same step as the state.
  const contentRef = useRef(content);
  const savedRef = useRef(saved);
  const conflictRef = useRef(conflict);
  const editedRef = useRef(edited);
  const idRef = useRef<string | null>(story?.id ?? null);
  const inFlight = useRef(false);
  const queued = useRef<SaveMode | null>(null);
  const fieldRefs = useRef<Partial<Record<string, HTMLElement | null>>>({});
  // What splitting the free text into boxes trimmed (spaces, line breaks, labels), so switching back
  // gives the same text, word for word and space for space.
  const glueRef = useRef<BoxGlue | null>(null);

  const key = draftKey(userId, storyId);
  const isNew = story === null;
  const dirty = !sameContent(content, saved.content);

  function update(patch: Partial<DraftContent>) {
    const next = { ...contentRef.current, ...patch };
    contentRef.current = next;
    editedRef.current = true;
    setContent(next);
    setEdited(true);
  }

  function commitSaved(next: Saved) {
    savedRef.current = next;
    setSaved(next);
  }

  function openConflict(current: StoryDto | null) {
    conflictRef.current = current;
    setConflict(current);
  }

  // Restore a local draft that differs from the server copy: it holds words the server never got.
  // localStorage is only readable after hydration, hence state set in an effect, once per story.
  /* eslint-disable react-hooks/set-state-in-effect */
  useEffect(() => {
    const draft = readDraft(localStore(), key);
    if (draft && !sameContent(draft, serverContent)) {
      const { baseVersion, savedAt: _savedAt, ...restoredContent } = draft;
      contentRef.current = restoredContent;
      // A draft begun on an older version saves against that version, so a newer save elsewhere shows as a conflict.
      if (story && baseVersion !== null && baseVersion < story.version) commitSaved({ content: serverContent, version: baseVersion });
      setContent(restoredContent);
      setRestored(true);
    } else {
      if (draft) clearDraft(localStore(), key);
      const brought = story === null ? carriedFromGrade() : null;
      if (brought) {
        const next = { ...contentRef.current, text: brought.text, role: brought.role, stage: brought.stage, format: "free" as const };
        contentRef.current = next;
        carriedRef.current = true;
        setContent(next);
        setCarried(true);
      }
    }
    setLoaded(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  /* eslint-enable react-hooks/set-state-in-effect */

  // Every change goes to the local draft at once; a draft equal to what the server has is removed.
  useEffect(() => {
    if (!loaded) return;
    const store = localStore();
    const empty = sameContent(content, contentOf(null));
    if (saved.version === null ? empty : sameContent(content, saved.content)) clearDraft(store, key);
    else if (writeDraft(store, key, { ...content, baseVersion: saved.version, savedAt: Date.now() }) && carriedRef.current) {
      // The carried story is now this story's own draft: the copy from /grade can go.
      carriedRef.current = false;
      clearCarried(store);
    }
  }, [content, saved, loaded, key]);

  async function save(mode: SaveMode): Promise<void> {
    const sending = contentRef.current;
    const base = savedRef.current;
    const decision = decideSave(mode, {
      conflict: conflictRef.current !== null,
      storyId: idRef.current,
      edited: editedRef.current,
      inFlight: inFlight.current,
      queued: queued.current,
      sending,
      saved: base,
    });
    if (decision.kind === "queue") queued.current = decision.mode;
    if (decision.kind === "skip" && decision.clearMessage) setMessage(null);
    if (decision.kind !== "send") return;
    inFlight.current = true;
    setPhase("saving");
    const storyIdAtSend = idRef.current;
    const { url, method, body } = saveRequest(sending, storyIdAtSend, base, mode);
    try {
      const init: RequestInit = { method, headers: { "Content-Type": "application/json" }, body };
      let response: Response;
      try {
        response = await fetch(url, { ...init, keepalive: mode === "hidden" });
      } catch (error) {
        // A keepalive body over the browser's 64 KB budget is refused outright: send it plainly.
        if (mode !== "hidden") throw error;
        response = await fetch(url, init);
      }
      const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      apply(saveOutcome<StoryDto>(response.status, answer, { sending, mode, storyId: storyIdAtSend, contentOf }), sending);
    } catch {
      setPhase("error");
      setMessage(OFFLINE_MESSAGE);
    } finally {
      inFlight.current = false;
    }
    const next = queued.current;
    queued.current = null;
    if (next) await save(next);
  }

  /** Carries out what the server's answer means (lib/editor/save.ts decides it). */
  function apply(outcome: SaveOutcome<StoryDto>, sending: DraftContent): void {
    switch (outcome.kind) {
      case "saved":
        setErrors({});
        setMessage(null);
        setPhase("idle");
        setRestored(false);
        commitSaved({ content: sending, version: outcome.story.version });
        if (outcome.created) {
          // Words typed while the first save was on its way are kept as the new story's draft.
          idRef.current = outcome.story.id;
          clearDraft(localStore(), key);
          setStoryId(outcome.story.id);
          router.replace(`/stories/${outcome.story.id}`);
        }
        return;
      case "invalid":
        setErrors(outcome.fieldErrors);
        setPhase("error");
        setMessage(outcome.message);
        if (outcome.focus) fieldRefs.current[outcome.focus]?.focus();
        return;
      case "already-saved":
        commitSaved({ content: contentOf(outcome.story), version: outcome.story.version });
        setPhase("idle");
        return;
      case "conflict":
        setPhase("idle");
        setMessage(null);
        openConflict(outcome.story);
        return;
      case "failed":
        setPhase("error");
        setMessage(outcome.message);
    }
  }

  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  // Autosave an existing story after a pause in typing.
  useEffect(() => {
    if (isNew || !edited || !dirty || conflict) return;
    const timer = window.setTimeout(() => void saveRef.current("autosave"), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [content, isNew, edited, dirty, conflict]);

  // Save when the tab is hidden (switching away, closing it), and on Ctrl/Cmd+S.
  useEffect(() => {
    function onVisibility() {
      if (document.visibilityState === "hidden") void saveRef.current("hidden");
    }
    function onKey(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void saveRef.current("manual");
      }
    }
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("keydown", onKey);
    };
  }, []);

  function keepMine() {
    const current = conflictRef.current;
    if (!current) return;
    commitSaved({ content: contentOf(current), version: current.version });
    openConflict(null);
    editedRef.current = true;
    void save("manual");
  }

  function useSaved() {
    const current = conflictRef.current;
    if (!current) return;
    const theirs = contentOf(current);
    contentRef.current = theirs;
    setContent(theirs);
    commitSaved({ content: theirs, version: current.version });
    clearDraft(localStore(), key);
    openConflict(null);
    setRestored(false);
  }

  function discardDraft() {
    clearDraft(localStore(), key);
    contentRef.current = serverContent;
    setContent(serverContent);
    commitSaved({ content: serverContent, version: story?.version ?? null });
    setRestored(false);
    setErrors({});
    setMessage(null);
    setPhase("idle");
  }

  async function deleteStory(): Promise<string | null> {
    const id = idRef.current;
    if (!id) return null;
    try {
      const response = await fetch(`/api/stories/${id}`, { method: "DELETE" });
      if (!response.ok && response.status !== 404) return "The story could not be deleted. Try again.";
    } catch {
      return "StoryBank could not be reached. Try again.";
    }
    clearDraft(localStore(), key);
    router.push("/stories");
    router.refresh();
    return null;
  }

  function switchFormat(format: "free" | "star") {
    const current = contentRef.current;
    if (format === current.format || !grader) return;
    if (format === "star") {
      const report = grader.gradeStory(current.text, { role: current.role as GradeReport["role"], stage: current.stage as GradeReport["stage"] });
      const { boxes, glue } = splitIntoBoxes(current.text, report.structure.parts);
      glueRef.current = glue;
      update({ format, parts: boxes });
    } else {
      update({ format, text: joinBoxes(current.parts, glueRef.current) });
    }
  }

  // Grading: on every change, in the browser, within the keystroke's own render (about a
  // millisecond), so the highlights behind the text never lag the words.
  const input = useMemo(
    () => ({ format: content.format, text: content.text, parts: content.parts, role: content.role, stage: content.stage }),
    [content.format, content.text, content.parts, content.role, content.stage],
  );
  const graded = useMemo(() => (grader ? gradeInput(grader, input) : null), [grader, input]);
  const report = graded?.report ?? initialReport;
  const gradedText = graded?.text ?? story?.text ?? "";
  const liveText = content.format === "star" ? (grader ? grader.joinStarParts(content.parts) : plainJoin(content.parts)) : content.text;
  const pending = gradedText !== liveText;
  // The highlights behind the text follow every keystroke; the panels below may lag a frame behind.
  const view = useDeferredValue(useMemo(() => ({ text: gradedText, report }), [gradedText, report]));
  const highlights = useMemo(() => collectHighlights(report), [report]);
  const highlightById = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  const segments = useMemo(() => (pending ? null : segmentText(gradedText, highlights)), [pending, gradedText, highlights]);
  const offsets = useMemo(() => (content.format === "star" && segments ? boxOffsets(gradedText, content.parts) : null), [content.format, content.parts, gradedText, segments]);
  const boxSegments = (part: StarPart): Segment[] | null => {
    const at = offsets?.[part];
    return segments && at !== null && at !== undefined ? clipSegments(segments, at, at + content.parts[part].length) : null;
  };

  const status = conflict
    ? "Conflict: choose a version"
    : phase === "saving"
      ? "Saving…"
      : phase === "error"
        ? "Not saved"
        : dirty
          ? "Unsaved changes"
          : isNew
            ? "Not saved yet"
            : "Saved";

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
            <span className={`mr-1.5 inline-block h-2 w-2 rounded-full ${conflict || phase === "error" ? "bg-rose-600" : dirty || phase === "saving" ? "bg-amber-500" : "bg-emerald-600"}`} aria-hidden="true" />
            {status}
          </p>
          {!isNew && (
            <Link href={`/stories/${story.id}/history`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-ink hover:bg-slate-50">
              History
            </Link>
          )}
          {!isNew && <DeleteStory onDelete={deleteStory} />}
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
        {message && <p className="rounded-lg border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-900">{message}</p>}
      </div>

      {carried && saved.version === null && (
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
          <button type="button" onClick={discardDraft} className="rounded-md border border-blue-300 bg-white px-3 py-1.5 font-medium hover:bg-blue-100">
            Discard draft
          </button>
        </div>
      )}

      {conflict && (
        <ConflictPanel
          mine={{ title: content.title, text: liveText }}
          saved={{ title: conflict.title, text: conflict.text, updatedAt: conflict.updatedAt }}
          busy={phase === "saving"}
          onKeepMine={keepMine}
          onUseSaved={useSaved}
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
                ref={(el) => {
                  fieldRefs.current.title = el;
                }}
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
                ref={(el) => {
                  fieldRefs.current.tags = el;
                }}
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
                  textareaRef={(el) => {
                    fieldRefs.current.text = el;
                  }}
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
              <div className="space-y-4" role="group" aria-labelledby="boxes-heading">
                <p id="boxes-heading" className="sr-only">
                  Story in four STAR parts
                </p>
                {STAR_ORDER.map((part) => (
                  <StarBox
                    key={part}
                    part={part}
                    value={content.parts[part]}
                    prompts={options.prompts[part]}
                    onChange={(value) => update({ parts: { ...contentRef.current.parts, [part]: value } })}
                    segments={boxSegments(part)}
                    highlights={highlightById}
                    inputRef={(el) => {
                      if (part === "situation") fieldRefs.current.parts = el;
                    }}
                    describedBy={describedBy("parts")}
                  />
                ))}
                <CharCount id="story-parts-count" length={textLength} max={options.limits.text} />
                <FieldError id="parts-error" messages={errors.parts} />
              </div>
            )}
          </form>

          {content.format === "free" && <DraftingPrompts prompts={options.prompts} missing={report.structure.missing} />}

          <HighlightedText text={view.text} report={view.report} emptyHint="Start writing above: skills, causal links and measured results are highlighted here as you type." />
        </div>

        {/* On a wide screen the report stays beside the text (scrolling inside itself); on a phone a bar keeps the grade in sight. */}
        <div className="lg:self-stretch">
          <GradeReportView report={view.report} pending={pending} empty={empty} sticky />
        </div>
      </div>
      <GradeAnnouncer report={view.report} pending={pending} empty={empty} />
      <GradeSummaryBar report={view.report} empty={empty} reportId="grade-heading" />
    </div>
  );
}

function CharCount({ id, length, max }: { id: string; length: number; max: number }) {
  return (
    <p id={id} className={`mt-1 text-right text-xs tabular-nums ${length > max ? "font-semibold text-rose-800" : "text-muted"}`}>
      {length.toLocaleString("en")} / {max.toLocaleString("en")} characters
    </p>
  );
}

type StarBoxProps = {
  part: StarPart;
  value: string;
  segments: Segment[] | null;
  highlights: ReadonlyMap<string, Highlight>;
  prompts: readonly string[];
  onChange: (value: string) => void;
  inputRef: (el: HTMLTextAreaElement | null) => void;
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
