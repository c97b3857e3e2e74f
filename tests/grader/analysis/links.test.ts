import { describe, expect, it } from "vitest";

import { analyze } from "@/lib/grader/analyze";

const linksOf = (text: string) => analyze(text).links.map((l) => [text.slice(l.span.start, l.span.end), l.why]);

describe("links", () => {
  it("reads a time window that frames a measured outcome", () => {
    const text = "I rebuilt the call script and abandoned calls fell from 18% to 6% within two months.";
    expect(linksOf(text)).toEqual([["within two months", "a time window frames the outcome"]]);
  });

  it("reads a connective that ties the act to what followed", () => {
    const text = "I rebuilt the rota, which meant overtime fell by 30%.";
    expect(linksOf(text)).toEqual([["which meant", '"which meant" ties the act to what followed']]);
  });

  it("finds nothing to tie when no outcome is told", () => {
    // "so" is a connective, but nothing measured or changed follows it
    expect(analyze("I rebuilt the rota, so I stayed late.").links).toEqual([]);
  });

  it("reads people acting after the narrator's people act", () => {
    const text = "The board approved the budget after I presented it.";
    expect(linksOf(text)).toEqual([["approved", "people acted on what you did"]]);
  });

  it("reads a result measured on the problem the situation described", () => {
    const text = "Shifts were often left uncovered at the depot. I rebuilt the rota with the drivers. Uncovered shifts went from eight a month to one.";
    expect(linksOf(text).map(([, why]) => why)).toEqual(['the result is measured on the problem you described ("shifts")']);
  });
});
