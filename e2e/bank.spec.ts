import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { signUp } from "./support";

async function addExamples(page: Page): Promise<number> {
  const response = await page.request.post("/api/stories/examples", { headers: { Accept: "application/json" } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { added: number }).added;
}

/** The story titles in the table, top to bottom. */
const titles = (page: Page) => page.getByRole("table").getByRole("rowheader").getByRole("link");

test("a new user sees a guide to a first story and can fill the bank with examples", async ({ page }) => {
  await signUp(page);
  await page.goto("/stories");
  await expect(page.getByRole("heading", { name: /your bank is empty/i })).toBeVisible();
  await expect(page.getByRole("link", { name: "Write your first story" })).toHaveAttribute("href", "/stories/new");

  await page.getByRole("button", { name: /add \d example stories/i }).click();
  await expect(page.getByRole("status").filter({ hasText: /added \d example stories/i })).toBeVisible();
  await expect(titles(page).filter({ hasText: "Cutting repeat support tickets with a triage script" })).toHaveCount(1);
  expect(await titles(page).count()).toBeGreaterThanOrEqual(5);

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

test("search and filters narrow the bank, sorting orders it, and an empty result offers to clear", async ({ page }) => {
  await signUp(page);
  const added = await addExamples(page);
  await page.goto("/stories");
  const rows = page.getByRole("table").getByRole("rowheader").getByRole("link");
  await expect(rows).toHaveCount(added);

  await page.getByLabel("Search", { exact: true }).fill("nurses");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=nurses/);
  await expect(rows).toHaveText(["Fewer handover errors on a busy ward"]);

  await page.getByLabel("Search", { exact: true }).fill("");
  await page.getByLabel("Band").selectOption("weak");
  await page.getByLabel("Sort by").selectOption("overall");
  await page.getByLabel("Order").selectOption("asc");
  // Choosing changes nothing until applied (the arrow keys move through a list without reloading the page).
  await page.waitForLoadState("networkidle");
  expect(page.url()).not.toMatch(/sort=overall/);
  await page.getByRole("button", { name: "Apply filters and sort" }).click();
  await expect(page).toHaveURL(/band=weak&sort=overall&dir=asc/);
  await expect(rows.filter({ hasText: "Team player who gets things done" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Cutting repeat support tickets with a triage script" })).toHaveCount(0);
  const weak = await rows.allTextContents();
  expect(weak.length).toBeLessThan(added);

  await page.getByRole("link", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(/\/stories$/);
  await expect(rows).toHaveCount(added);
  await page.getByRole("link", { name: /^Band/ }).click();
  await expect(page).toHaveURL(/\/stories\?sort=overall$/);
  await expect(page.getByRole("columnheader", { name: /^Band/ })).toHaveAttribute("aria-sort", "descending");
  // The band is the third cell, after the select box and the title.
  const badges = await page.getByRole("table").getByRole("row").locator("td:nth-child(3)").allTextContents();
  const scores = badges.map((text) => Number(text.match(/\d+/)?.[0]));
  expect(scores).toHaveLength(added);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));

  await page.getByLabel("Tag", { exact: true }).selectOption("healthcare");
  await page.getByRole("button", { name: "Apply filters and sort" }).click();
  await expect(page).toHaveURL(/tag=healthcare/);
  await expect(rows).toHaveText(["Fewer handover errors on a busy ward"]);

  await page.goto("/stories?q=zebra-crossing");
  await expect(page.getByRole("heading", { name: "No stories match these filters" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Clear filters" }).last().click();
  await expect(page).toHaveURL(/\/stories$/);
  await expect(rows).toHaveCount(added);
});

test("on a phone the bank shows cards instead of a wide table", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page);
  await addExamples(page);
  await page.goto("/stories");
  await expect(page.getByRole("table")).toBeHidden();
  const cards = page.getByRole("list", { name: "Your stories" }).getByRole("listitem").filter({ has: page.getByRole("link") });
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(5);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("on a phone the filters fold under one line, so the first screen shows stories", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page);
  await addExamples(page);
  await page.goto("/stories");
  const story = page.getByRole("link", { name: "Cutting repeat support tickets with a triage script" });
  await expect(story).toBeInViewport();
  await expect(page.getByLabel("Band")).toBeHidden();

  await page.getByText("Filters and sort", { exact: true }).click();
  await page.getByLabel("Band").selectOption("weak");
  await page.getByRole("button", { name: "Apply filters and sort" }).click();
  await expect(page).toHaveURL(/band=weak/);
  // With a filter on, the fold opens by itself and says how many are on.
  await expect(page.getByText("Filters and sort (1 on)")).toBeVisible();
  await expect(page.getByLabel("Band")).toHaveValue("weak");

  // From the sm breakpoint up there is no fold at all.
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto("/stories");
  await expect(page.getByLabel("Band")).toBeVisible();
  await expect(page.getByText("Filters and sort", { exact: true })).toBeHidden();
});
