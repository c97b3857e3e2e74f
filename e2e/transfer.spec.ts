import { expect, test, type APIResponse, type Page } from "@playwright/test";

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

const JSON_HEADERS = { "content-type": "application/json", "x-file-name": "bank.json" };

/** An import of `count` stories: long enough (grading and writing them takes seconds) for a second try to meet it running. */
function longImport(count: number): Buffer {
  const stories = Array.from({ length: count }, (_, i) => ({ title: `Shift ${i}`, text: `On shift ${i} I rebuilt the rota in Excel and walked the two leads through it, so overtime fell within a month.` }));
  return Buffer.from(JSON.stringify(stories));
}

/**
 * Starts a long import and tries a one-story check while it runs until one is refused. A check can take
 * the user's one slot before the long upload has arrived, which refuses the long import instead: then
 * the long import is simply started again.
 */
async function refusedWhileImporting(page: Page, count: number): Promise<{ refused: APIResponse; first: Promise<APIResponse> }> {
  const probe = Buffer.from(JSON.stringify([{ title: "Probe", text: "I checked the rota against the timesheets and walked the leads through it." }]));
  for (let start = 0; start < 5; start += 1) {
    let finished = false;
    const first = page.request.post("/api/import", { data: longImport(count), headers: JSON_HEADERS, timeout: 170_000 }).finally(() => (finished = true));
    await page.waitForTimeout(300);
    while (!finished) {
      const again = await page.request.post("/api/import?preview=1", { data: probe, headers: JSON_HEADERS });
      if (again.status() === 429) return { refused: again, first };
      await page.waitForTimeout(100);
    }
    const ended = await first;
    expect(ended.status(), "the long import ended before a second try met it").toBe(429);
  }
  throw new Error("the long import never started");
}

test("one user's second import waits for the first: refused with a reason and a Retry-After, then accepted", async ({ page }) => {
  test.slow();
  await signUp(page);
  const { refused, first } = await refusedWhileImporting(page, 2000);
  expect(refused.headers()["retry-after"]).toMatch(/^\d+$/);
  expect(((await refused.json()) as { error: string }).error).toContain("Another import is still running");
  expect((await first).status()).toBe(201);
  const third = await page.request.post("/api/import?preview=1", { data: longImport(1), headers: JSON_HEADERS });
  expect(third.status()).toBe(200);
});

test("a file chosen while an earlier import of the user's still runs is checked once that one finishes", async ({ page }) => {
  test.slow();
  await signUp(page);
  const { first } = await refusedWhileImporting(page, 4000);
  await page.goto("/stories/import");
  const fresh = Buffer.from(JSON.stringify([{ title: "Night audit", text: "I reconciled the tills against the sales report and showed the night team where the gap came from." }]));
  await page.getByLabel("File to import (JSON or CSV)").setInputFiles({ name: "one.json", mimeType: "application/json", buffer: fresh });
  await expect(page.getByText("Waiting for an earlier check or import of yours to finish")).toBeVisible();
  expect((await first).status()).toBe(201);
  // The check is tried again after the wait the server named, and goes through.
  await expect(page.getByRole("status").filter({ hasText: "1 story, new to your bank" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Import stories" })).toBeEnabled();
});
