"use client";

// Saving that never loses words: the story being edited, a local draft on every change, autosave
// after a pause, a save when the tab is hidden or on Ctrl/Cmd+S, and conflicts shown, never
// overwritten. What each server answer means is decided by the pure lib/editor/save.ts; this hook
// only carries it out.
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";

import { EMPTY_BOXES } from "@/lib/editor/convert";
import {
  clearCarried,
  clearDraft,
  draftKey,
  isDraftSlot,
  newDraftSlot,
  readCarried,
  readDraft,
  sameContent,
  writeDraft,
  type CarriedStory,
  type DraftContent,
  type DraftStorage,
  type LocalDraft,
} from "@/lib/editor/drafts";
import { OFFLINE_MESSAGE, decideSave, saveOutcome, saveRequest, type FieldErrors, type Saved, type SaveMode, type SaveOutcome } from "@/lib/editor/save";
import type { StoryDto } from "@/lib/stories/dto";

const AUTOSAVE_MS = 2000;

export type SavePhase = "idle" | "saving" | "error";

/** The role and stage a new story starts with: the user's profile's, or general and mid-career. */
export type NewStoryDefaults = Pick<DraftContent, "role" | "stage">;
const GENERAL_MID: NewStoryDefaults = { role: "general", stage: "mid" };

export function contentOf(story: StoryDto | null, defaults: NewStoryDefaults = GENERAL_MID): DraftContent {
  if (!story) return { title: "", role: defaults.role, stage: defaults.stage, tags: "", format: "free", text: "", parts: { ...EMPTY_BOXES } };
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

const FOCUS_KEY = "storybank:focus-after-create";

/**
 * The first save of a new story moves to the story's own address, and the editor there is a new one:
 * the field being typed in (and the caret in it) is remembered for it, so keyboard and screen-reader
 * users carry on where they were instead of on the page's body.
 */
function rememberFocus(): void {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || el.id === "") return;
  const caret = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? [el.selectionStart ?? 0, el.selectionEnd ?? 0] : null;
  try {
    window.sessionStorage.setItem(FOCUS_KEY, JSON.stringify({ id: el.id, caret }));
  } catch {
    // No session storage: focus starts at the top, as on any new page.
  }
}

function restoreFocus(): void {
  let saved: { id?: unknown; caret?: unknown } | null = null;
  try {
    saved = JSON.parse(window.sessionStorage.getItem(FOCUS_KEY) ?? "null") as { id?: unknown; caret?: unknown } | null;
    window.sessionStorage.removeItem(FOCUS_KEY);
  } catch {
    return;
  }
  if (!saved || typeof saved.id !== "string") return;
  const { id, caret } = saved;
  window.requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!el) return;
    el.focus();
    if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && Array.isArray(caret) && caret.every((n) => typeof n === "number")) {
      el.setSelectionRange(caret[0] as number, caret[1] as number);
    }
  });
}

/**
 * The slot of a new story's draft, so that two tabs drafting two new stories never write over each
 * other: the one in the address (a reload, or "Continue" in the bank), else a fresh one, put into the
 * address so a reload finds it again.
 */
function newStorySlot(): { slot: string; fromAddress: boolean } {
  const url = new URL(window.location.href);
  const named = url.searchParams.get("draft");
  if (isDraftSlot(named)) return { slot: named, fromAddress: true };
  const slot = newDraftSlot(Date.now(), Math.random());
  url.searchParams.set("draft", slot);
  window.history.replaceState(null, "", url);
  return { slot, fromAddress: false };
}

/**
 * A new story's draft from before drafts had slots (one shared "new" draft): the first editor opened
 * without a slot takes it over, so words typed before the update are not stranded.
 */
function adoptSlotlessDraft(userId: string, key: string): LocalDraft | null {
  const store = localStore();
  const old = readDraft(store, draftKey(userId, null));
  if (!old) return null;
  if (writeDraft(store, key, old)) clearDraft(store, draftKey(userId, null));
  return old;
}

