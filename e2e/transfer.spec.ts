import { expect, test, type Page } from "@playwright/test";

import { signUp } from "./support";

type Bank = { exportedAt?: string; stories: { title: string; revisions: unknown[] }[] };

async function exportJson(page: Page): Promise<Bank> {
  const response = await page.request.get("/api/export?format=json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="storybank-.*\.json"/);
  const bank = (await response.json()) as Bank;
  delete bank.exportedAt;
  return bank;
}

async function storyCount(page: Page): Promise<number> {
  return ((await (await page.request.get("/api/stories")).json()) as { total: number }).total;
}

test("exporting, deleting every story and importing the file gives back the same bank", async ({ page }) => {
  await signUp(page);
  await page.request.post("/api/stories/examples", { headers: { Accept: "application/json" } });
  const list = (await (await page.request.get("/api/stories?pageSize=100")).json()) as { items: { id: string; version: number }[] };
  const first = list.items[0]!;
  await page.request.patch(`/api/stories/${first.id}`, { data: { version: first.version, tags: ["edited", "example"] } });

  const before = await exportJson(page);
  expect(before.stories.length).toBeGreaterThanOrEqual(5);
  const markdown = await page.request.get("/api/export?format=md");
  expect(await markdown.text()).toContain(`## ${before.stories[0]!.title}`);
  const csv = await page.request.get("/api/export?format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");

  for (const item of list.items) expect((await page.request.delete(`/api/stories/${item.id}`)).status()).toBe(204);
  expect(await storyCount(page)).toBe(0);

  await page.goto("/stories/import");
  await page.getByLabel("File to import (JSON or CSV)").setInputFiles({ name: "bank.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(before)) });
  await expect(page.getByText(`${before.stories.length} stories found`)).toBeVisible();
  await page.getByRole("button", { name: "Import stories" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Imported ${before.stories.length} stories` })).toBeVisible();

  expect(await exportJson(page)).toEqual(before);
  await page.getByRole("link", { name: "Open my stories" }).click();
  await expect(page.getByRole("table").getByRole("link", { name: "Cutting repeat support tickets with a triage script" })).toBeVisible();
});

test("importing a CSV with bad rows names each row and writes nothing", async ({ page }) => {
  await signUp(page);
  await page.goto("/stories/import");
  const csv = ["title,text,role", "A good story,I cut the build time by 40%.,technical", ",This one has no title.,technical", "Bad role,Text here.,astronaut"].join("\n");
  await page.getByLabel("File to import (JSON or CSV)").setInputFiles({ name: "stories.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  // The file is checked as soon as it is chosen: the problems show before anything can be imported.
  const alert = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("listitem")).toHaveText([/^Row 3: title: /, /^Row 4: role: /]);
  await expect(page.getByRole("button", { name: "Import stories" })).toBeDisabled();
  expect(await storyCount(page)).toBe(0);
});

test("an upload larger than the 10 MB a proxy buffers by default arrives whole (checked, nothing written)", async ({ page }) => {
  await signUp(page);
  // 11 MB of leading spaces, then one story: a body cut at 10 MB would hold only spaces.
  const file = `${" ".repeat(11 * 1024 * 1024)}[{"title":"Cold store refit","text":"I traced every circuit with a tone tracer and talked the site manager through the shutdown."}]`;
  const response = await page.request.post("/api/import?preview=1", { data: Buffer.from(file), headers: { "content-type": "application/json", "x-file-name": "big.json" } });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ preview: true, kind: "json" });
});

test("one user's second import waits for the first: refused with a reason and a Retry-After, then accepted", async ({ page }) => {
  test.slow();
  await signUp(page);
  const stories = Array.from({ length: 400 }, (_, i) => ({ title: `Refit ${i}`, text: `On refit ${i} I traced every circuit with a tone tracer and walked the site manager through the shutdown, so the stores reopened a day early.` }));
  const headers = { "content-type": "application/json", "x-file-name": "bank.json" };
  const first = page.request.post("/api/import", { data: Buffer.from(JSON.stringify(stories)), headers, timeout: 120_000 });
  // The first import grades and writes 400 stories (seconds); meanwhile a second is refused, writing nothing.
  await page.waitForTimeout(1000);
  const second = await page.request.post("/api/import?preview=1", { data: Buffer.from(JSON.stringify(stories.slice(0, 1))), headers });
  expect(second.status()).toBe(429);
  expect(second.headers()["retry-after"]).toMatch(/^\d+$/);
  expect(((await second.json()) as { error: string }).error).toContain("Another import is still running");
  expect((await first).status()).toBe(201);
  const third = await page.request.post("/api/import?preview=1", { data: Buffer.from(JSON.stringify(stories.slice(0, 1))), headers });
  expect(third.status()).toBe(200);
});
