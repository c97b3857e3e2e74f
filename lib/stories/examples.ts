// Example stories a new user can add with one click, to see the bank, the grades and the
// highlights before writing their own. Written for StoryBank: varied roles and fields, some
// strong and some deliberately weak, so that the list shows what separates them. Isomorphic.
import type { z } from "zod";

import type { storyInputSchema } from "./schema";

export type ExampleStory = z.input<typeof storyInputSchema>;

export const EXAMPLE_STORIES: ExampleStory[] = [
  {
    title: "Cutting repeat support tickets with a triage script",
    role: "technical",
    stage: "mid",
    format: "free",
    tags: ["example", "automation", "support"],
    text:
      "Our support team of six was answering the same password-reset and billing questions all day, and the queue had grown to about 900 open tickets. " +
      "My task was to find out why so many tickets repeated and cut the backlog before the spring release.\n\n" +
      "I sat with the support lead, Dana, for two afternoons to watch how she sorted the queue, then I wrote a SQL query over six months of tickets to group them by cause. " +
      "Because 38% turned out to be about two billing screens, I built a small Python script that tagged those tickets and replied with the right help article, and I walked the team through it so they could adjust the replies themselves.\n\n" +
      "Within a month repeat tickets fell by 41% and the open queue dropped from 900 to 350, so the team had time again for the harder cases.",
  },
  {
    title: "Saving a renewal after a rocky rollout",
    role: "customer",
    stage: "mid",
    format: "star",
    tags: ["example", "retention", "account management"],
    parts: {
      situation:
        "A logistics customer worth $120,000 a year told us in March they would not renew: our new routing feature had doubled their planners' data-entry time.",
      task: "As their account manager I had six weeks to win back their trust before the renewal date.",
      action:
        "I flew out to spend a day with three of their planners and timed each step they took in our tool. " +
        "I then built a Salesforce report that showed where the extra clicks came from and presented it to our product manager, which led us to ship a bulk-import option in two sprints. " +
        "I ran a weekly call with their operations lead to show progress and took their feedback straight into the backlog.",
      result:
        "Data-entry time went back under 20 minutes a day, the customer renewed for two years at the same price, and they later referred us to a partner firm.",
    },
  },
  {
    title: "Team player who gets things done",
    role: "general",
    stage: "entry",
    format: "free",
    tags: ["example", "needs work"],
    text:
      "I am a hard-working team player with excellent communication skills and a passion for results. " +
      "We worked on a lot of projects together and I always went above and beyond. " +
      "Everyone said it went really well and the project was a big success.",
  },
  {
    title: "Fixing the on-call rota",
    role: "leadership",
    stage: "senior",
    format: "free",
    tags: ["example", "people", "process"],
    text:
      "Last year our platform team had a painful on-call rota: the same three engineers were paged most nights and two of them said they were thinking of leaving. " +
      "I was asked to fix it as the new team lead.\n\n" +
      "I met each of the eight engineers one to one to hear what made nights hard, and I mentored the two most junior people through shadow shifts so that they could join the rota. " +
      "I also set up a weekly review of every page with the team, where we decided together which alerts to delete.\n\n" +
      "Things got a lot better afterwards and people seemed happier.",
  },
  {
    title: "Fewer handover errors on a busy ward",
    role: "general",
    stage: "entry",
    format: "free",
    tags: ["example", "healthcare", "patient safety"],
    text:
      "On my first placement as a newly qualified nurse on a 28-bed surgical ward, medication details were often lost at shift handover, and we logged nine near-misses in one quarter. " +
      "I was given the job of improving our handovers.\n\n" +
      "I interviewed five nurses from day and night shifts about what they missed most, then drafted a one-page handover checklist linked to the patient record in the EHR. " +
      "I trialled it with the night team for two weeks and changed the order of the items after their feedback.\n\n" +
      "In the next quarter near-misses fell from nine to two, and the ward manager adopted the checklist for the whole unit.",
  },
  {
    title: "Sales dashboard for the regional team",
    role: "technical",
    stage: "entry",
    format: "free",
    tags: ["example", "data", "needs work"],
    text:
      "In my internship I was responsible for a dashboard. I used Tableau and Excel to make charts of sales by region. " +
      "It was a good learning experience and the managers liked it.",
  },
];
