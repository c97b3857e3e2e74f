// 2,000 generated bad requests (lib/fuzz/cases.ts) over every route, page and server action, as a
// signed-in user: every one must get an answer below 500 within 15 s. `npm run bench:fuzz` runs 10,000.
import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { runFuzz } from "../lib/fuzz/cases";
import { FIRST_INSTANCE } from "./instances";
import { PASSWORD, uniqueEmail } from "./support";

test("2,000 malformed requests over every route and action get a 4xx (or a success), never a 5xx or a hang", async ({ request }) => {
  test.setTimeout(300_000);
  const email = uniqueEmail("fuzz");
  expect((await request.post("/api/auth/sign-up/email", { data: { name: "Fuzz", email, password: PASSWORD }, headers: { origin: FIRST_INSTANCE } })).ok()).toBe(true);
  const signedIn = await request.post("/api/auth/sign-in/email", { data: { email, password: PASSWORD }, headers: { origin: FIRST_INSTANCE } });
  expect(signedIn.ok()).toBe(true);
  const cookie = signedIn
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value.split(";")[0])
    .join("; ");
  const story = await request.post("/api/stories", { data: { title: "Fuzz target", text: "I rewrote the setup guide, so tickets fell 30% in a month." } });
  const { id } = (await story.json()) as { id: string };
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node?: Record<string, unknown> };
  const actionIds = Object.keys(manifest.node ?? {});
  expect(actionIds.length).toBeGreaterThan(0);

  const result = await runFuzz(FIRST_INSTANCE, { count: 2000, seed: 12, concurrency: 4, cookie, actionIds, storyId: id });
  const failures = result.failures.map((f) => `${f.status} ${f.request.method} ${f.request.path.slice(0, 100)} ${JSON.stringify(f.request.headers)}`);
  expect(failures).toEqual([]);
  expect(result.sent).toBe(2000);
});
