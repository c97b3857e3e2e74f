// The grade of one story: three dimension scores, the band, the STAR parts found, the skill mix,
// the ladder with the next edit, and the questions that would make it stronger.
import { STAR_ORDER } from "@/lib/editor/convert";
import { BAND_LABELS, DIMENSION_LABELS, DIMENSION_ORDER, LADDER_STEPS, LEVEL_LABELS, PART_LABELS, ROLE_LABELS, STAGE_LABELS, labelFor } from "@/lib/editor/labels";
import type { Band, GradeReport, Level } from "@/lib/grader/types";

const BAND_STYLES: Record<Band, string> = {
  weak: "bg-rose-50 text-rose-800 ring-rose-200",
  fair: "bg-amber-50 text-amber-900 ring-amber-200",
  strong: "bg-emerald-50 text-emerald-800 ring-emerald-200",
};

const LEVEL_BAR: Record<Level, string> = { 0: "bg-rose-500", 1: "bg-amber-500", 2: "bg-emerald-600" };

type GradeReportViewProps = {
  report: GradeReport;
  /** The text changed and the new grade is not in yet. */
  pending?: boolean;
  /** Nothing written yet: show how to start instead of zeros. */
  empty?: boolean;
  /** The grader could not load in the browser: the grade shown is out of date until a reload. */
  loadFailed?: boolean;
  /**
   * Beside the text on a wide screen: the report stays in view and scrolls inside itself (then it
   * takes keyboard focus, so it can be scrolled without a mouse).
   */
  sticky?: boolean;
};

