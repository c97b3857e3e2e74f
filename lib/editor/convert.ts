// Moving a story between the free-text editor and the four STAR boxes without losing a word.
// Isomorphic, pure. The split keeps the text in order (each box is one stretch of the story, in STAR
// order), cuts only between sentences, and remembers what it trimmed (spaces, line breaks, a box's own
// "Situation:" label), so joining the boxes back gives the very same text until someone edits them.
import type { StarPart, StructurePart } from "@/lib/grader/types";

export const STAR_ORDER = ["situation", "task", "action", "result"] as const satisfies readonly StarPart[];
export type StarBoxes = Record<StarPart, string>;

export const EMPTY_BOXES: StarBoxes = { situation: "", task: "", action: "", result: "" };

/** What a box's text was trimmed of: what stood before it (spaces, its label) and after it. */
export type BoxGlue = Record<StarPart, { before: string; after: string } | null>;

const LABEL_RE: Record<StarPart, RegExp> = {
  situation: /^\s*situation\s*:\s*/i,
  task: /^\s*task\s*:\s*/i,
  action: /^\s*action\s*:\s*/i,
  result: /^\s*result\s*:\s*/i,
};

const CLOSERS = /["”’')\]]/;
const ENDS = /[.!?…]/;

/** True where a sentence (or a line) begins: never cut "I chased each manager, and completion rose" in two. */
export function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i] ?? "")) {
    if (text[i] === "\n") return true;
    i--;
  }
  if (i < 0) return true;
  while (i > 0 && CLOSERS.test(text[i] ?? "")) i--;
  return ENDS.test(text[i] ?? "");
}

type Run = { part: number; start: number; end: number };

/**
 * The grader's parts as runs that cover the text in order, each starting at a sentence: a part that
 * starts mid-sentence stays with the run before it; text before the first part joins the first run.
 */
/**
 * Where a part's box may begin: its own start when that starts a sentence, else the first sentence start
 * inside it ("...so they answered faster. As a result, tickets fell 41%": the Result box begins at "As a
 * result"), else nowhere (the part stays in the box before it, so no sentence is cut).
 */
function boxStart(text: string, p: StructurePart): number {
  if (atSentenceStart(text, p.span.start)) return p.span.start;
  for (let at = p.span.start + 1; at < p.span.end; at++) if (!/\s/.test(text[at] ?? "") && /\s/.test(text[at - 1] ?? "") && atSentenceStart(text, at)) return at;
  return -1;
}

function runsOf(text: string, parts: readonly StructurePart[]): Run[] {
  const starts = parts
    .filter((p) => p.span.end > p.span.start && p.span.start >= 0 && p.span.start < text.length)
    .sort((a, b) => a.span.start - b.span.start)
    .map((p, i) => ({ part: p.part, span: { start: i === 0 ? p.span.start : boxStart(text, p), end: p.span.end } }))
    .filter((p, i) => i === 0 || p.span.start >= 0);
  return starts.map((p, i) => ({
    part: STAR_ORDER.indexOf(p.part),
    start: i === 0 ? 0 : p.span.start,
    end: starts[i + 1]?.span.start ?? text.length,
  }));
}

/**
 * Gives each run a box so that boxes follow STAR order through the text and as much of the text as
 * possible lands in the box the grader named (a small dynamic programme over runs x boxes).
 */
function assignBoxes(runs: readonly Run[]): number[] {
  const n = runs.length;
  const best: number[][] = runs.map(() => [0, 0, 0, 0]);
  const from: number[][] = runs.map(() => [0, 0, 0, 0]);
  runs.forEach((run, i) => {
    for (let k = 0; k < 4; k++) {
      const gain = run.part === k ? run.end - run.start : 0;
      if (i === 0) {
        best[0]![k] = gain;
        continue;
      }
      let prevBest = -1;
      for (let j = 0; j <= k; j++) {
        if ((best[i - 1]![j] ?? -1) > prevBest) {
          prevBest = best[i - 1]![j] ?? -1;
          from[i]![k] = j;
        }
      }
      best[i]![k] = prevBest + gain;
    }
  });
  const out = new Array<number>(n).fill(0);
  let k = 0;
  for (let j = 1; j < 4; j++) if ((best[n - 1]![j] ?? 0) > (best[n - 1]![k] ?? 0)) k = j;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = k;
    k = from[i]![k] ?? 0;
  }
  return out;
}

/** Splits free text into the four boxes along the grader's STAR parts, and what joins them back exactly. */
export function splitIntoBoxes(text: string, parts: readonly StructurePart[]): { boxes: StarBoxes; glue: BoxGlue } {
  const boxes: StarBoxes = { ...EMPTY_BOXES };
  const glue: BoxGlue = { situation: null, task: null, action: null, result: null };
  const runs = runsOf(text, parts);
  const chunks: { part: StarPart; text: string }[] = [];
  if (runs.length === 0) chunks.push({ part: "situation", text });
  else {
    const box = assignBoxes(runs);
    runs.forEach((run, i) => {
      const part = STAR_ORDER[box[i] ?? 0] ?? "situation";
      const last = chunks[chunks.length - 1];
      if (last && last.part === part) last.text += text.slice(run.start, run.end);
      else chunks.push({ part, text: text.slice(run.start, run.end) });
    });
  }
  let carry = ""; // a chunk with no words (a bare label) travels with the next box
  chunks.forEach((chunk, i) => {
    const whole = carry + chunk.text;
    const before = whole.match(LABEL_RE[chunk.part])?.[0] ?? whole.match(/^\s*/)?.[0] ?? "";
    const rest = whole.slice(before.length);
    const body = rest.trimEnd();
    if (body === "") {
      const previous = chunks[i - 1];
      if (previous && glue[previous.part]) glue[previous.part]!.after += whole;
      else carry = whole;
      return;
    }
    carry = "";
    boxes[chunk.part] = body;
    glue[chunk.part] = { before, after: rest.slice(body.length) };
  });
  return { boxes, glue };
}

/**
 * The boxes back as one text: with the glue from `splitIntoBoxes`, the original text wherever the boxes
 * were not edited; a box without glue is set off by a blank line, as the grader joins boxes.
 */
export function joinBoxes(boxes: StarBoxes, glue: BoxGlue | null): string {
  let out = "";
  for (const part of STAR_ORDER) {
    const body = boxes[part];
    if (body.trim() === "") continue;
    const g = glue?.[part] ?? null;
    let before = g?.before ?? "";
    if (out !== "" && (g === null || (!/\s$/.test(out) && !/^\s/.test(before)))) before = `\n\n${before}`;
    out += before + body + (g?.after ?? "");
  }
  return out;
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
