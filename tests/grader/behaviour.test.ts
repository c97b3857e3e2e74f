import { describe, expect, it } from "vitest";

import { gradeStory } from "@/lib/grader";
import { analyze } from "@/lib/grader/analyze";
import { normalizeWord } from "@/lib/grader/text";

import { grade, levels, quotes, quotesOf } from "./helpers";


describe("hard-skill-in-action", () => {
  it("earns credit for a skill used as the instrument of the narrator's action", () => {
    const { text, r } = grade("I used Python to analyse churn patterns for the product team.");
    expect(quotes(text, r, "hard-skill-in-action")).toContain("Python");
  });

  it("gives no credit to a skill that is only claimed, and flags the claim with a fix", () => {
    const { text, r } = grade("I'm skilled at Python and I communicate well.");
    expect(quotes(text, r, "hard-skill-in-action")).toEqual([]);
    const flag = r.flags.find((f) => f.id === "claimed-skill");
    expect(flag?.fix.length).toBeGreaterThan(10);
  });

  it("flags a strength claim with adjectives in between", () => {
    const { text, r } = grade("Communication is one of my key strengths.");
    expect(quotes(text, r, "claimed-skill")).toEqual(["one of my key strengths"]);
  });

  it("gives no credit to a CV-style skill list", () => {
    const { text, r } = grade("Skills: SolidWorks, GD&T, tolerance analysis, teamwork, communication.");
    expect(quotes(text, r, "hard-skill-in-action")).toEqual([]);
    expect(r.flags.map((f) => f.id)).toContain("skill-list");
  });
});

describe("soft-skill-in-action", () => {
  it("earns credit for a behaviour with people", () => {
    const { text, r } = grade("I negotiated two extra engineers with the vendor's account lead.");
    expect(quotes(text, r, "soft-skill-in-action")).toContain("negotiated");
  });

  it("flags an adjective claim such as 'strong communicator'", () => {
    const { text, r } = grade("I'm a strong communicator and a natural leader.");
    expect(quotes(text, r, "soft-skill-in-action")).toEqual([]);
    expect(quotes(text, r, "claimed-skill").length).toBeGreaterThan(0);
  });
});

describe("causal-chain", () => {
  const chain =
    "I used SQL to analyse churn and presented the findings to the product team, which led to UX changes that cut churn by 23%.";
  const fullChain =
    "On a 30-bed surgical ward, patient falls at night had risen to nine a month and the night staff felt blamed. I audited six months of incident reports in Excel and found most falls happened between 2 and 5 a.m. near the toilets. I walked the night nurses through the pattern at their handover, and together we agreed hourly comfort rounds, which I then coached each new starter on. I also persuaded the ward manager to fund motion-sensor lights. Within three months night falls dropped from nine to three a month, and the team stopped seeing the audit as blame.";
  const unlinked =
    "I work on the data team at a regional bus company with 40 routes. I used SQL to analyse churn among monthly pass holders over the spring. I also presented at the weekly product meeting about our plans for the new ticket machines, and I ran the team's summer party.";

  it("finds the link in the guide's one-sentence chain", () => {
    const { text, r } = grade(chain);
    expect(quotes(text, r, "causal-chain")).toContain("which led to");
  });

  it("makes integration full when the technical act, a human act that carries it and an outcome are linked", () => {
    const { text, r } = grade(fullChain);
    expect(quotes(text, r, "skill-bridge")).toContain("walked the night nurses");
    expect(r.dimensions.integration.level).toBe(2);
    expect(r.overall.band).toBe("strong");
  });

  it("keeps a one-sentence chain from full integration: too short to carry it", () => {
    expect(gradeStory(chain).dimensions.integration.level).toBeLessThan(2);
    expect(gradeStory(chain).overall.band).not.toBe("strong");
  });

  it("scores both kinds present but unconnected below the linked story", () => {
    const r = gradeStory(unlinked);
    expect(quotes(unlinked, r, "skill-bridge")).toEqual([]);
    expect(r.dimensions.integration.score).toBeLessThan(gradeStory(fullChain).dimensions.integration.score);
    expect(r.overall.band).not.toBe("strong");
  });

  it("scores a single kind of skill as absent integration", () => {
    expect(gradeStory("I used pg_stat_statements to find slow queries and added two indexes. CPU fell to 40%.").dimensions.integration.level).toBe(0);
  });
});

