// The narrative present: one past occasion told in the present tense ("So last Tuesday a collie comes in...
// I run a clotting test"), read as the past it tells, not as a routine.
import { describe, expect, it } from "vitest";

import { gradeStory } from "@/lib/grader";
import { analyze } from "@/lib/grader/analyze";
import { narrativePresent, pastOf } from "@/lib/grader/analysis/tense";
import { readText } from "@/lib/grader/text";

const norms = (text: string) => {
  const doc = readText(text);
  return narrativePresent(doc.tokens, doc.sentences).map((t) => t.norm);
};

describe("pastOf", () => {
  it("gives the past of a base form by the spelling rules, and of the irregular verbs by their table", () => {
    expect(["stop", "plan", "carry", "open", "visit", "agree", "show", "run", "take", "put"].map(pastOf)).toEqual([
      "stopped", "planned", "carried", "opened", "visited", "agreed", "showed", "ran", "took", "put",
    ]);
  });
});

describe("narrative present", () => {
  const vet =
    "So last Tuesday a collie comes in to our small-animal practice after eating rat bait. I run a clotting test and it comes back at 90 seconds against a normal of 15. I show the owner the clotting result and explain what it means, so she agrees to the overnight stay on vitamin K. By Thursday his clotting time is down to 16 seconds.";

  it("reads the verbs of a story anchored on one past day as past", () => {
    const n = norms(vet);
    for (const past of ["came", "ran", "showed", "explained", "agreed", "was"]) expect(n).toContain(past);
    expect(n).not.toContain("run");
    expect(n).not.toContain("agrees");
  });

  it("grades it as the episode it is, as the same story told in the past tense is graded", () => {
    const past = vet.replace("comes in", "came in").replace("I run", "I ran").replace("comes back", "came back").replace("I show", "I showed").replace("explain what it means", "explained what it meant").replace("she agrees", "she agreed").replace("is down", "was down");
    const a = gradeStory(vet);
    const b = gradeStory(past);
    expect(a.dimensions.integration.level).toBe(b.dimensions.integration.level);
    expect(a.dimensions.context.level).toBe(b.dimensions.context.level);
    expect(a.dimensions.result.level).toBe(b.dimensions.result.level);
    expect(analyze(vet).presentActs).toEqual([]);
  });

  it("leaves a routine alone: no anchor on one past occasion, or a habit marker in the sentence", () => {
    expect(norms("I run a clotting test on every dog that comes in. I show the owner the result.")).toContain("run");
    const habit = norms("Last year I joined the practice. I always run a clotting test on every dog that comes in. I show the owner the result.");
    expect(habit).toContain("run");
    expect(analyze("I greet each customer and I check their booking.").presentActs.length).toBeGreaterThan(0);
  });

  it("reads an occasion only at the start of a clause: 'from the last shift' and 'out of the class one day' name none", () => {
    expect(norms("I look over the risks carried over from the last shift, and then I set clear goals. I check the rota and I brief the team.")).toContain("check");
    expect(norms("If I'm going to be out of the class one day, I tell the teacher. I check the plan and I brief the assistant.")).toContain("check");
    expect(norms("Two weeks ago a resident comes to me in tears. I go through the statements and I find the error.")).toEqual(expect.arrayContaining(["came", "went", "found"]));
  });

  it("leaves a story alone whose narrator's first act after the occasion is told in the past", () => {
    expect(norms("I hold a first-aid certificate. Last month I learned the new system in three days, and I use it and I train others on it.")).toContain("use");
  });

  it("leaves a past-tense story with one present line alone", () => {
    const text = "Last Tuesday a collie came in after eating rat bait. I ran a clotting test. I still think about that dog.";
    expect(norms(text)).toContain("think");
  });
});
