import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const STORY =
  "Our support team was drowning in tickets. I had to reduce the backlog. I wrote a Python script to triage tickets and I trained the team on it, so they answered faster.";
const MEASURED = " As a result, tickets per week fell 41% in two months.";

test("a visitor grades a pasted story without an account, and nothing is sent to the server", async ({ page }) => {
  const writes: string[] = [];
  page.on("request", (request) => {
    if (request.method() !== "GET") writes.push(`${request.method()} ${request.url()}`);
  });
  await page.goto("/grade");
  await expect(page.getByRole("heading", { level: 1, name: "Grade a story" })).toBeVisible();
  const grade = page.getByRole("region", { name: "Grade" });
  await expect(grade).toContainText("Start writing");

  await page.getByLabel("Your story").fill(STORY + MEASURED);
  const highlights = page.getByTestId("highlighted-text");
  await expect(highlights).toContainText("41% in two months", { useInnerText: true });
  await expect(grade.getByText(/^Result \d+$/)).toHaveText(/^Result [1-9]\d*$/);
  await expect(grade.getByTestId("overall-band")).toContainText(/weak|fair|strong/);
  await expect(grade.getByRole("list", { name: "STAR parts" })).toContainText("Situation");
  await expect(highlights.getByText("41%", { exact: true })).toBeVisible();
  await expect(highlights.getByText("Python", { exact: true })).toBeVisible();

  await page.getByLabel("Target role").selectOption("customer");
  await expect(grade).toContainText("Customer-facing");
  await page.getByLabel("Career stage").selectOption("senior");
  await expect(grade).toContainText("Senior");

  expect(writes).toEqual([]);
  // Each regrade is recorded for the benchmark.
  expect(await page.evaluate(() => performance.getEntriesByName("storybank-grade").length)).toBeGreaterThan(0);
});

test("the grade page explains a vague result and asks for the number", async ({ page }) => {
  await page.goto("/grade");
  await page.getByLabel("Your story").fill(`${STORY} We leveraged synergies and things improved a lot.`);
  await expect(page.getByTestId("highlighted-text")).toContainText("improved a lot", { useInnerText: true });
  await page.getByTestId("highlighted-text").locator('mark[data-kinds~="flag"]').first().hover();
  await expect(page.getByRole("tooltip")).toContainText("Fix:");
  await expect(page.getByRole("list", { name: "Questions to answer" })).toContainText("?");
  await expect(page.getByTestId("ladder-next")).not.toBeEmpty();
});

test("the grade page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/grade");
  await page.getByLabel("Your story").fill(STORY + MEASURED);
  await expect(page.getByTestId("highlighted-text")).toContainText("41% in two months", { useInnerText: true });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("an example story shows what the grader looks for", async ({ page }) => {
  await page.goto("/grade");
  await page.getByRole("button", { name: "Try an example" }).click();
  await expect(page.getByLabel("Your story")).toHaveValue(/checkout page was slow/);
  await expect(page.getByRole("button", { name: "Try an example" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Grade" }).getByTestId("overall-band")).toContainText("weak");
});
