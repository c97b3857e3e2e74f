"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import type { BulkAction } from "@/lib/stories/bulk-schema";

import { postJson, takeUndoFocus } from "./bulk-undo";

export type PendingUndo = { id: string; action: BulkAction; count: number; tag: string; expiresAt: string };

function stories(count: number): string {
  return `${count} ${count === 1 ? "story" : "stories"}`;
}

function doneLine({ action, count, tag }: PendingUndo): string {
  if (action === "delete") return `Deleted ${stories(count)}.`;
  if (action === "tag") return `Added the tag “${tag}” to ${stories(count)}.`;
  return `Removed the tag “${tag}” from ${stories(count)}.`;
}

function undoneLine(action: BulkAction, restored: number, tag: string): string {
  if (action === "delete") return `Brought back ${stories(restored)}, with their history.`;
  return action === "tag" ? `Took the tag “${tag}” off ${stories(restored)} again.` : `Put the tag “${tag}” back on ${stories(restored)}.`;
}

/** The last bulk action with its Undo (from the server, so it survives a reload), then what Undo did. */
export function UndoBar({ pending }: { pending: PendingUndo | null }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  // What Undo did, for the pending action it undid: a later action's bar replaces it.
  const [message, setMessage] = useState<{ text: string; error: boolean; forId: string } | null>(null);
  const [hidden, setHidden] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const saidLine = useRef<HTMLParagraphElement>(null);
  const pendingId = pending?.id ?? null;

  useEffect(() => {
    if (pendingId !== null && takeUndoFocus()) undoButton.current?.focus();
  }, [pendingId]);

  // Undo takes its own button away: the keyboard focus goes to what it did (or why it failed) instead
  // of falling back to the top of the page.
  useEffect(() => {
    if (message) saidLine.current?.focus();
  }, [message]);

  async function undo(current: PendingUndo) {
    setBusy(true);
    const result = await postJson("/api/stories/bulk/undo", { undoId: current.id });
    setBusy(false);
    if (result.ok) {
      setMessage({ text: undoneLine(current.action, Number(result.data.restored ?? 0), current.tag), error: false, forId: current.id });
      router.refresh();
    } else {
      setMessage({ text: (result.data.error as string | undefined) ?? "Undo did not work. Please try again.", error: true, forId: current.id });
    }
  }

  const show = pending && hidden !== pending.id && message?.forId !== pending.id;
  const said = message && (pending === null || pending.id === message.forId) ? message : null;
  return (
    <div aria-live="polite">
      {show && (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 bg-slate-50 px-4 py-2 text-sm text-ink">
          <span>
            {doneLine(pending)} <span className="text-muted">You can undo this for 15 minutes.</span>
          </span>
          <button ref={undoButton} type="button" onClick={() => void undo(pending)} disabled={busy} className="rounded-md bg-brand px-3 py-1.5 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
            {busy ? "Undoing…" : "Undo"}
          </button>
          <button type="button" onClick={() => setHidden(pending.id)} className="rounded-md px-2 py-1.5 font-medium text-muted underline hover:text-ink">
            Dismiss
          </button>
        </div>
      )}
      {said && (
        <p ref={saidLine} tabIndex={-1} role={said.error ? "alert" : "status"} className={`rounded-md border px-4 py-2 text-sm focus:outline-none focus-visible:ring-2 ${said.error ? "border-red-200 bg-red-50 text-red-800" : "border-emerald-200 bg-emerald-50 text-emerald-900"}`}>
          {said.text}
        </p>
      )}
    </div>
  );
}
