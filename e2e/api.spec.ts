import { expect, test } from "@playwright/test";

import { signUp } from "./support";

const STORY = {
  title: "Refund rule",
  role: "technical",
  stage: "mid",
  tags: ["data"],
  text: "I analysed six months of refund data in pandas, walked the ops leads through three charts, and we agreed a new rule, so refunds fell from 9% to 5.6% of orders within two months.",
};

test("the story API answers 401 to a signed-out caller", async ({ request }) => {
  for (const response of [
    await request.get("/api/stories"),
    await request.post("/api/stories", { data: STORY }),
    await request.get("/api/stories/anything"),
    await request.patch("/api/stories/anything", { data: { version: 1 } }),
    await request.delete("/api/stories/anything"),
  ]) {
    expect(response.status()).toBe(401);
  }
});

test("POST /api/grade grades a story without an account and rejects bad input with a 400", async ({ request }) => {
  const graded = await request.post("/api/grade", { data: { text: STORY.text, role: "technical" } });
  expect(graded.status()).toBe(200);
  const report = (await graded.json()) as { overall: { band: string; score: number }; dimensions: { result: { level: number } } };
  expect(report.overall.score).toBeGreaterThan(0);
  expect(report.dimensions.result.level).toBe(2);

  const missing = await request.post("/api/grade", { data: { role: "astronaut" } });
  expect(missing.status()).toBe(400);
  const body = (await missing.json()) as { fieldErrors: Record<string, string[]> };
  expect(Object.keys(body.fieldErrors).sort()).toEqual(["role", "text"]);

  const notJson = await request.post("/api/grade", { headers: { "content-type": "application/json" }, data: "{not json" });
  expect(notJson.status()).toBe(400);
  const tooLong = await request.post("/api/grade", { data: { text: "x".repeat(20_001) } });
  expect(tooLong.status()).toBe(400);
});

test("a signed-in user creates, reads, edits and deletes a story through the API", async ({ page }) => {
  await signUp(page);
  const api = page.request;
  const created = await api.post("/api/stories", { data: STORY });
  expect(created.status()).toBe(201);
  const story = (await created.json()) as { id: string; version: number; grade: { band: string } };

  const read = await api.get(`/api/stories/${story.id}`);
  expect(((await read.json()) as { report: { version: string } }).report.version).toBeTruthy();

  const edited = await api.patch(`/api/stories/${story.id}`, { data: { version: story.version, title: "Refund rule, v2" } });
  expect(edited.status()).toBe(200);
  // A user's saved story: never cached on the way, and sent as is (saves are the hot path).
  expect(edited.headers()["cache-control"]).toBe("private, no-store, no-transform");
  expect(edited.headers()["content-encoding"]).toBeUndefined();
  expect(((await edited.json()) as { version: number }).version).toBe(2);

  const stale = await api.patch(`/api/stories/${story.id}`, { data: { version: 1, title: "Lost update" } });
  expect(stale.status()).toBe(409);
  expect(((await stale.json()) as { current: { title: string } }).current.title).toBe("Refund rule, v2");

  const invalid = await api.post("/api/stories", { data: { title: "", text: "x".repeat(20_001), tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) } });
  expect(invalid.status()).toBe(400);
  expect(Object.keys(((await invalid.json()) as { fieldErrors: object }).fieldErrors).sort()).toEqual(["tags", "text", "title"]);

  const list = (await (await api.get("/api/stories?q=refund")).json()) as { total: number };
  expect(list.total).toBe(1);

  expect((await api.delete(`/api/stories/${story.id}`)).status()).toBe(204);
  expect((await api.get(`/api/stories/${story.id}`)).status()).toBe(404);
});

test("a second user cannot open the first user's story by URL or through the API", async ({ page, browser }) => {
  await signUp(page);
  const created = await page.request.post("/api/stories", { data: STORY });
  const { id } = (await created.json()) as { id: string };

  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signUp(intruder);
  const visit = await intruder.goto(`/stories/${id}`);
  expect(visit?.status()).toBe(404);
  await expect(intruder.getByText(STORY.text)).toHaveCount(0);
  await expect(intruder.getByRole("heading", { name: /not found/i })).toBeVisible();
  expect((await intruder.request.get(`/api/stories/${id}`)).status()).toBe(404);
  expect((await intruder.request.get(`/api/stories/${id}/revisions`)).status()).toBe(404);
  expect((await intruder.request.patch(`/api/stories/${id}`, { data: { version: 1, title: "Mine now" } })).status()).toBe(404);
  expect((await intruder.request.delete(`/api/stories/${id}`)).status()).toBe(404);
  const visitHistory = await intruder.goto(`/stories/${id}/history`);
  expect(visitHistory?.status()).toBe(404);
  await intruderContext.close();

  const own = await page.request.get(`/api/stories/${id}`);
  expect(((await own.json()) as { title: string }).title).toBe(STORY.title);
});