describe("result-quantified", () => {
  it.each([
    ["Within two months I helped cut refunds from 9% to 5.6%.", "9%"],
    ["The next January there were 41% fewer tickets.", "41%"],
    ["The change saved $38k a month.", "$38k"],
    ["After the launch, sign-ups doubled.", "doubled"],
    ["Page load time halved after the rewrite.", "halved"],
    ["The new build was three times faster.", "three times"],
    ["Average handling time fell from 11 to 8 minutes.", "11"],
    ["In the following six months we had one impact, down from nine.", "one"],
    ["We processed four times as many claims per day.", "four times"],
    ["Retention was up 3 percentage points year on year.", "3 percentage points"],
    ["Turnaround went from 3 days to 4 hours.", "4"],
    ["I won a $1.2M contract with the council.", "$1.2M"],
    ["Churn dropped by a third the following year.", "a third"],
    ["It now takes half a day instead of four days.", "half"],
    ["I rewrote the help guide. It has since been read 240,000 times.", "240,000 times"],
    ["I trained the night crew on the new checklist. Since then there have been no complaints.", "no complaints"],
  ])("earns credit for a change on a named metric: %j", (text, q) => {
    const r = gradeStory(text);
    expect(quotes(text, r, "result-quantified").some((x) => x.includes(q))).toBe(true);
  });

  it.each([
    ["In 2019 I joined the payments team.", "a year"],
    ["I walked my team of 12 through the new macros.", "a team size"],
    ["Over 18 months we worked on the billing migration.", "a duration"],
    ["I know React and WCAG 2.1.", "a version"],
    ["I found that 70% of refunds came from substitutions.", "a finding"],
    ["I always give 110% to every project.", "a figure of speech"],
    ["Within a quarter I had moved all five teams onto the new rota.", "a time window"],
    ["When I took over the night shift, medication errors were running at about 12 a month.", "the situation"],
    ["During my time in the sales team, I found that churn was 8% a year.", "a finding"],
  ])("ignores a number that is not a result: %j (%s)", (text) => {
    expect(quotes(text, gradeStory(text), "result-quantified")).toEqual([]);
  });

  it("does not count a negated or failed change as a success metric", () => {
    const text = "I ran the A/B test for six weeks but the new emails did not reduce churn by 5%.";
    const r = gradeStory(text);
    expect(quotes(text, r, "result-quantified")).toEqual([]);
    expect(quotes(text, r, "result-negated").length).toBeGreaterThan(0);
  });

  it("keeps a problem word inside a result out of the context", () => {
    const text = "During my time in the sales team, bookings rose 28% and churn fell to 3%.";
    expect(quotes(text, gradeStory(text), "context-problem")).toEqual([]);
  });

  it("credits other people's decision after the narrator's act, not the narrator", () => {
    const text =
      "I ran an A/B test of the sign-up form in Optimizely. It did not lift completion. I shared the result with the product team, who dropped the redesign and funded an ID-check fix instead.";
    const r = gradeStory(text);
    expect(quotes(text, r, "causal-chain").length).toBeGreaterThan(0);
    expect(quotes(text, r, "result-negated")).toEqual(["not lift"]);
  });

  it("lowers only the result, not the integration, when the outcome failed (a failure told as a failure is 0)", () => {
    const text =
      "I built a churn model in Python and walked the retention team through it. Over the next quarter it did not reduce churn.";
    const r = gradeStory(text);
    expect(r.dimensions.integration.level).toBeGreaterThanOrEqual(1);
    expect(quotes(text, r, "result-negated").length).toBeGreaterThan(0);
    expect(r.dimensions.result.level).toBe(0);
  });

  it("does not count a projected saving as achieved", () => {
    const text = "I compared the vendors in a spreadsheet. This should save around $50,000 next year.";
    const r = gradeStory(text);
    expect(quotes(text, r, "result-quantified")).toEqual([]);
    expect(r.dimensions.result.level).toBe(1);
  });
});

describe("the trades' everyday techniques", () => {
  it.each([
    ["I insulation-tested each section with a megger and traced the earth fault to a pierced junction box.", "insulation-tested"],
    ["I checked the wiring diagram against the board and replaced the faulty circuit breaker.", "wiring diagram"],
    ["I pressure-tested the new pipework and found the leak at a compression joint.", "pipework"],
  ])("finds the skill in the narrator's own act: %j", (text, term) => {
    const r = gradeStory(text);
    expect(r.dimensions.integration.evidence.filter((e) => e.ruleId === "hard-skill-in-action").map((e) => text.slice(e.span.start, e.span.end))).toContain(term);
  });
});

