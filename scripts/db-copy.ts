// `npm run db:copy -- --to postgresql://… [--from file:./data/storybank.db]`
// Moves an install to PostgreSQL: migrates both databases to the current schema, then copies every row
// from the SQLite database (default: the embedded one) into the target, which must be empty: a target
// with any row is refused and left untouched. Stop the app first, so that nothing changes meanwhile.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";

import { DEFAULT_DATABASE_URL, sqliteFilePath } from "../lib/db/url";
import { copyDatabase, TargetNotEmptyError } from "../lib/db/copy";
import { createPrismaClient } from "../lib/db/create-client";
import { prepareDatabase } from "./prepare-db";

const { values } = parseArgs({ options: { from: { type: "string", default: DEFAULT_DATABASE_URL }, to: { type: "string" } } });
const hidePassword = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");

if (!values.to) {
  console.error("db:copy: name the target: npm run db:copy -- --to postgresql://user:password@host:5432/storybank");
  process.exit(2);
}
if (values.to === values.from) {
  console.error("db:copy: the source and the target are the same database.");
  process.exit(2);
}
const sourceFile = sqliteFilePath(values.from);
if (sourceFile && !existsSync(sourceFile)) {
  console.error(`db:copy: no database at ${sourceFile}.`);
  process.exit(2);
}

console.log(`db:copy: ${hidePassword(values.from)} → ${hidePassword(values.to)}`);
prepareDatabase(values.from);
prepareDatabase(values.to);
const source = createPrismaClient(values.from);
const target = createPrismaClient(values.to);
const started = performance.now();
try {
  const copied = await copyDatabase(source, target, {
    onProgress: ({ model, copied, total }) => process.stdout.write(`\rdb:copy: ${model} ${copied.toLocaleString("en")} / ${total.toLocaleString("en")}   `),
  });
  process.stdout.write("\n");
  const summary = Object.entries(copied)
    .map(([model, count]) => `${model} ${count.toLocaleString("en")}`)
    .join(", ");
  console.log(`db:copy: done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary}.`);
  console.log("Start the app with the new DATABASE_URL (and the same BETTER_AUTH_SECRET, or the auth-secret file, to keep sessions).");
} catch (error) {
  process.stdout.write("\n");
  console.error(`db:copy: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof TargetNotEmptyError ? 3 : 1;
} finally {
  await Promise.all([source.$disconnect(), target.$disconnect()]);
}
