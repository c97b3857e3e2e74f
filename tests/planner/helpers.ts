// Real story texts for the few end-to-end planner tests (and tests/planner-data),
// graded by the real grader. Their assertions must hold for any reasonable grader:
// the planner-logic tests build their banks by hand in ./support.ts instead.
import { gradeStory } from "@/lib/grader";
import { summariseStory, type StorySummary } from "@/lib/planner";

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

/** A real text graded by the real grader: assert only what any reasonable grader would report. */
export function graded(id: TextId, storyId: string = id): StorySummary {
  const text = TEXTS[id];
  return summariseStory({ id: storyId, title: `Story ${storyId}`, text }, gradeStory(text));
}