describe("a measure named by a people word and a noun", () => {
  it("reads 'debtor days' and 'patient falls' as named metrics, not as people the act reached", () => {
    for (const [text, figure] of [
      ["I set up a weekly collections review with the sales directors. We cut debtor days from 68 to 41.", "68"],
      ["I taught the night nurses an hourly rounding check. It cut patient falls from nine a quarter to two.", "nine"],
    ] as const) {
      const r = gradeStory(text);
      const hit = r.dimensions.result.evidence.find((e) => text.slice(e.span.start, e.span.end) === figure);
      expect(hit?.ruleId, text).toBe("result-quantified");
      expect(analyze(text).soft.map((m) => text.slice(m.span.start, m.span.end)).join("|"), text).not.toMatch(/debtor|patient falls/);
    }
  });
});

describe("a figure after the action on the measure the situation gave", () => {
  it("reads it as a before and after, even when a time window comes first", () => {
    const text =
      "Last spring my Year 9 maths class was falling behind on algebra: only 40% passed the mid-term. I looked at their papers question by question and found most errors came from negative numbers. I rewrote three weeks of lessons around daily retrieval quizzes and agreed a homework routine with each family. By the end of term 78% passed the retake.";
    const r = gradeStory(text);
    const figure = r.dimensions.result.evidence.find((e) => text.slice(e.span.start, e.span.end) === "78%");
    expect(figure?.reason).toBe("the same measure as in the situation, after the action");
    expect(r.dimensions.result.level).toBe(2);
    expect(r.improvements.map((i) => i.id)).not.toContain("measure-result");
  });
});

describe("result-vague", () => {
  it("scores an outcome without a number as partial and asks for the number", () => {
    const { r } = grade("I made some videos to help customers and things got better.");
    expect(r.dimensions.result.level).toBe(1);
    expect(r.flags.map((f) => f.id)).toContain("result-vague");
    expect(r.flags.find((f) => f.id === "result-vague")?.fix).toMatch(/^Put a number on it/);
  });

  it("does not ask for a number a story already gave when its figure held: it asks what the figure held against", () => {
    const { r } = grade(
      "Last winter our depot lost two of its five drivers in the same week, just before the Christmas peak. As the transport planner I rebuilt the delivery routes so that three drivers could cover all 140 drops, and I sat down with each of the remaining drivers to agree the new start times. Over the four peak weeks on-time delivery stayed at 97%, the same as the year before.",
    );
    const flag = r.flags.find((f) => f.id === "result-vague");
    expect(flag?.fix).not.toMatch(/Put a number on it/);
    expect(flag?.fix).toMatch(/held/);
    expect(flag?.message).toBe("An outcome, with a figure that held rather than changed");
    const advice = r.improvements.find((i) => i.id === "measure-result");
    expect(advice?.message).toBe("Show what your work changed, beside the figure that held.");
    expect(advice?.question).toContain("97% held");
  });

  it.each([
    "I showed the crews the new maps and we sorted them out.",
    "I coached the agents on the new script and we hit every target that quarter.",
    "I paired with the designer on the form and things got quicker.",
  ])("scores an everyday vague outcome as partial: %j", (text) => {
    expect(gradeStory(text).dimensions.result.level).toBe(1);
  });

  it("gives a bare 'doubled' with no metric beside it only partial credit", () => {
    expect(gradeStory("I ran the campaign in HubSpot with the sales team, and within a month it doubled.").dimensions.result.level).toBe(1);
  });

  it("scores a story with no outcome at all as absent", () => {
    expect(gradeStory("I used SQL and Tableau to build sales dashboards for the managers.").dimensions.result.level).toBe(0);
  });
});

describe("causal-chain (implicit links)", () => {
  it("links a result measured on the problem the situation described", () => {
    const text =
      "At a housing charity, volunteer shifts were often left uncovered. I built a shared Google Sheets rota and showed the coordinators how to use it in a short session. Uncovered shifts went from about eight a month to one.";
    const r = gradeStory(text);
    expect(quotes(text, r, "causal-chain").length).toBeGreaterThan(0);
    expect(quotes(text, r, "skill-bridge")).toEqual(["showed the coordinators"]);
    expect(r.dimensions.integration.level).toBeGreaterThanOrEqual(1);
  });

  it("links an outcome framed by 'six months later'", () => {
    const text =
      "Medication errors on our unit were running at about 12 a month. I audited the incident reports in Excel and coached the charge nurses on an SBAR handover. Six months later errors were down to 3 a month.";
    expect(quotes(text, gradeStory(text), "causal-chain")).toContain("Six months later");
  });
});

