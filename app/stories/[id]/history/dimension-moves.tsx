import type { EvidenceChange, GradeComparison } from "@/lib/stories/compare";

const NAMES = { integration: "Integration", context: "Context", result: "Result" } as const;

function direction(before: { score: number; level: number }, after: { score: number; level: number }): "up" | "down" | "same" {
  if (after.level !== before.level) return after.level > before.level ? "up" : "down";
  if (after.score !== before.score) return after.score > before.score ? "up" : "down";
  return "same";
}

const ARROW = { up: "▲", down: "▼", same: "•" } as const;
const TONE = { up: "text-emerald-800", down: "text-red-800", same: "text-muted" } as const;

function Change({ change }: { change: EvidenceChange }) {
  // A note about the whole story (its length) is named by what it said, never by quoting the whole text.
  if (change.quote === "") {
    return (
      <li className="text-sm">
        <span className={change.helps ? "font-semibold text-emerald-800" : "font-semibold text-red-800"}>{change.change === "added" ? "Now noted" : "No longer noted"}:</span>{" "}
        <span className="text-muted">{change.reason}</span>
      </li>
    );
  }
  return (
    <li className="text-sm">
      <span className={change.helps ? "font-semibold text-emerald-800" : "font-semibold text-red-800"}>{change.change === "added" ? (change.wasInText ? "Now counted" : "Added") : change.stillInText ? "No longer counted" : "Removed"}</span>{" "}
      <q className="rounded bg-slate-100 px-1">{change.quote}</q>
      <span className="text-muted">
        {" "}
        — {change.effect === "earns" ? "earned" : "cost"} points: {change.reason}
      </span>
    </li>
  );
}

/** Per dimension: the move ("result 1 → 2: added '41% fewer tickets'") and the quotes behind it. */
export function DimensionMoves({ comparison, summaries, explaining }: { comparison: GradeComparison; summaries: (string | null)[]; explaining: EvidenceChange[][] }) {
  const { before, after } = comparison.overall;
  const overall = direction({ score: before.score, level: 0 }, { score: after.score, level: 0 });
  return (
    <div className="space-y-3">
      <p className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <span className="font-semibold">Overall</span>{" "}
        <span className={TONE[overall]}>
          <span aria-hidden="true">{ARROW[overall]} </span>
          {before.score} → {after.score}
        </span>
        {before.band !== after.band && (
          <span className="text-muted">
            {" "}
            ({before.band} → {after.band})
          </span>
        )}
      </p>
      <ul className="space-y-3">
        {comparison.dimensions.map((dimension, index) => {
          const move = direction(dimension.before, dimension.after);
          const summary = summaries[index];
          return (
            <li key={dimension.dimension} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`move-${dimension.dimension}`}>
              <p className="text-sm">
                <span className="font-semibold">{NAMES[dimension.dimension]}</span>{" "}
                <span className={TONE[move]}>
                  <span aria-hidden="true">{ARROW[move]} </span>
                  score {dimension.before.score} → {dimension.after.score}
                  {dimension.before.level !== dimension.after.level && `, level ${dimension.before.level} → ${dimension.after.level}`}
                </span>
              </p>
              {summary ? <p className="mt-1 text-sm font-medium text-ink">{summary}</p> : <p className="mt-1 text-sm text-muted">No change.</p>}
              {dimension.moved && (explaining[index]?.length ?? 0) > 0 && (
                <ul className="mt-2 space-y-1" aria-label={`Evidence behind the ${dimension.dimension} change`}>
                  {explaining[index]!.map((change) => (
                    <Change key={`${change.change}-${change.ruleId}-${change.quote}`} change={change} />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
