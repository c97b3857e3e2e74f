"use client";

import Link from "next/link";
import { useRef, useState, type ChangeEvent, type FormEvent } from "react";

type Phase =
  | { name: "idle" }
  | { name: "uploading"; loaded: number; total: number }
  | { name: "saving" }
  | { name: "done"; imported: number }
  | { name: "failed"; message: string; errors: string[]; more: number };

type ImportResponse = { imported?: number; error?: string; errors?: string[]; more?: number };

/** From this many stories on, the saving step takes long enough to say so (about a minute a thousand on a busy server). */
const LARGE_IMPORT = 500;

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A rough story count shown before upload: rows of a CSV, or items of a JSON export. */
function countRows(name: string, content: string): number | null {
  try {
    if (name.toLowerCase().endsWith(".json") || /^\s*[[{]/.test(content)) {
      const value = JSON.parse(content) as unknown;
      const list = Array.isArray(value) ? value : (value as { stories?: unknown } | null)?.stories;
      return Array.isArray(list) ? list.length : null;
    }
    // Records, not lines: a quoted field may hold line breaks.
    let rows = 0;
    let quoted = false;
    let blank = true;
    for (const char of content) {
      if (char === '"') quoted = !quoted;
      if (!quoted && char === "\n") {
        if (!blank) rows++;
        blank = true;
      } else if (!/\s/.test(char)) blank = false;
    }
    if (!blank) rows++;
    return Math.max(0, rows - 1);
  } catch {
    return null;
  }
}

export function ImportForm({ maxBytes, maxStories }: { maxBytes: number; maxStories: number }) {
  const [file, setFile] = useState<File | null>(null);
  const [rows, setRows] = useState<number | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: "idle" });
  const request = useRef<XMLHttpRequest | null>(null);
  const busy = phase.name === "uploading" || phase.name === "saving";
  const tooLarge = file !== null && file.size > maxBytes;
  const tooMany = rows !== null && rows > maxStories;

  async function onChoose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setRows(null);
    setPhase({ name: "idle" });
    if (chosen && chosen.size <= maxBytes) setRows(countRows(chosen.name, await chosen.text()));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file || busy || tooLarge || tooMany) return;
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open("POST", "/api/import");
    xhr.setRequestHeader("Content-Type", file.name.toLowerCase().endsWith(".json") ? "application/json" : "text/csv");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (progress) => {
      setPhase(progress.loaded >= progress.total ? { name: "saving" } : { name: "uploading", loaded: progress.loaded, total: progress.total || file.size });
    };
    xhr.upload.onload = () => setPhase({ name: "saving" });
    xhr.onload = () => {
      let body: ImportResponse = {};
      try {
        body = JSON.parse(xhr.responseText) as ImportResponse;
      } catch {
        body = { error: "The server sent an unexpected answer." };
      }
      if (xhr.status === 201) setPhase({ name: "done", imported: body.imported ?? 0 });
      else if (xhr.status === 401) setPhase({ name: "failed", message: "Your session ended. Sign in again, then import the file.", errors: [], more: 0 });
      else setPhase({ name: "failed", message: body.error ?? `The import failed (HTTP ${xhr.status}).`, errors: body.errors ?? [], more: body.more ?? 0 });
    };
    xhr.onerror = () => setPhase({ name: "failed", message: "The upload was interrupted. Check your connection and try again.", errors: [], more: 0 });
    setPhase({ name: "uploading", loaded: 0, total: file.size });
    xhr.send(file);
  }

  const percent = phase.name === "uploading" ? Math.round((phase.loaded / Math.max(1, phase.total)) * 100) : phase.name === "saving" || phase.name === "done" ? 100 : 0;

  return (
    <form method="post" action="/api/import" encType="multipart/form-data" onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div>
        <label htmlFor="import-file" className="block font-semibold">
          File to import (JSON or CSV)
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".json,.csv,application/json,text/csv"
          required
          onChange={onChoose}
          aria-describedby="import-file-hint"
          className="mt-2 block w-full text-sm text-ink file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:font-medium file:text-ink hover:file:bg-slate-200"
        />
        <p id="import-file-hint" className="mt-1 text-sm text-muted">
          {file ? (
            <>
              {file.name}, {formatBytes(file.size)}
              {rows !== null && `, ${rows.toLocaleString("en")} ${rows === 1 ? "story" : "stories"} found`}
            </>
          ) : (
            "A StoryBank export, or a CSV with a title and text column."
          )}
        </p>
      </div>

      {(tooLarge || tooMany) && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {tooLarge
            ? `This file is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}. Split it into smaller files.`
            : `This file has ${rows?.toLocaleString("en")} stories; import at most ${maxStories.toLocaleString("en")} at a time.`}
        </p>
      )}

      <button type="submit" disabled={!file || busy || tooLarge || tooMany} className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:cursor-not-allowed disabled:opacity-60">
        {busy ? "Importing…" : "Import stories"}
      </button>

      <div aria-live="polite" className="space-y-2">
        {(busy || phase.name === "done") && (
          <div>
            <progress max={100} value={phase.name === "saving" ? undefined : percent} aria-label="Import progress" className="h-2 w-full overflow-hidden rounded accent-brand" />
            <p className="mt-1 text-sm text-muted">
              {phase.name === "uploading" && `Uploading… ${percent}% (${formatBytes(phase.loaded)} of ${formatBytes(phase.total)})`}
              {phase.name === "saving" &&
                `Checking and saving ${rows !== null ? `${rows.toLocaleString("en")} stories` : "the stories"}…${rows === null || rows >= LARGE_IMPORT ? " A large file takes a few minutes: the server saves it in small steps so that it stays quick for everyone. Keep this page open; your bank shows the stories once all are saved." : ""}`}
            </p>
          </div>
        )}
        {phase.name === "done" && (
          <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            Imported {phase.imported.toLocaleString("en")} {phase.imported === 1 ? "story" : "stories"}.{" "}
            <Link href="/stories" className="font-semibold underline">
              Open my stories
            </Link>
          </p>
        )}
        {phase.name === "failed" && (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            <p className="font-semibold">{phase.message}</p>
            {phase.errors.length > 0 && (
              <ul className="mt-2 list-disc space-y-1 pl-5" aria-label="Problems by row">
                {phase.errors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            )}
            {phase.more > 0 && <p className="mt-2">…and {phase.more.toLocaleString("en")} more.</p>}
          </div>
        )}
      </div>
    </form>
  );
}
