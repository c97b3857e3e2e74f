// Behaviours added for stories outside software and finance (round-2 blind feedback): each in a pair,
// one that earns credit and one that must not.
import { describe, expect, it } from "vitest";

import { grade, levels, quotes } from "./helpers";

describe("hard skills outside software and finance", () => {
  it("earns credit for a domain artifact the narrator built ('rebuilt our tariff lookup table')", () => {
    const { text, r } = grade("I rebuilt our tariff lookup table and wrote validation rules in our customs software.");
    const q = quotes(text, r, "hard-skill-in-action");
    expect(q).toContain("customs software");
    expect(q.some((s) => s.includes("lookup"))).toBe(true);
  });

  it("ignores a plain report written for the team", () => {
    const { text, r } = grade("I wrote a report for the team.");
    expect(quotes(text, r, "hard-skill-in-action")).toEqual([]);
  });

  it("earns credit for working through records, logs and reports ('pulled a month of reports')", () => {
    const { text, r } = grade("I pulled a month of reports and went back through six months of reject logs.");
    const q = quotes(text, r, "hard-skill-in-action");
    expect(q).toContain("pulled a month of reports");
    expect(q.some((s) => s.includes("reject logs"))).toBe(true);
  });

  it("ignores 'went' that is not going through data", () => {
    const { text, r } = grade("I went to the warehouse with the reports.");
    expect(quotes(text, r, "hard-skill-in-action")).toEqual([]);
  });

  it("earns credit for a named tool after an artifact ('the event order form in Tripleseat')", () => {
    const { text, r } = grade("I rebuilt the dietary section of our event order form in Tripleseat.");
    expect(quotes(text, r, "hard-skill-in-action")).toContain("Tripleseat");
  });

  it("ignores a skill named only in a question ('How would I handle…?')", () => {
    const { text, r } = grade("How would I record a conflict in the HR system?");
    expect(quotes(text, r, "hard-skill-in-action")).toEqual([]);
    expect(quotes(text, r, "skill-shared")).toEqual([]);
  });
});

describe("who acts after a side clause", () => {
  it("earns credit for ', and trained…' after a passive side clause: it is still the narrator", () => {
    const { text, r } = grade(
      "I rewrote the changeover check so the detector was verified after every product change, and trained all 18 line operators.",
    );
    expect(quotes(text, r, "soft-skill-in-action")).toContain("trained all 18 line operators");
  });

  it("ignores a 'we' subject: the team's training stays shared", () => {
    const { text, r } = grade("We rewrote the changeover check and trained all 18 line operators.");
    expect(quotes(text, r, "soft-skill-in-action")).toEqual([]);
  });

  it("earns credit for a narrator act after a claim ('…, and last year I mentored two trainees')", () => {
    const { text, r } = grade("I'm the person new secretaries come to, and last year I mentored two trainees.");
    expect(quotes(text, r, "soft-skill-in-action").some((s) => s.startsWith("mentored"))).toBe(true);
  });

  it("ignores the claim itself", () => {
    const { text, r } = grade("I'm the person new secretaries come to.");
    expect(quotes(text, r, "soft-skill-in-action")).toEqual([]);
  });
});

describe("results that did not move, and results that are not yet", () => {
  const acts = "I rebuilt the rota in Excel and walked the shift leads through it.";

  it("earns credit for a change on a compound metric ('the no-show rate fell from 12% to 7%')", () => {
    const { text, r } = grade(`${acts} Three months later the no-show rate fell from 12% to 7%.`);
    expect(quotes(text, r, "result-quantified")).toEqual(["12%", "7%"]);
  });

  it("ignores the time frame 'Three months later' as a result", () => {
    const { text, r } = grade(`${acts} Three months later no-shows fell from 12% to 7%.`);
    expect(quotes(text, r, "result-quantified")).not.toContain("Three months");
  });

  it("ignores a number that did not move ('41% before and 41% after', 'still at four')", () => {
    for (const end of ["The no-show rate was 41% before and 41% after.", "Six months later, corrections were still running at four a month.", "After three months the no-show rate was 11%, the same as before."]) {
      const { text, r } = grade(`${acts} ${end}`);
      expect(quotes(text, r, "result-quantified"), end).toEqual([]);
      expect(levels(r)[2], end).toBe(0);
    }
  });

  it("earns credit for a 'still' that comes with a change ('still fell by 20%')", () => {
    const { text, r } = grade(`${acts} Even in the busy season, late shifts still fell by 20%.`);
    expect(quotes(text, r, "result-quantified")).toContain("20%");
  });

  it("ignores an outcome inside an 'if' clause (it has not happened)", () => {
    const { text, r } = grade(`${acts} If it's approved next quarter, the board expects savings of £1,500 a month.`);
    expect(quotes(text, r, "result-quantified")).toEqual([]);
    expect(quotes(text, r, "causal-chain")).toEqual([]);
  });

  it("earns credit for an achieved approval outside an 'if' clause", () => {
    const { text, r } = grade(`${acts} The manager approved it the next week.`);
    expect(quotes(text, r, "result-vague")).toContain("approved");
  });

  it("earns credit for a zero count of a hyphenated loss ('no foreign-body complaints')", () => {
    const { text, r } = grade(`${acts} We had no foreign-body complaints in the following nine months.`);
    expect(quotes(text, r, "result-quantified")).toEqual(["no foreign-body complaints"]);
  });

  it("ignores 'no' before a word that is not a loss", () => {
    const { text, r } = grade(`${acts} There was no follow-up meeting.`);
    expect(quotes(text, r, "result-quantified")).toEqual([]);
  });
});

