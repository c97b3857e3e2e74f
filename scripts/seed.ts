// `npm run db:seed -- --user demo@example.com --stories 10000 [--password …] [--seed 1]`
// Creates the user if missing (a credential account that signs in normally) and adds N varied
// stories, graded by the real grader, written with createMany in batched transactions.
// Runs outside Next, so it builds its own Prisma client and reuses only pure helpers.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";

import { generateRandomString, hashPassword } from "better-auth/crypto";

import { PASSWORD_MIN_LENGTH } from "../lib/auth/rules";
import { resolveDatabaseUrl } from "../lib/db/url";
import { ROLES, STAGES } from "../lib/grader";
import { createPrismaClient, type Db } from "../lib/db/create-client";
import { storyInputSchema, type StoryInput } from "../lib/stories/schema";
import { buildStoryRows, type StoryRows } from "../lib/stories/transfer";
import { prepareDatabase } from "./prepare-db";

const BATCH = 500;
const MAX_STORIES = 100_000;

type Field = { name: string; team: string; problem: string[]; tools: string[]; people: string[]; metric: string[]; tags: string[] };

// Building blocks in our own words; the generator combines them so that no two stories read alike.
const FIELDS: Field[] = [
  {
    name: "support",
    team: "support team",
    problem: ["the queue of open tickets kept growing", "customers waited two days for a first reply", "the same billing questions came in every day"],
    tools: ["a SQL query over six months of tickets", "a Python script that tagged tickets by cause", "Zendesk macros for the most common answers"],
    people: ["the support lead", "two agents on the night shift", "the billing team"],
    metric: ["repeat tickets fell by {p}%", "first-reply time dropped from {a} hours to {b}", "the backlog shrank from {n} to {m} tickets"],
    tags: ["support", "automation", "customers"],
  },
  {
    name: "data",
    team: "analytics team",
    problem: ["nobody trusted the weekly sales numbers", "reports took a full day to build by hand", "three dashboards disagreed about revenue"],
    tools: ["a dbt model with tests on every source", "a Tableau dashboard fed from one table", "a Python job that checked the data every night"],
    people: ["the finance manager", "the regional sales leads", "two product managers"],
    metric: ["report preparation went from {a} hours to {b}", "data errors fell by {p}%", "the team saved about {n} hours a month"],
    tags: ["data", "reporting", "dashboards"],
  },
  {
    name: "engineering",
    team: "platform team",
    problem: ["deploys failed about once a week", "the checkout page was slow at peak times", "on-call engineers were paged most nights"],
    tools: ["a Kubernetes rollout with health checks", "a Redis cache in front of the pricing service", "Terraform modules for every environment"],
    people: ["the on-call engineers", "the QA lead", "the product owner"],
    metric: ["failed deploys fell by {p}%", "page load time dropped from {a} seconds to {b}", "night pages went from {n} a month to {m}"],
    tags: ["engineering", "reliability", "cloud"],
  },
  {
    name: "finance",
    team: "finance team",
    problem: ["month-end close took twelve days", "supplier invoices were paid late", "the budget forecast missed by a wide margin"],
    tools: ["an Excel model with pivot tables for each cost centre", "bank reconciliations automated from the bank CSVs", "a rolling forecast in the general ledger"],
    people: ["the controller", "the purchasing team", "department heads"],
    metric: ["the close went from {a} days to {b}", "late payments fell by {p}%", "forecast error shrank to {b}%"],
    tags: ["finance", "process"],
  },
  {
    name: "healthcare",
    team: "ward team",
    problem: ["medication details were lost at handover", "patients waited too long for discharge", "falls on the ward were rising"],
    tools: ["a handover checklist linked to the EHR", "a discharge plan started on admission", "hourly rounding with a simple falls risk score"],
    people: ["the night nurses", "the ward manager", "the pharmacy team"],
    metric: ["near-misses fell from {n} to {m} a quarter", "discharge waits dropped by {p}%", "falls went down by {p}% in three months"],
    tags: ["healthcare", "patient safety"],
  },
  {
    name: "sales",
    team: "sales team",
    problem: ["a key account planned not to renew", "the pipeline was full of stale deals", "new reps took months to close a first deal"],
    tools: ["a Salesforce report of every open deal", "a pricing calculator for the three main packages", "a HubSpot sequence for trial users"],
    people: ["the customer's operations lead", "our product manager", "the new reps"],
    metric: ["the customer renewed for ${k}k a year", "win rate rose from {u}% to {v}%", "time to first deal fell by {p}%"],
    tags: ["sales", "accounts", "revenue"],
  },
  {
    name: "education",
    team: "maths department",
    problem: ["year 9 results were falling", "students missed homework deadlines", "new teachers struggled with lesson planning"],
    tools: ["weekly low-stakes quizzes in Google Classroom", "a shared bank of lesson plans", "a reading-age check for every new student"],
    people: ["the head of year", "two newly qualified teachers", "parents at the open evening"],
    metric: ["pass rates rose from {u}% to {v}%", "missed homework fell by {p}%", "{n} students moved up a set"],
    tags: ["education", "teaching"],
  },
  {
    name: "operations",
    team: "warehouse team",
    problem: ["orders shipped late before the holidays", "stock counts never matched the system", "pickers walked miles every shift"],
    tools: ["a new slotting plan from the order data", "barcode scanning at every shelf", "a daily stand-up board with the shift leads"],
    people: ["the shift leads", "the inventory planner", "the carrier's account manager"],
    metric: ["late orders fell by {p}%", "stock accuracy went from {u}% to {v}%", "picking time per order dropped {p}%"],
    tags: ["operations", "logistics"],
  },
];

