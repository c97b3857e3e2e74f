import type { DiffPart } from "@/lib/editor/diff";

/** The newer text with insertions and deletions marked; the marks are announced, not only coloured. */
export function TextDiff({ parts }: { parts: DiffPart[] }) {
  if (parts.length === 0) return <p className="text-sm text-muted">The text is the same in both revisions.</p>;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 leading-relaxed whitespace-pre-wrap break-words" data-testid="text-diff">
      {parts.map((part, index) =>
        part.op === "insert" ? (
          <ins key={index} className="rounded-sm bg-emerald-100 text-emerald-900 underline decoration-emerald-700 decoration-2 underline-offset-2">
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : part.op === "delete" ? (
          <del key={index} className="rounded-sm bg-red-100 text-red-900 line-through decoration-red-700">
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  );
}
