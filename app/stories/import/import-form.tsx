"use client";

import Link from "next/link";
import { useRef, useState, type ChangeEvent, type FormEvent } from "react";

type Summary = { stories: number; duplicates: number; inBank: number; repeated: number };

type Phase =
  | { name: "idle" }
  | { name: "checking"; loaded: number; total: number; waiting?: boolean }
  | { name: "checked"; summary: Summary }
  | { name: "uploading"; loaded: number; total: number; summary: Summary }
  | { name: "saving"; summary: Summary }
  | { name: "done"; imported: number; skipped: number }
  | { name: "failed"; message: string; errors: string[]; more: number };

type ImportResponse = Partial<Summary> & { imported?: number; skipped?: number; error?: string; errors?: string[]; more?: number };

type Choice = "skip" | "keep";

/** How often a check refused because another is still running on the server is tried again (at its Retry-After, up to 30 s each). */
const MAX_CHECK_RETRIES = 8;

/** From this many stories on, the saving step takes long enough to say so (about a minute a thousand on a busy server). */
const LARGE_IMPORT = 500;

function storyCount(count: number): string {
  return `${count.toLocaleString("en")} ${count === 1 ? "story" : "stories"}`;
}

/** "12 stories, 3 already in your bank." */
function summaryLine({ stories, inBank, repeated }: Summary): string {
  const found = [inBank > 0 && `${inBank.toLocaleString("en")} already in your bank`, repeated > 0 && `${repeated.toLocaleString("en")} repeated in the file`].filter(Boolean);
  return `${storyCount(stories)}, ${found.length > 0 ? found.join(" and ") : stories === 1 ? "new to your bank" : "all new to your bank"}.`;
}

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
  const [choice, setChoice] = useState<Choice>("skip");
  const request = useRef<XMLHttpRequest | null>(null);
  // Which choice of file is current: a retry of an earlier one's check stops when another file is chosen.
  const choiceCount = useRef(0);
  const busy = phase.name === "checking" || phase.name === "uploading" || phase.name === "saving";
  const tooLarge = file !== null && file.size > maxBytes;
  const tooMany = rows !== null && rows > maxStories;

  async function onChoose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    choiceCount.current += 1;
    request.current?.abort();
    setFile(chosen);
    setRows(null);
    setChoice("skip");
    setPhase({ name: "idle" });
    if (!chosen || chosen.size > maxBytes) return;
    const counted = countRows(chosen.name, await chosen.text());
    setRows(counted);
    if (counted === null || counted <= maxStories) check(chosen, choiceCount.current);
  }

  /** Sends the file to the import endpoint; `preview` only checks it and counts duplicates. */
  function send(chosen: File, query: string, onProgress: (loaded: number, total: number) => void, onDone: (status: number, body: ImportResponse, retryAfterSeconds: number) => void) {
    request.current?.abort();
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open("POST", `/api/import?${query}`);
    xhr.setRequestHeader("Content-Type", chosen.name.toLowerCase().endsWith(".json") ? "application/json" : "text/csv");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(chosen.name));
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (progress) => onProgress(progress.loaded, progress.total || chosen.size);
    xhr.onload = () => {
      let body: ImportResponse = {};
      try {
        body = JSON.parse(xhr.responseText) as ImportResponse;
      } catch {
        body = { error: "The server sent an answer we could not read. Please try again." };
      }
      onDone(xhr.status, body, Number(xhr.getResponseHeader("Retry-After") ?? "") || 0);
    };
    xhr.onerror = () => setPhase({ name: "failed", message: "The upload was interrupted. Check your connection and try again.", errors: [], more: 0 });
    xhr.send(chosen);
  }

  function failed(status: number, body: ImportResponse): Phase {
    if (status === 401) return { name: "failed", message: "Your session ended. Sign in again, then import the file.", errors: [], more: 0 };
    return { name: "failed", message: body.error ?? `The import failed (HTTP ${status}).`, errors: body.errors ?? [], more: body.more ?? 0 };
  }

  /**
   * Checks the chosen file before anything is written: every row valid, and how many are already in the
   * bank. The server runs one import or check per user at a time: the check of a file chosen a moment
   * before may still be running there, so a refusal (429) is tried again after the wait it names.
   */
  function check(chosen: File, choice: number, attempt = 0) {
    setPhase({ name: "checking", loaded: 0, total: chosen.size });
    send(
      chosen,
      "preview=1",
      (loaded, total) => setPhase({ name: "checking", loaded, total }),
      (status, body, retryAfterSeconds) => {
        if (status === 200 && typeof body.stories === "number") {
          setPhase({ name: "checked", summary: { stories: body.stories, duplicates: body.duplicates ?? 0, inBank: body.inBank ?? 0, repeated: body.repeated ?? 0 } });
        } else if (status === 429 && attempt < MAX_CHECK_RETRIES) {
          setPhase({ name: "checking", loaded: chosen.size, total: chosen.size, waiting: true });
          const wait = Math.min(30, Math.max(1, retryAfterSeconds || 5)) * 1000;
          setTimeout(() => {
            if (choice === choiceCount.current) check(chosen, choice, attempt + 1);
          }, wait);
        } else setPhase(failed(status, body));
      },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file || phase.name !== "checked" || tooLarge || tooMany) return;
    const { summary } = phase;
    setPhase({ name: "uploading", loaded: 0, total: file.size, summary });
    send(
      file,
      `duplicates=${choice}`,
      (loaded, total) => setPhase(loaded >= total ? { name: "saving", summary } : { name: "uploading", loaded, total, summary }),
      (status, body) => setPhase(status === 201 ? { name: "done", imported: body.imported ?? 0, skipped: body.skipped ?? 0 } : failed(status, body)),
    );
  }

  const percent = phase.name === "uploading" || phase.name === "checking" ? Math.round((phase.loaded / Math.max(1, phase.total)) * 100) : phase.name === "saving" || phase.name === "done" ? 100 : 0;
  const summary = phase.name === "checked" || phase.name === "uploading" || phase.name === "saving" ? phase.summary : null;
  const toImport = summary ? (choice === "keep" ? summary.stories : summary.stories - summary.duplicates) : 0;

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

      <div aria-live="polite">
        {summary && (
          <p role="status" className="font-medium text-ink">
            {summaryLine(summary)}
            {summary.stories === summary.duplicates && choice === "skip" && " Nothing new to import, unless you keep them as copies."}
          </p>
        )}
      </div>

      {summary && summary.duplicates > 0 && (
        <fieldset className="space-y-2 rounded-md border border-slate-200 p-3" disabled={busy}>
          <legend className="px-1 font-semibold">Duplicates</legend>
          <p className="text-sm text-muted">
            A story counts as already there when its text is the same (spacing aside), whatever its title or tags.
          </p>
          <label className="flex items-start gap-2">
            <input type="radio" name="duplicates" value="skip" checked={choice === "skip"} onChange={() => setChoice("skip")} className="mt-1" />
            <span>
              Skip them <span className="text-muted">(import {storyCount(summary.stories - summary.duplicates)})</span>
            </span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="duplicates" value="keep" checked={choice === "keep"} onChange={() => setChoice("keep")} className="mt-1" />
            <span>
              Keep them as copies <span className="text-muted">(import {storyCount(summary.stories)})</span>
            </span>
          </label>
        </fieldset>
      )}

      <button
        type="submit"
        disabled={phase.name !== "checked" || toImport === 0 || tooLarge || tooMany}
        className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:cursor-not-allowed disabled:opacity-60"
      >
        {phase.name === "checking" ? "Checking the file…" : busy ? "Importing…" : "Import stories"}
      </button>

      <div aria-live="polite" className="space-y-2">
        {(busy || phase.name === "done") && (
          <div>
            <progress max={100} value={phase.name === "saving" ? undefined : percent} aria-label="Import progress" className="h-2 w-full overflow-hidden rounded accent-brand" />
            <p className="mt-1 text-sm text-muted">
              {phase.name === "checking" &&
                (phase.waiting ? "Waiting for an earlier check or import of yours to finish… Nothing is saved yet." : `Checking the file… ${percent}% sent. Nothing is saved yet.`)}
              {phase.name === "uploading" && `Uploading… ${percent}% (${formatBytes(phase.loaded)} of ${formatBytes(phase.total)})`}
              {phase.name === "saving" &&
                `Saving ${storyCount(toImport)}…${toImport >= LARGE_IMPORT ? " A large file takes a few minutes: the server saves it in small steps so that it stays quick for everyone. Keep this page open; your bank shows the stories once all are saved." : ""}`}
            </p>
          </div>
        )}
        {phase.name === "done" && (
          <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            Imported {storyCount(phase.imported)}.{phase.skipped > 0 && ` Skipped ${phase.skipped.toLocaleString("en")} ${phase.skipped === 1 ? "duplicate" : "duplicates"}.`}{" "}
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
