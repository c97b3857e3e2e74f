import { describe, expect, it } from "vitest";

import { analyze } from "@/lib/grader/analyze";
import { gradeStory } from "@/lib/grader";
import { FEATURES, featureVector, tally } from "@/lib/grader/features";

// ANNOTATION.md: "told my manager", "escalated it", "worked with IT", "informed the team" are thin
// people acts; they may not carry integration to full on their own.
function people(text: string) {
  const t = tally({ doc: analyze(text), evidence: { integration: [], context: [], result: [] } });
  return { own: t.peopleOwn, thin: t.peopleThin };
}

describe("people acts told as a routine", () => {
  it("count as thin in an answer that tells no occasion, and as full beside one", () => {
    expect(people("I support the solicitors with disclosure. I deal with difficult clients in a calm way.")).toEqual({ own: 0, thin: 2 });
    const episode = "Last March a client kept missing our deadlines. I walked her through the disclosure duty on a call. She sent the files that week.";
    expect(people(episode).own).toBeGreaterThan(0);
  });
});

describe("thin people acts", () => {
  it.each([
    "I raised it with my manager straight away.",
    "I escalated the fault to the vendor that morning.",
    "I worked with the data engineering team to find every affected account.",
    "I alerted the physician at once.",
    "I gave the investigation work to two teammates.",
    "I reported it to the charge nurse.",
    "I informed the team about the new rota.",
    "I told my supervisor about the leak.",
  ])("counts %j as thin", (text) => {
    expect(people(text)).toEqual({ own: 0, thin: 1 });
  });

  it.each([
    "I walked the night nurses through the pattern at their handover.",
    "I persuaded the ward manager to fund motion-sensor lights.",
    "I coached each new starter on the checks.",
    "I negotiated a new schedule with the client.",
    "I called the 30 worst payers myself.",
  ])("counts %j as a real act with people", (text) => {
    expect(people(text)).toMatchObject({ own: 1, thin: 0 });
  });
});

describe("getting people to act", () => {
  it("is persuading them, not a thin act; getting a thing from them is thin", () => {
    expect(people("I got the onboarding team to link the videos in the welcome email.")).toMatchObject({ own: 1, thin: 0 });
    expect(people("I got approval from my manager before the change.")).toEqual({ own: 0, thin: 1 });
  });
});

describe("the chain", () => {
  const chain = (text: string) => {
    const i = FEATURES.integration.findIndex((f) => f.id === "chain");
    const dims = gradeStory(text).dimensions;
    return featureVector({ doc: analyze(text), evidence: { integration: dims.integration.evidence, context: dims.context.evidence, result: dims.result.evidence } }).integration[i];
  };
  const work = "On the night shift I reviewed the falls audit for our 30-bed ward and rebuilt the falls-risk checklist around the three causes it showed.";

  it("needs a people act that does more than hand the technical work over", () => {
    expect(chain(`${work} I trained the night nurses to use the checklist, and falls dropped from 9 to 3 a month.`)).toBe(1);
    expect(chain(`${work} I gave the night nurses the checklist, and falls dropped from 9 to 3 a month.`)).toBe(0);
  });
});

describe("working alongside people", () => {
  it("is thin after 'worked', not after a real act", () => {
    expect(people("I sorted the backlog alongside the two coordinators.").thin).toBe(0);
    expect(people("I worked with the accounting team on the mappings.")).toEqual({ own: 0, thin: 1 });
  });
});

describe("acts that involve nobody else", () => {
  it("are not the people side", () => {
    expect(people("I decided to stay late and double-check every order.")).toEqual({ own: 0, thin: 0 });
  });
});

describe("both kinds present", () => {
  const row = (text: string) => {
    const i = FEATURES.integration.findIndex((f) => f.id === "both-present");
    const dims = evidenceOf(text);
    return featureVector({ doc: analyze(text), evidence: { integration: dims.integration.evidence, context: dims.context.evidence, result: dims.result.evidence } }).integration[i];
  };
  const evidenceOf = (text: string) => gradeStory(text).dimensions;

  it("is 1 when a hard skill and a people act are both at work, however slight, and 0 when one is missing", () => {
    expect(row("I rebuilt the rota in Excel and walked the night nurses through it.")).toBe(1);
    expect(row("I rebuilt the rota in Excel over the weekend.")).toBe(0);
    expect(row("I listened to the customer and apologised for the wait.")).toBe(0);
  });
});

// A list of claimed strengths reads as a generic answer, not one situation (grader 2.8.8): the same
// episode told after one scores lower on context.
describe("claims as context", () => {
  const episode =
    "Last winter our 30-bed ward had nine falls in a month. I audited the incident forms, rebuilt the falls-risk checklist and walked the night nurses through it at handover.";
  const claims = "I am a strong communicator, a natural leader and highly organised. ";
  const contextRow = (text: string) => {
    const dims = gradeStory(text).dimensions;
    const i = FEATURES.context.findIndex((f) => f.id === "claims");
    return { feature: featureVector({ doc: analyze(text), evidence: { integration: dims.integration.evidence, context: dims.context.evidence, result: dims.result.evidence } }).context[i], score: dims.context.score };
  };

  it("counts claimed strengths against the context and lowers its score", () => {
    const plain = contextRow(episode);
    const padded = contextRow(claims + episode);
    expect(plain.feature).toBe(0);
    expect(padded.feature).toBeGreaterThan(0);
    expect(padded.score).toBeLessThan(plain.score);
  });
});
