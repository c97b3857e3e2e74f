// Every page at a 390 px phone width and a 1280 px desktop width: no serious accessibility violation
// and no sideways scrolling of the page itself, for a new user with a small bank of stories.
import { expect, test, type Page } from "@playwright/test";

import { expectNoSeriousViolations, expectNoSidewaysScroll, signUp } from "./support";

const WIDTHS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
] as const;

const STORIES = [
  {
    title: "Falls on the night shift",
    text: "On our 28-bed surgical ward, patients were falling at night. I audited six months of incident reports, found most falls happened around 3 a.m. toilet trips, and taught the night nurses an hourly rounding check. Falls dropped from nine a quarter to two.",
  },
  {
    title: "A faster month-end close",
    text: "Our finance team closed the month in eight days because reconciliations were done by hand. I built an Excel model with Power Query that matched bank CSVs to the ledger and trained the three AP clerks to use it in two workshops. Within a quarter the close went from eight to five days.",
  },
];

async function checkPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousViolations(page);
}

for (const size of WIDTHS) {
  test(`public pages fit a ${size.width} px window and pass axe`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(size);
    for (const path of ["/", "/sign-in", "/sign-up", "/grade"]) await checkPage(page, path);
  });

  test(`the bank and editor pages fit a ${size.width} px window and pass axe`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(size);
    await signUp(page);
    const created = await page.request.post("/api/stories", { data: { ...STORIES[0], role: "technical", stage: "mid" } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    for (const path of ["/stories", "/stories/new", `/stories/${id}`, `/stories/${id}/history`, "/stories/import"]) await checkPage(page, path);
  });

  test(`the planner pages fit a ${size.width} px window and pass axe`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(size);
    await signUp(page);
    for (const story of STORIES) {
      const created = await page.request.post("/api/stories", { data: { ...story, role: "technical", stage: "mid" } });
      expect(created.status()).toBe(201);
    }
    for (const path of ["/profile", "/account", "/balance", "/coverage", "/plan", "/questions", "/postings", "/sheet"]) await checkPage(page, path);
  });
}
