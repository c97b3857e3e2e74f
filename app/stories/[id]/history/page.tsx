import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { diffStats, diffWords } from "@/lib/editor/diff";
import { requireUser } from "@/lib/auth/session";
import { compareGrades, explainingChanges, summariseDimension } from "@/lib/stories/compare";
import type { RevisionDto } from "@/lib/stories/dto";
import { gradeStoryDto } from "@/lib/stories/grading";
import { getStory, listRevisions } from "@/lib/stories/queries";

import { DimensionMoves } from "./dimension-moves";
import { ScoreChart } from "./score-chart";
import { TextDiff } from "./text-diff";

export const metadata: Metadata = { title: "Story history" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

function pick(revisions: RevisionDto[], value: string | string[] | undefined, fallback: RevisionDto): RevisionDto {
  const version = Number(Array.isArray(value) ? value[0] : value);
  return revisions.find((revision) => revision.version === version) ?? fallback;
}

function label(revision: RevisionDto): string {
  return `v${revision.version} · ${DATE.format(new Date(revision.createdAt))} · overall ${revision.grade.overall}`;
}

function detailChanges(from: RevisionDto, to: RevisionDto): string[] {
  const changes: string[] = [];
  if (from.title !== to.title) changes.push(`Title: “${from.title}” → “${to.title}”`);
  if (from.role !== to.role) changes.push(`Role: ${from.role} → ${to.role}`);
  if (from.stage !== to.stage) changes.push(`Stage: ${from.stage} → ${to.stage}`);
  if (from.format !== to.format) changes.push(`Written as: ${from.format === "star" ? "four boxes" : "free text"} → ${to.format === "star" ? "four boxes" : "free text"}`);
  const added = to.tags.filter((tag) => !from.tags.includes(tag));
  const removed = from.tags.filter((tag) => !to.tags.includes(tag));
  if (added.length > 0 || removed.length > 0) {
    changes.push(`Tags: ${[...added.map((tag) => `+${tag}`), ...removed.map((tag) => `−${tag}`)].join(", ")}`);
  }
  return changes;
}

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2.5 py-2 text-sm text-ink";

export default async function HistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/stories/${id}/history`);
  const [story, revisions] = await Promise.all([getStory(user.id, id), listRevisions(user.id, id)]);
  if (!story || !revisions || revisions.length === 0) notFound();

  const query = await searchParams;
  const latest = revisions.at(-1)!;
  const to = pick(revisions, query.to, latest);
  const from = pick(revisions, query.from, revisions[Math.max(0, revisions.indexOf(to) - 1)]!);
  const same = from.version === to.version;

  const comparison = same ? null : compareGrades({ text: from.text, report: gradeStoryDto(from) }, { text: to.text, report: gradeStoryDto(to) });
  const parts = same ? [] : diffWords(from.text, to.text);
  const stats = diffStats(parts);
  const details = same ? [] : detailChanges(from, to);

  return (
    <div className="space-y-8">
      <header>
        <Link href={`/stories/${story.id}`} className="text-sm font-medium text-brand underline">
          ← Back to the story
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">History of “{story.title}”</h1>
        <p className="mt-1 text-sm text-muted">
          {revisions.length} {revisions.length === 1 ? "revision" : "revisions"}. Every save keeps one, with the grade it had.
        </p>
      </header>

      <section aria-labelledby="scores-title" className="space-y-3">
        <h2 id="scores-title" className="text-lg font-semibold">
          Scores over time
        </h2>
        <ScoreChart points={revisions.map((revision) => ({ version: revision.version, createdAt: revision.createdAt, grade: revision.grade }))} />
      </section>

      <section aria-labelledby="compare-title" className="space-y-4">
        <h2 id="compare-title" className="text-lg font-semibold">
          Compare two revisions
        </h2>
        {revisions.length === 1 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-muted">
            There is only one revision so far. Edit and save the story, and this page will show what changed and which
            score moved because of which words.
          </p>
        ) : (
          <>
            <form method="get" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-end">
              <RevisionSelect name="from" label="From revision" revisions={revisions} selected={from.version} />
              <RevisionSelect name="to" label="To revision" revisions={revisions} selected={to.version} />
              <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
                Compare
              </button>
            </form>

            {same || !comparison ? (
              <p className="text-sm text-muted">Choose two different revisions to compare.</p>
            ) : (
              <div className="grid gap-6 lg:grid-cols-5">
                <section aria-labelledby="moves-title" className="space-y-3 lg:col-span-2">
                  <h3 id="moves-title" className="font-semibold">
                    What moved, and why
                  </h3>
                  <DimensionMoves
                    comparison={comparison}
                    summaries={comparison.dimensions.map((dimension) => summariseDimension(dimension))}
                    explaining={comparison.dimensions.map((dimension) => explainingChanges(dimension))}
                  />
                  {(from.grade.graderVersion !== to.grade.graderVersion || to.grade.graderVersion !== story.grade.graderVersion) && (
                    <p className="text-xs text-muted">Both revisions were graded again with the current grader, so that only the words differ.</p>
                  )}
                </section>
                <section aria-labelledby="text-title" className="space-y-3 lg:col-span-3">
                  <h3 id="text-title" className="font-semibold">
                    What changed in the text
                  </h3>
                  <p className="text-sm text-muted">
                    v{from.version} → v{to.version}: {stats.inserted} {stats.inserted === 1 ? "word" : "words"} added, {stats.deleted}{" "}
                    {stats.deleted === 1 ? "word" : "words"} removed.
                  </p>
                  {details.length > 0 && (
                    <ul className="list-disc space-y-1 pl-5 text-sm" aria-label="Other changes">
                      {details.map((detail) => (
                        <li key={detail}>{detail}</li>
                      ))}
                    </ul>
                  )}
                  <TextDiff parts={parts} />
                </section>
              </div>
            )}
          </>
        )}
      </section>
    </div>
  );
}

function RevisionSelect({ name, label: text, revisions, selected }: { name: "from" | "to"; label: string; revisions: RevisionDto[]; selected: number }) {
  return (
    <div className="flex-1">
      <label htmlFor={`compare-${name}`} className="text-sm font-semibold">
        {text}
      </label>
      <select id={`compare-${name}`} name={name} defaultValue={selected} className={selectClass}>
        {revisions.map((revision) => (
          <option key={revision.version} value={revision.version}>
            {label(revision)}
          </option>
        ))}
      </select>
    </div>
  );
}
