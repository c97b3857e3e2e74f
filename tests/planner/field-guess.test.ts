import { describe, expect, it } from "vitest";

import { guessFieldFamily, guessReason } from "@/lib/planner";

import { summary } from "./support";

describe("guessFieldFamily", () => {
  it("picks the family most stories use hard skills from, naming the most used skills", () => {
    const bank = [
      summary({ id: "a", hard: [["medication administration", "healthcare"], ["patient assessment", "healthcare"]] }),
      summary({ id: "b", hard: [["medication administration", "healthcare"]] }),
      summary({ id: "c", hard: [["triage", "healthcare"], ["spreadsheet", "business-tools"]] }),
      summary({ id: "d", hard: [["SQL", "data"]] }),
    ];
    expect(guessFieldFamily(bank)).toEqual({ field: "healthcare", stories: 3, terms: ["medication administration", "patient assessment", "triage"] });
  });

  it("counts a story once per family, however many of its skills come from it", () => {
    const bank = [
      summary({ id: "a", hard: [["Python", "technology"], ["SQL", "data"], ["pandas", "data"]] }),
      summary({ id: "b", hard: [["lesson planning", "education"]] }),
      summary({ id: "c", hard: [["phonics", "education"]] }),
    ];
    expect(guessFieldFamily(bank).field).toBe("education");
  });

  it("gives a story's vote to the family most of its skills belong to: a finance story that also uses SQL is finance", () => {
    const analyst = summary({ id: "a", hard: [["SQL", "data"], ["Power BI", "data"], ["ERP", "finance"], ["accounts payable", "finance"], ["treasury", "finance"]] });
    expect(guessFieldFamily([analyst])).toEqual({ field: "finance", stories: 1, terms: ["ERP", "accounts payable", "treasury"] });
    // An even split still counts for both, and the families' order decides.
    expect(guessFieldFamily([summary({ id: "b", hard: [["SQL", "data"], ["ERP", "finance"]] })]).field).toBe("software-data");
  });

  it("breaks a tie by the families' order, the same on every run", () => {
    const bank = [summary({ id: "a", hard: [["welding", "engineering"]] }), summary({ id: "b", hard: [["SQL", "data"]] })];
    expect(guessFieldFamily(bank).field).toBe("software-data");
    expect(guessFieldFamily([...bank].reverse()).field).toBe("software-data");
  });

  it("falls back to general when no story uses a hard skill of a known field", () => {
    expect(guessFieldFamily([summary({ id: "a", soft: [["collaboration", "listen"]] }), summary({ id: "b", hard: [["Excel", "business-tools"]] })])).toEqual({
      field: "general",
      stories: 0,
      terms: [],
    });
    expect(guessFieldFamily([]).field).toBe("general");
  });
});

describe("guessReason", () => {
  it("says how many stories and which skills the guess rests on", () => {
    expect(guessReason({ field: "healthcare", stories: 4, terms: ["medication administration", "patient assessment"] })).toBe(
      "Guessed as healthcare because 4 stories in your bank use skills such as medication administration and patient assessment. If that is wrong, choose your field in the profile.",
    );
    expect(guessReason({ field: "finance", stories: 1, terms: ["budgeting"] })).toMatch(/^Guessed as finance because one story in your bank uses skills such as budgeting\./);
  });

  it("asks for a choice when there is nothing to guess from", () => {
    expect(guessReason({ field: "general", stories: 0, terms: [] })).toMatch(/Choose your field in the profile/);
  });
});
