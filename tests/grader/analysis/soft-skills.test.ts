import { describe, expect, it } from "vitest";

import { softEntryForms } from "@/lib/grader/analysis/soft-skills";
import { analyze, isThinAct } from "@/lib/grader/analyze";

const softOf = (text: string) => analyze(text).soft.map((m) => [text.slice(m.span.start, m.span.end), m.family, m.behaviour, m.status]);

describe("soft skills", () => {
  it("reads 'got the night team to agree' as getting people to act, and 'got her a pill organiser' as fetching a thing", () => {
    const behaviours = (text: string) => analyze(text).soft.map((m) => text.slice(m.span.start, m.span.end));
    expect(behaviours("I got the night team to agree to the new handover.")).toEqual(["got the night team"]);
    expect(behaviours("I got her a pill organiser and got everyone a copy of the checklist.")).toEqual([]);
  });

  it("reads an act with people that was left undone ('without consulting the team leaders') as negated", () => {
    const text = "I rolled the new rota out in one week without consulting the team leaders first.";
    expect(softOf(text).map(([, , , status]) => status)).toEqual(["negated"]);
    expect(softOf("I rolled it out without first asking the supervisors.").map(([, , , status]) => status)).toEqual(["negated"]);
    expect(softOf("I consulted the team leaders and rolled the rota out.").map(([, , , status]) => status)).toEqual(["narrator"]);
  });

  it("reads no act with people in a buzzword, a cut made to a whole unit, or a piece of equipment called a board", () => {
    expect(softOf("I leveraged synergies across the group.")).toEqual([]);
    expect(softOf("I closed four regional finance teams.")).toEqual([]);
    expect(softOf("I tested the new distribution board.")).toEqual([]);
    expect(softOf("I presented the plan to the board.").map(([, family]) => family)).toEqual(["communication"]);
  });

  it("reads hands-on care done to a patient ('sat him up', 'put him on oxygen', 'examined the patient') as no act with people; talking to them still is one", () => {
    expect(softOf("I sat him up, put him on 2 litres of oxygen and examined the patient again.")).toEqual([]);
    expect(softOf("I sat him up and explained to his daughter what the oxygen was for.").map(([, family]) => family)).toEqual(["communication"]);
    // Seating or assembling people is no act with them either ("sat on the committee", "put a team together"); a talk is.
    expect(softOf("I sat on the safety committee and put a team together.")).toEqual([]);
    expect(softOf("I sat the two chefs down together.").map(([, family]) => family)).toEqual(["collaboration"]);
  });

  it("reads a people word before a thing it describes ('18,000 client documents', 'the patient records') as no one worked with", () => {
    expect(softOf("We had a deadline with about 18,000 client documents still unreviewed.")).toEqual([]);
    expect(softOf("I went through the case with the client and her son.").map(([, family]) => family)).toEqual(["collaboration"]);
  });

  it("reads the people after a hyphenated modifier ('with the front-of-house team') as worked with", () => {
    expect(softOf("I tasted the new dishes with the front-of-house team.")).toEqual([["with the front-of-house team", "collaboration", "worked with people", "narrator"]]);
  });

  it("reads each act with people in a list, the second with its subject left out ('met him, took him through the invoices')", () => {
    expect(softOf("So I met him the next morning, took him through the bank statements and he accepted.").map(([q]) => q)).toEqual(["met him", "took him"]);
  });

  it("quotes a lexicon behaviour with the people it reached", () => {
    expect(softOf("I walked the ops leads through the dashboard.")).toEqual([["walked the ops leads", "communication", "walk", "narrator"]]);
  });

  it("finds an act aimed at people and working alongside them", () => {
    expect(softOf("I trained the crew.")).toEqual([["trained the crew", "leadership", "train", "narrator"]]);
    expect(softOf("I explained the new rota to the nurses and worked with the two porters.").map(([, family]) => family)).toEqual(["communication", "collaboration"]);
  });

  it("reads a call or a visit that only passes word up to a superior as a thin act", () => {
    const thin = (text: string) => analyze(text).soft.map((m) => [text.slice(m.span.start, m.span.end), isThinAct(analyze(text).tokens, m)]);
    expect(thin("I reviewed the X-ray and called the physician.")).toEqual([["called the physician", true]]);
    expect(thin("I reproduced the bug and took it straight to the engineering lead.")).toEqual([["took it straight to the engineering lead", true]]);
    expect(thin("I called the customer.")).toEqual([["called the customer", false]]);
  });

  it("reads proposing, recommending, sharing, explaining or advising with no one named as a thin act: someone heard it", () => {
    const thin = (text: string) => analyze(text).soft.map((m) => [text.slice(m.span.start, m.span.end), isThinAct(analyze(text).tokens, m)]);
    expect(thin("I proposed moving the critical jobs onto dedicated thread pools.")).toEqual([["proposed", true]]);
    expect(thin("I wrote the variance up and shared the cause and its likely effect.")).toEqual([["shared", true]]);
    expect(thin("I recommended a second pump.")).toEqual([["recommended", true]]);
    // Named people make it a full act, as before.
    expect(thin("I proposed the change to the board.")).toEqual([["proposed the change to the board", false]]);
    // Not the narrator's act, or not an act at all.
    expect(thin("My manager proposed moving the jobs.")).toEqual([]);
    expect(thin("I built a shared rota in Google Sheets.")).toEqual([]);
    expect(thin("I would recommend a second pump.")).toEqual([]);
  });

  it("reads an act done with people as collaboration", () => {
    expect(softOf("I rebuilt the schedule with the machinists.")).toEqual([["with the machinists", "collaboration", "worked with people", "narrator"]]);
    expect(analyze("I rebuilt the schedule with the new software.").soft).toEqual([]);
  });

  it("types any act at people by its verb", () => {
    expect(softOf("I promised the foreman I would finish by noon.")).toEqual([["promised the foreman", "collaboration", "promised + people", "narrator"]]);
  });

  it("does not read a people word that names a measure as whom the act reached", () => {
    expect(analyze("I cut debtor days from 68 to 41.").soft).toEqual([]);
  });

  it("parses a lexicon entry into its inflected forms", () => {
    const e = softEntryForms("walk>walked>walked through+");
    expect(e.behaviour).toBe("walk through");
    expect(e.needsPeople).toBe(true);
    expect(e.forms).toContain("walked through");
  });
});

