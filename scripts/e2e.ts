// `npm run test:e2e`: Playwright in a real Chromium against a production build on a scratch database.
import { existsSync, rmSync } from "node:fs";

import { chromium } from "@playwright/test";

import { systemChromium } from "../lib/chromium";
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

checkBrowser();
const databaseUrl = process.env.E2E_DATABASE_URL ?? "file:./test-results/e2e.db";
const file = databaseUrl.replace(/^file:/, "");
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
runBin("playwright", ["test", ...process.argv.slice(2)], {
  env: { ...process.env, E2E_DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
});
