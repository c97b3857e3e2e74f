import Link from "next/link";

import type { StoryListItem } from "@/lib/stories/queries";
import type { StoryListQuery } from "@/lib/stories/schema";

import { ExampleBadge } from "@/app/_components/example-badge";

import { BandBadge } from "./band-badge";
import { SelectStory } from "./bank-selection";
import { bankHref } from "./bank-href";
import { RelativeTime } from "./relative-time";

type SortKey = StoryListQuery["sort"];

const SCORES = [
  { key: "integration", label: "Integration" },
  { key: "context", label: "Context" },
  { key: "result", label: "Result" },
] as const;

function Tags({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <span className="text-sm text-muted">—</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-ink">
          {tag}
        </li>
      ))}
    </ul>
  );
}

/** A column header that sorts by its column; a second click flips the order. */
function SortHeader({ query, sort, label, className = "" }: { query: StoryListQuery; sort: SortKey; label: string; className?: string }) {
  const active = query.sort === sort;
  const nextDir = active ? (query.dir === "desc" ? "asc" : "desc") : sort === "title" ? "asc" : "desc";
  const ariaSort = active ? (query.dir === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={`px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-muted ${className}`}>
      <Link href={bankHref(query, { sort, dir: nextDir, page: 1 })} className="inline-flex items-center gap-1 rounded hover:text-ink">
        {label}
        <span aria-hidden="true">{active ? (query.dir === "asc" ? "▲" : "▼") : ""}</span>
        <span className="sr-only">, sort {nextDir === "asc" ? "ascending" : "descending"}</span>
      </Link>
    </th>
  );
}

function Score({ value, level }: { value: number; level: number }) {
  return (
    <span className="tabular-nums">
      <span className="font-semibold text-ink">{value}</span>
      <span className="sr-only">, level {level} of 2</span>
    </span>
  );
}

export function StoryList({ items, query }: { items: StoryListItem[]; query: StoryListQuery }) {
  return (
    <>
      <div className="hidden overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm md:block">
        <table className="w-full border-collapse">
          <caption className="sr-only">Your stories, sorted by {query.sort} ({query.dir === "asc" ? "ascending" : "descending"})</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className="w-10 px-3 py-2">
                <span className="sr-only">Select</span>
              </th>
              <SortHeader query={query} sort="title" label="Title" />
              <SortHeader query={query} sort="overall" label="Band" />
              {SCORES.map((score) => (
                <SortHeader key={score.key} query={query} sort={score.key} label={score.label} className="text-right" />
              ))}
              <th scope="col" className="px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-muted">
                Tags
              </th>
              <SortHeader query={query} sort="updated" label="Updated" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((story) => (
              <tr key={story.id} className="align-top hover:bg-slate-50">
                <td className="px-3 py-3">
                  <SelectStory id={story.id} title={story.title} />
                </td>
                <th scope="row" className="max-w-md px-3 py-3 text-left font-normal">
                  <StoryTitle story={story} />
                  <p className="mt-0.5 line-clamp-2 text-sm text-muted">{story.excerpt}</p>
                </th>
                <td className="px-3 py-3">
                  <BandBadge band={story.grade.band} overall={story.grade.overall} />
                </td>
                {SCORES.map((score) => (
                  <td key={score.key} className="px-3 py-3 text-right">
                    <Score value={story.grade[score.key].score} level={story.grade[score.key].level} />
                  </td>
                ))}
                <td className="px-3 py-3">
                  <Tags tags={story.tags} />
                </td>
                <td className="whitespace-nowrap px-3 py-3 text-sm text-muted">
                  <RelativeTime iso={story.updatedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-3 md:hidden" aria-label="Your stories">
        {items.map((story) => (
          <li key={story.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <div className="flex items-start gap-2">
                <SelectStory id={story.id} title={story.title} />
                <span>
                  <StoryTitle story={story} />
                </span>
              </div>
              <BandBadge band={story.grade.band} overall={story.grade.overall} />
            </div>
            <dl className="mt-3 grid grid-cols-3 gap-2 text-center">
              {SCORES.map((score) => (
                <div key={score.key} className="rounded bg-slate-50 py-1.5">
                  <dt className="text-xs text-muted">{score.label}</dt>
                  <dd>
                    <Score value={story.grade[score.key].score} level={story.grade[score.key].level} />
                  </dd>
                </div>
              ))}
            </dl>
            <div className="mt-3 flex items-end justify-between gap-3">
              <Tags tags={story.tags} />
              <span className="shrink-0 text-xs text-muted">
                Updated <RelativeTime iso={story.updatedAt} />
              </span>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The story's title, linked to its editor, with the badge when it is one of the built-in examples. */
function StoryTitle({ story }: { story: StoryListItem }) {
  return (
    <>
      <Link href={`/stories/${story.id}`} className="font-semibold text-brand-dark hover:underline">
        {story.title}
      </Link>
      {story.example && (
        <>
          {" "}
          <ExampleBadge />
        </>
      )}
    </>
  );
}
