import type { StoryGradeDto } from "@/lib/stories/dto";

export type ChartPoint = { version: number; createdAt: string; grade: StoryGradeDto };

type Series = { key: "overall" | "integration" | "context" | "result"; label: string; colour: string; dash?: string; value: (grade: StoryGradeDto) => number };

// Colours keep 3:1 against white for graphics (WCAG 1.4.11); dashes tell the lines apart without colour.
const SERIES: Series[] = [
  { key: "overall", label: "Overall", colour: "#1d4ed8", value: (grade) => grade.overall },
  { key: "integration", label: "Integration", colour: "#7c3aed", dash: "6 4", value: (grade) => grade.integration.score },
  { key: "context", label: "Context", colour: "#0f766e", dash: "2 4", value: (grade) => grade.context.score },
  { key: "result", label: "Result", colour: "#b45309", dash: "10 4 2 4", value: (grade) => grade.result.score },
];

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 12, right: 16, bottom: 28, left: 36 };
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

function describe(points: ChartPoint[]): string {
  const first = points[0]!;
  const last = points.at(-1)!;
  if (points.length === 1) return `One revision so far, with an overall score of ${first.grade.overall}.`;
  const best = points.reduce((top, point) => (point.grade.overall > top.grade.overall ? point : top), first);
  return `${points.length} revisions. The overall score went from ${first.grade.overall} at revision ${first.version} to ${last.grade.overall} at revision ${last.version}; the highest was ${best.grade.overall} at revision ${best.version}. Result went from ${first.grade.result.score} to ${last.grade.result.score}, context from ${first.grade.context.score} to ${last.grade.context.score}, integration from ${first.grade.integration.score} to ${last.grade.integration.score}.`;
}

/** The scores of every revision as lines, with a text summary and the same numbers as a table. */
export function ScoreChart({ points }: { points: ChartPoint[] }) {
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) => PAD.left + (points.length === 1 ? innerWidth / 2 : (index / (points.length - 1)) * innerWidth);
  const y = (score: number) => PAD.top + innerHeight - (score / 100) * innerHeight;
  const labelEvery = Math.max(1, Math.ceil(points.length / 12));
  const versions = [...new Set(points.map((point) => point.grade.graderVersion))];

  return (
    <figure className="space-y-3">
      {versions.length > 1 && (
        <p className="text-sm text-muted">
          These revisions were graded by different versions of the grader ({versions.join(", ")}), so part of a move between
          them comes from the grader, not from your words. The table below says which version graded each one.
        </p>
      )}
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        {SERIES.map((series) => (
          <span key={series.key} className="inline-flex items-center gap-1.5">
            <svg width="24" height="8">
              <line x1="0" y1="4" x2="24" y2="4" stroke={series.colour} strokeWidth={series.key === "overall" ? 3 : 2} strokeDasharray={series.dash} />
            </svg>
            {series.label}
          </span>
        ))}
      </div>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-title chart-desc" className="h-auto w-full rounded-lg border border-slate-200 bg-white">
        <title id="chart-title">Scores by revision</title>
        <desc id="chart-desc">{describe(points)}</desc>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#4b5563">
              {tick}
            </text>
          </g>
        ))}
        {points.map((point, index) =>
          index % labelEvery === 0 || index === points.length - 1 ? (
            <text key={point.version} x={x(index)} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="#4b5563">
              v{point.version}
            </text>
          ) : null,
        )}
        {SERIES.map((series) => (
          <polyline
            key={series.key}
            fill="none"
            stroke={series.colour}
            strokeWidth={series.key === "overall" ? 3 : 2}
            strokeDasharray={series.dash}
            strokeLinejoin="round"
            points={points.map((point, index) => `${x(index)},${y(series.value(point.grade))}`).join(" ")}
          />
        ))}
        {points.map((point, index) => (
          <circle key={point.version} cx={x(index)} cy={y(point.grade.overall)} r="4" fill="#1d4ed8" stroke="white" strokeWidth="1.5">
            <title>{`Revision ${point.version}: overall ${point.grade.overall}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="sr-only">Scores by revision; the same numbers are in the table below.</figcaption>
      <details className="rounded-lg border border-slate-200 bg-white">
        <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-ink">Scores as a table</summary>
        <div className="overflow-x-auto px-4 pb-3">
          <table className="w-full text-right text-sm">
            <caption className="sr-only">Overall and dimension scores of each revision</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-3 text-left font-semibold">
                  Revision
                </th>
                <th scope="col" className="py-2 pr-3 text-left font-semibold">
                  Saved (UTC)
                </th>
                {SERIES.map((series) => (
                  <th key={series.key} scope="col" className="py-2 pl-3 font-semibold">
                    {series.label}
                  </th>
                ))}
                <th scope="col" className="py-2 pl-3 text-left font-semibold">
                  Graded by
                </th>
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {points.map((point) => (
                <tr key={point.version} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    v{point.version}
                  </th>
                  <td className="py-1.5 pr-3 text-left text-muted">{DATE.format(new Date(point.createdAt))}</td>
                  {SERIES.map((series) => (
                    <td key={series.key} className="py-1.5 pl-3">
                      {series.value(point.grade)}
                    </td>
                  ))}
                  <td className="py-1.5 pl-3 text-left text-muted">grader {point.grade.graderVersion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
