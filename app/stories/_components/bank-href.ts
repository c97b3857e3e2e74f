// Links inside the bank keep its state (search, filters, sort, page) in the URL.
import type { StoryListQuery } from "@/lib/stories/schema";

export const FILTER_KEYS = ["q", "band", "role", "family", "skill", "tag"] as const;

const DEFAULTS: Partial<Record<keyof StoryListQuery, string>> = { sort: "updated", dir: "desc", page: "1", pageSize: "20" };
const ORDER: (keyof StoryListQuery)[] = [...FILTER_KEYS, "sort", "dir", "page", "pageSize"];

export function bankHref(query: StoryListQuery, changes: Partial<Record<keyof StoryListQuery, string | number | undefined>> = {}): string {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = key in changes ? changes[key] : query[key];
    if (value === undefined || value === "" || String(value) === DEFAULTS[key]) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/stories?${search}` : "/stories";
}

export function hasFilters(query: StoryListQuery): boolean {
  return FILTER_KEYS.some((key) => query[key] !== undefined && query[key] !== "");
}

/** Next's searchParams may repeat a key; the bank reads the first value. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") out[key] = first;
  }
  return out;
}

/** The bank URL exactly as requested, to compare with its canonical form. */
export function currentHref(params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, item);
  }
  const text = search.toString();
  return text ? `/stories?${text}` : "/stories";
}