describe("soft skills as ordinary acts with people", () => {
  it.each([
    ["I took the maps to the crews.", "took the maps to the crews"],
    ["I explained it to the operators on the night shift.", "explained it to the operators"],
    ["I talk with the nurses every morning about the drug chart.", "talk with"],
    ["Me and another nurse built a spreadsheet in Excel and showed the ward manager.", "showed the ward manager"],
  ])("credits %j", (text, q) => {
    expect(quotes(text, gradeStory(text), "soft-skill-in-action")).toContain(q);
  });

  it("does not reach across 'and' to find the people", () => {
    const text = "I managed to automate the report with VBA and trained two clerks to run it.";
    expect(quotes(text, gradeStory(text), "soft-skill-in-action")).toEqual(["trained two clerks"]);
  });
});

describe("hard skills beyond the lexicon", () => {
  it.each([
    ["I wrote a checklist with the students for the lab safety test.", "checklist"],
    ["I took the maps to the crews.", "maps"],
    ["I ran a gap analysis on the rota.", "gap analysis"],
    ["I tracked the readings for a month and walked the operators through them.", "tracked the readings"],
    ["I built the intake form using Kobo and showed the field staff.", "Kobo"],
  ])("counts %j", (text, q) => {
    expect(quotes(text, gradeStory(text), "hard-skill-in-action")).toContain(q);
  });

  it("does not count a city after 'in' as a tool", () => {
    const text = "I ran the project in London with the finance team.";
    expect(quotes(text, gradeStory(text), "hard-skill-in-action")).toEqual([]);
  });
});

describe("narration forms", () => {
  it.each([
    "I have been running SBAR huddles with the night nurses.",
    "So what I did was build a Power BI report and present it to the board.",
    "My approach was to analyse the data in SQL and then talk it through with the leads.",
  ])("puts the narrator's skills in action: %j", (text) => {
    const r = gradeStory(text);
    expect(quotes(text, r, "hard-skill-in-action").length).toBeGreaterThan(0);
    expect(quotes(text, r, "soft-skill-in-action").length).toBeGreaterThan(0);
  });

  it("reads a past habit ('each Friday I would...') as partial credit, not as nothing", () => {
    const text = "Each Friday I would walk the team through the Power BI numbers.";
    const r = gradeStory(text);
    expect([...quotes(text, r, "skill-shared")].sort()).toEqual(["Power BI", "walk the team"]);
  });

  it("says whose act it was: someone else's people act is not one to retell with 'I'", () => {
    const text = "I rang the prescribing physician to check the dose. The physician apologised and gave me the correct dose. We walked the nurses through the change.";
    const r = gradeStory(text);
    const reason = (quoted: string) => r.dimensions.integration.evidence.find((e) => e.ruleId === "skill-shared" && text.slice(e.span.start, e.span.end) === quoted)?.reason;
    expect(reason("apologised")).toMatch(/^Communication shown by someone else, not by you/);
    expect(reason("walked the nurses")).toMatch(/not as your own act: tell it with "I"/);
  });

  it("tells a habit told with 'I' to retell it as part of the occasion, not to use 'I'", () => {
    const text = "On a Bristol fit-out I ran loop tests on every circuit and replaced two faulty RCDs. I always show the apprentices how to test a board.";
    const r = gradeStory(text);
    const reason = r.dimensions.integration.evidence.find((e) => e.ruleId === "skill-shared" && text.slice(e.span.start, e.span.end).startsWith("show the apprentices"))?.reason;
    expect(reason).toMatch(/told as what you always do, not what you did this time/);
    expect(reason).not.toMatch(/tell it with "I"/);
  });

  it("treats a whole answer framed as 'I would' as hypothetical, later sentences included", () => {
    const r = gradeStory("I would check the logs in Splunk and explain the fix to the customer. That would cut the wait by 50%.");
    expect(r.dimensions.result.level).toBe(0);
    expect(r.dimensions.context.level).toBe(0);
  });
});

describe("context-setting", () => {
  it("does not count a job title alone as context", () => {
    const { r } = grade("As Chief Marketing Officer, I drove a brand transformation.");
    expect(r.dimensions.context.level).toBe(0);
  });

  it.each([
    ["I told my team and the project lead about the change in my job.", []],
    ["I led a cross-functional team of 12 through the ERP switch at our Leeds branch.", ["a cross-functional team", "our Leeds branch"]],
  ])("counts a team, project or job only when it is described: %j", (text, expected) => {
    expect(quotesOf(text, analyze(text).settings)).toEqual(expected);
  });

  it("does not count a stand-in name as where it happened", () => {
    const text = "At XYZ Company I was asked to fix the HVAC schedule before the audit.";
    expect(quotesOf(text, analyze(text).settings)).toEqual([]);
    expect(quotesOf(text, analyze(text).placeholders)).toEqual(["XYZ Company"]);
  });

  it("counts a job title beside an organisation", () => {
    const { text, r } = grade("I was shift lead at a cold-storage warehouse where forklifts kept hitting the racking.");
    expect(quotes(text, r, "context-setting")).toContain("lead");
  });
});

