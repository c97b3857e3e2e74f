import { describe, expect, it } from "vitest";

import { gradeStory } from "@/lib/grader";
import { analyze } from "@/lib/grader/analyze";
import { isRareWord, namesWhereWhoOrWhen } from "@/lib/grader/analysis/rarity";

import { quotesOf } from "../helpers";

describe("isRareWord", () => {
  it.each(["spirometry", "reconciled", "refrigerant", "interlibrary", "de-escalation", "triaged", "worksheets"])("reads %j as a specialist word", (w) => {
    expect(isRareWord(w)).toBe(true);
  });

  it.each(["customer", "calmly", "patients", "transparency", "underlying", "clinical", "hospital", "it's", "team"])("reads %j as everyday or descriptive", (w) => {
    expect(isRareWord(w)).toBe(false);
  });

  it.each(["busiest", "riskiest", "messier", "tightest", "proudest", "biggest", "simplest"])("reads %j, a degree of an everyday adjective, as everyday", (w) => {
    expect(isRareWord(w)).toBe(false);
  });

  it.each(["retest", "inquest", "multiplier"])("still reads %j, which only ends like a degree, as a specialist word", (w) => {
    expect(isRareWord(w)).toBe(true);
  });
});

describe("domain terms", () => {
  it("credits rare words inside the narrator's own act", () => {
    const text = "I checked her oxygen saturation and started incentive spirometry with her.";
    const doc = analyze(text);
    expect(quotesOf(text, doc.domainTerms.filter((d) => d.status === "narrator"))).toContain("spirometry");
  });

  it("reads a capitalised word after 'in', 'from' or 'with', or a person's verb, as a name, and after a verb of work on a thing as a tool", () => {
    const text = "I re-slotted the aisles at the site in Daventry, called Priya and joined Hargreaves on the audit. I searched WorldCat for the standard.";
    const terms = analyze(text).domainTerms.map((d) => text.slice(d.span.start, d.span.end));
    for (const name of ["Daventry", "Priya", "Hargreaves"]) expect(terms).not.toContain(name);
    expect(terms).toContain("WorldCat");
  });

  it("never reads a buzzword ('synergies') as a specialist word", () => {
    const text = "I captured synergies and rebuilt the covenant model.";
    expect(analyze(text).domainTerms.map((d) => d.term)).not.toContain("synergies");
  });

  it("marks the same words as not the narrator's when only claimed or hypothetical", () => {
    const text = "If it happened again I would start incentive spirometry.";
    expect(analyze(text).domainTerms.filter((d) => d.status === "narrator")).toEqual([]);
  });

  it("does not count a rare word WordNet knows only as a place, a group, a person or a time", () => {
    const text = "At the dealership I cut the downtime of the interim bay and recalibrated the refrigerant gauges with the actuaries.";
    const terms = quotesOf(text, analyze(text).domainTerms);
    expect(terms).toContain("refrigerant");
    for (const w of ["dealership", "downtime", "interim", "actuaries"]) expect(terms).not.toContain(w);
    expect([namesWhereWhoOrWhen("dealerships"), namesWhereWhoOrWhen("refrigerant"), namesWhereWhoOrWhen("formwork")]).toEqual([true, false, false]);
  });

  it("ignores a capitalised name that nobody used as a tool", () => {
    const text = "In Norfolk I worked as an assistant forecaster on the night shift.";
    expect(quotesOf(text, analyze(text).domainTerms)).not.toContain("Norfolk");
  });
});

describe("routine (present-tense) acts", () => {
  it("finds the narrator telling a routine", () => {
    const text = "When the queue gets long, I greet each customer and I also check every ID.";
    expect(quotesOf(text, analyze(text).presentActs)).toEqual(["I greet", "I also check"]);
  });

  it.each([
    "I calmly explained the policy to her.",
    "I let her explain the whole problem.",
    "I re-modelled the bracket in SolidWorks.",
    "I straight away blocked the aisle.",
  ])("ignores a past act: %j", (text) => {
    expect(analyze(text).presentActs).toEqual([]);
  });
});

describe("placeholders", () => {
  it.each([
    ["At XYZ Company I ran the close.", "XYZ Company"],
    ["When I taught at Preschool ABC, the director asked for help.", "Preschool ABC"],
  ])("finds the stand-in in %j", (text, q) => {
    expect(quotesOf(text, analyze(text).placeholders)).toEqual([q]);
  });

  it("ignores a real-looking name", () => {
    expect(analyze("At Xylo Labs I ran the close.").placeholders).toEqual([]);
  });
});