describe("one-sentence stories and context without specifics", () => {
  it("earns a causal link when the outcome closes the narrator's human act in one sentence", () => {
    const { text, r } = grade(
      "I used Workday reports to find every overdue review and chased each manager personally, and completion went from 61% to 94%.",
    );
    expect(quotes(text, r, "causal-chain")).toEqual(["and"]);
    // One sentence is too short to carry full integration (it could not be strong): partial.
    expect(levels(r)[0]).toBe(1);
  });

  it("ignores an outcome that comes before the human act in the sentence", () => {
    const { r } = grade("Completion went from 61% to 94% after I used Workday reports, and I chased each manager personally.");
    expect(levels(r)[0]).toBeLessThan(2);
  });

  it("earns partial context for a specific setting even in a 'we' story", () => {
    const { r } = grade("At a 120-room airport hotel we rebuilt the late-checkout policy with housekeeping.");
    expect(levels(r)[1]).toBeGreaterThanOrEqual(1);
  });

  it("ignores a problem word with no setting or detail: context stays absent", () => {
    const { r } = grade("I found every overdue review and chased each manager personally.");
    expect(levels(r)[1]).toBe(0);
  });
});

describe("answers to 'how would you…?' questions", () => {
  it("ignores the answer to a hypothetical question, even with 'each' or 'first' in it", () => {
    const { text, r } = grade(
      "How would I handle a conflict between two team members? I would meet each of them separately first, and I would record everything in the HR system.",
    );
    expect(quotes(text, r, "skill-shared")).toEqual([]);
    expect(quotes(text, r, "narrator-action")).toEqual([]);
    expect(quotes(text, r, "hypothetical-answer")).toContain("would I");
  });

  it("earns credit for a real past act told after a question the narrator asked", () => {
    const { text, r } = grade("Why were the trucks late? I pulled the loading data into Excel and walked the shift leads through it.");
    expect(quotes(text, r, "hard-skill-in-action")).toContain("Excel");
  });
});

describe("outcomes without numbers, figures tied to no action, estimates", () => {
  const acts = "I pulled the order volumes into Excel and walked my supervisor through the Monday peaks.";

  it("earns partial result for an outcome with no number ('routes were redrawn', 'a lot calmer')", () => {
    for (const end of ["After that, the routes were redrawn.", "They started putting more agency staff on Mondays.", "It was a lot calmer after that."]) {
      const { r } = grade(`${acts} ${end}`);
      expect(levels(r)[2], end).toBe(1);
    }
  });

  it("ignores the same words before anything was done", () => {
    const { r } = grade("The warehouse used to be calmer. Nobody knew why.");
    expect(levels(r)[2]).toBe(0);
  });

  it("earns full result for a change after the narrator's acts", () => {
    const { text, r } = grade(`${acts} Monday overtime halved within a month.`);
    expect(quotes(text, r, "result-quantified")).toEqual(["halved"]);
  });

  it("ignores a figure in a self-description with no act: 'performance doubled' is only partial", () => {
    const { text, r } = grade("I'm a results-driven marketer who leverages data-driven insights. Our newsletter performance doubled.");
    expect(quotes(text, r, "result-quantified")).toEqual([]);
    expect(levels(r)[2]).toBe(1);
  });

  it("earns only partial result for an estimate still pending", () => {
    const { text, r } = grade(`${acts} Finance estimated it will save £40k a year once the new rota is live.`);
    expect(quotes(text, r, "result-quantified")).toEqual([]);
    expect(quotes(text, r, "result-projected")).toContain("£40k");
  });
});

