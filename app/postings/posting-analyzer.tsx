"use client";

import { useActionState, useRef, useState } from "react";

import { FieldError } from "@/app/_components/field-error";
import type { PostingView } from "@/lib/planner-data/analysis";

import { createPosting, type PostingFormState } from "./actions";
import { PostingResult } from "./posting-result";

type Errors = Partial<Record<"text" | "title", string[]>>;

export function PostingAnalyzer() {
  const [saveState, saveAction, saving] = useActionState<PostingFormState, FormData>(createPosting, {});
  const [view, setView] = useState<PostingView | null>(null);
  const [analyseErrors, setAnalyseErrors] = useState<Errors>({});
  const [status, setStatus] = useState("");
  const [analysing, setAnalysing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const errors: Errors = { ...analyseErrors, ...(saveState.fieldErrors ?? {}) };
  // React resets the form after its action: a refused save hands back what was typed as the fields'
  // defaults, so the reset shows it again instead of emptying a pasted posting.
  const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-ink";

  async function analyse() {
    if (!form.current) return;
    const data = new FormData(form.current);
    setAnalysing(true);
    setStatus("Analysing…");
    try {
      const response = await fetch("/api/postings/analyze", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: data.get("text") ?? "" }),
      });
      const body = (await response.json()) as PostingView | { error: string; fieldErrors?: Errors };
      if (!response.ok || "error" in body) {
        setView(null);
        setAnalyseErrors("error" in body ? (body.fieldErrors ?? {}) : {});
        setStatus("error" in body ? body.error : "The posting could not be analysed.");
        return;
      }
      setAnalyseErrors({});
      setView(body);
      setStatus("Analysis ready.");
    } catch {
      setStatus("The posting could not be analysed. Check your connection and try again.");
    } finally {
      setAnalysing(false);
    }
  }

  return (
    <div className="space-y-6">
      <form ref={form} action={saveAction} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <div>
          <label htmlFor="posting-title" className="block text-sm font-semibold">
            Title <span className="font-normal text-muted">(optional)</span>
          </label>
          <input
            id="posting-title"
            name="title"
            type="text"
            defaultValue={saveState.values?.title ?? ""}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? "posting-title-error" : undefined}
            className={input}
          />
          <FieldError id="posting-title-error" messages={errors.title} />
        </div>
        <div>
          <label htmlFor="posting-text" className="block text-sm font-semibold">
            Job posting
          </label>
          <textarea
            id="posting-text"
            name="text"
            rows={10}
            defaultValue={saveState.values?.text ?? ""}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={errors.text ? "posting-text-error" : "posting-text-hint"}
            className={input}
          />
          <p id="posting-text-hint" className="mt-1 text-sm text-muted">
            Paste the whole job description: responsibilities and requirements.
          </p>
          <FieldError id="posting-text-error" messages={errors.text} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={() => void analyse()}
            disabled={analysing}
            className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
          >
            Analyse posting
          </button>
          <button type="submit" disabled={saving} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-ink hover:bg-slate-50 disabled:opacity-60">
            {saving ? "Saving…" : "Save posting"}
          </button>
          <p aria-live="polite" className="text-sm text-muted">
            {saveState.message ?? status}
          </p>
        </div>
      </form>
      {view && <PostingResult view={view} />}
    </div>
  );
}
