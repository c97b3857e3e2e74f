import { defineConfig, devices } from "@playwright/test";

import { E2E_PORT, FIRST_INSTANCE, SECOND_INSTANCE } from "./e2e/instances";
import { CHROMIUM_ARGS, systemChromium } from "./e2e/support/chromium";
import { setting } from "./lib/env";

// A scratch database for the run, migrated by scripts/e2e.ts, which also builds the app: run the
// journeys with `npm run test:e2e`.
const databaseUrl = setting("E2E_DATABASE_URL");
const executablePath = systemChromium();

/** One instance of the production build; both share the database and the session-signing secret. */
const instance = (port: number) => ({
  command: `node_modules/.bin/tsx scripts/serve.ts -p ${port} -H 127.0.0.1`,
  url: `http://127.0.0.1:${port}/api/health`,
  timeout: 120_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
  env: {
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    BETTER_AUTH_SECRET: "e2e-only-secret-shared-by-both-instances-0123456789",
    // Every journey signs up a fresh user from 127.0.0.1: lift the per-address limits for the run
    // (tests/auth/auth.test.ts checks the limiter itself).
    AUTH_SIGN_UP_LIMIT: "500",
    AUTH_SIGN_IN_LIMIT: "500",
    // The fuzz journey sends hundreds of bad requests to /api/grade from the same address.
    GRADE_REQUESTS_PER_MINUTE: "100000",
  },
});

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/artifacts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [["list"]],
  use: {
    baseURL: FIRST_INSTANCE,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      // The fuzz run loads the server hard: it runs alone, after the journeys.
      testIgnore: /fuzz\.spec\.ts/,
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: executablePath
          ? {
              executablePath,
              args: CHROMIUM_ARGS,
              env: { ...process.env, XDG_CONFIG_HOME: "test-results/.config" },
            }
          : {},
      },
    },
    { name: "fuzz", testMatch: /fuzz\.spec\.ts/, dependencies: ["chromium"] },
  ],
  webServer: [instance(E2E_PORT), instance(Number(new URL(SECOND_INSTANCE).port))],
});
