// Small banks for the planner tests: real stories graded by the real grader (so
// the rules are tested against what the grader actually reports), and hand-built
// summaries where one exact shape makes the rule under test clearer.
import { gradeStory, type Band, type HardField, type SoftFamily } from "@/lib/grader";
import { plannerContext, profileSchema, summariseStory, type PlannerContext, type RoleType, type StorySummary } from "@/lib/planner";

/** Short stories whose grades were checked by hand; the bank tests pin the parts the planner relies on. */
export const TEXTS = {
  churn:
    "At a subscription app, churn had risen to 8% a month. I used Python and SQL to analyse six months of cancellations and found most users left after a failed payment. I presented the findings to the product team with simple charts, which led us to add a retry flow. Within two months churn fell to 5%.",
  mentor:
    "Our support team of eight was losing new hires within three months. As team lead I mentored each new agent weekly, paired them with a senior colleague, and ran a monthly workshop with the team on the hardest tickets, using Zendesk ticket data to pick the topics. Because new agents felt supported, attrition fell from 40% to 15% over the next year.",
  claim: "I am a strong communicator and I know Python. Everyone said the project went well.",
  indexes:
    "Our checkout API was timing out at peak. I used pg_stat_statements to find the slowest queries, added composite indexes and rewrote two ORM queries. Peak CPU fell to 40% and p95 latency went from 900 ms to 210 ms.",
  mediate:
    "Two of our designers disagreed about the new onboarding flow and the release was slipping. I sat down with both of them, listened to each side, and mediated a compromise: we would test both versions. I then set up an A/B test in Optimizely and shared the results with the team, which led us to ship the winning flow two weeks later. Sign-ups rose 12%.",
  excel:
    "Our finance team closed the month in eight days because reconciliations were done by hand. I built an Excel model with Power Query that matched bank CSVs to the ledger and trained the three AP clerks to use it in two workshops. Within a quarter the close went from eight to five days.",
} as const;

export type TextId = keyof typeof TEXTS;

export function graded(id: TextId, storyId: string = id): StorySummary {
  const text = TEXTS[id];
  return summariseStory({ id: storyId, title: `Story ${storyId}`, text }, gradeStory(text));
}

type Draft = {
  id: string;
  band?: Band;
  overall?: number;
  hard?: readonly (readonly [string, HardField])[];
  soft?: readonly (readonly [SoftFamily, string])[];
  integrated?: boolean;
  resultQuote?: string | null;
};

const DEFAULT_SCORE: Record<Band, number> = { strong: 90, fair: 55, weak: 20 };

/** A summary written by hand: only the fields the planner reads. */
export function summary(d: Draft): StorySummary {
  const band = d.band ?? "strong";
  const soft = (d.soft ?? []).map(([family, behaviour]) => ({ family, behaviour }));
  const integrated = d.integrated ?? band === "strong";
  const overall = d.overall ?? DEFAULT_SCORE[band];
  return {
    id: d.id,
    title: `Story ${d.id}`,
    band,
    overall,
    scores: { integration: overall, context: overall, result: overall },
    levels: { integration: integrated ? 2 : 1, context: 2, result: 2 },
    hardSkills: (d.hard ?? []).map(([term, field]) => ({ term, field })),
    softSkills: soft,
    softFamilies: [...new Set(soft.map((s) => s.family))],
    integrated,
    resultQuote: d.resultQuote === undefined ? `Result of ${d.id} rose 10%.` : d.resultQuote,
    summary: `Summary of ${d.id}.`,
  };
}

export function ctx(roleType: RoleType, years: number, targetTitle?: string): PlannerContext {
  return plannerContext(profileSchema.parse({ roleType, years, targetTitle }));
}
