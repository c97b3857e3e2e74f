// `npm run bench:duplicates -- --user demo@example.com [--file 5000]`: how long finding the stories of
// an import that the user's bank already holds takes (lib/stories/duplicates.ts), on the configured
// database (a 10,000-story bank: see README "Measuring the app"). The import is made of `--file`
// stories: half copies of bank stories with their spacing changed, half new. Writes nothing.
import { parseArgs } from "node:util";

import { db } from "../lib/db/client";
import { findDuplicates } from "../lib/stories/duplicates";
import { summariseDuplicates } from "../lib/stories/transfer";

const { values } = parseArgs({ options: { user: { type: "string" }, file: { type: "string", default: "5000" }, runs: { type: "string", default: "3" } } });
const user = await db.user.findUnique({ where: { email: values.user ?? "demo@example.com" }, select: { id: true } });
if (!user) throw new Error(`No user ${values.user}: seed one first (npm run db:seed).`);
const bank = await db.story.count({ where: { userId: user.id } });
const size = Number(values.file);
const copies = await db.story.findMany({ where: { userId: user.id }, select: { text: true }, take: Math.floor(size / 2) });
const file = [...copies.map((story) => ({ input: { text: story.text.replace(/ /g, "  ") } })), ...Array.from({ length: size - copies.length }, (_, i) => ({ input: { text: `A story that is not in the bank yet, number ${i}.` } }))];

for (let run = 1; run <= Number(values.runs); run++) {
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const summary = summariseDuplicates(await findDuplicates(user.id, file));
  const ms = performance.now() - start;
  console.log(`run ${run}: bank ${bank.toLocaleString("en")} stories, file ${size.toLocaleString("en")}: ${summary.inBank} in the bank, ${ms.toFixed(0)} ms, heap ${((process.memoryUsage().heapUsed - before) / 1e6).toFixed(1)} MB`);
}
await db.$disconnect();
