import "server-only";

import { randomUUID } from "node:crypto";

import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

import { UNDO_MINUTES, type BulkAction, type BulkResult } from "./bulk-schema";
import { StoryNotFoundError, UndoPastLimitError } from "./errors";
import { STORY_LIMITS } from "./schema";

// Deleted stories wait for Undo under a holder user that nobody can sign in as (no account), exactly
// as they were: same ids, tags, skills, revisions, grades and dates. Undo moves them back; expiry, or
// the user's next bulk action, deletes the holder and with it (by cascade) the stories.
const HOLDER_DOMAIN = "undo.invalid";
const UNDO_MS = UNDO_MINUTES * 60 * 1000;

type Tx = Prisma.TransactionClient;
type TagChange = { id: string; updatedAt: string };

/**
 * Deletes for good what expired: undo records past their time with their holders' stories. One
 * indexed query when there is nothing to do. `sweep` also removes any holder older than twice the
 * undo time (none should exist: a holder and its record are written in one transaction), which scans
 * the user table by email, so only bulk actions ask for it, not every bank page.
 */
export async function purgeExpiredUndo(now = new Date(), { sweep = false }: { sweep?: boolean } = {}): Promise<number> {
  const expired = await db.bankUndo.findMany({ where: { expiresAt: { lt: now } }, select: { id: true, holderId: true }, take: 100 });
  if (expired.length > 0) {
    const holders = expired.map((row) => row.holderId).filter(Boolean);
    await db.$transaction([db.user.deleteMany({ where: { id: { in: holders }, email: { endsWith: `@${HOLDER_DOMAIN}` } } }), db.bankUndo.deleteMany({ where: { id: { in: expired.map((row) => row.id) } } })]);
  }
  if (!sweep) return expired.length;
  const stale = await db.user.deleteMany({ where: { email: { endsWith: `@${HOLDER_DOMAIN}` }, createdAt: { lt: new Date(now.getTime() - 2 * UNDO_MS) } } });
  return expired.length + stale.count;
}

/** Throws StoryNotFoundError (and the transaction writes nothing) unless every id is one of the user's stories. */
async function requireOwned(tx: Tx, userId: string, ids: string[]): Promise<void> {
  const owned = await tx.story.count({ where: { userId, id: { in: ids } } });
  if (owned !== ids.length) throw new StoryNotFoundError();
}

/** Only the last bulk action can be undone: the one before it becomes final (a delete's holder goes). */
async function replaceUndo(tx: Tx, userId: string, data: { kind: BulkAction; tag?: string; storyIds: string; holderId?: string }, now: Date) {
  const previous = await tx.bankUndo.findUnique({ where: { userId }, select: { holderId: true } });
  if (previous) {
    if (previous.holderId) await tx.user.deleteMany({ where: { id: previous.holderId, email: { endsWith: `@${HOLDER_DOMAIN}` } } });
    await tx.bankUndo.delete({ where: { userId } });
  }
  return tx.bankUndo.create({ data: { userId, ...data, createdAt: now, expiresAt: new Date(now.getTime() + UNDO_MS) }, select: { id: true, expiresAt: true } });
}

/** Moves stories between owners without touching any other column (Prisma's @updatedAt would). */
async function moveStories(tx: Tx, ids: string[], from: string, to: string): Promise<number> {
  let moved = 0;
  for (const id of ids) moved += await tx.$executeRaw`UPDATE "Story" SET "userId" = ${to} WHERE "id" = ${id} AND "userId" = ${from}`;
  return moved;
}

/**
 * Deletes the user's stories `ids` (at most MAX_BULK_IDS), all or none: one id that is not the user's
 * and nothing changes (StoryNotFoundError). They can be brought back exactly by undoBulk for UNDO_MINUTES.
 */
export async function deleteStories(userId: string, ids: string[], now = new Date()): Promise<BulkResult> {
  const undo = await db.$transaction(async (tx) => {
    await requireOwned(tx, userId, ids);
    const holderId = `undo-${randomUUID()}`;
    await tx.user.create({ data: { id: holderId, name: "deleted stories awaiting undo", email: `${holderId}@${HOLDER_DOMAIN}`, createdAt: now } });
    if ((await moveStories(tx, ids, userId, holderId)) !== ids.length) throw new StoryNotFoundError();
    return replaceUndo(tx, userId, { kind: "delete", storyIds: JSON.stringify(ids), holderId }, now);
  });
  return { action: "delete", changed: ids.length, undo: { id: undo.id, expiresAt: undo.expiresAt.toISOString() } };
}

/**
 * Adds `tag` to (or, `untag`, removes it from) the user's stories `ids`, all or none as deleteStories.
 * Only the stories that change are touched (a story that has the tag already, or has 20 tags, is left
 * alone) and remembered, so that Undo reverts exactly those. A tag change is a new version (an editor
 * open on the old one gets a conflict, never a silent overwrite) but not a revision: the text and its
 * grade stay as they are.
 */