describe("closing outcomes", () => {
  it("finds how it ended for someone else in the last sentences", () => {
    const text = "I asked her to bring all her medications and I set up automatic refills with the pharmacy. At the next visit her medicines worked again and she thanked me.";
    expect(quotesOf(text, analyze(text).closingOutcomes)).toEqual(["worked"]);
  });

  it("reads an ending told as a failure ('but he refused the adjustment and the auditors raised it') as no outcome", () => {
    const text = "I found £12,000 of duplicate supplier payments. I took the finance director through the bank statements, but he refused the adjustment and the auditors raised it as a finding.";
    expect(analyze(text).closingOutcomes).toEqual([]);
    const agreed = "I found £12,000 of duplicate supplier payments. I took the finance director through the bank statements, and he accepted the adjustment.";
    expect(quotesOf(agreed, analyze(agreed).closingOutcomes)).toEqual(["accepted"]);
  });

  it("does not read a relative clause that describes someone ('a professor, who covered selling') as how it ended", () => {
    const text = "Ad revenue was falling. I organised a training session for the account executives with a professor, who covered competitive selling.";
    expect(analyze(text).closingOutcomes).toEqual([]);
    const ended = "Ad revenue was falling. I organised a training session for the account executives. The professor covered competitive selling and the team signed nine advertisers.";
    expect(quotesOf(ended, analyze(ended).closingOutcomes)).not.toEqual([]);
  });

  it("reads what someone else or the team was able to do at the end as how it ended, whatever the verb", () => {
    const text = "The patient was terrified of the drill. I talked her through each step. She was able to relax and get through the whole filling.";
    expect(quotesOf(text, analyze(text).closingOutcomes)).toEqual(["relax"]);
    expect(analyze("I talked the patient through each step. I was able to talk to her husband too.").closingOutcomes).toEqual([]);
    expect(analyze("I showed the team the dashboard. They were able to see the gap.").closingOutcomes).toEqual([]);
  });

  it("reads what became of the work, told with the work as subject, as how it ended", () => {
    const text = "Our group had two weeks to prepare the case review. I split the research and rehearsed the team twice. Our presentation got an A.";
    expect(quotesOf(text, analyze(text).closingOutcomes)).toEqual(["got"]);
    expect(analyze("Our group had two weeks to prepare the case review. I split the research. Presentation day arrived.").closingOutcomes).toEqual([]);
  });

  it("ignores the narrator's own acts and the team's acts at the end", () => {
    expect(analyze("The ward was short of staff. I rebuilt the rota. We ran a phone campaign.").closingOutcomes).toEqual([]);
  });
});

describe("bridges", () => {
  it("reads showing people the data the narrator worked on ('showed the site manager the readings') as carrying the technical work", () => {
    const text = "I traced the fault with my Megger and showed the site manager the readings.";
    expect(quotesOf(text, analyze(text).bridges)).toEqual(["showed the site manager"]);
    expect(analyze("I showed the site manager round the new office.").bridges).toEqual([]);
  });

  it("finds a people act that points back at the technical work", () => {
    const text = "I pulled the refund data into pandas and found the pattern. I walked the ops leads through it with three charts.";
    expect(quotesOf(text, analyze(text).bridges)).toEqual(["walked the ops leads"]);
  });

  it("marks a bridge that only hands the work over as thin", () => {
    const text = "I rebuilt the falls-risk checklist. I gave the night nurses the checklist and trained them to use it.";
    const bridges = [...analyze(text).bridges].sort((a, b) => a.span.start - b.span.start);
    expect(bridges.map((b) => [text.slice(b.span.start, b.span.end), b.thin])).toEqual([
      ["gave the night nurses", true],
      ["trained them", false],
    ]);
  });

  it("finds a people act that feeds the narrator's own finding, and marks it as informing", () => {
    const text = "I spent three days on the warehouse floor talking to the team. I found the picking process was slow.";
    const bridges = analyze(text).bridges;
    expect(bridges.map((b) => [text.slice(b.span.start, b.span.end), b.informs, b.thin])).toEqual([["talking to", true, false]]);
    // The same talk with no finding of the narrator's after it feeds nothing.
    expect(analyze("I spent three days on the warehouse floor talking to the team. The team found the picking process was slow.").bridges).toEqual([]);
  });

  it("reads presenting 'what I had found' after a simulation as carrying the technical work, and 'what I had planned for the party' as not", () => {
    const text = "I built a matrix weighing cost and durability and ran a simulation. At a team meeting I presented what I had found.";
    expect(quotesOf(text, analyze(text).bridges)).toEqual(["presented"]);
    expect(analyze("I built a matrix weighing cost and durability and ran a simulation. At a team meeting I presented what I had planned for the party.").bridges).toEqual([]);
  });

  it("reads talking with people followed by 'I pinned down the root causes' as informing the finding", () => {
    const text = "I spent two weeks on the floor talking with the operators. From that I pinned down three root causes.";
    expect(analyze(text).bridges.map((b) => [text.slice(b.span.start, b.span.end), b.informs])).toEqual([["talking with", true]]);
  });

  it("reads a recommendation in the sentence of the narrator's own analysis as passing it on, and one after someone else's as not", () => {
    const text = "I put together an Excel analysis of delivery times and recommended to the committee that we hire two more drivers.";
    expect(quotesOf(text, analyze(text).bridges)).toEqual(["recommended to the committee"]);
    expect(analyze("The analyst put together an Excel analysis of delivery times. I recommended to the committee that we hire two more drivers.").bridges).toEqual([]);
  });

  it("ignores a people act about something else", () => {
    const text = "I pulled the refund data into pandas. I also ran the team's summer party.";
    expect(analyze(text).bridges).toEqual([]);
  });

  it("ignores a people act with no technical work before it", () => {
    expect(analyze("I talked it through with the customer and calmed her down.").bridges).toEqual([]);
  });
});

