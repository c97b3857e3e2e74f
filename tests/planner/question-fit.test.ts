import { describe, expect, it } from "vitest";

import { gradeStory } from "@/lib/grader";
import { fitFor, QUESTIONS, summariseStory, type Question } from "@/lib/planner";

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
