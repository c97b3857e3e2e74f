import { describe, expect, it } from "vitest";

import { boxOffsets, splitIntoBoxes, STAR_ORDER } from "@/lib/editor/convert";
import type { StructurePart } from "@/lib/grader/types";

function part(text: string, name: StructurePart["part"], quote: string): StructurePart {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { part: name, span: { start, end: start + quote.length }, share: 0.25 };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const LABELS = new Set(["situation:", "task:", "action:", "result:"]);

describe("splitIntoBoxes", () => {
  it("puts everything into Situation when no parts were found", () => {
    expect(splitIntoBoxes("  I did a thing.  ", [])).toEqual({ situation: "I did a thing.", task: "", action: "", result: "" });
  });

  it("puts each found part into its own box", () => {
    const text = "Our queue was 400 tickets. I had to halve it. I wrote a triage bot. Tickets fell 41%.";
    const boxes = splitIntoBoxes(text, [
      part(text, "situation", "Our queue was 400 tickets."),
      part(text, "task", "I had to halve it."),
      part(text, "action", "I wrote a triage bot."),
      part(text, "result", "Tickets fell 41%."),
    ]);
    expect(boxes).toEqual({
      situation: "Our queue was 400 tickets.",
      task: "I had to halve it.",
      action: "I wrote a triage bot.",
      result: "Tickets fell 41%.",
    });
  });

  it("keeps text between and before parts with the part before it", () => {
    const text = "Intro words. Our queue grew. Filler here. I wrote a bot. Trailing words.";
    const boxes = splitIntoBoxes(text, [part(text, "situation", "Our queue grew."), part(text, "action", "I wrote a bot.")]);
    expect(boxes.situation).toBe("Intro words. Our queue grew. Filler here.");
    expect(boxes.action).toBe("I wrote a bot. Trailing words.");
    expect(boxes.task).toBe("");
  });

  it("drops a box's own label, which the box already shows", () => {
    const text = "Situation: the build took an hour.\n\nAction: I cached the deps.";
    const boxes = splitIntoBoxes(text, [
      part(text, "situation", "Situation: the build took an hour."),
      part(text, "action", "Action: I cached the deps."),
    ]);
    expect(boxes.situation).toBe("the build took an hour.");
    expect(boxes.action).toBe("I cached the deps.");
  });

  it("keeps every word, with curly quotes and emoji, whatever order the parts come in", () => {
    const text = "I shipped the “fast path” 🚀 in May. Before that, checkout took 9 s. So latency fell 60%. We had to fix it.";
    const boxes = splitIntoBoxes(text, [
      part(text, "result", "So latency fell 60%."),
      part(text, "action", "I shipped the “fast path” 🚀 in May."),
      part(text, "situation", "Before that, checkout took 9 s."),
      part(text, "task", "We had to fix it."),
    ]);
    const kept = STAR_ORDER.flatMap((p) => words(boxes[p])).sort();
    expect(kept).toEqual(words(text).filter((w) => !LABELS.has(w.toLowerCase())).sort());
    expect(boxes.action).toBe("I shipped the “fast path” 🚀 in May.");
  });

  it("joins two chunks labelled with the same part", () => {
    const text = "Action: I profiled it. Result: 20% faster. Action: I also told the team.";
    const boxes = splitIntoBoxes(text, [
      part(text, "action", "Action: I profiled it."),
      part(text, "result", "Result: 20% faster."),
      { part: "action", span: { start: text.lastIndexOf("Action:"), end: text.length }, share: 0.2 },
    ]);
    expect(boxes.action).toBe("I profiled it.\n\nI also told the team.");
    expect(boxes.result).toBe("20% faster.");
  });
});

describe("boxOffsets", () => {
  it("finds each box inside the joined story, in order", () => {
    const boxes = { situation: "We were slow.", task: "", action: "I fixed it.", result: "We were slow no more." };
    const joined = "We were slow.\n\nI fixed it.\n\nWe were slow no more.";
    expect(boxOffsets(joined, boxes)).toEqual({ situation: 0, task: null, action: 15, result: 28 });
  });

  it("does not match a later box to an earlier repeat of its words", () => {
    const boxes = { situation: "ok ok", task: "ok", action: "", result: "" };
    expect(boxOffsets("ok ok\n\nok", boxes)).toEqual({ situation: 0, task: 7, action: null, result: null });
  });
});
