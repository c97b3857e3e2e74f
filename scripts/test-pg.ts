// `npm run test:pg`: the whole test suite (`npm test`: lint, typecheck, unit, end to end) on PostgreSQL.
// Starts a throwaway PostgreSQL server (scripts/throwaway-postgres.ts), points DATABASE_URL at it, runs
// the suite, then stops the server and deletes its files, whatever the outcome.
//   -- --skip-static   leave out lint and typecheck (they do not depend on the database; CI runs them once)
import { spawnSync } from "node:child_process";

import { startThrowawayPostgres } from "./throwaway-postgres";

const started = Date.now();
const server = await startThrowawayPostgres();
console.log(`test:pg: throwaway PostgreSQL on port ${server.port} (${Date.now() - started} ms)`);
let status = 1;
try {
  const result = spawnSync("node_modules/.bin/tsx", ["scripts/test.ts", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: server.url },
  });
  status = result.status ?? 1;
} finally {
  server.stop();
}
process.exit(status);
