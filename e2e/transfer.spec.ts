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