export async function tagStories(userId: string, ids: string[], tag: string, { remove = false }: { remove?: boolean } = {}, now = new Date()): Promise<BulkResult> {
  const action: BulkAction = remove ? "untag" : "tag";
  const result = await db.$transaction(async (tx) => {
    await requireOwned(tx, userId, ids);
    const stories = await tx.story.findMany({ where: { userId, id: { in: ids } }, select: { id: true, updatedAt: true, _count: { select: { tags: true } }, tags: { where: { tag }, select: { tag: true } } } });
    const changed = stories.filter((story) => (remove ? story.tags.length > 0 : story.tags.length === 0 && story._count.tags < STORY_LIMITS.tags));
    if (changed.length === 0) return { changed: 0, undo: null };
    const changedIds = changed.map((story) => story.id);
    if (remove) await tx.storyTag.deleteMany({ where: { storyId: { in: changedIds }, tag } });
    else await tx.storyTag.createMany({ data: changedIds.map((storyId) => ({ storyId, tag })) });
    // A new version, so that an editor still open on the old one gets a conflict instead of saving over the tag.
    await tx.story.updateMany({ where: { id: { in: changedIds } }, data: { updatedAt: now, version: { increment: 1 } } });
    const record: TagChange[] = changed.map((story) => ({ id: story.id, updatedAt: story.updatedAt.toISOString() }));
    const undo = await replaceUndo(tx, userId, { kind: action, tag, storyIds: JSON.stringify(record) }, now);
    return { changed: changed.length, undo };
  });
  return { action, changed: result.changed, undo: result.undo && { id: result.undo.id, expiresAt: result.undo.expiresAt.toISOString() } };
}

/**
 * Undoes the user's last bulk action, if it is `undoId` and has not expired: deleted stories come
 * back exactly (same ids and history), a tag change is reverted on the stories it changed that are
 * still in the bank (and their updatedAt put back when nothing else changed them since). Returns how
 * many stories it restored; StoryNotFoundError when there is nothing to undo.
 */
export async function undoBulk(userId: string, undoId: string, now = new Date()): Promise<{ action: BulkAction; restored: number }> {
  return db.$transaction(async (tx) => {
    const undo = await tx.bankUndo.findFirst({ where: { id: undoId, userId, expiresAt: { gt: now } } });
    if (!undo) throw new StoryNotFoundError();
    await tx.bankUndo.delete({ where: { id: undo.id } });
    const kind = undo.kind as BulkAction;
    if (kind === "delete") {
      const ids = JSON.parse(undo.storyIds) as string[];
      // Stories saved since the delete may have filled the bank: bringing these back would pass its limit,
      // and a delete, refill and undo, repeated, would grow a bank without bound. Nothing changes, and the
      // undo stays open until it expires.
      const room = env.MAX_STORIES_PER_USER - (await tx.story.count({ where: { userId } }));
      if (ids.length > room) throw new UndoPastLimitError(env.MAX_STORIES_PER_USER, Math.max(0, room), ids.length);
      const restored = await moveStories(tx, ids, undo.holderId, userId);
      await tx.user.deleteMany({ where: { id: undo.holderId, email: { endsWith: `@${HOLDER_DOMAIN}` } } });
      return { action: kind, restored };
    }
    const changes = JSON.parse(undo.storyIds) as TagChange[];
    const owned = await tx.story.findMany({
      where: { userId, id: { in: changes.map((change) => change.id) } },
      select: { id: true, updatedAt: true, _count: { select: { tags: true } }, tags: { where: { tag: undo.tag }, select: { tag: true } } },
    });
    const ownedIds = owned.map((story) => story.id);
    if (kind === "tag") await tx.storyTag.deleteMany({ where: { storyId: { in: ownedIds }, tag: undo.tag } });
    else {
      // A save since may have put the tag back, or filled the story's tags: those stay as they are now
      // (a second copy of the tag broke the whole undo; a 21st tag would pass the limit).
      const back = owned.filter((story) => story.tags.length === 0 && story._count.tags < STORY_LIMITS.tags).map((story) => story.id);
      if (back.length > 0) await tx.storyTag.createMany({ data: back.map((storyId) => ({ storyId, tag: undo.tag })) });
    }
    await tx.story.updateMany({ where: { id: { in: ownedIds }, userId }, data: { version: { increment: 1 } } });
    const before = new Map(changes.map((change) => [change.id, change.updatedAt]));
    for (const story of owned) {
      // Untouched since the tag change (its updatedAt is still the change's): its previous date comes back.
      if (story.updatedAt.getTime() === undo.createdAt.getTime()) {
        await tx.story.updateMany({ where: { id: story.id, userId }, data: { updatedAt: new Date(before.get(story.id)!) } });
      }
    }
    return { action: kind, restored: owned.length };
  });
}

/** The user's last bulk action that can still be undone (the bank page offers it after a reload). */
export async function getPendingUndo(userId: string, now = new Date()): Promise<{ id: string; action: BulkAction; count: number; tag: string; expiresAt: string } | null> {
  const undo = await db.bankUndo.findFirst({ where: { userId, expiresAt: { gt: now } } });
  if (!undo) return null;
  const count = (JSON.parse(undo.storyIds) as unknown[]).length;
  return { id: undo.id, action: undo.kind as BulkAction, count, tag: undo.tag, expiresAt: undo.expiresAt.toISOString() };
}
