"use client";

// Shown when a save finds a newer version saved elsewhere: both texts side by side, and the user
// chooses. Nothing is overwritten until they do.
import { useEffect, useMemo, useRef, type ReactNode } from "react";

import type { FieldDifference } from "@/lib/editor/conflict";
import { diffWords, type DiffPart } from "@/lib/editor/diff";

type Version = { title: string; text: string };

/** As the history page writes a revision's time ("7 Dec 2026, 01:36"), so the two can be matched. */
const SAVED_AT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

type ConflictPanelProps = {
  mine: Version;
  saved: Version & { updatedAt: string };
  /** Tags, role or stage that differ too: listed, so no change is dropped unseen. */
  others: readonly FieldDifference[];
  busy: boolean;
  onKeepMine: () => void;
  onUseSaved: () => void;
};

export function ConflictPanel({ mine, saved, others, busy, onKeepMine, onUseSaved }: ConflictPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const parts = useMemo(() => diffWords(saved.text, mine.text), [saved.text, mine.text]);
  return (
    <section aria-labelledby="conflict-heading" className="rounded-xl border-2 border-amber-500 bg-amber-50 p-4 sm:p-5" data-testid="conflict-panel">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold text-amber-950">
        This story was saved somewhere else
      </h2>
      <p className="mt-1 text-sm text-amber-950">
        Another tab or device saved a newer version while you were editing. Nothing has been overwritten. Choose which version to keep;
        autosave is paused until you do. Words that differ are highlighted. If you keep yours, the saved version stays in this
        story&rsquo;s history; if you use the saved one, yours is set aside on this device.
      </p>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <VersionBox heading="Your version" title={mine.title} text={render(parts, "insert")} />
        <VersionBox heading="Saved version" title={saved.title} text={render(parts, "delete")} note={`Saved ${SAVED_AT.format(new Date(saved.updatedAt))} UTC`} />
      </div>
      {others.length > 0 && (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full min-w-[20rem] border-collapse rounded-lg bg-white text-left text-sm" data-testid="conflict-others">
            <caption className="mb-1 text-left text-sm font-semibold text-amber-950">These differ too</caption>
            <thead>
              <tr className="border-b border-amber-300">
                <th scope="col" className="px-3 py-1.5 font-medium">
                  Field
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  Your version
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  Saved version
                </th>
              </tr>
            </thead>
            <tbody>
              {others.map((d) => (
                <tr key={d.field} className="border-b border-amber-100 last:border-0">
                  <th scope="row" className="px-3 py-1.5 font-medium">
                    {d.label}
                  </th>
                  <td className="px-3 py-1.5 break-words">{d.mine}</td>
                  <td className="px-3 py-1.5 break-words">{d.saved}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-4 text-sm text-amber-950">If you use the saved version, yours is set aside and you can bring it back.</p>
      <div className="mt-2 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={onKeepMine}
          disabled={busy}
          className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60"
        >
          Keep mine
        </button>
        <button
          type="button"
          onClick={onUseSaved}
          disabled={busy}
          className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium text-ink hover:bg-slate-50 disabled:opacity-60"
        >
          Use saved version
        </button>
      </div>
    </section>
  );
}

/** One side of the diff: the shared words plus this side's own, which are marked. */
function render(parts: DiffPart[], own: "insert" | "delete"): ReactNode {
  const side = parts.filter((part) => part.op === "equal" || part.op === own);
  if (side.every((part) => part.text.trim() === "")) return "(empty)";
  return side.map((part, i) =>
    part.op === "equal" ? (
      <span key={i}>{part.text}</span>
    ) : (
      <mark key={i} className="rounded-sm bg-amber-200 text-ink">
        {part.text}
      </mark>
    ),
  );
}

function VersionBox({ heading, title, text, note }: { heading: string; title: string; text: ReactNode; note?: string }) {
  return (
    <section aria-label={heading} className="flex min-w-0 flex-col rounded-lg border border-amber-300 bg-white p-3">
      <h3 className="text-sm font-semibold">{heading}</h3>
      {note && <p className="text-xs text-muted">{note}</p>}
      <p className="mt-2 font-medium">{title || "Untitled story"}</p>
      <p className="mt-1 text-sm leading-6 break-words whitespace-pre-wrap">{text}</p>
    </section>
  );
}
