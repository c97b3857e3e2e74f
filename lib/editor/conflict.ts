// What else differs between the version being edited and the one saved elsewhere, besides the title
// and the words (which the conflict panel shows side by side): tags, target role and career stage, so
// choosing a version never drops a change the user could not see. Isomorphic and pure.
import type { DraftContent } from "@/lib/editor/drafts";
import { labelFor, ROLE_LABELS, STAGE_LABELS } from "@/lib/editor/labels";

export type FieldDifference = { field: "tags" | "role" | "stage"; label: string; mine: string; saved: string };

/** Tags as a person reads them: trimmed, empty ones dropped, "none" when there are none. */
function tagsOf(typed: string): string {
  const tags = typed
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
  return tags.length === 0 ? "none" : tags.join(", ");
}

export function otherDifferences(mine: DraftContent, saved: DraftContent): FieldDifference[] {
  const out: FieldDifference[] = [];
  const myTags = tagsOf(mine.tags);
  const savedTags = tagsOf(saved.tags);
  if (myTags.toLowerCase() !== savedTags.toLowerCase()) out.push({ field: "tags", label: "Tags", mine: myTags, saved: savedTags });
  if (mine.role !== saved.role) out.push({ field: "role", label: "Target role", mine: labelFor(ROLE_LABELS, mine.role), saved: labelFor(ROLE_LABELS, saved.role) });
  if (mine.stage !== saved.stage) out.push({ field: "stage", label: "Career stage", mine: labelFor(STAGE_LABELS, mine.stage), saved: labelFor(STAGE_LABELS, saved.stage) });
  return out;
}
