import { describe, expect, it } from "vitest";

import { bankHref, currentHref, firstValues, hasFilters } from "@/app/stories/_components/bank-href";
import { storyListQuerySchema } from "@/lib/stories/schema";

const query = (params: Record<string, string>) => storyListQuerySchema.parse(params);

describe("bankHref", () => {
  it("leaves out empty and default values", () => {
    const submitted = { q: "", band: "weak", role: "", sort: "updated", dir: "desc", page: "1" };
    expect(bankHref(query(firstValues(submitted)))).toBe("/stories?band=weak");
  });

  it("keeps a non-default sort, order and page", () => {
    expect(bankHref(query({ q: "sql tickets", sort: "result", dir: "asc", page: "3" }))).toBe("/stories?q=sql+tickets&sort=result&dir=asc&page=3");
  });

  it("applies changes on top of the current state", () => {
    expect(bankHref(query({ tag: "support", page: "4" }), { page: 5 })).toBe("/stories?tag=support&page=5");
  });
});

describe("currentHref", () => {
  it("matches bankHref for a canonical URL, so the page does not redirect it", () => {
    const params = { band: "strong", sort: "overall" };
    expect(currentHref(params)).toBe(bankHref(query(params)));
  });

  it("differs from bankHref when the form sent empty fields", () => {
    const params = { q: "", band: "strong" };
    expect(currentHref(params)).not.toBe(bankHref(query(firstValues(params))));
  });
});

describe("hasFilters", () => {
  it("is true for a search word and false for a sort alone", () => {
    expect(hasFilters(query({ q: "ward" }))).toBe(true);
    expect(hasFilters(query({ sort: "title" }))).toBe(false);
  });
});