describe("hypotheticals", () => {
  const hypothetical = (text: string) => {
    const doc = analyze(text);
    return doc.hypotheticals.length > 0 || doc.sentenceHypothetical.some(Boolean);
  };

  it.each([
    "I listened to her and promised I would put it right that day.",
    "I explained to her clearly what we would do to fix it.",
    "I told the foreman that I would recheck every joint before the pour.",
    "I knew I would need the night staff on side, so I met them first.",
  ])("reads %j as a past episode (a future seen from the past)", (text) => {
    expect(hypothetical(text)).toBe(false);
  });

  it.each([
    "I would sit down with the client and explain the options.",
    "If a patient refused, I would call the doctor.",
    "First I would check the breaker, then I would test the capacitor.",
  ])("reads %j as hypothetical", (text) => {
    expect(hypothetical(text)).toBe(true);
  });
});

describe("closing outcomes", () => {
  it("reads how the story ended, told of others, the team or in the passive, not of the narrator's acts", () => {
    const text =
      "Our plant's HVAC overhaul was behind. I rebuilt the schedule around the two shutdowns and walked the crews through it. We finished the project on schedule and within budget.";
    expect(quotesOf(text, analyze(text).closingOutcomes)).toEqual(["finished"]);
    const own = "Our plant's HVAC overhaul was behind. I rebuilt the schedule around the two shutdowns and walked the crews through it.";
    expect(analyze(own).closingOutcomes).toEqual([]);
  });
});

describe("closing outcomes of the narrator's own", () => {
  it("reads an outcome verb of the narrator's, or one after 'was able to', as how it ended", () => {
    const own = "The client was furious about a billing error. I traced the wrong charge and walked her through the refund. In the end I resolved it before the next cycle.";
    expect(quotesOf(own, analyze(own).closingOutcomes)).toEqual(["resolved"]);
    const able = "The projector died ten minutes before the demo. I moved the slides to my laptop and asked a colleague to hold the cable. I was able to finish the presentation on time.";
    expect(quotesOf(able, analyze(able).closingOutcomes)).toEqual(["finish"]);
  });

  it("does not take a calm manner, a noun or a negated outcome for one", () => {
    for (const text of [
      "The alarm went off on the ward. I checked the pump and called the charge nurse. The whole time I stayed calm and focused.",
      "The gauge read low. I replaced the valve and briefed the crew. Later I walked the site to make sure the fix had held.",
      "The order was late. I called the supplier and rebooked the van. I was not able to finish the delivery that day.",
    ]) {
      expect(analyze(text).closingOutcomes, text).toEqual([]);
    }
  });
});

describe("domain terms leave out what ANNOTATION.md says is not a hard skill", () => {
  it("does not credit management moves or feelings as specialist words", () => {
    const text = "I reprioritised the orders, rearranged the stations, reallocated two cooks and sympathised with the guests.";
    expect(quotesOf(text, analyze(text).domainTerms)).toEqual([]);
  });

  it("does not credit the words of planning a schedule (timelines, milestones, coordination, workload) as specialist words", () => {
    const text = "I drew up a timeline with milestones, handled the coordination and shared out the workload before the deliverables were due.";
    expect(quotesOf(text, analyze(text).domainTerms)).toEqual([]);
    // A rare word of a trade in the same place still counts.
    const trade = "I drew up a timeline and titrated the infusion.";
    expect(quotesOf(trade, analyze(trade).domainTerms)).toEqual(["titrated", "infusion"]);
  });
});

