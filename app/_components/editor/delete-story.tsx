"use client";

// Delete with a confirmation in a modal dialog (focus is trapped and returned by the browser).
import { useRef, useState } from "react";

export function DeleteStory({ onDelete }: { onDelete: () => Promise<string | null> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    const failure = await onDelete();
    setBusy(false);
    if (failure) setError(failure);
    else dialog.current?.close();
  }

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border border-rose-300 bg-white px-3 py-2 text-sm font-medium text-rose-800 hover:bg-rose-50"
      >
        Delete
      </button>
      <dialog ref={dialog} aria-labelledby="delete-heading" className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl p-5 text-ink shadow-xl backdrop:bg-slate-900/40">
        <h2 id="delete-heading" className="text-lg font-semibold">
          Delete this story?
        </h2>
        <p className="mt-2 text-sm text-muted">The story and its history are deleted for good. This cannot be undone.</p>
        {error && (
          <p role="alert" className="mt-2 text-sm text-rose-800">
            {error}
          </p>
        )}
        <div className="mt-4 flex justify-end gap-3">
          <button
            type="button"
            autoFocus
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50"
          >
            Cancel
          </button>
          <button
            type="button"
            onClick={() => void confirm()}
            disabled={busy}
            className="rounded-md bg-rose-700 px-4 py-2 text-sm font-medium text-white hover:bg-rose-800 disabled:opacity-60"
          >
            {busy ? "Deleting…" : "Delete story"}
          </button>
        </div>
      </dialog>
    </>
  );
}