/** The story typed on /grade before signing up, when this page was opened to receive it (`?from=grade`). */
function carriedFromGrade(): CarriedStory | null {
  if (new URLSearchParams(window.location.search).get("from") !== "grade") return null;
  return readCarried(localStore(), Date.now());
}

export type StorySave = {
  content: DraftContent;
  /** The latest content, for event handlers that run between renders. */
  current: () => DraftContent;
  update: (patch: Partial<DraftContent>) => void;
  saved: Saved;
  isNew: boolean;
  dirty: boolean;
  phase: SavePhase;
  message: string | null;
  /** The last save was refused because the session ended: offer a sign-in in a new tab. */
  signedOut: boolean;
  errors: FieldErrors;
  conflict: StoryDto | null;
  /** A local draft with words the server never got was put back into the editor. */
  restored: boolean;
  /** The story typed on /grade was brought into this new story and is not saved yet. */
  carried: boolean;
  /** A ref callback for a field's element, so a refused save can move focus to the field at fault. */
  fieldRef: (field: string) => (el: HTMLElement | null) => void;
  save: (mode: SaveMode) => Promise<void>;
  keepMine: () => void;
  takeSaved: () => void;
  /** The version dropped by "Use saved version", kept on this device until brought back or dismissed. */
  setAside: DraftContent | null;
  /** Puts the dropped version back into the editor (unsaved), when the editor holds no unsaved edits of its own. */
  bringBack: () => void;
  dismissSetAside: () => void;
  discardDraft: () => void;
  deleteStory: () => Promise<string | null>;
};