describe("actors", () => {
  it("credits other people, not the narrator, after a relative 'who'", () => {
    const text =
      "Our checkout page was slow, so I profiled it with Lighthouse. I shared the before-and-after numbers with the marketing team, who then moved their landing pages to the same template.";
    const r = gradeStory(text);
    expect(quotes(text, r, "hard-skill-in-action")).toEqual(["Lighthouse"]);
    expect(quotes(text, r, "causal-chain")).toContain("moved");
  });

  it("reads 'instead of' as a before-and-after comparison, not a duration", () => {
    const text = "During a disk failure we restored the main database in 40 minutes instead of the 6 hours it had taken before.";
    expect(quotes(text, gradeStory(text), "result-quantified")).toContain("40 minutes");
  });
});

describe("narrator-hidden", () => {
  it("does not flag a passive sentence that names the narrator ('by me')", () => {
    const { r } = grade("The churn analysis was written by me in Python and presented to the board.");
    expect(r.flags.map((f) => f.id)).not.toContain("narrator-hidden");
  });

  it("flags 'we' when the narrator's own part is missing", () => {
    const { r } = grade("We rebuilt the checkout in Next.js and we moved payments to Stripe. Conversion went up 22%.");
    expect(r.flags.map((f) => f.id)).toContain("narrator-hidden");
  });

  it("does not flag 'we' when the narrator's part is explicit", () => {
    const { r } = grade(
      "Our team of four was asked to cut onboarding time. My part was the training: I turned the policy PDF into six modules in Articulate, and we launched them together.",
    );
    expect(r.flags.map((f) => f.id)).not.toContain("narrator-hidden");
  });

  it("flags passive voice that hides who acted", () => {
    const { r } = grade("A churn dashboard was built in Tableau and the findings were presented to leadership.");
    expect(r.flags.map((f) => f.id)).toContain("narrator-hidden");
  });
});

describe("hypothetical-answer", () => {
  const HEPARIN =
    "Our ward had three heparin dosing errors on nights in one month, all with agency nurses. As the senior staff nurse I rewrote the heparin nomogram into a one-page bedside chart and checked it with our ward pharmacist, then taught every night nurse to use it over two weeks, so that each one practised a calculation with me. In the following three months there were no dosing errors, against three the month before.";

  it.each(["Next time I would involve the agency nurses from the start.", "Looking back, I would bring the agency nurses in from the start.", "In future I'd share the chart with the agency on day one."])(
    "reads a closing lesson after the occasion (%j) as the reflection the advice asks for, not a hypothetical answer",
    (lesson) => {
      const without = grade(HEPARIN).r;
      const withLesson = grade(`${HEPARIN} ${lesson}`).r;
      expect(withLesson.flags.map((f) => f.id)).not.toContain("hypothetical-answer");
      expect([withLesson.dimensions.integration.level, withLesson.dimensions.context.level, withLesson.dimensions.result.level]).toEqual([
        without.dimensions.integration.level,
        without.dimensions.context.level,
        without.dimensions.result.level,
      ]);
      expect(withLesson.improvements.map((i) => i.id)).not.toContain("add-reflection");
    },
  );

  it("still reads 'next time I would' as hypothetical when no occasion was told before it", () => {
    const { r } = grade("Next time a dosing error happens on nights I would rewrite the chart and teach every nurse to use it. I would check it with the pharmacist.");
    expect(r.flags.map((f) => f.id)).toContain("hypothetical-answer");
    expect(r.dimensions.context.level).toBe(0);
  });

  it("does not treat a hypothetical answer as concrete context", () => {
    const { r } = grade(
      "If a customer were angry about a late delivery, I would stay calm, listen, apologise, and look up the tracking in our system.",
    );
    expect(r.dimensions.context.level).toBe(0);
    expect(r.flags.map((f) => f.id)).toContain("hypothetical-answer");
  });

  it("does not treat a habitual answer as concrete context", () => {
    const { r } = grade("I usually listen first and then I normally check the order history for the customer.");
    expect(r.dimensions.context.level).toBe(0);
  });

  it("credits one real occasion told in the past tense", () => {
    const { r } = grade(
      "Last March a customer called, furious that her order was two weeks late. I listened, checked the tracking in our order system and found it stuck at the depot, so I got the depot to send it that day.",
    );
    expect(r.dimensions.context.level).toBeGreaterThanOrEqual(1);
    expect(r.flags.map((f) => f.id)).not.toContain("hypothetical-answer");
  });
});

