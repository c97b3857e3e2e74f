"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";

import { noUpdates } from "@/app/_components/use-hydrated";
import { newStoryDrafts } from "@/lib/editor/drafts";

type Waiting = { title: string; href: string };

/** The new stories drafted here and never saved, as a string so the snapshot compares by value. */
function waitingDrafts(userId: string): string {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  const waiting: Waiting[] = newStoryDrafts(storage, userId).map(({ slot, draft }) => ({
    title: draft.title.trim() || "Untitled",
    href: slot === null ? "/stories/new" : `/stories/new?draft=${slot}`,
  }));
  return JSON.stringify(waiting);
}

/**
 * New stories typed on this device and never saved (the user left the editor before saving): the bank
 * says so and leads back to each, so the words are not taken for lost. Each editor drafts in its own
 * slot, so two tabs drafting two new stories leave two drafts here. They live in localStorage, which
 * only the browser can read.
 */
export function UnsavedDraft({ userId }: { userId: string }) {
  const snapshot = useSyncExternalStore(noUpdates, () => waitingDrafts(userId), () => "[]");
  const drafts = JSON.parse(snapshot) as Waiting[];
  if (drafts.length === 0) return null;
  const box = "rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950";
  if (drafts.length === 1) {
    const [only] = drafts as [Waiting];
    return (
      <p role="status" className={box}>
        A new story you started on this device is not saved yet ({only.title}).{" "}
        <Link href={only.href} className="font-semibold underline">
          Continue it
        </Link>
      </p>
    );
  }
  return (
    <div role="status" className={box}>
      <p>{drafts.length} new stories you started on this device are not saved yet:</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {drafts.map((draft) => (
          <li key={draft.href}>
            <Link href={draft.href} className="font-semibold underline">
              Continue “{draft.title}”
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
