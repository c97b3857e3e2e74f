// `npm run test:e2e`: Playwright in a real Chromium against a production build, served by two
// instances over one scratch database: SQLite by default, PostgreSQL when DATABASE_URL names a
// PostgreSQL server (as `npm run test:pg` does).
import { existsSync, rmSync } from "node:fs";

import { chromium } from "@playwright/test";

import { isPostgresUrl, resolveDatabaseUrl } from "../lib/db/url";
import { setting } from "../lib/env";
import { systemChromium } from "../e2e/support/chromium";
import { databaseUrlOn, onPostgres } from "../tests/support/postgres";
import { buildIfChanged } from "./build-if-changed";
import { prepareDatabase } from "./prepare-db";
import { runBin } from "./run";

function checkBrowser(): void {
  const system = systemChromium();
  if (system) {
    console.log(`e2e: using ${system}`);
    return;
  }
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) {
    console.log(`e2e: using Playwright's Chromium at ${bundled}`);
    return;
  }
  console.error(
    [
      "e2e: no Chromium found.",
      "  On Debian or Ubuntu: sudo apt-get install -y chromium   (provides /usr/bin/chromium)",
      "  Elsewhere:           npx playwright install chromium",
      "  Or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    ].join("\n"),
  );
  process.exit(1);
}

/** A fresh, empty database for the run. */
async function scratchDatabase(): Promise<string> {
  const configured = resolveDatabaseUrl();
  if (isPostgresUrl(configured)) {
    await onPostgres(configured, async (client) => {
      await client.query('DROP DATABASE IF EXISTS "storybank_e2e" WITH (FORCE)');
      await client.query('CREATE DATABASE "storybank_e2e"');
    });
    return databaseUrlOn(configured, "storybank_e2e");
  }
  const url = setting("E2E_DATABASE_URL");
  const file = url.replace(/^file:/, "");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  return url;
}

checkBrowser();
const databaseUrl = await scratchDatabase();
process.env.DATABASE_URL = databaseUrl;
process.env.NEXT_TELEMETRY_DISABLED = "1";
prepareDatabase();
buildIfChanged();
console.log(`e2e: database ${databaseUrl.replace(/\/\/[^@/]*@/, "//")}`);
runBin("playwright", ["test", ...process.argv.slice(2)], { env: { ...process.env, E2E_DATABASE_URL: databaseUrl } });
