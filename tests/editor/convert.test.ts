import { describe, expect, it } from "vitest";

import { readFileSync } from "node:fs";

import { atSentenceStart, boxOffsets, joinBoxes, splitIntoBoxes, STAR_ORDER } from "@/lib/editor/convert";
import { gradeStory, joinStarParts } from "@/lib/grader";
import type { StructurePart } from "@/lib/grader/types";

function part(text: string, name: StructurePart["part"], quote: string): StructurePart {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { part: name, span: { start, end: start + quote.length }, share: 0.25 };
}


const split = (text: string, parts: StructurePart[]) => splitIntoBoxes(text, parts).boxes;

describe("splitIntoBoxes", () => {
  it("puts everything into Situation when no parts were found", () => {
    expect(split("  I did a thing.  ", [])).toEqual({ situation: "I did a thing.", task: "", action: "", result: "" });
  });

  it("starts a part that begins mid-sentence at its first sentence inside, and cuts no sentence", () => {
    const text = "I trained the team on it, so they answered faster. As a result, tickets fell 41%.";
    const boxes = split(text, [part(text, "action", "I trained the team on it, so "), part(text, "result", "they answered faster. As a result, tickets fell 41%.")]);
    expect(boxes).toEqual({ situation: "", task: "", action: "I trained the team on it, so they answered faster.", result: "As a result, tickets fell 41%." });
    const inside = "I trained the team on it, so they answered faster.";
    expect(split(inside, [part(inside, "action", "I trained the team on it, so "), part(inside, "result", "they answered faster.")]).action).toBe(inside);
  });

  it("puts each found part into its own box", () => {
    const text = "Our queue was 400 tickets. I had to halve it. I wrote a triage bot. Tickets fell 41%.";
    const boxes = split(text, [
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
    const boxes = split(text, [part(text, "situation", "Our queue grew."), part(text, "action", "I wrote a bot.")]);
    expect(boxes.situation).toBe("Intro words. Our queue grew. Filler here.");
    expect(boxes.action).toBe("I wrote a bot. Trailing words.");
    expect(boxes.task).toBe("");
  });

  it("drops a box's own label, which the box already shows, and gives it back on the way out", () => {
    const text = "Situation: the build took an hour.\n\nAction: I cached the deps.";
    const { boxes, glue } = splitIntoBoxes(text, [
      part(text, "situation", "Situation: the build took an hour."),
      part(text, "action", "Action: I cached the deps."),
    ]);
    expect(boxes.situation).toBe("the build took an hour.");
    expect(boxes.action).toBe("I cached the deps.");
    expect(joinBoxes(boxes, glue)).toBe(text);
  });

  it("never cuts a sentence: a part the grader starts mid-sentence stays with the sentence's box", () => {
    const text = "Sign-offs were late. I chased each manager, and completion went from 61% to 94%.";
    const boxes = split(text, [
      part(text, "situation", "Sign-offs were late."),
      part(text, "action", "I chased each manager,"),
      part(text, "result", "and completion went from 61% to 94%."),
    ]);
    expect(boxes.action).toBe("I chased each manager, and completion went from 61% to 94%.");
    expect(boxes.result).toBe("");
  });

  it("keeps the story in order when the parts come out of order, boxes following STAR order", () => {
    const text = "Latency fell 60% after my change. Before that, checkout took 9 s. I had to fix it. I cached the prices.";
    const { boxes, glue } = splitIntoBoxes(text, [
      part(text, "result", "Latency fell 60% after my change."),
      part(text, "situation", "Before that, checkout took 9 s."),
      part(text, "task", "I had to fix it."),
      part(text, "action", "I cached the prices."),
    ]);
    expect(boxes).toEqual({
      situation: "Latency fell 60% after my change. Before that, checkout took 9 s.",
      task: "I had to fix it.",
      action: "I cached the prices.",
      result: "",
    });
    expect(joinBoxes(boxes, glue)).toBe(text);
  });

  it("keeps the story's order when a part is told twice, putting the stretch where most of it belongs", () => {
    const text = "Action: I profiled it. Result: 20% faster. Action: I also told the team.";
    const { boxes, glue } = splitIntoBoxes(text, [
      part(text, "action", "Action: I profiled it."),
      part(text, "result", "Result: 20% faster."),
      { part: "action", span: { start: text.lastIndexOf("Action:"), end: text.length }, share: 0.2 },
    ]);
    expect(boxes.action).toBe("I profiled it. Result: 20% faster. Action: I also told the team.");
    expect(boxes.result).toBe("");
    expect(joinBoxes(boxes, glue)).toBe(text);
  });
});

describe("joinBoxes", () => {
  it("sets boxes without glue apart with a blank line, as the grader joins them", () => {
    const boxes = { situation: "S.", task: "", action: "A.", result: "  " };
    expect(joinBoxes(boxes, null)).toBe(joinStarParts(boxes));
  });

  it("keeps an edited box's place and separators, and a box filled later gets a blank line", () => {
    const text = "Our queue was 400 tickets. I wrote a triage bot.";
    const { boxes, glue } = splitIntoBoxes(text, [part(text, "situation", "Our queue was 400 tickets."), part(text, "action", "I wrote a triage bot.")]);
    expect(joinBoxes({ ...boxes, action: "I wrote a bot in Python." }, glue)).toBe("Our queue was 400 tickets. I wrote a bot in Python.");
    expect(joinBoxes({ ...boxes, result: "Tickets fell 41%." }, glue)).toBe(`${text}\n\nTickets fell 41%.`);
  });
});

describe("free text -> boxes -> free text, over every real and written story", () => {
  const stories = ["stories.real.jsonl", "stories.dev.jsonl", "stories.holdout.jsonl", "stories.holdout2.jsonl"].flatMap((f) =>
    readFileSync(new URL(`../fixtures/${f}`, import.meta.url), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as { id: string; text: string }),
  );

  it("gives back the same text, cuts only between sentences and follows the grader's parts", () => {
    expect(stories.length).toBeGreaterThan(400);
    let followed = 0;
    let placed = 0;
    for (const { id, text } of stories) {
      const parts = gradeStory(text).structure.parts;
      const { boxes, glue } = splitIntoBoxes(text, parts);
      expect(joinBoxes(boxes, glue), id).toBe(text);
      const offsets = boxOffsets(text, boxes);
      for (const p of STAR_ORDER) {
        const at = offsets[p];
        if (boxes[p] === "") continue;
        expect(boxes[p], `${id} ${p}`).toBe(boxes[p].trim());
        expect(at, `${id} ${p}`).not.toBeNull();
        // The box's stretch (its label included) opens a sentence or a line.
        if (p !== "situation") expect(atSentenceStart(text, (at ?? 0) - (glue[p]?.before.length ?? 0)), `${id} ${p} starts mid-sentence`).toBe(true);
        placed++;
        if (parts.some((g) => g.part === p && g.span.start <= (at ?? 0) && (at ?? 0) < g.span.end)) followed++;
      }
    }
    // Most boxes open inside a part the grader gave the same name (the rest: parts out of STAR order).
    expect(followed / placed).toBeGreaterThan(0.9);
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