describe("a department named before a noun", () => {
  it("names the work, not the people: 'built the legal strategy' is no act with people, 'told legal about it' is", () => {
    expect(softOf("I built the legal strategy and checked the sales figures.")).toEqual([]);
    expect(softOf("I told legal about it and worked with sales on the forecast.").map((m) => m[0])).toEqual(["told legal", "worked with sales"]);
  });
});

describe("accounts", () => {
  it("are people only as clients ('our key accounts'), not as ledgers ('several accounts')", () => {
    expect(softOf("I ran the monthly reconciliation for several accounts.")).toEqual([]);
    expect(softOf("I called our key accounts.").map((m) => m[0])).toEqual(["called our key accounts"]);
  });

  it("reads 'on board' as aboard, not the board of directors", () => {
    expect(softOf("I developed the manuals for installation on board.")).toEqual([]);
  });
});

describe("a role after 'as'", () => {
  it("is the job the narrator held, not people the act reached: 'worked as a nurse', 'started out as a quality engineer'", () => {
    expect(softOf("I worked as a nurse for five years.")).toEqual([]);
    expect(softOf("I started out as a Quality Engineer in the automotive industry.")).toEqual([]);
    expect(softOf("I worked with staff such as nurses and porters.").map((m) => m[0])).toEqual(["worked with staff"]);
    expect(softOf("I served as a mentor to two new nurses.").map((m) => m[0])).toEqual(["served as a mentor to two new nurses"]);
  });
});

describe("a meeting after 'with'", () => {
  it("is what the thing came with, not people worked alongside", () => {
    expect(softOf("I put in a communication plan with weekly town halls.")).toEqual([]);
    expect(softOf("I sorted the backlog alongside the two shift leads.").map((m) => m[0])).toEqual(["alongside the two shift leads"]);
  });
});

describe("people who own the object", () => {
  it("are not whom the act reached: 'checked her blood pressure', 'reviewed the patient's chart'", () => {
    expect(softOf("I checked her blood pressure and reviewed the patient's chart.")).toEqual([]);
  });

  it("still are when the verb talks, teaches or helps: 'told her the plan', 'helped her sort them'", () => {
    expect(softOf("I told her the plan and helped her sort the tablets.").map((m) => m[0])).toEqual(["told her", "helped her"]);
  });
});

describe("'as' after an act", () => {
  it("opens another clause or a role, never whom the act reached", () => {
    expect(softOf("I was still tempering chocolate as customers walked in.")).toEqual([]);
  });
});

describe("people the act did not reach", () => {
  it("leaves out people inside a reported clause, owners of the object and a situation met", () => {
    expect(softOf("I asked whether something in her life was making things hard.")).toEqual([]);
    expect(softOf("I got the managers' approval before the change.")).toEqual([]);
    expect(softOf("I faced a tricky employee situation.")).toEqual([]);
    expect(softOf("I explained to them what the new rota meant.").map((m) => m[0])).toEqual(["explained to them"]);
    // What people own that is people too is still whom the act reached.
    expect(softOf("I briefed the minister's office.").map((m) => m[0])).toEqual(["briefed the minister's"]);
  });
});

describe("people of every field", () => {
  it("knows attorneys, children and a community as people an act can reach", () => {
    expect(softOf("I had a quick word with each attorney.").map((m) => m[0])).toEqual(["with each attorney"]);
    expect(softOf("I explained the rules to the children.").map((m) => m[0])).toEqual(["explained the rules to the children"]);
    expect(softOf("I consulted the community before the vote.").map((m) => m[0])).toEqual(["consulted the community"]);
  });
});
