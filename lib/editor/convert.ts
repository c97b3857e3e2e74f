// Moving a story between the free-text editor and the four STAR boxes without losing a word.
// Isomorphic, pure. Joining the boxes back into one text is the grader's `joinStarParts`.
import type { StarPart, StructurePart } from "@/lib/grader/types";

export const STAR_ORDER = ["situation", "task", "action", "result"] as const satisfies readonly StarPart[];
export type StarBoxes = Record<StarPart, string>;

export const EMPTY_BOXES: StarBoxes = { situation: "", task: "", action: "", result: "" };

const LABEL_RE: Record<StarPart, RegExp> = {
  situation: /^\s*situation\s*:\s*/i,
  task: /^\s*task\s*:\s*/i,
  action: /^\s*action\s*:\s*/i,
  result: /^\s*result\s*:\s*/i,
};

/** Drops the part's own "Situation:" label from its box: the box already says which part it is. */
function withoutOwnLabel(part: StarPart, chunk: string): string {
  return chunk.replace(LABEL_RE[part], "").trim();
}

/**
 * Splits free text into the four boxes along the STAR parts the grader found.
 * Every character belongs to exactly one box: a part runs from its own start to the start of
 * the next part found, and text before the first part joins the first. With no parts found,
 * everything goes into Situation, to be moved by hand.
 */
export function splitIntoBoxes(text: string, parts: readonly StructurePart[]): StarBoxes {
  const boxes: StarBoxes = { ...EMPTY_BOXES };
  const found = parts
    .filter((p) => p.span.end > p.span.start && p.span.start >= 0 && p.span.start < text.length)
    .sort((a, b) => a.span.start - b.span.start);
  if (found.length === 0) {
    boxes.situation = text.trim();
    return boxes;
  }
  const chunks = new Map<StarPart, string[]>();
  found.forEach((p, i) => {
    const from = i === 0 ? 0 : p.span.start;
    const to = found[i + 1]?.span.start ?? text.length;
    const list = chunks.get(p.part) ?? [];
    list.push(text.slice(from, Math.max(from, to)));
    chunks.set(p.part, list);
  });
  for (const part of STAR_ORDER) {
    const list = chunks.get(part);
    if (list) boxes[part] = list.map((chunk) => withoutOwnLabel(part, chunk)).filter(Boolean).join("\n\n");
  }
  return boxes;
}

export function boxesAreEmpty(boxes: StarBoxes): boolean {
  return STAR_ORDER.every((part) => boxes[part].trim() === "");
}

/**
 * Where each box's text starts inside the joined story, found by searching in order, so it holds
 * whatever separator the join uses. Null for an empty box or one not found.
 */
export function boxOffsets(joined: string, boxes: StarBoxes): Record<StarPart, number | null> {
  const offsets: Record<StarPart, number | null> = { situation: null, task: null, action: null, result: null };
  let cursor = 0;
  for (const part of STAR_ORDER) {
    const body = boxes[part];
    if (body.trim() === "") continue;
    const at = joined.indexOf(body, cursor);
    if (at < 0) continue;
    offsets[part] = at;
    cursor = at + body.length;
  }
  return offsets;
}
