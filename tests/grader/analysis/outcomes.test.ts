import { describe, expect, it } from "vitest";

import { analyze } from "@/lib/grader/analyze";

const outcomesOf = (text: string) => analyze(text).outcomes.map((o) => [text.slice(o.span.start, o.span.end), o.kind]);

describe("outcomes", () => {
  it("reads an outcome without a number as vague", () => {
    expect(outcomesOf("Things improved a lot after I changed the form.")).toEqual([["Things improved", "vague"]]);
  });

  it("reads a hyphenated compound after a determiner as a description, not an outcome", () => {
    expect(outcomesOf("On a sold-out Saturday we had overbooked by four rooms. I called three partner hotels.")).toEqual([]);
    expect(outcomesOf("I called three partner hotels, and by Friday the last rooms sold out.")).toContainEqual(["sold out", "vague"]);
  });

  it("reads the plain ways a trade tells a change as outcomes ('food cost came down', 'sales had gone up', 'moved up a grade', 'costs were lower')", () => {
    expect(outcomesOf("I costed every dish with the head chef. Food cost came down.")).toEqual([["came down", "vague"]]);
    expect(outcomesOf("I costed every dish with the head chef. Sales had gone up.")).toEqual([["gone up", "vague"]]);
    expect(outcomesOf("I retaught fractions with mini whiteboards. Most of them moved up a grade.")).toEqual([["moved up", "vague"]]);
    expect(outcomesOf("I renegotiated the linen contract. Costs were lower.")).toEqual([["were lower", "vague"]]);
    // What something depended on is no fall.
    expect(outcomesOf("I planned my week with my lead. It came down to being well organised.")).toEqual([]);
  });

  it("reads a participle between an article and its noun ('keep the approved script') as a description, not an outcome", () => {
    expect(outcomesOf("I wrote my own phrases, but my team leader said we had to keep the approved script.")).toEqual([]);
    // After "that", a relative clause may tell one: "a rota that kept the ward covered".
    expect(outcomesOf("I rebuilt the rota with the leads. The board approved it the next week.")).toContainEqual(["approved", "human"]);
  });

  it("negates an outcome only when the negation comes before it in its clause", () => {
    expect(outcomesOf("I moved cover to the peak hours. Waiting times fell noticeably and errors did not go up.")).toEqual([["fell", "vague"]]);
    expect(outcomesOf("I moved cover to the peak hours. Waiting times never fell.")).toContainEqual(["fell", "negated"]);
  });

  it("reads 'the problems went away' and 'we saw a significant increase in engagement' as outcomes", () => {
    expect(outcomesOf("I swapped out the faulty switch. The connection problems went away.")).toEqual([["went away", "vague"]]);
    expect(outcomesOf("I brought in a goal-setting process. We saw a significant increase in engagement.")).toEqual([["saw a significant increase", "vague"]]);
    // Before the action, a change seen is the situation, not how it ended.
    expect(outcomesOf("Last spring we saw a drop in bookings. I rebuilt the reminder texts.")).toEqual([]);
  });

  it("reads the narrator rolling a change out as an act, and a team rolling it back as no outcome of it", () => {
    expect(outcomesOf("I rolled it out across all 40 staff in one week.")).toEqual([]);
    expect(outcomesOf("I ran the pilot on ward 4. The other wards rolled it out the next month.")).toEqual([["rolled it out", "vague"]]);
    expect(outcomesOf("I shipped the new cache. Latency rose, so we rolled back within the hour.").map(([w]) => w)).not.toContain("rolled");
    expect(outcomesOf("I wrote the training pack and I got promoted.")).toEqual([["got promoted", "vague"]]);
  });

  it("reads 'was put right' as fixed, an outcome without a number", () => {
    expect(outcomesOf("I traced the billing error, and it was put right within the week.")).toEqual([["was put right", "vague"]]);
  });

  it("reads 'asked me to' before the narrator has done anything as the task, and after it as an outcome", () => {
    expect(outcomesOf("My professor asked me to run study sessions before the final exam.")).toEqual([]);
    expect(outcomesOf("I ran four study sessions before the final. The professor asked me to run them again next term.")).toEqual([["asked me to", "vague"]]);
  });

  it("reads a past perfect in a relative clause as describing people, not as an outcome", () => {
    expect(outcomesOf("I analysed the papers and met the parents of the six pupils who had stopped doing homework.")).toEqual([]);
    expect(outcomesOf("I rebuilt the rota. By June the complaints had stopped.")).toEqual([["stopped", "vague"]]);
  });

  it("does not read the narrator's own act as an outcome", () => {
    expect(outcomesOf("I improved the form.")).toEqual([]);
  });

  it("reads a change that did not happen as negated and people acting on the work as human", () => {
    const text = "The trial did not reduce waiting times. The board approved the budget after I presented it.";
    expect(outcomesOf(text)).toEqual([["not reduce", "negated"], ["approved", "human"]]);
  });

  it("reads an aimed outcome as projected", () => {
    expect(outcomesOf("I rebuilt the rota, and morale will have improved by spring.").map(([, kind]) => kind)).toEqual(["projected"]);
  });

  it("skips an outcome inside a hypothetical", () => {
    expect(outcomesOf("If I rebuilt the rota, morale would improve.")).toEqual([]);
  });
});
