import { describe, expect, it } from "vitest";

import { SOFT_FAMILIES } from "@/lib/grader/lexicon/soft-skills";
import { answerQuestion, buildQuestionTable, fitFor, OVERUSE_LIMIT, QUESTIONS, SITUATION_IDS, type Question } from "@/lib/planner";

import { story, summary } from "./support";

const q = (families: Question["families"], needsHard?: Question["needsHard"]): Question => ({
  id: "q",
  text: "Tell me about it.",
  theme: "test",
  competency: "test",
  families,
  ...(needsHard === undefined ? {} : { needsHard }),
});

describe("QUESTIONS", () => {
  it("holds at least 40 questions with unique kebab-case ids", () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(40);
    const ids = QUESTIONS.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it("tags every question with at least one known family", () => {
    for (const x of QUESTIONS) {
      expect(x.families.length).toBeGreaterThan(0);
      for (const f of x.families) expect(SOFT_FAMILIES).toContain(f);
    }
  });

  it("covers the common themes and probes every family", () => {
    const themes = new Set(QUESTIONS.map((x) => x.theme));
    for (const t of ["conflict", "failure", "leadership", "deadline", "influence", "learning"]) expect(themes).toContain(t);
    for (const f of SOFT_FAMILIES) expect(QUESTIONS.some((x) => (x.families as readonly string[]).includes(f))).toBe(true);
  });
});

describe("fitFor", () => {
  it("calls a strong story showing the main family a strong fit", () => {
    expect(fitFor(summary({ id: "a", soft: [["collaboration", "mediate"]] }), q(["collaboration"]))?.fit).toBe("strong");
  });

  it("calls a strong story showing only a secondary family workable", () => {
    expect(fitFor(summary({ id: "a", soft: [["communication", "explain"]] }), q(["collaboration", "communication"]))?.fit).toBe("workable");
  });

  it("calls a fair story showing the family workable, not strong", () => {
    expect(fitFor(summary({ id: "a", band: "fair", soft: [["collaboration", "mediate"]] }), q(["collaboration"]))?.fit).toBe("workable");
  });

  it("calls a strong story without the needed hard skill workable", () => {
    const s = summary({ id: "a", soft: [["adaptability", "adapt"]] });
    expect(fitFor(s, q(["adaptability"], true))?.fit).toBe("workable");
    expect(fitFor({ ...s, hardSkills: [{ term: "SQL", field: "data" }] }, q(["adaptability"], true))?.fit).toBe("strong");
  });

  it("needs a hard skill from a listed field when the question names fields", () => {
    const s = summary({ id: "a", hard: [["Figma", "creative"]], soft: [["problem-solving", "pilot"]] });
    expect(fitFor(s, q(["problem-solving"], ["data"]))?.fit).toBe("workable");
    expect(fitFor(s, q(["problem-solving"], ["creative"]))?.fit).toBe("strong");
  });

  it("calls a weak story showing the family a stretch", () => {
    expect(fitFor(summary({ id: "a", band: "weak", soft: [["leadership", "mentor"]] }), q(["leadership"]))?.fit).toBe("stretch");
  });

  it("calls a story with the hard skill but none of the families a stretch", () => {
    expect(fitFor(story("indexes"), q(["collaboration"], true))).toBeNull();
    const fairHard = summary({ id: "a", band: "fair", hard: [["SQL", "data"]] });
    expect(fitFor(fairHard, q(["collaboration"], true))?.fit).toBe("stretch");
  });

  it("does not fit a story that shows none of the families", () => {
    expect(fitFor(story("churn"), q(["leadership"]))).toBeNull();
  });
});

describe("answerQuestion", () => {
  it("ranks a strong fit above a workable one whatever the scores", () => {
    const strong = summary({ id: "b", overall: 75, soft: [["leadership", "mentor"]] });
    const workable = summary({ id: "a", band: "fair", overall: 65, soft: [["leadership", "coach"]] });
    const row = answerQuestion(q(["leadership"]), [workable, strong]);
    expect(row.stories.map((s) => s.storyId)).toEqual(["b", "a"]);
    expect(row.fit).toBe("strong");
  });

  it("ranks the story showing more of the question's families first within a fit level", () => {
    const one = summary({ id: "a", overall: 99, soft: [["leadership", "mentor"]] });
    const two = summary({ id: "b", overall: 80, soft: [["leadership", "mentor"], ["communication", "explain"]] });
    expect(answerQuestion(q(["leadership", "communication"]), [one, two]).stories[0]?.storyId).toBe("b");
  });

  it("breaks ties by score, then id", () => {
    const a = summary({ id: "a", overall: 80, soft: [["leadership", "mentor"]] });
    const b = summary({ id: "b", overall: 80, soft: [["leadership", "mentor"]] });
    const c = summary({ id: "c", overall: 90, soft: [["leadership", "mentor"]] });
    expect(answerQuestion(q(["leadership"]), [b, a, c]).stories.map((s) => s.storyId)).toEqual(["c", "a", "b"]);
  });

  it("lists the best three stories when more fit, whatever their order in the bank", () => {
    const bank = [60, 70, 80, 90].map((overall, i) => summary({ id: `s${i}`, overall, soft: [["leadership", "mentor"]] }));
    expect(answerQuestion(q(["leadership"]), bank).stories.map((s) => s.storyId)).toEqual(["s3", "s2", "s1"]);
    expect(answerQuestion(q(["leadership"]), [...bank].reverse()).stories.map((s) => s.storyId)).toEqual(["s3", "s2", "s1"]);
  });

  it("is a gap when no story fits", () => {
    expect(answerQuestion(q(["work-ethic"]), [story("churn")])).toMatchObject({ fit: "gap", stories: [] });
  });
});

describe("buildQuestionTable", () => {
  it("lists the questions the bank cannot answer", () => {
    const table = buildQuestionTable([story("churn")]);
    expect(table.unanswerable).toContain("conflict-mediate");
    expect(table.unanswerable).not.toContain("explain-technical");
    expect(table.counts.gap).toBe(table.unanswerable.length);
    expect(Object.values(table.counts).reduce((a, b) => a + b, 0)).toBe(QUESTIONS.length);
  });

  it("warns when one story is the best answer to more than the limit", () => {
    const table = buildQuestionTable([story("churn", "c")]);
    const answered = table.rows.filter((r) => r.fit !== "gap").length;
    expect(answered).toBeGreaterThan(OVERUSE_LIMIT);
    expect(table.overused).toEqual([{ storyId: "c", title: "Story c", questionIds: table.rows.filter((r) => r.fit !== "gap").map((r) => r.question.id) }]);
  });

  it("does not warn when a story is the best answer to exactly the limit", () => {
    const questions = Array.from({ length: OVERUSE_LIMIT }, (_, i) => ({ ...q(["leadership"]), id: `q${i}` }));
    expect(buildQuestionTable([summary({ id: "a", soft: [["leadership", "mentor"]] })], questions).overused).toEqual([]);
    const oneMore = [...questions, { ...q(["leadership"]), id: "extra" }];
    expect(buildQuestionTable([summary({ id: "a", soft: [["leadership", "mentor"]] })], oneMore).overused).toHaveLength(1);
  });

  it("answers every question strongly when the bank has a strong story for each family, in every situation", () => {
    const bank = SOFT_FAMILIES.map((f, i) => summary({ id: `s${i}`, hard: [["SQL", "data"]], soft: [[f, "x"]], situations: SITUATION_IDS }));
    const table = buildQuestionTable(bank);
    expect(table.unanswerable).toEqual([]);
    expect(table.counts.strong).toBe(QUESTIONS.length);
  });

  it("caps at stretch every question that asks for a situation the bank's stories never show", () => {
    const bank = SOFT_FAMILIES.map((f, i) => summary({ id: `s${i}`, hard: [["SQL", "data"]], soft: [[f, "x"]] }));
    const table = buildQuestionTable(bank);
    const asking = (QUESTIONS as readonly Question[]).filter((x) => (x.situations ?? []).length > 0).map((x) => x.id);
    expect(asking.length).toBeGreaterThan(15);
    expect(table.rows.filter((r) => r.fit === "strong").map((r) => r.question.id)).toEqual(QUESTIONS.map((x) => x.id as string).filter((id) => !asking.includes(id)));
    expect(table.rows.filter((r) => asking.includes(r.question.id)).every((r) => r.fit === "stretch")).toBe(true);
  });
});
