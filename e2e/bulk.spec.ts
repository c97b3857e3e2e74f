// The bank's bulk work: an import that finds stories already there, and several stories selected on
// /stories to delete (with Undo), tag or export. Each journey runs on a phone and on a desktop.
import { expect, test, type Page } from "@playwright/test";

import { FIRST_INSTANCE } from "./instances";
import { expectNoSeriousViolations, signUp } from "./support";

const WIDTHS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;

const WARD = "On a 30-bed ward, I set up a bedside handover checklist with the night nurses, so handover errors fell 40% in two months.";

type Listed = { total: number; items: { id: string; title: string; version: number; tags: string[] }[] };

async function listed(page: Page): Promise<Listed> {
  return (await (await page.request.get("/api/stories?pageSize=100&sort=title&dir=asc")).json()) as Listed;
}

async function addExamples(page: Page): Promise<void> {
  expect((await page.request.post("/api/stories/examples", { headers: { Accept: "application/json" } })).status()).toBe(201);
}

const checkbox = (page: Page, title: string) => page.getByRole("checkbox", { name: `Select “${title}”` });

for (const size of WIDTHS) {
  test.describe(`at ${size.width} px`, () => {
    // Signing up happens at the default size (the header shows who is signed in there), then the page narrows or widens.
    const signUpAt = async (page: Page) => {
      await signUp(page);
      await page.setViewportSize({ width: size.width, height: size.height });
    };

    test("importing a file with a story already in the bank shows the count, skips it, and the bank has no duplicate", async ({ page }) => {
      test.slow();
      await signUpAt(page);
      expect((await page.request.post("/api/stories", { data: { title: "Handover checklist", text: WARD } })).status()).toBe(201);

      await page.goto("/stories/import");
      // The same story under another title, with its spacing changed; two new ones.
      const csv = ["title,text", `Ward handover (copy),"${WARD.replace(", so", ",\n\nso  ")}"`, "Build times,I cut our build from 20 to 8 minutes by caching test fixtures.", "Rota,I rebuilt the clinic rota so overtime fell 30% in a quarter."].join("\n");
      await page.getByLabel("File to import (JSON or CSV)").setInputFiles({ name: "stories.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await expect(page.getByRole("status").filter({ hasText: "3 stories, 1 already in your bank." })).toBeVisible();
      const group = page.getByRole("group", { name: "Duplicates" });
      await expect(group.getByRole("radio", { name: /Skip them/ })).toBeChecked();
      await expect(group.getByRole("radio", { name: /Skip them/ })).toHaveAccessibleName(/import 2 stories/);
      await expectNoSeriousViolations(page);

      await group.getByRole("radio", { name: /Keep them as copies/ }).check();
      await group.getByRole("radio", { name: /Skip them/ }).check();
      await page.getByRole("button", { name: "Import stories" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Imported 2 stories. Skipped 1 duplicate." })).toBeVisible();

      const bank = await listed(page);
      expect(bank.total).toBe(3);
      expect(bank.items.map((story) => story.title).sort()).toEqual(["Build times", "Handover checklist", "Rota"]);
    });

    test("three selected stories are deleted, and Undo brings them all back with their history", async ({ page }) => {
      test.slow();
      await signUpAt(page);
      await addExamples(page);
      const before = await listed(page);
      const [first, second, third] = before.items;
      // A second revision on one of them, so that there is history to keep.
      expect((await page.request.patch(`/api/stories/${first!.id}`, { data: { version: first!.version, tags: ["edited"] } })).status()).toBe(200);
      const history = async (id: string) => ((await (await page.request.get(`/api/stories/${id}/revisions`)).json()) as { revisions: unknown[] }).revisions;
      const firstHistory = await history(first!.id);
      expect(firstHistory).toHaveLength(2);
      const exportBefore = await (await page.request.get("/api/export?format=json")).json() as { stories: unknown[] };

      await page.goto("/stories");
      await checkbox(page, first!.title).check();
      // The keyboard works too: focus a box and press Space.
      await checkbox(page, second!.title).focus();
      await page.keyboard.press("Space");
      await checkbox(page, third!.title).check();
      await expect(page.getByRole("status").filter({ hasText: "3 stories selected" })).toBeVisible();
      await expectNoSeriousViolations(page);

      await page.getByRole("button", { name: "Delete selected" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Deleted 3 stories." })).toBeVisible();
      await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
      expect((await listed(page)).total).toBe(before.total - 3);
      await expect(checkbox(page, first!.title)).toHaveCount(0);

      await page.keyboard.press("Enter");
      await expect(page.getByRole("status").filter({ hasText: "Brought back 3 stories, with their history." })).toBeVisible();
      // The Undo button is gone: the keyboard focus moves to what Undo did, not back to the top of the page.
      await expect(page.getByRole("status").filter({ hasText: "Brought back 3 stories, with their history." })).toBeFocused();
      const after = await listed(page);
      expect(after.items.map((story) => story.id)).toEqual(before.items.map((story) => story.id));
      expect(await history(first!.id)).toEqual(firstHistory);
      const exportAfter = await (await page.request.get("/api/export?format=json")).json() as { stories: unknown[] };
      expect(exportAfter.stories).toEqual(exportBefore.stories.map((story) => story));
      await expect(checkbox(page, first!.title)).toBeVisible();
    });

    test("stories selected together get a tag, lose it with Undo, and export as a selection", async ({ page }) => {
      test.slow();
      await signUpAt(page);
      await addExamples(page);
      const before = await listed(page);
      await page.goto("/stories");

      await page.getByRole("checkbox", { name: /Select all \d+ on this page/ }).check();
      await expect(page.getByRole("status").filter({ hasText: `${before.total} stories selected` })).toBeVisible();
      // Many stories: the delete asks first, and Cancel changes nothing.
      await page.getByRole("button", { name: "Delete selected" }).click();
      const dialog = page.getByRole("alertdialog");
      await expect(dialog).toContainText(`Delete ${before.total} stories with their history?`);
      await expect(dialog.getByRole("button", { name: `Delete ${before.total} stories` })).toBeFocused();
      await dialog.getByRole("button", { name: "Cancel" }).click();
      expect((await listed(page)).total).toBe(before.total);

      await page.getByRole("textbox", { name: "Tag to add or remove" }).fill("Interview");
      await page.getByRole("button", { name: "Add tag" }).click();
      await expect(page.getByRole("status").filter({ hasText: `Added the tag “interview” to ${before.total} stories.` })).toBeVisible();
      expect((await listed(page)).items.every((story) => story.tags.includes("interview"))).toBe(true);
      await expectNoSeriousViolations(page);
      await page.getByRole("button", { name: "Undo" }).click();
      await expect(page.getByRole("status").filter({ hasText: `Took the tag “interview” off ${before.total} stories again.` })).toBeVisible();
      expect((await listed(page)).items.some((story) => story.tags.includes("interview"))).toBe(false);

      const [one, two] = before.items;
      await checkbox(page, one!.title).check();
      await checkbox(page, two!.title).check();
      const link = page.getByRole("link", { name: "CSV (2 stories)" });
      const href = await link.getAttribute("href");
      expect(href).toContain("ids=");
      const csv = await (await page.request.get(href!)).text();
      const lines = csv.trim().split("\r\n");
      expect(lines).toHaveLength(3);
      expect(csv).toContain(one!.title);
      expect(csv).toContain(two!.title);
      const json = (await (await page.request.get(href!.replace("format=csv", "format=json"))).json()) as { stories: { title: string; revisions: unknown[] }[] };
      expect(json.stories.map((story) => story.title).sort()).toEqual([one!.title, two!.title].sort());
    });
  });
}

test("a bulk action naming another user's story, or sent from another site, changes nothing", async ({ page, browser }) => {
  await signUp(page);
  expect((await page.request.post("/api/stories", { data: { title: "Mine", text: WARD } })).status()).toBe(201);
  const mine = (await listed(page)).items[0]!;

  const otherContext = await browser.newContext({ baseURL: FIRST_INSTANCE });
  const other = await otherContext.newPage();
  await signUp(other);
  expect((await other.request.post("/api/stories", { data: { title: "Theirs", text: WARD } })).status()).toBe(201);
  const theirs = (await listed(other)).items[0]!;

  expect((await page.request.post("/api/stories/bulk", { data: { action: "delete", ids: [mine.id, theirs.id] } })).status()).toBe(404);
  expect((await page.request.post("/api/stories/bulk", { data: { action: "tag", ids: [theirs.id], tag: "mine-now" } })).status()).toBe(404);
  expect((await page.request.get(`/api/export?format=json&ids=${theirs.id}`)).status()).toBe(404);
  const crossSite = await page.request.post("/api/stories/bulk", { data: { action: "delete", ids: [mine.id] }, headers: { Origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  const tooMany = await page.request.post("/api/stories/bulk", { data: { action: "delete", ids: Array.from({ length: 101 }, (_, i) => `s${i}`) } });
  expect(tooMany.status()).toBe(400);
  expect((await page.request.post("/api/import?duplicates=merge", { data: "title,text\nA,B" })).status()).toBe(400);

  expect((await listed(page)).items).toEqual([mine]);
  expect((await listed(other)).items).toEqual([theirs]);
  await otherContext.close();
});