describe("findings about people", () => {
  it("ignores a finding about people ('found most users left') as a soft skill", () => {
    const { text, r } = grade("I used SQL to analyse six months of cancellations and found most users left after a failed payment.");
    expect(quotes(text, r, "soft-skill-in-action")).toEqual([]);
  });

  it("earns credit for showing people how (a teaching act)", () => {
    const { text, r } = grade("I showed the form tutors how to use the flags in their Monday check-ins.");
    expect(quotes(text, r, "soft-skill-in-action")).toContain("showed the form tutors");
  });
});

describe("people as the object of an act", () => {
  it("earns credit for an act aimed at people after 'to' ('presented the plan to the product team')", () => {
    const { text, r } = grade("I presented the plan to the product team.");
    expect(quotes(text, r, "soft-skill-in-action").some((q) => q.startsWith("presented"))).toBe(true);
  });

  it("ignores a people word past the prepositional object ('matched them to invoice lines on supplier')", () => {
    const { text, r } = grade("I matched them to invoice lines on supplier, PO number and quantity.");
    expect(quotes(text, r, "soft-skill-in-action")).toEqual([]);
  });
});

describe("STAR structure in one sentence", () => {
  it("earns an action part for the act before a result in the same sentence", () => {
    const { text, r } = grade("I used Workday reports to find every overdue review and chased each manager personally, and completion went from 61% to 94%.");
    const parts = r.structure.parts.map((p) => [p.part, text.slice(p.span.start, p.span.end)]);
    expect(parts).toEqual([
      ["action", "I used Workday reports to find every overdue review and chased each manager personally, and "],
      ["result", "completion went from 61% to 94%."],
    ]);
  });

  it("earns the turn at the joint after the first act, even when a later word reads as a verb", () => {
    const { text, r } = grade("I rebuilt the rota in Excel and walked the shift leads through it, and missed handovers went from one in four to one in ten.");
    const result = r.structure.parts.find((p) => p.part === "result");
    expect(result && text.slice(result.span.start, result.span.end)).toBe("missed handovers went from one in four to one in ten.");
  });

  it("ignores a plan figure in an act sentence: 'we agreed sales would chase blanks ten days out' stays action", () => {
    const { r } = grade("At a 200-room hotel I rebuilt the event order form in Tripleseat. Then I got the head chef and the sales managers in one room, and we agreed sales would chase blank fields ten days out. Complaints fell from 14 to 2.");
    expect(r.structure.parts.map((p) => p.part)).toEqual(["action", "result"]);
    expect(r.structure.parts[0]?.share ?? 0).toBeGreaterThan(0.5);
  });
});

describe("other people as the subject of an outcome", () => {
  const acts = "I ran a question-level analysis of the mock papers and co-planned three retrieval lessons with two colleagues.";

  it("earns a causal link when people named by a noun act on the narrator's work ('and the department adopted it')", () => {
    const { text, r } = grade(`${acts} Students said the lessons helped, and the department adopted the approach.`);
    expect(quotes(text, r, "causal-chain")).toContain("adopted");
  });

  it("ignores a meeting noun as a subject ('the meeting ended')", () => {
    const { text, r } = grade(`${acts} The meeting ended early.`);
    expect(quotes(text, r, "causal-chain")).toEqual([]);
  });
});

describe("figures in a self-description and people named by their role", () => {
  it("ignores a change figure after 'I'm a hard-working team player' with no act: partial result only", () => {
    const { text, r } = grade("I'm a hard-working team player. Sales grew 20% last year.");
    expect(quotes(text, r, "result-quantified")).toEqual([]);
    expect(levels(r)[2]).toBe(1);
  });

  it("earns full result for the same figure after the narrator's act", () => {
    const { text, r } = grade("I rebuilt our price list in Excel and called every lapsed customer. Sales grew 20% last year.");
    expect(quotes(text, r, "result-quantified")).toEqual(["20%"]);
  });

  it("earns soft credit for calling people named by their role ('called the 30 worst payers')", () => {
    const { text, r } = grade("I built an ageing report in Sage, then called the 30 worst payers myself.");
    expect(quotes(text, r, "soft-skill-in-action")).toContain("called the 30 worst payers");
  });

  it("ignores people who belong to the next act ('updated the screens in Figma and reviewed them with the PM')", () => {
    const { text, r } = grade("I updated the screens in Figma and reviewed them with the product manager.");
    expect(quotes(text, r, "soft-skill-in-action").some((q) => q.startsWith("updated"))).toBe(false);
  });
});

describe("a result told first", () => {
  const rest = " I was the credit controller at a wholesaler with 400 trade accounts. I built an ageing report in Sage, then called the 30 worst payers myself and agreed payment plans.";

  it("earns a causal link when a measured result opens the story and nothing later measures it", () => {
    const { text, r } = grade(`Late payments fell from 18% to 6% in one quarter.${rest}`);
    expect(quotes(text, r, "causal-chain")).toContain("18%");
    expect(levels(r)[0]).toBeGreaterThanOrEqual(1);
  });

  it("ignores an opening that states the problem ('overdue accounts rose to 18%')", () => {
    const { text, r } = grade(`Overdue accounts were a problem: they rose from 6% to 18% in one quarter.${rest}`);
    expect(quotes(text, r, "causal-chain")).not.toContain("6%");
  });
});

