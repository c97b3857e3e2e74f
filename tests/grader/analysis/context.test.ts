import { describe, expect, it } from "vitest";

import { findConstraints } from "@/lib/grader/analysis/context";
import { analyze } from "@/lib/grader/analyze";
import { readText } from "@/lib/grader/text";

import { quotesOf } from "../helpers";

describe("context", () => {
  it("reads 'net leverage' and 'the leverage covenant' as finance's measure, and 'leveraged synergies' as buzzwords", () => {
    const finance = "Net leverage was 3.1 times against a 3.5 times leverage covenant, so I rebuilt the cash forecast.";
    expect(analyze(finance).buzzwords).toEqual([]);
    const padding = "I leveraged synergies across the group.";
    expect(quotesOf(padding, analyze(padding).buzzwords)).toEqual(["leveraged", "synergies"]);
  });

  it("finds where it happened, the narrator's role and when", () => {
    const text = "I was a shift lead at a busy warehouse in Leeds. One night in December the conveyor broke down before the deadline.";
    const doc = analyze(text);
    expect(quotesOf(text, doc.settings)).toEqual(["lead", "a busy warehouse"]);
    expect(quotesOf(text, doc.timeframes)).toEqual(expect.arrayContaining(["December", "deadline"]));
    expect(quotesOf(text, doc.problems)).toEqual(["deadline"]);
  });

  it("finds an organisation by its name after 'at', 'joined' and 'worked for', once", () => {
    const text = "Once, at Johnsons & Burkley, I was building a case database. When I joined Ocado I had worked for Deloitte in audit. I trained at Memorial Regional Hospital.";
    expect(quotesOf(text, analyze(text).settings)).toEqual(["Memorial Regional Hospital", "Johnsons & Burkley", "Ocado", "Deloitte"]);
    const stops = "At Sunnyvale I looked after six patients.";
    expect(quotesOf(stops, analyze(stops).settings)).toEqual(["Sunnyvale"]);
  });

  it("finds no organisation in a time, a tool, a stand-in or a skill after 'at'", () => {
    for (const text of [
      "At Christmas I rebuilt the rota for the team.",
      "I am good at Excel and rebuilt the rota.",
      "At XYZ I rebuilt the rota for the team.",
      "I arrived at Level 2 and rebuilt the rota.",
    ]) expect(quotesOf(text, analyze(text).settings)).toEqual([]);
  });

  it("reads a setting word inside a hyphenated modifier as no setting ('a one-page call guide')", () => {
    const text = "I wrote a one-page call guide and tutored a high-school student.";
    expect(analyze(text).settings).toEqual([]);
    const still = "I ran the night shift at a 40-bed surgical ward and a two-site company.";
    expect(quotesOf(still, analyze(still).settings)).toEqual(["a 40-bed surgical ward", "a two-site company"]);
  });

  it("reads 'a Year 10 set' as a school year group, not a time frame", () => {
    const text = "I took over a Year 10 set in the autumn. I retaught fractions.";
    expect(quotesOf(text, analyze(text).timeframes)).toEqual(["autumn"]);
    const year = "I spent a year rebuilding the rota. I retaught the team.";
    expect(quotesOf(year, analyze(year).timeframes)).toEqual(["a year"]);
  });

  it("reads 'an hour' as a time frame but not 'an HR manager' (human resources)", () => {
    const hour = "At the depot, a delivery was an hour late and the customer was angry.";
    expect(quotesOf(hour, analyze(hour).timeframes)).toContain("an hour");
    const hr = "At the depot, as an HR manager, I dealt with a late delivery and an angry customer.";
    expect(quotesOf(hr, analyze(hr).timeframes)).not.toContain("an HR");
  });

  it("finds limits and times told in words, each once, in the sentence that holds it", () => {
    const text = "Last winter half the team was off sick. There were only two of us on shift, with just a week before the audit. I rebuilt the rota.";
    const found = findConstraints(readText(text));
    expect(found.map((c) => [text.slice(c.span.start, c.span.end), c.sentence, c.why])).toEqual([
      ["Last winter", 0, "when it happened"],
      ["off sick", 0, "someone away"],
      ["only two", 1, "a limit on people, time or means"],
      ["with just a", 1, "a limit on people, time or means"],
      ["before the audit", 1, "a deadline"],
    ]);
    const none = "I rebuilt the rota and only then saw the gap. We had plenty of time.";
    expect(findConstraints(readText(none))).toEqual([]);
  });

  it("does not count a job title with no organisation as context", () => {
    expect(analyze("As Chief Marketing Officer I rebuilt the plan.").settings).toEqual([]);
  });

  it("does not read a problem word in a result clause as a problem", () => {
    const text = "Our backlog was growing. I rebuilt the triage rota and the backlog fell by 40% in a month.";
    expect(quotesOf(text, analyze(text).problems)).toEqual(["backlog"]);
  });

  it("reads trouble that recurs before the narrator acts ('the circuits kept tripping') as the problem, and nothing the narrator kept doing", () => {
    const text = "Two days from handover, the lighting circuits kept tripping the RCD. I traced the fault with my Megger.";
    expect(quotesOf(text, analyze(text).problems)).toEqual(["kept tripping"]);
    expect(analyze("I kept calling the supplier until the parts came. I fitted them the same day.").problems).toEqual([]);
  });

  it("reads 'the high street', 'behind the kiosk' and 'worked hard' as no problem, and 'behind schedule', 'high demand' and a stock loss as one", () => {
    const calm = "I was store manager at a Tesco Express on the high street. I worked hard and moved the razors behind the kiosk.";
    expect(analyze(calm).problems).toEqual([]);
    const trouble = "We were behind schedule under high demand, and stock loss was 2.8% of sales. I rebuilt the rota.";
    expect(quotesOf(trouble, analyze(trouble).problems)).toEqual(["behind", "high", "loss"]);
  });

  it("reads a negation in the situation as the problem, quoted with what it negates, not one in the outcome", () => {
    const text = "The ward had no working hoist and the night staff weren't trained on it. I booked a loan hoist and ran a session. Nobody was hurt, and no shift ran short.";
    expect(quotesOf(text, analyze(text).problems)).toEqual(["no working hoist", "weren't trained"]);
    const ads = "Advertising revenue was dropping, and long-standing advertisers weren't renewing their contracts. I rebuilt the rate sheet.";
    expect(quotesOf(ads, analyze(ads).problems)).toContain("weren't renewing");
  });

  it("finds task markers near the start of a sentence and buzzwords anywhere", () => {
    const text = "My task was to clear the backlog. We leveraged synergy.";
    const doc = analyze(text);
    expect(quotesOf(text, doc.tasks)).toEqual(["My task was"]);
    expect(doc.buzzwords.map((b) => b.why)).toEqual(["buzzword: leveraged", "buzzword: synergy"]);
  });
});