export function useStorySave(userId: string, story: StoryDto | null, defaults: NewStoryDefaults = GENERAL_MID): StorySave {
  const router = useRouter();
  const { role: defaultRole, stage: defaultStage } = defaults;
  const serverContent = useMemo(() => contentOf(story, { role: defaultRole, stage: defaultStage }), [story, defaultRole, defaultStage]);

  const [content, setContent] = useState<DraftContent>(serverContent);
  const [saved, setSaved] = useState<Saved>({ content: serverContent, version: story?.version ?? null });
  const [phase, setPhase] = useState<SavePhase>("idle");
  const [message, setMessage] = useState<string | null>(null);
  /** The last save was refused because the session ended: the page offers a sign-in in a new tab. */
  const [signedOut, setSignedOut] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<StoryDto | null>(null);
  const [restored, setRestored] = useState(false);
  const [setAside, setSetAside] = useState<DraftContent | null>(null);
  const [carried, setCarried] = useState(false);
  const carriedRef = useRef(false);
  const [loaded, setLoaded] = useState(false);
  const [edited, setEdited] = useState(false);
  // A new story gets its id on the first save; its draft then lives under that id. Until then it lives
  // in this editor's own slot (set once the address can be read).
  const [storyId, setStoryId] = useState<string | null>(story?.id ?? null);
  const [slot, setSlot] = useState<string | null>(null);

  // Mirrors of the state for event handlers and async saves, updated in the same step as the state.
  const contentRef = useRef(content);
  const savedRef = useRef(saved);
  const conflictRef = useRef(conflict);
  const editedRef = useRef(edited);
  const idRef = useRef<string | null>(story?.id ?? null);
  const inFlight = useRef(false);
  const queued = useRef<SaveMode | null>(null);
  const fieldRefs = useRef<Partial<Record<string, HTMLElement | null>>>({});

  const key = draftKey(userId, storyId, slot);
  // The version set aside by "Use saved version" lives beside the draft, so a reload does not lose it.
  const asideKey = `${key}:set-aside`;
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
    const aside = readDraft(localStore(), asideKey);
    if (aside) {
      const { baseVersion: _asideBase, savedAt: _asideAt, ...asideContent } = aside;
      setSetAside(asideContent);
    }
    let draftKeyNow = key;
    let draft: LocalDraft | null;
    if (story === null) {
      const chosen = newStorySlot();
      draftKeyNow = draftKey(userId, null, chosen.slot);
      setSlot(chosen.slot);
      draft = readDraft(localStore(), draftKeyNow) ?? (chosen.fromAddress ? null : adoptSlotlessDraft(userId, draftKeyNow));
    } else {
      draft = readDraft(localStore(), key);
    }
    if (draft && !sameContent(draft, serverContent)) {
      const { baseVersion, savedAt: _savedAt, ...restoredContent } = draft;
      contentRef.current = restoredContent;
      // A draft begun on an older version saves against that version, so a newer save elsewhere shows as a conflict.
      if (story && baseVersion !== null && baseVersion < story.version) commitSaved({ content: serverContent, version: baseVersion });
      setContent(restoredContent);
      setRestored(true);
    } else {
      if (draft) clearDraft(localStore(), draftKeyNow);
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
    restoreFocus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  /* eslint-enable react-hooks/set-state-in-effect */

  // Every change goes to the local draft at once; a draft equal to what the server has is removed.
  useEffect(() => {
    if (!loaded) return;
    const store = localStore();
    const empty = sameContent(content, contentOf(null, { role: defaultRole, stage: defaultStage }));
    if (saved.version === null ? empty : sameContent(content, saved.content)) clearDraft(store, key);
    else if (writeDraft(store, key, { ...content, baseVersion: saved.version, savedAt: Date.now() }) && carriedRef.current) {
      // The carried story is now this story's own draft: the copy from /grade can go.
      carriedRef.current = false;
      clearCarried(store);
    }
  }, [content, saved, loaded, key, defaultRole, defaultStage]);

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
      setSignedOut(false);
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
    setSignedOut(outcome.kind === "failed" && outcome.signedOut === true);
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
          rememberFocus();
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
      // Leaving the editor inside the app (a link, Back): a saved story's unsaved edits go with it,
      // as when the tab is hidden. A new story stays a local draft, which the bank points back to.
      void saveRef.current("hidden");
    };
  }, []);


  /** Keeps the words in the editor and saves them over the newer version. */
  function keepMine() {
    const current = conflictRef.current;
    if (!current) return;
    commitSaved({ content: contentOf(current), version: current.version });
    openConflict(null);
    editedRef.current = true;
    void save("manual");
  }

  /** Takes the newer saved version; the words in the editor are set aside, so they can be brought back. */
  function takeSaved() {
    const current = conflictRef.current;
    if (!current) return;
    const theirs = contentOf(current);
    if (!sameContent(contentRef.current, theirs)) keepAside(contentRef.current);
    contentRef.current = theirs;
    setContent(theirs);
    commitSaved({ content: theirs, version: current.version });
    clearDraft(localStore(), key);
    openConflict(null);
    setRestored(false);
  }

  function keepAside(aside: DraftContent | null) {
    setSetAside(aside);
    if (aside) writeDraft(localStore(), asideKey, { ...aside, baseVersion: null, savedAt: Date.now() });
    else clearDraft(localStore(), asideKey);
  }

  function bringBack() {
    // Never over words typed since: those must be saved (or undone) first.
    if (!setAside || !sameContent(contentRef.current, savedRef.current.content)) return;
    update(setAside);
    keepAside(null);
  }

  function dismissSetAside() {
    keepAside(null);
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

  /** Deletes the story and goes back to the bank; returns a message when it could not. */
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

  return {
    content,
    current: () => contentRef.current,
    update,
    saved,
    isNew,
    dirty,
    phase,
    message,
    signedOut,
    errors,
    conflict,
    restored,
    carried: carried && saved.version === null,
    fieldRef: (field) => (el) => {
      fieldRefs.current[field] = el;
    },
    save,
    keepMine,
    takeSaved,
    setAside,
    bringBack,
    dismissSetAside,
    discardDraft,
    deleteStory,
  };
}
