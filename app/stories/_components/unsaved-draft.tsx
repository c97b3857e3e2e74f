"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";

import { noUpdates } from "@/app/_components/use-hydrated";
import { draftKey, readDraft, type LocalDraft } from "@/lib/editor/drafts";

function newStoryDraft(userId: string): LocalDraft | null {
  try {
    return readDraft(window.localStorage, draftKey(userId, null));
  } catch {
    return null;
  }
}

/**
 * A new story typed on this device and never saved (the user left the editor before saving): the bank
 * says so and leads back to it, so the words are not taken for lost. The draft lives in localStorage,
 * which only the browser can read.
 */
export function UnsavedDraft({ userId }: { userId: string }) {
  const draft = useSyncExternalStore(
    noUpdates,
    () => {
      const d = newStoryDraft(userId);
      return d && (d.text.trim() !== "" || Object.values(d.parts).some((p) => p.trim() !== "")) ? (d.title.trim() || "Untitled") : null;
    },
    () => null,
  );
  if (draft === null) return null;
  return (
    <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">
      A new story you started on this device is not saved yet ({draft}).{" "}
      <Link href="/stories/new" className="font-semibold underline">
        Continue it
      </Link>
    </p>
  );
}
