import Link from "next/link";

import { ROLES } from "@/lib/grader";
import type { BankFacets } from "@/lib/stories/queries";
import { BANDS, type StoryListQuery } from "@/lib/stories/schema";

import { hasFilters } from "./bank-href";

const SORT_LABELS: Record<StoryListQuery["sort"], string> = {
  updated: "Last updated",
  created: "Date created",
  overall: "Overall score",
  integration: "Integration score",
  context: "Context score",
  result: "Result score",
  title: "Title",
};

const fieldClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2.5 py-2 text-sm text-ink";
const labelClass = "block text-xs font-semibold uppercase tracking-wide text-muted";

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, " ");
}

function Select({ name, label, value, options, any }: { name: string; label: string; value: string | undefined; options: readonly string[]; any: string }) {
  const id = `filter-${name}`;
  // A value from an old link that no facet offers any more stays selectable, so the form shows the truth.
  const all = value && !options.includes(value) ? [value, ...options] : options;
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={fieldClass}>
        <option value="">{any}</option>
        {all.map((option) => (
          <option key={option} value={option}>
            {name === "skill" || name === "tag" ? option : capitalise(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** How many of the band, role, skill and tag filters are set (the search and the sort are not counted). */
function activeFilters(query: StoryListQuery): number {
  return [query.band, query.role, query.family, query.skill, query.tag].filter(Boolean).length;
}

/** Search, filters and sort as one GET form: the state lives in the URL and works without JavaScript. */
export function BankFilters({ query, facets }: { query: StoryListQuery; facets: BankFacets }) {
  return (
    <form method="get" action="/stories" role="search" aria-label="Search and filter stories" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="filter-q" className={labelClass}>
            Search
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            placeholder="Titles, text, tags, skills…"
            className={fieldClass}
            aria-describedby="filter-q-hint"
          />
          <p id="filter-q-hint" className="sr-only">
            Searches story titles, story text, tags and the skills found in each story.
          </p>
        </div>
        <div className="flex gap-2">
          <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
            Search
          </button>
          {hasFilters(query) && (
            <Link href="/stories" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium text-ink hover:bg-slate-50">
              Clear filters
            </Link>
          )}
        </div>
      </div>
      {/* On a phone the filters fold under one line, so the first screen shows stories; from the sm breakpoint
          up they are always open (globals.css, where the browser can style a closed details' content). */}
      <details className="bank-filters mt-3" open={activeFilters(query) > 0}>
        <summary className="cursor-pointer rounded-md py-1 text-sm font-semibold text-brand">
          Filters and sort{activeFilters(query) > 0 ? ` (${activeFilters(query)} on)` : ""}
        </summary>
      <fieldset className="mt-3">
        <legend className="sr-only">Filters and sort order</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-8">
          <Select name="band" label="Band" value={query.band} options={BANDS} any="Any" />
          <Select name="role" label="Role" value={query.role} options={ROLES} any="Any" />
          <Select name="family" label="Soft skill" value={query.family} options={facets.families} any="Any" />
          <Select name="skill" label="Hard skill" value={query.skill} options={facets.hardSkills} any="Any" />
          <Select name="tag" label="Tag" value={query.tag} options={facets.tags} any="Any" />
          <div className="col-span-2 grid grid-cols-2 gap-3 sm:col-span-2 lg:col-span-3">
            <div>
              <label htmlFor="filter-sort" className={labelClass}>
                Sort by
              </label>
              <select id="filter-sort" name="sort" defaultValue={query.sort} className={fieldClass}>
                {Object.entries(SORT_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="filter-dir" className={labelClass}>
                Order
              </label>
              <select id="filter-dir" name="dir" defaultValue={query.dir} className={fieldClass}>
                <option value="desc">Descending</option>
                <option value="asc">Ascending</option>
              </select>
            </div>
          </div>
        </div>
        {/* A choice takes effect on this button (or Search, or Enter), never on the change itself: moving through a list with the arrow keys must not reload the page. */}
        <div className="mt-3 flex justify-end">
          <button type="submit" className="rounded-md border border-brand px-4 py-2 text-sm font-semibold text-brand hover:bg-blue-50">
            Apply filters and sort
          </button>
        </div>
      </fieldset>
      </details>
    </form>
  );
}
