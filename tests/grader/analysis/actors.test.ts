import { describe, expect, it } from "vitest";

import { adjectivalOpener } from "@/lib/grader/analysis/actors";
import { analyze } from "@/lib/grader/analyze";
import { readText } from "@/lib/grader/text";

const actsOf = (text: string) => analyze(text).acts.map((a) => [text.slice(a.span.start, a.span.end), a.actor]);

describe("who acts", () => {
  it("tells the team's act from the narrator's in one sentence", () => {
    const text = "We rebuilt the rota and I trained the crew.";
    expect(actsOf(text)).toEqual([["rebuilt", "team"], ["trained", "narrator"]]);
    expect(analyze(text).subjects).toEqual({ narrator: 1, team: 1, passive: 0, fragment: 0 });
  });

  it("reads 'worked out' something as devising it, and 'it worked out' as no act", () => {
    expect(actsOf("Together we worked out a behaviour plan.")).toEqual([["worked", "team"]]);
    expect(actsOf("In the end it all worked out.")).toEqual([]);
  });

  it("reads 'I did it through...' as the narrator at work, so the method named after it is theirs", () => {
    const text = "I did it through value engineering and close monitoring of the cost reports.";
    const doc = analyze(text);
    expect(doc.vagueActs.map((a) => text.slice(a.span.start, a.span.end))).toEqual(["did"]);
    expect(doc.hard.map((h) => h.status)).toEqual(["narrator"]);
    expect(analyze("I did it myself.").vagueActs).toEqual([]);
  });

  it("reads what the narrator managed to do or was able to do as their act, and what they only wanted or decided to do as none", () => {
    expect(actsOf("I managed to rebuild the pump before noon.")).toEqual([["rebuild", "narrator"]]);
    expect(actsOf("I was able to finish the reconciliation before the deadline.")).toEqual([["finish", "narrator"]]);
    expect(actsOf("We were able to reopen the ward.")).toEqual([["reopen", "team"]]);
    expect(actsOf("I wanted to rebuild the pump.")).toEqual([]);
    expect(analyze("I was able to finish the reconciliation before the deadline.").hard.map((h) => h.status)).toEqual(["narrator"]);
  });

  it("never reads a number or a quantifier after 'I had' as a verb", () => {
    expect(actsOf("I had one child who cried at every dose.")).toEqual([]);
    expect(actsOf("I had some patients who refused the checks.")).toEqual([]);
  });

  it("gives a passive back to the narrator when it says 'by me'", () => {
    const text = "The report was written by me and the team adopted it.";
    expect(actsOf(text)).toEqual([["written", "narrator"], ["adopted", "other"]]);
  });

  it("reads a verbless opener as a fragment told by the narrator", () => {
    const doc = analyze("Rebuilt the intake form in two days.");
    expect(doc.acts.map((a) => a.actor)).toEqual(["fragment"]);
    expect(doc.subjects.fragment).toBe(1);
  });

  it("reads people named at a clause start as someone else acting", () => {
    expect(actsOf("Students told us the new timetable worked.")).toEqual([["told", "other"]]);
  });

  it("gives a fronted instrument to the sentence's first subject and counts a progressive act", () => {
    const doc = analyze("Using SQL, I found the duplicate invoices.");
    expect(doc.actors[0]).toBe("narrator");
    expect(actsOf("I was running the huddles when the audit started.")).toEqual([["running", "narrator"]]);
  });

  it("flags a story told only as 'we' with the narrator hidden", () => {
    const text = "We rebuilt the rota and we trained the crew.";
    const doc = analyze(text);
    expect(doc.hiddenNarrator && text.slice(doc.hiddenNarrator.start, doc.hiddenNarrator.end)).toBe("We");
    expect(analyze("We rebuilt the rota and I trained the crew.").hiddenNarrator).toBeNull();
  });
});

describe("adjectivalOpener", () => {
  it("reads a sentence-initial -ed word before a noun and its verb as describing that noun", () => {
    const doc = readText("Uncovered shifts went from eight a month to one.");
    const s = doc.sentences[0];
    if (!s) throw new Error("no sentence");
    expect(adjectivalOpener(doc.tokens, s.bodyStart, s)).toBe(true);
    const act = readText("Rebuilt the intake form in two days.");
    const a = act.sentences[0];
    if (!a) throw new Error("no sentence");
    expect(adjectivalOpener(act.tokens, a.bodyStart, a)).toBe(false);
  });
});