describe("a problem that went on", () => {
  it("reads 'kept falling' as the problem going on, not as something kept or a soft skill", () => {
    const text =
      "On our 28-bed surgical ward, patients kept falling at night and the matron wanted answers before the next safety review. I audited six months of incident reports and found most falls happened around 3 a.m. I taught the night nurses an hourly rounding check. Falls dropped from nine a quarter to two.";
    const report = gradeStory(text);
    expect(quotesOf(text, analyze(text).soft)).not.toContain("kept");
    expect(quotesOf(text, report.dimensions.result.evidence)).not.toContain("kept");
    expect(report.structure.parts[0]?.part).toBe("situation");
  });

  it("still reads 'kept the ward open' as something kept", () => {
    const text = "The heating failed in January. I moved the patients to the day room and kept the ward open all night.";
    expect(quotesOf(text, gradeStory(text).dimensions.result.evidence)).toContain("kept");
  });
});

describe("words that name object properties", () => {
  it("reads 'constructor' before a verb in -ing as an ordinary word", () => {
    const text = "The constructor testing went on. I saw __proto__ running and toString falling.";
    expect(analyze(text).tokens.filter((t) => t.kind === "word").every((t) => typeof t.norm === "string")).toBe(true);
  });
});

describe("an -ing word that names people", () => {
  it("reads 'the two teaching assistants' as people, not as the narrator teaching", () => {
    const text = "I sat with the two teaching assistants each Monday to plan which students they would support.";
    expect(analyze(text).soft.map((m) => m.behaviour)).not.toContain("teach");
    expect(quotesOf(text, analyze(text).soft)).toContain("sat with");
  });

  it("still reads 'teaching the new assistants' as an act", () => {
    const text = "I spent the week teaching the new assistants how to log a fall.";
    expect(analyze(text).soft.some((m) => m.family === "leadership")).toBe(true);
  });
});

describe("an act named by a pointing word that brought something about", () => {
  it.each([
    ["I explained what could be done straight away. That helped the tension come down.", "That helped"],
    ["I laid out the range of estimates plainly. This allowed the leaders to make a better-informed decision.", "This allowed"],
    ["I set up a weekly slot to work on it together. This really helped us win the prototype award.", "This really helped"],
  ])("reads %j as an outcome without a number", (text, q) => {
    expect(quotesOf(text, analyze(text).outcomes.filter((o) => o.kind === "vague"))).toContain(q);
  });

  it.each([
    "I explained the options. That did not help.",
    "If I explained the options, that would help the tension come down.",
    "That helped me see the problem. I then rebuilt the rota.",
    "I built the dashboard that helped the team.",
    "I presented the findings to the product team, which led us to add a retry flow.",
    "I rebuilt the rota for the whole ward. That meant I had to stay late every night.",
    "I rebuilt the rota for the whole ward. That made me realise how stretched we were.",
  ])("does not read %j as one", (text) => {
    expect(quotesOf(text, analyze(text).outcomes.filter((o) => o.kind === "vague"))).not.toContainEqual(expect.stringMatching(/^(that|this|which|these|doing)\b/i));
  });
});

describe("acts that do not carry the work to people", () => {
  it("does not take a decision of the narrator's alone for a people act that carries the work", () => {
    const text = "I rebuilt the falls-risk chart in Excel. I decided to use it on every shift.";
    expect(analyze(text).bridges).toEqual([]);
  });

  it("reads people inside a reported finding as its subject, not whom the narrator worked with", () => {
    const text = "I read the monitor again and recognised that the patient needed to be intubated.";
    expect(quotesOf(text, analyze(text).soft)).toEqual([]);
    const act = "I read the monitor again and recognised the patient's family at the door.";
    expect(quotesOf(act, analyze(act).soft)).not.toEqual([]);
  });
});

describe("closing outcomes that the work let the narrator or the team bring about", () => {
  it.each([
    ["A tricky employee kept missing shifts. I held a meeting and set clear goals. In the end, open communication and clear expectations allowed me to resolve the situation.", "resolve"],
    ["Residents opposed the new bus depot. I ran site visits and answered every letter. Through all this we were able to address their concerns and win their support.", "address"],
  ])("reads %j as how it ended", (text, q) => {
    expect(quotesOf(text, analyze(text).closingOutcomes)).toEqual([q]);
  });

  it("does not read a habit summed up in the present perfect as how one episode ended", () => {
    const text = "I confirm every address and read the delivery notes. Working that way has helped me keep a strong on-time record.";
    expect(analyze(text).closingOutcomes).toEqual([]);
  });
});

describe("one outcome per word", () => {
  it("reads 'we kept the old form' as one outcome, not an outcome word and a reaction both", () => {
    const text = "I ran the A/B test with the designers for two weeks. Some users liked it, so we kept the old form.";
    expect(quotesOf(text, analyze(text).outcomes).filter((q) => q === "kept")).toEqual(["kept"]);
  });
});
