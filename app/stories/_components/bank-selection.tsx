"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";

import { MAX_BULK_IDS } from "@/lib/stories/bulk-schema";

import { postJson, requestUndoFocus } from "./bulk-undo";

type Selection = { ids: string[]; selected: ReadonlySet<string>; toggle: (id: string, on: boolean) => void; setAll: (on: boolean) => void; clear: () => void };

const SelectionContext = createContext<Selection | null>(null);

function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("SelectStory and SelectionToolbar go inside a SelectionProvider.");
  return selection;
}

/** Holds which stories of the shown page are selected; a page change keeps only those still shown. */
export function SelectionProvider({ ids, children }: { ids: string[]; children: ReactNode }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const selected = useMemo(() => new Set([...chosen].filter((id) => ids.includes(id))), [chosen, ids]);
  const value = useMemo<Selection>(
    () => ({
      ids,
      selected,
      toggle: (id, on) =>
        setChosen((previous) => {
          const next = new Set(previous);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        }),
      setAll: (on) => setChosen(on ? new Set(ids.slice(0, MAX_BULK_IDS)) : new Set()),
      clear: () => setChosen(new Set()),
    }),
    [ids, selected],
  );
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

/** A row's checkbox, labelled with the story's title. */
export function SelectStory({ id, title }: { id: string; title: string }) {
  const { selected, toggle } = useSelection();
  return (
    <label className="inline-flex h-6 w-6 cursor-pointer items-center justify-center">
      <input type="checkbox" checked={selected.has(id)} onChange={(event) => toggle(id, event.target.checked)} className="h-4 w-4 accent-brand" />
      <span className="sr-only">Select “{title}”</span>
    </label>
  );
}

const EXPORTS = [
  { format: "json", label: "JSON" },
  { format: "md", label: "Markdown" },
  { format: "csv", label: "CSV" },
] as const;

/** From this many stories on, a delete asks first (Undo is there either way). */
const CONFIRM_FROM = 5;

function stories(count: number): string {
  return `${count} ${count === 1 ? "story" : "stories"}`;
}

/** Select all on the page, the count, and what to do with the selection: delete, tag, untag, export. */
export function SelectionToolbar() {
  const { ids, selected, setAll, clear } = useSelection();
  const router = useRouter();
  const [tag, setTag] = useState("");
  const [busy, setBusy] = useState(false);
  const [asking, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const allBox = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const count = selected.size;
  const confirming = asking && count > 0;
  const all = count > 0 && count === Math.min(ids.length, MAX_BULK_IDS);

  useEffect(() => {
    if (allBox.current) allBox.current.indeterminate = count > 0 && !all;
  }, [count, all]);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function run(body: { action: "delete" | "tag" | "untag"; tag?: string }) {
    setBusy(true);
    setError(null);
    const result = await postJson("/api/stories/bulk", { ...body, ids: [...selected] });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) {
      const fieldError = (result.data.fieldErrors as Record<string, string[]> | undefined)?.tag?.[0];
      setError(
        result.status === 404
          ? "Some of these stories are no longer in your bank (deleted in another tab?). Nothing was changed; reload the page and try again."
          : result.status === 401
            ? "Your session ended. Sign in again, then try once more."
            : (fieldError ?? (result.data.error as string | undefined) ?? "That did not work. Nothing was changed; please try again."),
      );
      return;
    }
    if (body.action !== "delete" && result.data.changed === 0) {
      setError(body.action === "tag" ? `Every selected story has the tag “${body.tag}” already (or 20 tags, the most a story keeps).` : `None of the selected stories has the tag “${body.tag}”.`);
      return;
    }
    if (body.action !== "delete") setTag("");
    clear();
    requestUndoFocus();
    router.refresh();
  }

  function onDelete() {
    if (count >= CONFIRM_FROM && !confirming) setConfirming(true);
    else void run({ action: "delete" });
  }

  function onTag(action: "tag" | "untag") {
    const name = tag.trim().toLowerCase();
    if (name === "") {
      setError("Type the tag first.");
      return;
    }
    void run({ action, tag: name });
  }

  const selection = [...selected].join(",");
  return (
    <section aria-label="Selected stories" className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label className="inline-flex items-center gap-2 text-sm font-medium">
          <input ref={allBox} type="checkbox" checked={all} onChange={(event) => setAll(event.target.checked)} className="h-4 w-4 accent-brand" />
          Select all {ids.length} on this page
        </label>
        <p role="status" aria-live="polite" className="text-sm text-muted">
          {count === 0 ? "No stories selected" : `${stories(count)} selected`}
        </p>
      </div>

      {count > 0 && (
        <div className="flex flex-wrap items-end gap-3">
          <button type="button" onClick={onDelete} disabled={busy} className="rounded-md border border-red-300 bg-white px-3 py-2 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60">
            Delete selected
          </button>
          <div className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="bulk-tag" className="block text-xs font-medium text-muted">
                Tag to add or remove
              </label>
              <input
                id="bulk-tag"
                value={tag}
                maxLength={40}
                onChange={(event) => setTag(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    onTag("tag");
                  }
                }}
                className="mt-1 w-36 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
              />
            </div>
            <button type="button" onClick={() => onTag("tag")} disabled={busy} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60">
              Add tag
            </button>
            <button type="button" onClick={() => onTag("untag")} disabled={busy} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60">
              Remove tag
            </button>
          </div>
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-muted">Export selected:</span>
            {EXPORTS.map((item) => (
              <a key={item.format} href={`/api/export?format=${item.format}&ids=${encodeURIComponent(selection)}`} download className="font-medium text-brand-dark underline">
                {item.label}
                <span className="sr-only"> ({stories(count)})</span>
              </a>
            ))}
          </p>
        </div>
      )}

      {confirming && (
        <div role="alertdialog" aria-labelledby="confirm-delete" className="rounded-md border border-red-200 bg-red-50 p-3">
          <p id="confirm-delete" className="text-sm text-red-900">
            Delete {stories(count)} with their history? You can undo this for 15 minutes.
          </p>
          <div className="mt-2 flex gap-2">
            <button ref={confirmButton} type="button" onClick={() => void run({ action: "delete" })} disabled={busy} className="rounded-md bg-red-700 px-3 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60">
              Delete {stories(count)}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50">
              Cancel
            </button>
          </div>
        </div>
      )}

      {busy && <p className="text-sm text-muted">Working on {stories(count)}…</p>}
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
    </section>
  );
}
