import { expect, test } from "@playwright/test";

import { FIRST_INSTANCE, SECOND_INSTANCE } from "./instances";
import { signUp } from "./support";

// Two app instances (two processes, two ports) over one database: what a deployment behind a proxy
// does. Nothing a user sees may depend on which instance answers.
test("two instances serve one user consistently, and the version check spans them", async ({ page }) => {
  await signUp(page); // through the first instance
  const api = page.request;
  const created = await api.post(`${FIRST_INSTANCE}/api/stories`, {
    data: { title: "Handover checklist", role: "customer", stage: "mid", text: "I wrote a handover checklist with the night nurses." },
  });
  expect(created.status()).toBe(201);
  const story = (await created.json()) as { id: string; version: number };

  // The session cookie signed by the first instance is honoured by the second, which reads the story.
  const read = await api.get(`${SECOND_INSTANCE}/api/stories/${story.id}`);
  expect(read.status()).toBe(200);
  expect(((await read.json()) as { title: string }).title).toBe("Handover checklist");

  // An edit through the second instance...
  const edited = await api.patch(`${SECOND_INSTANCE}/api/stories/${story.id}`, { data: { version: story.version, title: "Handover checklist, v2" } });
  expect(edited.status()).toBe(200);
  expect(((await edited.json()) as { version: number }).version).toBe(story.version + 1);

  // ...makes a save through the first one that started from the old version a conflict, not an overwrite.
  const stale = await api.patch(`${FIRST_INSTANCE}/api/stories/${story.id}`, { data: { version: story.version, title: "Lost update" } });
  expect(stale.status()).toBe(409);
  expect(((await stale.json()) as { current: { title: string } }).current.title).toBe("Handover checklist, v2");

  // The bank and the editor show the same story whichever instance renders them.
  for (const origin of [FIRST_INSTANCE, SECOND_INSTANCE]) {
    await page.goto(`${origin}/stories`);
    await expect(page.getByRole("link", { name: "Handover checklist, v2" })).toBeVisible();
  }
  await page.goto(`${SECOND_INSTANCE}/stories/${story.id}`);
  await expect(page.getByLabel("Title")).toHaveValue("Handover checklist, v2");
});
