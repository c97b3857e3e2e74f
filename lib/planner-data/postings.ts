import "server-only";

import { db } from "@/lib/db/client";

export type PostingListItem = { id: string; title: string; createdAt: string };
export type PostingRecord = PostingListItem & { text: string };

const LIST_LIMIT = 100;

/** A title from the posting's first line when the user gave none. */
export function postingTitle(title: string | undefined, text: string): string {
  const given = title?.trim();
  if (given) return given;
  const first = text.trim().split(/\r?\n/)[0]?.trim() ?? "";
  return first.length <= 80 ? first || "Untitled posting" : `${first.slice(0, 79).replace(/\s\S*$/, "")}…`;
}

export async function savePosting(userId: string, input: { title?: string; text: string }): Promise<PostingRecord> {
  const row = await db.posting.create({
    data: { userId, title: postingTitle(input.title, input.text), text: input.text },
    select: { id: true, title: true, text: true, createdAt: true },
  });
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** Newest first. */
export async function listPostings(userId: string): Promise<PostingListItem[]> {
  const rows = await db.posting.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
    select: { id: true, title: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function getPosting(userId: string, id: string): Promise<PostingRecord | null> {
  const row = await db.posting.findFirst({ where: { id, userId }, select: { id: true, title: true, text: true, createdAt: true } });
  return row ? { ...row, createdAt: row.createdAt.toISOString() } : null;
}

/** true when the user's posting existed and is gone. */
export async function deletePosting(userId: string, id: string): Promise<boolean> {
  const { count } = await db.posting.deleteMany({ where: { id, userId } });
  return count > 0;
}
