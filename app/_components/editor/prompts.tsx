// Guided drafting: the questions to ask yourself for each STAR part. Questions, never model
// answers: the words and numbers in a story are the user's own.
import { STAR_ORDER } from "@/lib/editor/convert";
import { PART_LABELS } from "@/lib/editor/labels";
import type { StarPart } from "@/lib/grader/types";

export function PartPrompts({ id, part, prompts }: { id: string; part: StarPart; prompts: readonly string[] }) {
  return (
    <details id={id} className="mt-1 text-sm">
      <summary className="cursor-pointer text-xs font-medium text-brand-dark">Prompts for {PART_LABELS[part]}</summary>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted">
        {prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
    </details>
  );
}

/** In free text: the prompts of the parts the grader did not find come first, open. */
export function DraftingPrompts({ prompts, missing }: { prompts: Record<StarPart, readonly string[]>; missing: readonly StarPart[] }) {
  const missingSet = new Set(missing);
  const ordered = [...STAR_ORDER].sort((a, b) => Number(missingSet.has(b)) - Number(missingSet.has(a)));
  return (
    <section aria-labelledby="prompts-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="prompts-heading" className="text-base font-semibold">
        Drafting prompts
      </h2>
      <p className="text-xs text-muted">
        {missing.length === 0
          ? "All four STAR parts are there. Use the prompts to sharpen them."
          : `Not found yet: ${missing.map((part) => PART_LABELS[part]).join(", ")}. Answer these in your own words.`}
      </p>
      <div className="mt-2 space-y-1">
        {ordered.map((part) => (
          <details key={part} open={missingSet.has(part)} className="text-sm">
            <summary className="cursor-pointer font-medium">
              {PART_LABELS[part]}
              {missingSet.has(part) && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">missing</span>}
            </summary>
            <ul className="mt-1 mb-2 list-disc space-y-0.5 pl-5 text-muted">
              {prompts[part].map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </section>
  );
}