describe("robust reading", () => {
  const plain =
    "At a payroll company, setup tickets flooded support every January. I exported the ticket tags with SQL and found three topics made up 62% of them. I recorded three walkthroughs and tested them with four customers. The next January those topics produced 41% fewer tickets.";

  it("grades bullet lists like prose", () => {
    const bullets =
      "- Situation: at a payroll company, setup tickets flooded support every January.\n- Action: I exported the ticket tags with SQL and found three topics made up 62% of them.\n- Action: I recorded three walkthroughs and tested them with four customers.\n- Result: the next January those topics produced 41% fewer tickets.";
    expect(levels(gradeStory(bullets))).toEqual(levels(gradeStory(plain)));
    expect(gradeStory(bullets).structure.source).toBe("labels");
  });

  it("reads British and American spelling the same way", () => {
    const gb = "I analysed the data, prioritised the fixes and organised workshops with the team. Errors fell 30% within a month.";
    const us = "I analyzed the data, prioritized the fixes and organized workshops with the team. Errors fell 30% within a month.";
    expect(levels(gradeStory(gb))).toEqual(levels(gradeStory(us)));
    expect(gradeStory(gb).overall.score).toBe(gradeStory(us).overall.score);
  });

  it("folds British -re spellings onto real American words ('centred' is 'centered', not a rare 'centerd')", () => {
    expect(normalizeWord("centred")).toBe("centered");
    expect(normalizeWord("centres")).toBe("centers");
    expect(normalizeWord("centre")).toBe("center");
    const gb = "I redesigned the handover so it centred on the patient and walked the night nurses through it. Missed doses fell from 9 to 2 a month.";
    expect(analyze(gb).domainTerms.map((d) => d.term)).not.toContain("centerd");
  });

  it("reads curly quotes and odd whitespace the same way", () => {
    const odd = plain.replace(/'/g, "\u2019").replace(/ /g, (m, i: number) => (i % 7 === 0 ? "\u00a0 " : m)).replace(/\. /g, ".\n\n  ");
    expect(levels(gradeStory(odd))).toEqual(levels(gradeStory(plain)));
  });

  it("reads zero-width spaces, tabs, hard-wrapped lines and capitals the same way", () => {
    const want = levels(gradeStory(plain));
    expect(levels(gradeStory(plain.replace(/ /g, " \u200b")))).toEqual(want);
    expect(levels(gradeStory(plain.replace(/ /g, "\t")))).toEqual(want);
    expect(levels(gradeStory(plain.replace(/(.{50,60}) /g, "$1\n")))).toEqual(want);
    expect(levels(gradeStory(plain.toUpperCase()))).toEqual(want);
  });

  it("reads Windows line endings the same way", () => {
    const crlf = plain.replace(/\. /g, ".\r\n");
    expect(levels(gradeStory(crlf))).toEqual(levels(gradeStory(plain)));
  });

  it("gives an empty story a weak grade without throwing", () => {
    const r = gradeStory("");
    expect(r.overall.band).toBe("weak");
    expect(r.mix.hard).toBeNull();
  });
});

describe("an outcome word beside its own figures", () => {
  it("is not called unmeasured; one with no figure in its sentence still is", () => {
    const text = "I rebuilt the refund checklist for our shop. Refund requests dropped from 9% to 3% of orders. The owners were pleased.";
    const notes = Object.fromEntries(gradeStory(text).dimensions.result.evidence.filter((e) => e.ruleId === "result-vague").map((e) => [text.slice(e.span.start, e.span.end), e.reason]));
    expect(notes).toEqual({ dropped: "An outcome, measured by the figures beside it", "were pleased": "An outcome, but not measured" });
  });
});

describe("improvements for a chain carried by a thin act", () => {
  it("quotes the act that only hands the work over and asks how it was explained", () => {
    const r = gradeStory(
      "On the night shift I reviewed the falls audit for our 30-bed ward and rebuilt the falls-risk checklist around the three causes it showed. I gave the night nurses the checklist, and falls dropped from 9 to 3 a month within the quarter.",
    );
    expect(r.dimensions.integration.level).toBeLessThan(2);
    const tip = r.improvements.find((i) => i.id === "carry-the-work");
    expect(tip?.message).toMatch(/^"gave the night nurses" only passes the work on/);
  });
});

describe("improvements for the new findings", () => {
  it("asks first for the baseline of an implausible figure", () => {
    expect(gradeStory("I presented Excel charts to the team so sales rose 900%.").improvements[0]?.id).toBe("check-the-figure");
  });

  it("asks for one real occasion when the answer is a routine", () => {
    const r = gradeStory("When the queue gets long, I greet each customer quickly and I check every ID carefully. I handle complicated cases professionally and I point people to the right colleague.");
    expect(r.improvements.map((i) => i.id)).toContain("tell-a-real-time");
  });

  it("asks to describe the place when the story names a placeholder", () => {
    const r = gradeStory("At XYZ Company I ran the month-end close. I reconciled the ledgers in Excel and walked the controller through the variances, so the close finished two days sooner.");
    expect(quotes("At XYZ Company I ran the month-end close.", gradeStory("At XYZ Company I ran the month-end close."), "placeholder-name")).toEqual(["XYZ Company"]);
    expect(r.dimensions.context.evidence.some((e) => e.ruleId === "placeholder-name")).toBe(true);
  });
});

describe("figures read as a person would", () => {
  const classOf = (text: string, figure: string) => {
    const n = analyze(text).numbers.find((m) => text.slice(m.span.start, m.span.end) === figure);
    return n ? { cls: n.cls, reason: n.reason, change: n.change === true } : null;
  };

  it("reads a time of day as when, not a result", () => {
    expect(classOf("I finished the cakes at home and was back at the bakery at 3am for the first pickup.", "3am")).toMatchObject({ cls: "context", reason: "time-of-day" });
  });

  it.each([
    ["I led the team that put in a predictive maintenance programme, which brought equipment failures down by 30%.", "30%"],
    ["I rewrote the unit. Every student passed the unit test, with scores up 18% on average.", "18%"],
    ["I coached the reps every week. Thanks to this, performance turned around, and sales rose 10% the following quarter.", "10%"],
    ["I built a forecasting model with the planners. We raised forecast accuracy by 15%.", "15%"],
    ["I rebuilt the inspection sheet with the supplier. I also helped them change their cleaning process, so that when full production began the rejection rate went from 75% on the prototypes to under 5%.", "75%"],
    ["I tutored a student whose test scores were stuck under 60%. I drilled him twice a week. By the final exam he had reached 85%.", "85%"],
  ])("reads the change in %j", (text, figure) => {
    expect(classOf(text, figure)).toMatchObject({ cls: "result", change: true });
  });

  it.each([
    ["I reworked the sprint plan with the team. We launched on time and reached 94% customer satisfaction.", "94%"],
    ["I secured every unit of stock I could find. We kept production at 90% of capacity.", "90%"],
  ])("reads a level with no baseline as measured, not changed: %j", (text, figure) => {
    expect(classOf(text, figure)?.change).toBe(false);
  });

  it.each([
    ["I set up a joint meeting. As a result, the two employees got on better at work.", "two"],
    ["When I was an HR assistant, two employees fell out over a project. I set up a meeting with them.", "two"],
    ["I pulled 24 months of sales data and cited the ASC 330 guidance on write-downs.", "330"],
  ])("does not read %j as a result", (text, figure) => {
    expect(classOf(text, figure)?.cls).not.toBe("result");
  });

  it.each([
    ["I proposed an A/B test of the new form. Some users liked it, but overall conversion actually fell slightly, by 2% against the control.", "2%"],
    ["I rebuilt the weekend rota without asking the staff. Complaints rose 15% that winter.", "15%"],
  ])("reads a change the wrong way as a failure, not a success: %j", (text, figure) => {
    expect(classOf(text, figure)).toMatchObject({ cls: "negated", reason: "wrong-way" });
  });

  it("reports the failure once, with its reason, and does not count its verb as an outcome", () => {
    const text = "I proposed an A/B test of the new form. Some users liked it, but overall conversion actually fell slightly, by 2% against the control.";
    const ev = gradeStory(text).dimensions.result.evidence;
    expect(ev.filter((e) => e.ruleId === "result-negated").map((e) => [text.slice(e.span.start, e.span.end), e.reason])).toEqual([["2%", "A change the wrong way is a failure, not a success metric"]]);
    expect(ev.filter((e) => e.ruleId === "result-vague").map((e) => text.slice(e.span.start, e.span.end))).not.toContain("fell");
  });

  it("reads a clock time after 'at' or 'by' as when it happened, with or without am/pm", () => {
    const text = "One morning at 5:30 a bus broke down blocking the depot exit. I radioed the engineers and briefed each driver on the new route. All the services left on time.";
    expect(classOf(text, "5:30")).toMatchObject({ cls: "context", reason: "time-of-day" });
    expect(gradeStory(text).dimensions.result.level).toBe(1);
    expect(classOf("I rebuilt the rota with the drivers. The first bus now leaves at 5:10 instead of 5:40.", "5:10")).toMatchObject({ cls: "result" });
  });

  it.each([
    ["I built a call guide for billing questions and walked the agents through it. Over the next month our average handle time went from 6 to 9 minutes.", "9 minutes"],
    ["I built a call guide for billing questions and walked the agents through it. Over the next month our average handle time went from 6 to 9 minutes.", "6"],
    ["I moved the stock count to Mondays and briefed the team. Waste went up from 4% to 7% that quarter.", "7%"],
    ["I changed the follow-up emails with the sales team. Conversion went from 5% to 3% in a month.", "3%"],
  ])("reads a from-to change the wrong way, with no direction verb, as a failure: %j at %j", (text, figure) => {
    expect(classOf(text, figure)).toMatchObject({ cls: "negated", reason: "wrong-way" });
  });

  it("reads a from-to worsening told before the narrator acts as the situation, and the recovery as the result", () => {
    const text = "Last spring our average handle time went from 6 to 9 minutes after a new billing system launched, so I built a call guide and walked the agents through it. Within a month handle time was back down to 6 minutes.";
    expect(classOf(text, "9 minutes")).toMatchObject({ cls: "context", reason: "situation-figure" });
    expect(gradeStory(text).dimensions.result.level).toBe(2);
  });

  it("still reads from-to changes the right way, and measures of unknown direction, as results", () => {
    expect(classOf("I built a call guide and walked the agents through it. Over the next month our average handle time went from 9 to 6 minutes.", "6 minutes")).toMatchObject({ cls: "result", change: true });
    expect(classOf("I changed the follow-up emails with the sales team. Conversion went from 3% to 5% in a month.", "5%")).toMatchObject({ cls: "result", change: true });
    expect(classOf("I rebuilt the rota with the matrons. Cover went from 3 nurses to 8 nurses per night shift.", "8")).toMatchObject({ cls: "result", change: true });
  });

  it("still reads the same measures moving the right way as results", () => {
    expect(classOf("I rebuilt the checkout with the designers. Conversion rose 12% in a month.", "12%")).toMatchObject({ cls: "result", change: true });
    expect(classOf("I rebuilt the weekend rota with the staff. Complaints fell 15% that winter.", "15%")).toMatchObject({ cls: "result", change: true });
  });

  it("still reads a change in head-count and an amount in a currency code", () => {
    expect(classOf("I rebuilt the rota with the matrons. We went from 3 nurses to 8 nurses per night shift.", "3")).toMatchObject({ cls: "result", change: true });
    expect(classOf("I renegotiated the contract with the vendor and cut the annual fee by USD 5000.", "5000")?.cls).not.toBe("context");
  });
});

describe("soft-skill-in-action reasons", () => {
  const reasons = (text: string) => gradeStory(text).dimensions.integration.evidence.filter((e) => e.ruleId === "soft-skill-in-action").map((e) => [text.slice(e.span.start, e.span.end), e.reason]);
  it("says when an act with people is thin, and what would make it count", () => {
    const text = "I traced the outage to a starved thread pool and proposed a dedicated pool. I told my manager. I walked the night nurses through the new checks.";
    const r = reasons(text);
    expect(r.map(([q]) => q)).toEqual(["proposed", "told my manager", "walked the night nurses"]);
    expect(r[0]?.[1]).toMatch(/thin act: no one is named who heard it/);
    expect(r[1]?.[1]).toMatch(/thin act: passing word on/);
    expect(r[2]?.[1]).toMatch(/^Communication, shown in something you did with people/);
    // An act that involves nobody else is not said to be done with people; family names read as words.
    expect(reasons("I stayed late to finish the stock count.")[0]?.[1]).toBe("Work ethic, shown in something you did rather than claimed");
    // No lexicon notation reaches the user.
    for (const [, why] of r) expect(why).not.toMatch(/\+ people|\(to whom/);
  });

  it("names a relative as the one who heard it: 'explained to his daughter' is no act without a hearer", () => {
    const r = reasons("I gave the IV potassium she prescribed and repeated his bloods. I then explained to his daughter on the phone what had happened.");
    const explained = r.find(([q]) => q?.startsWith("explained"));
    expect(explained?.[1]).not.toMatch(/no one is named who heard it/);
  });
});
