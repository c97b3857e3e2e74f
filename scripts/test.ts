// `npm test`: the whole suite, in the order that fails fastest: lint, typecheck, unit, end to end.
// On the database DATABASE_URL names: SQLite by default; `npm run test:pg` runs it on PostgreSQL.
//   -- --skip-static   leave out lint and typecheck
import { isPostgresUrl, resolveDatabaseUrl } from "../lib/db/url";
import { runBin } from "./run";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const postgres = isPostgresUrl(resolveDatabaseUrl());
const skipStatic = process.argv.includes("--skip-static");

const steps: [string, () => void][] = [];
if (!skipStatic) {
  steps.push(["lint", () => runBin("eslint", ["--max-warnings=0", "."])]);
  steps.push(["typecheck", () => (runBin("next", ["typegen"]), runBin("tsc", ["--noEmit"]))]);
}
// Needs a PostgreSQL server; on SQLite a unit test still checks the PostgreSQL schema's text.
if (postgres) steps.push(["PostgreSQL schema and migrations match prisma/schema.prisma", () => runBin("tsx", ["scripts/pg-migrate.ts", "--check"])]);
steps.push(["unit tests (vitest)", () => runBin("vitest", ["run"])]);
steps.push(["end-to-end tests (Playwright + Chromium)", () => runBin("tsx", ["scripts/e2e.ts"])]);

console.log(`Testing on ${postgres ? "PostgreSQL" : "SQLite"}.`);
for (const [name, step] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  step();
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed on ${postgres ? "PostgreSQL" : "SQLite"}.`);