const WEAK_LINES = [
  "I am a hard-working team player with great communication skills.",
  "We did a lot of work on this and it went really well.",
  "Everyone was happy with the result and I learned a lot.",
  "I would probably try to improve things if it happened again.",
  "It was a challenging but rewarding experience for the whole team.",
];

/** A small seeded PRNG (mulberry32), so that a seed gives the same bank every time. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeStory(rand: () => number, index: number): { input: StoryInput; draft?: StoryInput; createdAt: Date; updatedAt: Date } {
  const one = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const field = one(FIELDS);
  const [a, b] = [int(20, 60), int(3, 15)];
  const fill = (text: string) =>
    text.replace("{p}", String(int(12, 64))).replace("{a}", String(a)).replace("{b}", String(b)).replace("{n}", String(int(40, 900))).replace("{m}", String(int(2, 30))).replace("{k}", String(int(20, 400))).replace("{u}", String(int(30, 70))).replace("{v}", String(int(75, 98)));
  const problem = one(field.problem);
  const tool = one(field.tools);
  const person = one(field.people);
  const metric = fill(one(field.metric));
  const quality = rand();
  const situation = `In ${int(2018, 2025)}, on a ${field.team} of ${int(4, 30)}, ${problem}.`;
  const task = `I was asked to fix it within ${int(2, 12)} weeks.`;
  const action = `I sat down with ${person} to understand the problem, then built ${tool}, and walked ${one(field.people)} through it so they could run it themselves.`;
  const result = `As a result ${metric} within ${int(1, 6)} months.`;
  let text: string;
  if (quality < 0.2) text = [one(WEAK_LINES), one(WEAK_LINES), `We used ${tool.replace(/^an? /, "")}.`].join(" ");
  else if (quality < 0.45) text = [situation, task, `We worked on it together and used ${tool}.`, "Things improved a lot afterwards."].join(" ");
  else text = [situation, task, action, result].join("\n\n");
  const star = quality >= 0.45 && rand() < 0.25;
  const createdAt = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 330 * 86_400_000));
  const updatedAt = new Date(createdAt.getTime() + Math.floor(rand() * 20 * 86_400_000));
  const input = storyInputSchema.parse({
    title: `${problem.charAt(0).toUpperCase()}${problem.slice(1)} (#${index + 1})`,
    role: one(ROLES),
    stage: one(STAGES),
    format: star ? "star" : "free",
    text,
    parts: star ? { situation, task, action, result } : undefined,
    tags: [...new Set([one(field.tags), one(field.tags), ...(rand() < 0.3 ? ["favourite"] : [])])],
  });
  // Some stories have an earlier draft without the measured result, so history has something to show.
  const draft = quality >= 0.45 && rand() < 0.3 ? storyInputSchema.parse({ ...input, format: "free", text: [situation, task, action].join("\n\n"), parts: undefined }) : undefined;
  return { input, draft, createdAt, updatedAt };
}

async function ensureUser(db: Db, email: string, password: string | undefined): Promise<string> {
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) {
    console.log(`seed: adding to the existing user ${email}${password ? " (password left unchanged)" : ""}`);
    return existing.id;
  }
  const chosen = password ?? generateRandomString(16, "a-z", "A-Z", "0-9");
  if (chosen.length < PASSWORD_MIN_LENGTH) throw new Error(`--password needs at least ${PASSWORD_MIN_LENGTH} characters`);
  const id = randomUUID();
  await db.user.create({
    data: {
      id,
      email,
      name: email.split("@")[0] ?? email,
      emailVerified: false,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: await hashPassword(chosen) } },
    },
  });
  console.log(`seed: created ${email} with password ${chosen}`);
  return id;
}

async function writeBatch(db: Db, rows: StoryRows[]): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.story.createMany({ data: rows.map((r) => r.story) });
      await tx.storyTag.createMany({ data: rows.flatMap((r) => r.tags) });
      await tx.storySkill.createMany({ data: rows.flatMap((r) => r.skills) });
      await tx.revision.createMany({ data: rows.flatMap((r) => r.revisions) });
    },
    { timeout: 60_000 },
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      user: { type: "string", default: "demo@example.com" },
      stories: { type: "string", default: "50" },
      password: { type: "string" },
      seed: { type: "string", default: "1" },
    },
  });
  const count = Number(values.stories);
  if (!Number.isInteger(count) || count < 0 || count > MAX_STORIES) throw new Error(`--stories is a whole number from 0 to ${MAX_STORIES}`);
  const email = values.user.trim().toLowerCase();

  const url = resolveDatabaseUrl();
  console.log(`seed: database ${url}`);
  prepareDatabase();
  const db = createPrismaClient(url);
  try {
    const userId = await ensureUser(db, email, values.password);
    const rand = random(Number(values.seed) || 1);
    const started = performance.now();
    let gradingMs = 0;
    let writingMs = 0;
    let idCounter = 0;
    const stamp = Date.now().toString(36);
    const newId = () => `s${stamp}${(idCounter++).toString(36).padStart(7, "0")}${randomUUID().slice(0, 8)}`;
    for (let offset = 0; offset < count; offset += BATCH) {
      const size = Math.min(BATCH, count - offset);
      const gradeStart = performance.now();
      const rows = Array.from({ length: size }, (_, i) => {
        const story = makeStory(rand, offset + i);
        const revisions = story.draft
          ? [
              { input: story.draft, version: 1, autosave: false, createdAt: story.createdAt },
              { input: story.input, version: 2, autosave: false, createdAt: story.updatedAt },
            ]
          : [];
        return buildStoryRows(userId, { input: story.input, version: revisions.length || 1, createdAt: story.createdAt, updatedAt: story.updatedAt, revisions }, { newId, now: new Date() });
      });
      const writeStart = performance.now();
      gradingMs += writeStart - gradeStart;
      await writeBatch(db, rows);
      writingMs += performance.now() - writeStart;
      process.stdout.write(`\rseed: ${(offset + size).toLocaleString("en")} / ${count.toLocaleString("en")} stories`);
    }
    const total = performance.now() - started;
    if (count > 0) process.stdout.write("\n");
    console.log(
      `seed: ${count.toLocaleString("en")} stories for ${email} in ${(total / 1000).toFixed(1)} s ` +
        `(grading ${(gradingMs / 1000).toFixed(1)} s, writing ${(writingMs / 1000).toFixed(1)} s, ${count > 0 ? Math.round(count / (total / 1000)).toLocaleString("en") : 0} stories/s)`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
