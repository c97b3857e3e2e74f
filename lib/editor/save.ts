// The editor's saving rules as pure decisions, so every outcome is unit-tested: whether a save goes
// out at all, and what the server's answer means for the words on screen. The hook in the editor
// only carries them out (state, focus, navigation). Isomorphic.
import { sameContent, splitTags, type DraftContent } from "./drafts";

/** Typed Ctrl/Cmd+S or the button; after a pause in typing; as the tab is hidden. */
export type SaveMode = "manual" | "autosave" | "hidden";

export type FieldErrors = Partial<Record<string, string[]>>;

/** What the server last confirmed: its content and version (null for a story never saved). */
export type Saved = { content: DraftContent; version: number | null };

/** The fields in the order the form shows them: a failed manual save moves focus to the first one in error. */
export const FIELD_ORDER = ["title", "role", "stage", "tags", "format", "text", "parts"] as const;

/** Each field as the editor labels it. */
const FIELD_LABELS: Record<(typeof FIELD_ORDER)[number], string> = {
  title: "Title",
  role: "Target role",
  stage: "Career stage",
  tags: "Tags",
  format: "Format",
  text: "Story",
  parts: "STAR boxes",
};

export type SaveDecision =
  | { kind: "send" }
  /** Another save is on its way: this one follows it (a manual save outranks an autosave). */
  | { kind: "queue"; mode: SaveMode }
  /** Nothing to do: a conflict is open, an autosave for a story never saved, or no change since the last save. */
  | { kind: "skip"; clearMessage: boolean };

export function decideSave(
  mode: SaveMode,
  state: { conflict: boolean; storyId: string | null; edited: boolean; inFlight: boolean; queued: SaveMode | null; sending: DraftContent; saved: Saved },
): SaveDecision {
  if (state.conflict) return { kind: "skip", clearMessage: false };
  // A story is created only on purpose; autosave and tab-hidden saves keep to stories that exist.
  if (mode !== "manual" && (state.storyId === null || !state.edited)) return { kind: "skip", clearMessage: false };
  if (state.inFlight) return { kind: "queue", mode: mode === "manual" || state.queued === "manual" ? "manual" : mode };
  if (state.saved.version !== null && sameContent(state.sending, state.saved.content)) return { kind: "skip", clearMessage: mode === "manual" };
  return { kind: "send" };
}

/** The request a save sends: create, or update naming the version it started from. */
export function saveRequest(content: DraftContent, storyId: string | null, saved: Saved, mode: SaveMode): { url: string; method: "POST" | "PATCH"; body: string } {
  const common = { title: content.title, role: content.role, stage: content.stage, format: content.format, tags: splitTags(content.tags) };
  // In four boxes the server derives the text from the parts; sending only one keeps a keepalive body small.
  const payload = content.format === "star" ? { ...common, parts: content.parts } : { ...common, text: content.text };
  if (storyId === null) return { url: "/api/stories", method: "POST", body: JSON.stringify(payload) };
  return { url: `/api/stories/${storyId}${mode === "manual" ? "" : "?autosave=1"}`, method: "PATCH", body: JSON.stringify({ ...payload, version: saved.version }) };
}

/** What the editor needs of a story the server sends back (the full StoryDto of lib/stories satisfies it). */
export type SavedStory = { id: string; version: number };

export type SaveOutcome<S extends SavedStory = SavedStory> =
  /** Saved: `created` when this save gave a new story its id. */
  | { kind: "saved"; story: S; created: boolean }
  /** The server refused some fields: say so, mark them, and on a manual save focus the first. */
  | { kind: "invalid"; fieldErrors: FieldErrors; message: string; focus: string | null }
  /** A newer save holds exactly these words (an autosave that landed late): nothing to choose between. */
  | { kind: "already-saved"; story: S }
  /** Someone saved other words first: show both, overwrite nothing. */
  | { kind: "conflict"; story: S }
  /** Not saved; the words stay on this device. `signedOut`: the session ended, so the page offers a way to sign in. */
  | { kind: "failed"; message: string; signedOut?: true };

export const OFFLINE_MESSAGE = "StoryBank could not be reached. Your words are kept on this device; save again in a moment.";

/** What the server's answer to a save means. `contentOf` reads a story's content as the editor holds it. */
export function saveOutcome<S extends SavedStory>(
  status: number,
  body: Record<string, unknown>,
  ctx: { sending: DraftContent; mode: SaveMode; storyId: string | null; contentOf: (story: S) => DraftContent },
): SaveOutcome<S> {
  if (status >= 200 && status < 300) return { kind: "saved", story: body as unknown as S, created: ctx.storyId === null };
  if (status === 400) {
    const fieldErrors = (typeof body.fieldErrors === "object" && body.fieldErrors !== null ? body.fieldErrors : {}) as FieldErrors;
    // The banner names the first field at fault and why ("Story: Keep the story under 20,000 characters."):
    // the mark beside a long story's box can be a screen away.
    const first = FIELD_ORDER.find((field) => fieldErrors[field]?.length);
    const others = FIELD_ORDER.filter((field) => field !== first && fieldErrors[field]?.length).length;
    const more = others === 0 ? "" : ` ${others === 1 ? "One more field is" : `${others} more fields are`} marked below.`;
    const message = first
      ? `Not saved. ${FIELD_LABELS[first]}: ${fieldErrors[first]![0]}${more}`
      : typeof body.error === "string"
        ? `Not saved: ${body.error}`
        : "Not saved: some fields are not valid.";
    const focus = ctx.mode === "manual" ? (first ?? null) : null;
    return { kind: "invalid", fieldErrors, message, focus };
  }
  if (status === 409 && typeof body.current === "object" && body.current !== null) {
    const current = body.current as S;
    return sameContent(ctx.contentOf(current), ctx.sending) ? { kind: "already-saved", story: current } : { kind: "conflict", story: current };
  }
  if (status === 401) return { kind: "failed", message: "You are signed out. Sign in again in a new tab, then save here: your words are kept on this device.", signedOut: true };
  if (status === 404) return { kind: "failed", message: "This story no longer exists; it may have been deleted elsewhere. Your words are kept on this device." };
  return { kind: "failed", message: typeof body.error === "string" ? `Not saved: ${body.error}` : "Not saved: something went wrong. Try again." };
}

export type SaveState = { conflict: boolean; phase: "idle" | "saving" | "error"; dirty: boolean; isNew: boolean };

/** The one-line save status beside the Save button: the most urgent state first. */
export function saveStatus(state: SaveState): { label: string; tone: "alert" | "busy" | "ok" } {
  if (state.conflict) return { label: "Conflict: choose a version", tone: "alert" };
  if (state.phase === "saving") return { label: "Saving…", tone: "busy" };
  if (state.phase === "error") return { label: "Not saved", tone: "alert" };
  if (state.dirty) return { label: "Unsaved changes", tone: "busy" };
  return { label: state.isNew ? "Not saved yet" : "Saved", tone: state.isNew ? "busy" : "ok" };
}
