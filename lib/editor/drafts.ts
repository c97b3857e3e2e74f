// The local copy of what the user typed, written on every change so that no words are lost
// to a closed tab, a crash or a failed save. Isomorphic: the storage is passed in.
import { STAR_ORDER, type StarBoxes } from "./convert";

export type DraftFormat = "free" | "star";

export type DraftContent = {
  title: string;
  role: string;
  stage: string;
  /** As typed: comma separated. */
  tags: string;
  format: DraftFormat;
  text: string;
  parts: StarBoxes;
};

export type LocalDraft = DraftContent & {
  /** The story version the edit started from; null for a story not saved yet. */
  baseVersion: number | null;
  savedAt: number;
};

/** The subset of the Web Storage API the drafts use. */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const PREFIX = "storybank:draft:v1";

/**
 * One key per user and story, so people sharing a browser never see each other's drafts. A story not
 * saved yet is "new", plus the slot of the editor that holds it: two tabs drafting two new stories
 * each keep their own words (a draft from before slots has none).
 */
export function draftKey(userId: string, storyId: string | null, slot: string | null = null): string {
  return `${PREFIX}:${userId}:${storyId ?? (slot ? `new:${slot}` : "new")}`;
}

/** A slot as it may appear in `/stories/new?draft=<slot>`: anything else starts a new slot. */
export function isDraftSlot(value: unknown): value is string {
  return typeof value === "string" && /^[a-z0-9]{1,24}$/.test(value);
}

/** A fresh slot for a new story's draft; unique enough on one device. */
export function newDraftSlot(now: number, random: number): string {
  return `${now.toString(36)}${Math.floor(random * 36 ** 4).toString(36)}`;
}

/** A new story's draft waiting on this device: its slot (null for one from before slots) and its words. */
export type NewStoryDraft = { slot: string | null; draft: LocalDraft };

/** Every new story this user drafted here and never saved (with words in it), the latest first. */
export function newStoryDrafts(storage: (DraftStorage & Pick<Storage, "key" | "length">) | null, userId: string): NewStoryDraft[] {
  const base = draftKey(userId, null);
  const found: NewStoryDraft[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key === null || (key !== base && !key.startsWith(`${base}:`))) continue;
      const slot = key === base ? null : key.slice(base.length + 1);
      if (slot !== null && !isDraftSlot(slot)) continue;
      const draft = readDraft(storage, key);
      if (draft && (draft.text.trim() !== "" || Object.values(draft.parts).some((part) => part.trim() !== ""))) found.push({ slot, draft });
    }
  } catch {
    // Storage blocked: nothing to list.
  }
  return found.sort((a, b) => b.draft.savedAt - a.draft.savedAt);
}

export function splitTags(tags: string): string[] {
  return [...new Set(tags.split(",").map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
}

/** Two drafts are the same story content when they would save the same thing. */
export function sameContent(a: DraftContent, b: DraftContent): boolean {
  if (a.title.trim() !== b.title.trim() || a.role !== b.role || a.stage !== b.stage || a.format !== b.format) return false;
  const tagsA = splitTags(a.tags).sort();
  const tagsB = splitTags(b.tags).sort();
  if (tagsA.length !== tagsB.length || tagsA.some((tag, i) => tag !== tagsB[i])) return false;
  if (a.format === "star") return STAR_ORDER.every((part) => a.parts[part] === b.parts[part]);
  return a.text === b.text;
}

function isStarBoxes(value: unknown): value is StarBoxes {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return STAR_ORDER.every((part) => typeof record[part] === "string");
}

/** The JSON object stored under `key`; null when there is none, it does not parse, or storage is blocked. */
function readStored(storage: DraftStorage | null, key: string): Record<string, unknown> | null {
  try {
    const raw = storage?.getItem(key) ?? null;
    const value: unknown = raw ? JSON.parse(raw) : null;
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Reads a draft; anything unreadable (old shape, hand-edited, storage blocked) counts as no draft. */
export function readDraft(storage: DraftStorage | null, key: string): LocalDraft | null {
  const value = readStored(storage, key);
  if (!value) return null;
  const strings = ["title", "role", "stage", "tags", "text"] as const;
  if (!strings.every((field) => typeof value[field] === "string")) return null;
  if (value.format !== "free" && value.format !== "star") return null;
  if (!isStarBoxes(value.parts)) return null;
  const baseVersion = typeof value.baseVersion === "number" ? value.baseVersion : null;
  return {
    title: value.title as string,
    role: value.role as string,
    stage: value.stage as string,
    tags: value.tags as string,
    format: value.format,
    text: value.text as string,
    parts: value.parts,
    baseVersion,
    savedAt: typeof value.savedAt === "number" ? value.savedAt : 0,
  };
}

/** Writes a draft; returns false when the browser refuses (quota, private mode). */
export function writeDraft(storage: DraftStorage | null, key: string, draft: LocalDraft): boolean {
  return writeStored(storage, key, draft);
}

export function clearDraft(storage: DraftStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage blocked: there is nothing to clear.
  }
}

/** A story typed on /grade without an account, carried through sign-up into a new story in the same browser. */
export type CarriedStory = { text: string; role: string; stage: string; savedAt: number };

const CARRY_KEY = "storybank:carry:v1";

/**
 * How long a carried story waits: long enough to create an account or sign in, short enough that the
 * next person at a shared computer does not find someone else's story in their new account.
 */
export const CARRY_MAX_AGE_MS = 60 * 60 * 1000;

/** Keeps a story typed on /grade for the new story page; false when the browser refuses. */
export function carryStory(storage: DraftStorage | null, story: Omit<CarriedStory, "savedAt">, now: number): boolean {
  return writeStored(storage, CARRY_KEY, { ...story, savedAt: now });
}

/** The carried story, if there is a readable one younger than CARRY_MAX_AGE_MS; an older one is removed. */
export function readCarried(storage: DraftStorage | null, now: number): CarriedStory | null {
  const value = readStored(storage, CARRY_KEY);
  if (!value) return null;
  const { text, role, stage, savedAt } = value;
  if (typeof text !== "string" || typeof role !== "string" || typeof stage !== "string" || typeof savedAt !== "number") return null;
  if (now - savedAt > CARRY_MAX_AGE_MS || savedAt > now || text.trim() === "") {
    clearCarried(storage);
    return null;
  }
  return { text, role, stage, savedAt };
}

export function clearCarried(storage: DraftStorage | null): void {
  clearDraft(storage, CARRY_KEY);
}

function writeStored(storage: DraftStorage | null, key: string, value: unknown): boolean {
  try {
    storage?.setItem(key, JSON.stringify(value));
    return storage !== null;
  } catch {
    return false;
  }
}
