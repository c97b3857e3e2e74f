import { describe, expect, it } from "vitest";

import { otherDifferences } from "@/lib/editor/conflict";
import type { DraftContent } from "@/lib/editor/drafts";

const base: DraftContent = { title: "Cold store", role: "technical", stage: "mid", tags: "electrical, shutdown", format: "free", text: "I traced every circuit.", parts: { situation: "", task: "", action: "", result: "" } };

describe("otherDifferences", () => {
  it("names nothing when only the title or the words differ (the panel shows those side by side)", () => {
    expect(otherDifferences({ ...base, title: "Other", text: "Different words." }, base)).toEqual([]);
  });

  it("reads tags as a person does: spacing, empty entries and case do not count as a change", () => {
    expect(otherDifferences({ ...base, tags: " electrical ,shutdown, " }, base)).toEqual([]);
    expect(otherDifferences({ ...base, tags: "Electrical, Shutdown" }, base)).toEqual([]);
    // The server keeps tags sorted and each once: the same set in another order is no change.
    expect(otherDifferences({ ...base, tags: "shutdown, electrical, shutdown" }, base)).toEqual([]);
  });

  it("names changed tags, role and stage with both values in words", () => {
    expect(otherDifferences({ ...base, tags: "", role: "leadership", stage: "senior" }, base)).toEqual([
      { field: "tags", label: "Tags", mine: "none", saved: "electrical, shutdown" },
      { field: "role", label: "Target role", mine: "Leadership", saved: "Technical" },
      { field: "stage", label: "Career stage", mine: "Senior", saved: "Mid-career" },
    ]);
  });
});
