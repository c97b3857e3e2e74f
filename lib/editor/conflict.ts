// What else differs between the version being edited and the one saved elsewhere, besides the title
// and the words (which the conflict panel shows side by side): tags, target role and career stage, so
// choosing a version never drops a change the user could not see. Isomorphic and pure.
import { splitTags, type DraftContent } from "@/lib/editor/drafts";
import { labelFor, ROLE_LABELS, STAGE_LABELS } from "@/lib/editor/labels";

export type FieldDifference = { field: "tags" | "role" | "stage"; label: string; mine: string; saved: string };

/** Tags as the server keeps them (trimmed, lower case, each once, in order): "none" when there are none. */
function tagsOf(typed: string): string {
  const tags = splitTags(typed).sort();
  return tags.length === 0 ? "none" : tags.join(", ");
}

export function otherDifferences(mine: DraftContent, saved: DraftContent): FieldDifference[] {
  const out: FieldDifference[] = [];
  const myTags = tagsOf(mine.tags);
  const savedTags = tagsOf(saved.tags);
  if (myTags !== savedTags) out.push({ field: "tags", label: "Tags", mine: myTags, saved: savedTags });
  if (mine.role !== saved.role) out.push({ field: "role", label: "Target role", mine: labelFor(ROLE_LABELS, mine.role), saved: labelFor(ROLE_LABELS, saved.role) });
  if (mine.stage !== saved.stage) out.push({ field: "stage", label: "Career stage", mine: labelFor(STAGE_LABELS, mine.stage), saved: labelFor(STAGE_LABELS, saved.stage) });
  return out;
}