describe("tools named after the data or artifact they hold", () => {
  it("earns credit for a capitalised tool after a data noun ('reports from Opera', 'the booking form in Zonal')", () => {
    const { text, r } = grade("I pulled a month of reports from Opera and rebuilt the booking form in Zonal.");
    const q = quotes(text, r, "hard-skill-in-action");
    expect(q).toContain("Opera");
    expect(q).toContain("Zonal");
  });

  it("ignores a capitalised place or month after a plain noun ('sent the team to London', 'in March')", () => {
    const { text, r } = grade("I sent the team to London and presented the plan in March.");
    expect(quotes(text, r, "hard-skill-in-action")).toEqual([]);
  });
});

describe("skills named in the situation, and others reacting", () => {
  const soft = "Two of my nurses had fallen out over the rota. I met each of them separately, listened, and then mediated a conversation between them.";

  it("ignores a hard skill named only in the situation ('fallen out over the rota'): soft-only stays integration 0", () => {
    const { text, r } = grade(`${soft} They agreed a swap system and the tension eased.`);
    expect(quotes(text, r, "skill-shared")).toEqual([]);
    expect(quotes(text, r, "hard-skill-in-action")).toEqual([]);
    expect(levels(r)[0]).toBe(0);
  });

  it("earns partial result when others act on the narrator's work ('They agreed a swap system')", () => {
    const { text, r } = grade(`${soft} They agreed a swap system.`);
    expect(quotes(text, r, "result-vague")).toContain("agreed");
    expect(levels(r)[2]).toBe(1);
  });

  it("ignores the team's own acts as a result in a story told only as 'we'", () => {
    const { text, r } = grade("We did a lot of work on donor retention last year. We used Salesforce and we ran a phone campaign with volunteers.");
    expect(quotes(text, r, "result-vague")).toEqual([]);
    expect(levels(r)[2]).toBe(0);
  });
});

describe("-ed words that modify a noun after 'and' or a semicolon", () => {
  it("ignores 'and missed handovers went…' as an act of the narrator's", () => {
    const { text, r } = grade("I rebuilt the rota in Excel and walked the shift leads through it, and missed handovers went from one in four to one in ten.");
    expect(quotes(text, r, "narrator-action")).toEqual(["rebuilt", "walked"]);
  });

  it("ignores '; missed alarms fell…' as an act of the narrator's, and keeps '; rewrote the checklist'", () => {
    const missed = grade("I recalibrated the dosing pumps after two alarms failed; missed alarms fell from six a month to one.");
    expect(quotes(missed.text, missed.r, "narrator-action")).toEqual(["recalibrated"]);
    const rewrote = grade("I recalibrated the dosing pumps; rewrote the checklist and trained the night staff on it.");
    expect(quotes(rewrote.text, rewrote.r, "narrator-action")).toEqual(["recalibrated", "rewrote", "trained"]);
  });

  it("earns an act for a coordinated verb with its object ('and trained the pickers')", () => {
    const { text, r } = grade("I rebuilt the pick path in our WMS and trained the pickers on it.");
    expect(quotes(text, r, "narrator-action")).toContain("trained");
  });
});

describe("rates told in words", () => {
  const acts = "I rewrote the plate-setup checklist and ran a hands-on session for the five newest students.";

  it("earns full result for a rate change in words, quoted whole ('from one plate in five to one plate in twenty-five')", () => {
    const { text, r } = grade(`${acts} Over the next term failed runs went from one plate in five to one plate in twenty-five.`);
    expect(quotes(text, r, "result-quantified")).toEqual(["one plate in five", "one plate in twenty-five"]);
  });

  it("ignores a rate that only describes the situation", () => {
    const { text, r } = grade(`Runs had been failing at about one plate in five. ${acts}`);
    expect(quotes(text, r, "result-quantified")).toEqual([]);
  });
});

describe("spans of data versus time saved", () => {
  it("ignores 'went back through six months of run files' as a result", () => {
    const { text, r } = grade("I went back through six months of run files and walked the students through what I found.");
    expect(quotes(text, r, "result-quantified")).toEqual([]);
  });

  it("earns full result for time saved ('saved two hours of admin a week')", () => {
    const { text, r } = grade("I rebuilt the rota in Excel and walked the leads through it. It saved two hours of admin a week.");
    expect(quotes(text, r, "result-quantified")).toContain("two hours");
  });
});
