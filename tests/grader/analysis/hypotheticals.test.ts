import { describe, expect, it } from "vitest";

import { findHypothetical } from "@/lib/grader/analysis/hypotheticals";
import { analyze } from "@/lib/grader/analyze";
import { readText } from "@/lib/grader/text";

const hypoOf = (text: string) => {
  const doc = readText(text);
  const s = doc.sentences[0];
  if (!s) throw new Error("no sentence");
  return findHypothetical(doc.tokens, s);
};

describe("hypotheticals", () => {
  it("reads 'If ..., I would ask' as hypothetical across the whole sentence", () => {
    const doc = analyze("If a customer complained, I would ask what happened and offer a refund.");
    expect(doc.sentenceHypothetical).toEqual([true]);
    expect(doc.acts).toEqual([]);
  });

  it("reads 'I usually check' as a habit, not one occasion", () => {
    const h = hypoOf("I usually check every ID at the door.");
    expect(h?.habitual).toBe(true);
    expect(analyze("I checked every ID at the door.").hypotheticals).toEqual([]);
  });

  it("reads 'where I work as pharmacist' as the job and workplace, not a habit or a routine; 'I work with the team to...' still is one", () => {
    const text = "In June, at the Boots branch where I work as pharmacist, we dispensed the wrong strength. I separated the strengths on the shelf.";
    expect(hypoOf(text)).toBeNull();
    expect(analyze(text).presentActs).toEqual([]);
    expect(hypoOf("I work with the team to keep the shelves in order.")).not.toBeNull();
  });

  it("reads a future seen from what someone had accepted or feared in the past as the story, not a hypothetical answer", () => {
    expect(hypoOf("I found the panel after many others had accepted that we would have to stop the deployment.")).toBeNull();
    expect(hypoOf("The crew feared we would lose the circuit, so I traced the power.")).toBeNull();
    expect(hypoOf("We would have to stop the deployment.")).not.toBeNull();
  });

  it("reads 'Each Friday I would' as a past habit and 'I would' alone as hypothetical", () => {
    expect(hypoOf("Each Friday I would walk the team through the numbers.")?.habitual).toBe(true);
    expect(hypoOf("I would walk the team through the numbers.")?.habitual).toBe(false);
  });

  it("does not read a promise reported from a past act as hypothetical", () => {
    expect(hypoOf("I promised the foreman I would finish by noon.")).toBeNull();
  });

  it("frames the answer to 'How would I handle...?' as hypothetical", () => {
    const doc = analyze("How would I handle a conflict? I would listen first.");
    expect(doc.sentenceHypothetical).toEqual([true, true]);
    expect(doc.soft.map((m) => m.status)).toEqual(["hypothetical"]);
  });
});
