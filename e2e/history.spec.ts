import { expect, test } from "@playwright/test";

import { signUp } from "./support";

const BASE =
  "Our support queue had grown to 900 open tickets in 2024. I was asked to cut it before the spring release. " +
  "I wrote a Python script with the support lead, Dana, to tag repeat tickets and reply with the right help article.";

test("editing a story shows the revision diff and which dimension moved because of which words", async ({ page }) => {
  await signUp(page);
  const created = await page.request.post("/api/stories", { data: { title: "Triage script", role: "technical", text: `${BASE} The team liked it.` } });
  expect(created.status()).toBe(201);
  const story = (await created.json()) as { id: string; version: number };
  const edited = await page.request.patch(`/api/stories/${story.id}`, {
    data: { version: story.version, text: `${BASE} Within a month repeat tickets fell by 41%.` },
  });
  expect(edited.status()).toBe(200);

  await page.goto(`/stories/${story.id}/history`);
  await expect(page.getByRole("img", { name: "Scores by revision" })).toBeVisible();
  await expect(page.getByLabel("From revision")).toHaveValue("1");
  await expect(page.getByLabel("To revision")).toHaveValue("2");

  const diff = page.getByTestId("text-diff");
  await expect(diff.locator("ins")).toContainText(["41%"]);
  await expect(diff.locator("del")).toContainText(["The team liked it"]);
  await expect(page.getByTestId("move-result")).toContainText(/result (score )?\d+ → \d+: added '[^']*41%/);
  // Both revisions are under 50 words: the length note is the same note, never quoted as the whole old text.
  for (const dimension of ["integration", "context", "result"]) await expect(page.getByTestId(`move-${dimension}`)).not.toContainText("Our support queue had grown");

  await page.getByText("Scores as a table").click();
  await expect(page.getByRole("table", { name: /scores of each revision/i }).getByRole("row")).toHaveCount(3);
});

test("another user's story history is not found", async ({ page, browser }) => {
  await signUp(page);
  const created = await page.request.post("/api/stories", { data: { title: "Mine", text: "I fixed the build." } });
  const { id } = (await created.json()) as { id: string };
  const intruder = await browser.newPage();
  await signUp(intruder);
  const response = await intruder.goto(`/stories/${id}/history`);
  expect(response?.status()).toBe(404);
  await intruder.close();
});