export function GradeReportView({ report, pending = false, empty = false, loadFailed = false, sticky = false }: GradeReportViewProps) {
  const stickyClass = sticky ? " lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto" : "";
  return (
    <section
      aria-labelledby="grade-heading"
      aria-busy={pending}
      tabIndex={sticky ? 0 : undefined}
      className={`space-y-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm${stickyClass}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="grade-heading" tabIndex={-1} className="scroll-mt-4 text-lg font-semibold focus:outline-none">
          Grade
        </h2>
        <p className="text-xs text-muted">
          {labelFor(ROLE_LABELS, report.role)} · {labelFor(STAGE_LABELS, report.stage)} · {report.wordCount} {report.wordCount === 1 ? "word" : "words"}
        </p>
      </div>
      {loadFailed ? (
        <p role="alert" className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900" data-testid="grader-failed">
          The grader could not load, so this grade does not follow your typing. Your words are safe: you can still save, and the saved story is graded.
          Reload the page to grade as you type again.
        </p>
      ) : (
        pending &&
        !empty && (
          <p role="status" className="rounded-lg bg-surface p-3 text-sm text-muted" data-testid="grader-loading">
            Loading the grader: your grade appears in a moment.
          </p>
        )
      )}
      {/* With the grader not loaded, a grade of no words (a new story) says nothing about the words typed. */}
      {empty || (loadFailed && report.wordCount === 0) ? (
        <EmptyGrade />
      ) : (
        <>
          <OverallBand report={report} />
          <DimensionScores report={report} />
          <StarPartsFound report={report} />
          <SkillMix report={report} />
          <LadderView report={report} />
          <Questions report={report} />
        </>
      )}
    </section>
  );
}

/** Before anything is written: what will be graded, with no score for words not yet written. */
function EmptyGrade() {
  return (
    <div className="space-y-3" data-testid="grade-empty">
      <p className="rounded-lg bg-surface p-3 text-sm text-muted">
        Start writing and the grade appears here as you type: what earns points, what costs them, and the next edit to make.
      </p>
      <ul className="grid gap-2" aria-label="What is graded">
        {DIMENSION_ORDER.map((dimension) => (
          <li key={dimension} className="rounded-lg border border-dashed border-slate-300 p-3 text-sm">
            <p className="font-medium">{DIMENSION_LABELS[dimension].name}</p>
            <p className="mt-1 text-xs text-muted">{DIMENSION_LABELS[dimension].question}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

function OverallBand({ report }: { report: GradeReport }) {
  const { band, score } = report.overall;
  return (
    <div className={`flex items-center justify-between rounded-lg px-4 py-3 ring-1 ${BAND_STYLES[band]}`} data-testid="overall-band">
      <p className="text-sm font-medium">
        Overall <span className="text-xl font-bold capitalize">{BAND_LABELS[band]}</span>
      </p>
      <p className="text-sm">
        <span className="text-xl font-bold">{score}</span>
        <span className="sr-only"> out of 100</span>
        <span aria-hidden="true"> / 100</span>
      </p>
    </div>
  );
}

function DimensionScores({ report }: { report: GradeReport }) {
  return (
    <ul className="grid gap-3" aria-label="Dimension scores">
      {DIMENSION_ORDER.map((dimension) => {
        const { score, level } = report.dimensions[dimension];
        const { name, question } = DIMENSION_LABELS[dimension];
        return (
          <li key={dimension} className="rounded-lg border border-slate-200 p-3" data-testid={`score-${dimension}`}>
            <div className="flex items-baseline justify-between gap-2">
              <p className="font-medium">
                <span>{name}</span> <span className="tabular-nums">{score}</span>
              </p>
              <p className="text-xs text-muted">
                Level {level} of 2 · {LEVEL_LABELS[level]}
              </p>
            </div>
            <div className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
              <div className={`h-full rounded-full transition-[width] duration-200 ${LEVEL_BAR[level]}`} style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
            </div>
            <p className="mt-2 text-xs text-muted">{question}</p>
          </li>
        );
      })}
    </ul>
  );
}

function StarPartsFound({ report }: { report: GradeReport }) {
  const found = new Map(report.structure.parts.map((p) => [p.part, p]));
  return (
    <div>
      <h3 className="text-sm font-semibold">STAR parts found</h3>
      <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-2 xl:grid-cols-4" aria-label="STAR parts">
        {STAR_ORDER.map((part) => {
          const hit = found.get(part);
          return (
            <li
              key={part}
              className={`rounded-md px-2 py-1.5 text-center text-sm ${hit ? "border border-emerald-200 bg-emerald-50 text-emerald-900" : "border border-dashed border-slate-300 bg-slate-50 text-muted"}`}
            >
              <span className="font-medium">{PART_LABELS[part]}</span>{" "}
              <span className="text-xs">{hit ? `${Math.round(hit.share * 100)}%` : "missing"}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function SkillMix({ report }: { report: GradeReport }) {
  const { hard, soft, target, message } = report.mix;
  const targetHard = Math.round(target.hard * 100);
  return (
    <div>
      <h3 className="text-sm font-semibold">Hard and soft skill mix</h3>
      {hard === null || soft === null ? (
        !message && <p className="mt-1 text-sm text-muted">No skills shown in action yet. Target for this role and stage: {targetHard}% hard, {100 - targetHard}% soft.</p>
      ) : (
        <>
          <div className="relative mt-2 flex h-3 overflow-hidden rounded-full bg-emerald-500" aria-hidden="true">
            <div className="h-full bg-sky-600" style={{ width: `${Math.round(hard * 100)}%` }} />
            <div className="absolute inset-y-0 w-0.5 bg-ink" style={{ left: `${targetHard}%` }} />
          </div>
          <p className="mt-1 flex justify-between text-xs text-muted">
            <span>Hard {Math.round(hard * 100)}%</span>
            <span>Target {targetHard}/{100 - targetHard}</span>
            <span>Soft {Math.round(soft * 100)}%</span>
          </p>
        </>
      )}
      {message && <p className="mt-1 text-sm">{message}</p>}
    </div>
  );
}

function LadderView({ report }: { report: GradeReport }) {
  const { rung, next } = report.ladder;
  return (
    <div>
      <h3 className="text-sm font-semibold">Story ladder</h3>
      <ol className="mt-2 grid grid-cols-4 gap-1" aria-label="Ladder">
        {LADDER_STEPS.map((step, i) => (
          <li
            key={step}
            aria-current={i === rung ? "step" : undefined}
            className={`rounded px-1.5 py-1 text-center text-xs leading-tight ${i === rung ? "bg-brand font-semibold text-white" : i < rung ? "bg-blue-50 text-brand-dark" : "bg-slate-50 text-muted"}`}
          >
            {step}
          </li>
        ))}
      </ol>
      <p className="mt-2 text-sm">
        <span className="font-medium">Next edit:</span> <span data-testid="ladder-next">{next}</span>
      </p>
    </div>
  );
}

function Questions({ report }: { report: GradeReport }) {
  if (report.improvements.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold">Questions to answer in your story</h3>
      <p className="text-xs text-muted">Only you know the answers: StoryBank never makes up facts or numbers.</p>
      <ul className="mt-2 space-y-2" aria-label="Questions to answer">
        {report.improvements.map((improvement) => (
          <li key={improvement.id} className="rounded-md border-l-4 border-brand bg-blue-50/50 px-3 py-2 text-sm">
            <p className="font-medium">{improvement.question}</p>
            <p className="text-xs text-muted">
              {DIMENSION_LABELS[improvement.dimension].name}: {improvement.message}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
