import { describe, expect, it } from "vitest";

import { gradeStory } from "@/lib/grader";
import { FIELD_FAMILIES, fitFor, QUESTIONS, summariseStory, type Question } from "@/lib/planner";

import { summary } from "./support";

const FALLS =
  "As ward sister on a 28-bed older people's ward, falls were our biggest harm: 8.2 per 1,000 bed days, well above the trust average. I went through six months of Datix reports alongside the e-obs data and saw most falls happened between 2 and 6am, in patients who'd had a late diuretic or were trying to get to the toilet. I took this to our ward pharmacist and the consultants and we agreed to review diuretic timing on admission, and I ran short teaching sessions with the healthcare assistants on intentional rounding at night, asking them to tell me where it wouldn't work. Over the next six months falls came down to 4.9 per 1,000 bed days, with no falls causing serious harm.";

const MEDIATE =
  "Two of our designers disagreed about the new onboarding flow and the release was slipping. I sat down with both of them, listened to each side, and mediated a compromise: we would test both versions. I then set up an A/B test in Optimizely and shared the results with the team, which led us to ship the winning flow two weeks later. Sign-ups rose 12%.";

const question = (id: string): Question => QUESTIONS.find((q) => q.id === id)!;
const real = (id: string, text: string) => summariseStory({ id, title: id, text }, gradeStory(text, { role: "leadership", stage: "senior" }));

describe("question fit by situation", () => {
  const falls = real("falls", FALLS);

  it("reads the falls-prevention story as strong: the counter-example is about fit, not quality", () => {
    expect(falls.band).toBe("strong");
  });

  it.each(["conflict-teammate", "conflict-mediate", "deadline-tight", "deadline-missed", "failure"])(
    "does not call the falls-prevention story better than a stretch for %s",
    (id) => {
      const fit = fitFor(falls, question(id));
      expect(fit === null || fit.fit === "stretch").toBe(true);
      if (fit) {
        expect(fit.quotes).toEqual([]);
        expect(fit.reason).toMatch(/nothing in it is/);
      }
    },
  );

  it("lets the falls-prevention story answer a question that asks for no special situation", () => {
    expect(fitFor(falls, question("mentor"))?.fit).toBe("strong");
  });

  it("would have called it strong for a conflict without the situation rule: it shows the families the question probes", () => {
    const fit = fitFor({ ...falls, situations: [{ id: "conflict", quote: "x", words: "x" }] }, question("conflict-manager"));
    expect(fit?.fit).toBe("strong");
  });

  it("quotes the story's own words for a conflict question", () => {
    const story = real("mediate", MEDIATE);
    const fit = fitFor(story, question("conflict-mediate"))!;
    expect(["strong", "workable"]).toContain(fit.fit);
    expect(fit.quotes).toHaveLength(1);
    expect(fit.quotes[0]!.words).toBe("disagreed");
    expect(MEDIATE).toContain(fit.quotes[0]!.quote);
  });

  it("ranks a workable story that shows the situation above a strong one that does not", () => {
    const q = question("conflict-teammate");
    const strongNoConflict = summary({ id: "a", soft: [["collaboration", "listen"]] });
    const fairConflict = summary({ id: "b", band: "fair", soft: [["collaboration", "mediate"]], situations: ["conflict"] });
    expect(fitFor(strongNoConflict, q)?.fit).toBe("stretch");
    expect(fitFor(fairConflict, q)?.fit).toBe("workable");
  });

  it("needs every situation a question names", () => {
    const q = question("difficult-customer");
    expect(fitFor(summary({ id: "a", soft: [["collaboration", "listen"]], situations: ["conflict"] }), q)?.fit).toBe("stretch");
    expect(fitFor(summary({ id: "b", soft: [["collaboration", "listen"]], situations: ["conflict", "served-person"] }), q)?.fit).toBe("strong");
  });
});

describe("questions about someone falling behind", () => {
  const familyQuestions: readonly Question[] = FIELD_FAMILIES.flatMap((f): readonly Question[] => f.questions);
  const familyQuestion = (id: string): Question => familyQuestions.find((q) => q.id === id)!;
  const READER =
    "By October, Sam, one of my Year 4 pupils, had fallen two reading levels behind the rest of the class. I ran a phonics check with him and found he was guessing at vowel digraphs, so I set up fifteen-minute sessions three mornings a week with our teaching assistant and showed his parents the decodable books to read with him at home. By the spring assessment he was reading at the expected level and volunteering to read aloud.";
  const SLIPPING =
    "In the warehouse one of my pickers, Dan, had been missing his pick-rate targets for a month and his attendance was slipping. I met him one to one, found his scanner kept dropping the connection in aisle nine, had IT replace it and walked him through the new route. Within three weeks his rate was back above the standard.";

  it("reads a teacher's story of a pupil who fell behind as answering the falling-behind question, quoting its words", () => {
    const story = real("reader", READER);
    const fit = fitFor(story, familyQuestion("ed-struggling-learner"));
    expect(fit).not.toBeNull();
    expect(fit!.fit).not.toBe("stretch");
    expect(fit!.quotes.map((q) => q.words)).toEqual(["fallen two reading levels behind"]);
  });

  it("reads a manager's story of slipping performance as showing what the underperformer question asks about", () => {
    const fit = fitFor(real("slipping", SLIPPING), familyQuestion("le-underperformer"));
    expect(fit).not.toBeNull();
    expect(fit!.quotes.map((q) => q.words)).toEqual(["missing his pick-rate targets"]);
    // It is a stretch for another reason (a weak story), not for want of the situation.
    expect(fit!.reason).not.toMatch(/nothing in it is/);
  });

  it("keeps a story with nobody falling behind a stretch for them", () => {
    const fit = fitFor(real("falls", FALLS), familyQuestion("ed-struggling-learner"));
    expect(fit === null || fit.fit === "stretch").toBe(true);
  });

  it("reads a nurse's story of a patient getting worse as answering the deterioration question, with no word for 'change' in it (user review)", () => {
    const NIGHTS =
      "On a night shift on our 28-bed surgical ward, a post-op patient's NEWS score went from 2 to 7 in four hours and he became clammy. I repeated his observations, started the sepsis six as our protocol sets out, and called the outreach team with an SBAR handover while a colleague covered my bay. He was reviewed within 15 minutes, given antibiotics within the hour and moved to HDU; he went home a week later.";
    const fit = fitFor(real("nights", NIGHTS), familyQuestion("hc-deterioration"));
    expect(fit).not.toBeNull();
    expect(fit!.quotes.map((q) => q.words)).toEqual(["NEWS score went from"]);
    expect(fit!.reason).not.toMatch(/nothing in it is/);
    // The falls story has no patient getting worse in it.
    const falls = fitFor(real("falls", FALLS), familyQuestion("hc-deterioration"));
    expect(falls === null || falls.fit === "stretch").toBe(true);
  });
});
