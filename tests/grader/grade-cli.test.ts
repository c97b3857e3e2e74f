import { describe, expect, it } from "vitest";

import { gradeStory } from "@/lib/grader";

import { formatReport } from "../../scripts/grade";

describe("npm run grade (the terminal report)", () => {
  it("lists the specialist words the mix counts as hard, so 'Hard skills: none' never sits beside a mix with a hard share", () => {
    const text =
      "On the ward last March a patient's INR came back at 6.2 on warfarin. I rang the on-call registrar and explained the result, and we agreed vitamin K. I then sat down with the patient and his daughter and explained the change to his anticoagulation plan. His INR was back to 2.8 within two days.";
    const report = gradeStory(text);
    const out = formatReport(text, report);
    expect(report.mix.hard).toBeGreaterThan(0);
    expect(out).toMatch(/^Specialist words in your own acts: .*anticoagulation/m);
  });

  it("prints no specialist line when the acts hold none", () => {
    const text = "I changed the rota in Excel and walked the team through it. Overtime fell 20% in a month.";
    expect(formatReport(text, gradeStory(text))).not.toMatch(/Specialist words/);
  });
});
