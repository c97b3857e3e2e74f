import { describe, expect, it } from "vitest";

import { markFindingsAndPurpose } from "@/lib/grader/analysis/findings";
import { analyze } from "@/lib/grader/analyze";
import { readText } from "@/lib/grader/text";

function marked(text: string) {
  const doc = readText(text);
  const finding = new Uint8Array(doc.tokens.length);
  const purpose = new Uint8Array(doc.tokens.length);
  for (const s of doc.sentences) markFindingsAndPurpose(doc.tokens, s, finding, purpose);
  const words = (marks: Uint8Array) => doc.tokens.filter((_, i) => marks[i]).map((t) => t.raw).join(" ");
  return { finding: words(finding), purpose: words(purpose) };
}

describe("findings and purposes", () => {
  it("marks what the narrator found, up to the next clause that moves on", () => {
    const m = marked("I found that 40% of calls were repeats, so I rewrote the FAQ.");
    expect(m.finding).toBe("found that 40% of calls were repeats ,");
  });

  it("marks a purpose after 'to' and ends it at the next clause", () => {
    const m = marked("I rewrote the FAQ to reduce repeats by 20%, and the team agreed.");
    expect(m.purpose).toBe("to reduce repeats by 20%");
    expect(m.finding).toBe("");
  });

  it("does not read 'to' before a number or an article as a purpose", () => {
    expect(marked("Waiting times fell from 40 to 12 minutes.").purpose).toBe("");
    expect(marked("I sent the rota to the nurses.").purpose).toBe("");
  });

  it("makes a figure inside a finding a finding and one inside a purpose a projection", () => {
    const text = "I found that 40% of the calls were repeats. I rewrote the FAQ to cut repeats by 20%.";
    const doc = analyze(text);
    const cls = (q: string) => doc.numbers.find((n) => text.slice(n.span.start, n.span.end) === q)?.cls;
    expect(cls("40%")).toBe("finding");
    expect(analyze("I rewrote the FAQ to reduce repeats by 20%.").numbers.map((n) => n.cls)).toEqual(["projected"]);
  });
});
