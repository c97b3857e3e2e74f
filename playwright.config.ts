import { defineConfig, devices } from "@playwright/test";

import { CHROMIUM_ARGS, systemChromium } from "./lib/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// A scratch database for the run; scripts/e2e.ts deletes it first.
const databaseUrl = process.env.E2E_DATABASE_URL ?? "file:./test-results/e2e.db";
const executablePath = systemChromium();

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
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
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
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      // Every journey signs up a fresh user from 127.0.0.1: lift the per-address limits for the run
      // (tests/auth/auth.test.ts checks the limiter itself).
      AUTH_SIGN_UP_LIMIT: "500",
      AUTH_SIGN_IN_LIMIT: "100",
    },
  },
});
