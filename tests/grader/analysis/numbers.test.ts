import { describe, expect, it } from "vitest";

import { analyze } from "@/lib/grader/analyze";

const numbersOf = (text: string) => analyze(text).numbers.map((n) => [text.slice(n.span.start, n.span.end), n.cls, n.reason]);

describe("numbers", () => {
  it("tells the result figures from the context ones", () => {
    const text = "In 2019 our team of 12 handled 300 calls a day. I rebuilt the call script and abandoned calls fell from 18% to 6% within two months.";
    expect(numbersOf(text)).toEqual([
      ["2019", "context", "year"],
      ["12", "context", "team-size"],
      ["300", "context", "scale-count"],
      ["18%", "result", "change"],
      ["6%", "result", "change"],
      ["two months", "context", "duration"],
    ]);
  });

  it("reads the situation's measure at a new value after the action as a change, and the same value again as scale", () => {
    const moved = "Our clinic had 40 missed appointments a month. I set up text reminders for every patient. In the end we had 12 missed appointments a month.";
    expect(numbersOf(moved)).toEqual([
      ["40", "context", "scale-count"],
      ["12", "result", "same-measure-after"],
    ]);
    const repeated = "We had to get three campaigns out in a short window. I wrote the project plan and briefed the team. In the end all three campaigns launched on time.";
    expect(numbersOf(repeated)).toEqual([
      ["three", "context", "scale-count"],
      ["three", "context", "scale-count"],
    ]);
  });

  it("reads a forecast told before the narrator acts as the situation's stakes, and one told after as a projection", () => {
    const stakes = "Last spring our leverage was forecast to hit 3.9x against a 3.5x covenant on our $420M term loan. I rebuilt the cash forecast and walked the lenders through it.";
    expect(numbersOf(stakes).map(([q, cls]) => [q, cls])).toEqual([
      ["3.9x", "context"],
      ["3.5x", "context"],
      ["$420M", "context"],
    ]);
    const hoped = "I rebuilt the cash forecast and walked the lenders through it. The new plan is expected to save $2M next year.";
    expect(numbersOf(hoped).find(([q]) => q === "$2M")?.[1]).toBe("projected");
    // A target set before the act is the task, still no result.
    expect(numbersOf("My goal was to cut costs by 10%. I renegotiated the three biggest supplier contracts.").find(([q]) => q === "10%")?.[1]).not.toBe("result");
  });

  it("does not read 'one' standing for a thing named before as a count, but keeps 'one' ending a change or in a compound", () => {
    expect(numbersOf("The customer was grateful, and I had turned what could have been a damaging experience into a good one.")).toEqual([]);
    expect(numbersOf("The old pump failed, so I fitted a new one.")).toEqual([]);
    expect(numbersOf("I rewrote the rota and complaints fell from twelve a week to one.").map((n) => n[0])).toEqual(["twelve", "one"]);
    expect(numbersOf("We cut the wait from four weeks to one.").map((n) => n[0])).toEqual(["four weeks", "one"]);
    expect(numbersOf("The new plan avoided a one-week delay.").map((n) => n[0])).toEqual(["one"]);
  });

  it("does not read a number to call ('rang 9-1-1', '1-800-555-0199') as figures, but keeps a range of two ('10-15 minutes')", () => {
    expect(numbersOf("A caller rang 9-1-1 and I talked her through CPR until the crew arrived.")).toEqual([]);
    expect(numbersOf("I gave every customer the helpline, 1-800-555-0199, on a card.")).toEqual([]);
    expect(numbersOf("Each check took 10-15 minutes.").map((n) => n[0])).toEqual(["10", "15 minutes"]);
  });

  it("reads a change verb's amount after 'by' however long the metric between them, within one clause", () => {
    expect(numbersOf("I rerouted the feeders. That raised the efficiency of the whole distribution system by 12%.")).toEqual([["12%", "result", "change"]]);
    expect(numbersOf("I found cheaper suppliers, and that brought our monthly spend on cleaning materials down by 10%.")).toEqual([["10%", "result", "change"]]);
    expect(numbersOf("I automated the reconciliations, which cut the time the team spent on month-end by 30%.")).toEqual([["30%", "result", "change"]]);
    // not across a clause, and not without a change verb: "by 12%" alone names no change.
    expect(numbersOf("I rerouted the feeders because the efficiency of the whole distribution system was off by 12%.")[0]?.[1]).not.toBe("result");
    expect(numbersOf("I rerouted the feeders. The efficiency of the whole distribution system was off by 12%.")[0]?.[1]).not.toBe("result");
  });

  it("negates a change only when the negation comes before it in its clause", () => {
    expect(numbersOf("I rebuilt the rota. Overtime fell 20% and sickness did not rise.")).toEqual([["20%", "result", "change"]]);
    expect(numbersOf("I rebuilt the rota. Overtime did not fall by 20%.")).toEqual([["20%", "negated", "negated"]]);
  });

  it("finds the metric after a change noun: 'a 30 percent rise in the number of leads we closed'", () => {
    expect(numbersOf("I sent each lead a sample. That led to a 30 percent rise in the number of those leads we closed.")).toEqual([["30 percent", "result", "change"]]);
    expect(numbersOf("I retrained the crew. That gave a 25% increase in bookings.")).toEqual([["25%", "result", "change"]]);
    expect(numbersOf("I retrained the crew. That gave a 25% increase.")).toEqual([["25%", "vague-figure", "no-metric"]]);
  });

  it("reads 'narrow it down by testing one system' as an idiom, not a change of one; 'got it down to 4%' is a change", () => {
    expect(numbersOf("I rebuilt the checks. I narrowed it down by testing one system at a time.").map(([, cls]) => cls)).not.toContain("result");
    expect(numbersOf("I rebuilt the rota and got it down to about 4% within a month.")[0]).toEqual(["4%", "result", "change"]);
  });

  it("reads a direction word inside a hyphenated compound ('the falls-risk checklist') as a name, not a change", () => {
    expect(numbersOf("I rebuilt the falls-risk checklist around the three causes.")).toEqual([["three", "context", "scale-count"]]);
  });

  it("reads a subject that could name a change ('Falls dropped from 9 to 3') as the metric", () => {
    expect(numbersOf("I rebuilt the falls checklist for our ward. Falls dropped from 9 to 3 a month.")).toEqual([
      ["9", "result", "change"],
      ["3", "result", "change"],
    ]);
  });

  it("reads 'homework returns rose from 70% to 95%' as a gain: returns are not always a shop's losses", () => {
    expect(numbersOf("I met the parents. By the end of term homework returns rose from 70% to 95%.")).toEqual([
      ["70%", "result", "change"],
      ["95%", "result", "change"],
    ]);
  });

  it("reads a figure the narrator found as a finding and an aim as a projection", () => {
    expect(numbersOf("I found that 40% of the calls were repeats.")).toEqual([["40%", "finding", "finding"]]);
    expect(numbersOf("I rewrote the FAQ so repeats should fall by 20%.").map(([, cls]) => cls)).toEqual(["projected"]);
  });

  it("reads hyphenated and spoken-decimal number words as one figure", () => {
    const text = "I supervised a night shift of twenty-two pickers and re-slotted the aisles. Pick accuracy rose from ninety-four percent to ninety-nine point two percent.";
    expect(numbersOf(text)).toEqual([
      ["twenty-two", "context", "scope"],
      ["ninety-four percent", "result", "change"],
      ["ninety-nine point two percent", "result", "change"],
    ]);
  });

  it("reads how many units the work touched as scope, and a numbered set as a label", () => {
    expect(numbersOf("I closed four regional finance teams and moved their ledgers to one centre.")[0]).toEqual(["four", "context", "scope"]);
    expect(numbersOf("I ran a daily phonics group. By June all six could blend the Set 1 sounds.").map(([w]) => w)).not.toContain("1");
  });

  it("reads a failed change as negated", () => {
    expect(numbersOf("I rewrote the FAQ but repeats did not fall by 20%.").map(([, cls]) => cls)).toEqual(["negated"]);
  });

  it("reads a figure of speech and a figure with no metric for what they are", () => {
    expect(numbersOf("I rebuilt the rota and we gave 110% effort.").map(([, cls]) => cls)).toEqual(["figure-of-speech"]);
    expect(numbersOf("I rebuilt the rota. It doubled.")).toEqual([["doubled", "vague-figure", "no-metric"]]);
    expect(numbersOf("I rebuilt the rota. Overtime doubled.")).toEqual([["doubled", "result", "change-spelled"]]);
  });

  it("marks a result told as a change and an outsized one", () => {
    const doc = analyze("I rebuilt the landing page and sign-ups rose 500%.");
    expect(doc.numbers.map((n) => [n.cls, n.change, n.implausible])).toEqual([["result", true, true]]);
  });

  it("reads 'no complaints' after the act as a zero count of a loss", () => {
    const text = "I rebuilt the rota. In the next month there were no complaints.";
    expect(numbersOf(text)).toContainEqual(["no complaints", "result", "zero-loss"]);
  });

  it("reads 'lost none of' and 'none of them were lost' after the act as a zero count of a loss", () => {
    expect(numbersOf("I rebuilt the routes. Over the peak we lost none of our key accounts.")).toContainEqual(["lost none", "result", "zero-loss"]);
    expect(numbersOf("I rebuilt the routes. Over the peak none of our deliveries were late.")).toContainEqual(["none of our deliveries were late", "result", "zero-loss"]);
    // Before the narrator acts it is the situation; a wish is no result; a "none" that is no loss is nothing.
    expect(numbersOf("Last year the depot lost none of its accounts. I rebuilt the routes.").filter(([, , why]) => why === "zero-loss")).toEqual([]);
    expect(numbersOf("I rebuilt the routes so that we would lose none of our accounts.").filter(([, , why]) => why === "zero-loss")).toEqual([]);
    expect(numbersOf("I rebuilt the routes. None of the drivers complained about the new start times.").filter(([, , why]) => why === "zero-loss")).toEqual([]);
  });

  it("reads a change under the writer's own 'Situation:' as how things stood, until the next heading", () => {
    const text =
      "Situation: On a surgical ward, a patient's NEWS score went from 2 to 7 over four hours. Action: I escalated it with SBAR. Result: his score went from 7 to 3 by morning.";
    const found = numbersOf(text);
    expect(found.filter(([, cls]) => cls === "result").map(([q]) => q)).toEqual(["7", "3"]);
    expect(found.filter(([q]) => q === "2")).toEqual([["2", "context", "situation-figure"]]);
    // A heading that is no STAR part ends the situation: what follows it is read as before.
    const after = "Context: I shipped a migration that locked a table. What went wrong: I had not tested it. Applied: next time I used gh-ost and downtime fell from 5 minutes to 0.";
    expect(numbersOf(after).filter(([, cls]) => cls === "result").map(([q]) => q)).toEqual(["5 minutes", "0"]);
  });

  it("reads a time of day ('the 2am obs', 'by 6am') as when, not as a result or a projection; a before and after in clock times is still a change", () => {
    const text = "At the 2am obs his NEWS2 score was 6, so I bleeped the doctor and started oxygen. By 6am his NEWS2 was back down to 2.";
    expect(numbersOf(text).filter(([q]) => /am$/.test(q as string))).toEqual([
      ["2am", "context", "time-of-day"],
      ["6am", "context", "time-of-day"],
    ]);
    const moved = "I rebuilt the closing checklist, and the close moved from 11pm to 9pm.";
    expect(numbersOf(moved).map(([q, cls]) => [q, cls])).toEqual([
      ["11pm", "result"],
      ["9pm", "result"],
    ]);
  });

  it("reads a past-perfect change after a scene-setting act ('I was looking after...') as how things stood, and one after the narrator acts as a result", () => {
    const text = "I was running the night shift on a 30-bed ward. Falls had risen from 2 to 5 a month. I rebuilt the checklist with the team. By March, falls had dropped from 5 to 1 a month.";
    expect(numbersOf(text).map(([q, cls]) => [q, cls])).toEqual([
      ["30", "context"],
      ["2", "context"],
      ["5", "context"],
      ["5", "result"],
      ["1", "result"],
    ]);
  });

  it("reads the window of a change ('In eight weeks food cost came down from 36% to 29%') as a duration, and a wait that changed as the change", () => {
    expect(numbersOf("I costed every dish with the head chef. In eight weeks food cost came down from 36% to 29%.")).toEqual([
      ["eight weeks", "context", "duration"],
      ["36%", "result", "change"],
      ["29%", "result", "change"],
    ]);
    expect(numbersOf("I rebuilt the referral form, and the wait fell from 12 weeks to 3 weeks.").map(([q, cls]) => [q, cls])).toEqual([
      ["12 weeks", "result"],
      ["3 weeks", "result"],
    ]);
  });

  it("reads a number written onto capitals ('a 3PL warehouse', '2FA') as part of a name, and a unit in capitals ('40KW') as a measure", () => {
    expect(numbersOf("I run the inbound team at a 3PL warehouse and moved our logins to 2FA.")).toEqual([]);
    expect(numbersOf("Our 40KW chiller failed. I fixed it.").map(([q]) => q)).toEqual(["40"]);
    expect(numbersOf("I fitted a 100A supply and a 32A breaker.").map(([q]) => q)).toEqual(["100", "32"]);
  });

  it("reads a figure describing what the narrator took on ('a set whose average was 31%') as how things stood", () => {
    expect(numbersOf("I took over a Year 10 set whose average on the autumn mock was 31%. I retaught fractions.")).toEqual([["31%", "context", "situation-figure"]]);
  });

  it("reads a sum of money as money, never a head count ('a £4m school extension'), and news of what was coming, told before the act, as the situation", () => {
    const text = "In 2022 I was project manager on a £4m school extension. The steel supplier told us the frame would be three weeks late. I re-ran the programme in MS Project.";
    expect(numbersOf(text).map(([q, cls, reason]) => [q, cls, reason])).toEqual([
      ["2022", "context", "year"],
      ["£4m", "context", "situation-value"],
      ["three weeks", "context", "situation-figure"],
    ]);
  });

  it("reads 'In May' as the month, not as 'may' (a projection)", () => {
    expect(numbersOf("In May I found £12,000 of duplicate supplier payments in the bank reconciliation.").map(([, cls]) => cls)).not.toContain("projected");
    expect(numbersOf("I rebuilt the model, and it may cut costs by 10%.").map(([, cls]) => cls)).toContain("projected");
  });

  it("reads how soon the outcome came after the act ('reviewed within 15 minutes') as measured, and a window before a change as a window", () => {
    expect(numbersOf("I escalated with SBAR and stayed with him. He was reviewed within 15 minutes.")).toContainEqual(["15 minutes", "result", "time-to-outcome"]);
    expect(numbersOf("I rebuilt the rota. Within two months sickness fell from 9% to 4%.")).toContainEqual(["two months", "context", "duration"]);
    // Before the act it is the situation; "was within 10 minutes" is where something stood, not how soon it came.
    expect(numbersOf("Calls were answered within 10 minutes last year. I rebuilt the rota.").filter(([, , why]) => why === "time-to-outcome")).toEqual([]);
    expect(numbersOf("I rebuilt the rota. The bus was within 10 minutes of the depot.").filter(([, , why]) => why === "time-to-outcome")).toEqual([]);
  });

  it("reads a four-box draft's Situation box as the situation, whatever its tense", () => {
    const parts = [
      { part: "situation" as const, text: "A patient's NEWS score went from 2 to 7 in four hours." },
      { part: "action" as const, text: "I escalated it with SBAR." },
      { part: "result" as const, text: "His score went from 7 to 3 by morning." },
    ];
    let at = 0;
    const boxes = parts.map((p, i) => {
      const start = at + (i > 0 ? 2 : 0);
      at = start + p.text.length;
      return { part: p.part, span: { start, end: at } };
    });
    const text = parts.map((p) => p.text).join("\n\n");
    const result = (doc: ReturnType<typeof analyze>) => doc.numbers.filter((n) => n.cls === "result").map((n) => text.slice(n.span.start, n.span.end));
    expect(result(analyze(text, boxes))).toEqual(["7", "3"]);
    // The same words with no boxes: the opening change is read as a result (the analysis cannot know).
    expect(result(analyze(text))).toEqual(["2", "7", "7", "3"]);
  });

  it("reads 'has not had a ... since' or 'in six months' after the act as a zero count held over time", () => {
    expect(numbersOf("I rewired the board and fitted RCBOs. The client has not had a nuisance trip in six months.")).toContainEqual([
      "not had a nuisance trip",
      "result",
      "zero-loss",
    ]);
    expect(numbersOf("I sat with him and rebuilt his reports. He hasn't had a problem with his reporting since.")).toContainEqual([
      "hasn't had a problem with his reporting",
      "result",
      "zero-loss",
    ]);
    const none = (text: string) => numbersOf(text).filter(([, , why]) => why === "zero-loss");
    // With no period it is a claim about a life ("I have never had a lesson go badly"); before the act it is the situation; a hope is no result.
    expect(none("I planned every lesson. I have never had a lesson go badly.")).toEqual([]);
    expect(none("We had not had a pay rise in three years. I built the case for one.")).toEqual([]);
    expect(none("I rebuilt the rota so that we would not have a gap in cover for six months.")).toEqual([]);
    // A chance, time or choice not had is no loss avoided.
    expect(none("I took over the ward. I have not had a chance to rest since.")).toEqual([]);
  });
});
