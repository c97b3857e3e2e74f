import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

import { PASSWORD, signUp, uniqueEmail } from "./support";

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
  // Nothing written, nothing scored: what will be graded, with no band or score yet.
  await expect(grade.getByRole("list", { name: "What is graded" })).toContainText("Integration");
  await expect(grade.getByTestId("overall-band")).toHaveCount(0);

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

test("a signed-in user who grades a story is offered to add it to the bank, not to create an account", async ({ page }) => {
  // A user review: a junior developer, signed in, graded a draft from "Grade a story" and was offered
  // "Create a free account to keep this story", which opens the sign-up form.
  await signUp(page);
  await page.goto("/grade");
  await page.getByLabel("Your story").fill(STORY + MEASURED);
  await expect(page.getByRole("link", { name: /Create a free account/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /sign in/i })).toHaveCount(0);
  await page.getByRole("link", { name: "Add this story to your bank" }).click();
  await expect(page.getByText("Here is the story you graded.")).toBeVisible();
  await expect(page.getByLabel("Story", { exact: true })).toHaveValue(STORY + MEASURED);
});

test("a story graded without an account comes along through sign-up into a new story, and is saved from there", async ({ page }) => {
  await page.goto("/grade");
  await page.getByLabel("Your story").fill(STORY + MEASURED);
  await page.getByLabel("Target role").selectOption("customer");
  await page.getByRole("link", { name: "Create a free account to keep this story" }).click();

  await expect(page).toHaveURL(/\/sign-up\?next=/);
  const email = uniqueEmail("carried");
  await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
  await page.getByLabel("Name").fill("Carried Over");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();

  // The editor adds its draft slot to the address, so a reload finds the words again.
  await expect(page).toHaveURL(/\/stories\/new\?from=grade(&draft=[a-z0-9]+)?$/);
  await expect(page.getByText("Here is the story you graded.")).toBeVisible();
  await expect(page.getByLabel("Story", { exact: true })).toHaveValue(STORY + MEASURED);
  await expect(page.getByLabel("Target role")).toHaveValue("customer");
  await page.getByLabel("Title").fill("Triage bot");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/stories\/[^/?]+$/);
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  await page.reload();
  await expect(page.getByLabel("Story", { exact: true })).toHaveValue(STORY + MEASURED);

  // Taken once: a second new story starts empty.
  await page.goto("/stories/new?from=grade");
  await expect(page.getByLabel("Story", { exact: true })).toHaveValue("");
  await expect(page.getByText("Here is the story you graded.")).toHaveCount(0);
});

test("on a phone the grade stays in reach: a bar with the band opens the full report, and the grade is announced when typing pauses", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/grade");
  await expect(page.getByTestId("grade-summary-bar")).toHaveCount(0);
  await page.getByLabel("Your story").fill(STORY + MEASURED);
  const bar = page.getByTestId("grade-summary-bar");
  await expect(bar).toBeVisible();
  await expect(bar).toContainText(/weak|fair|strong/i);
  await expect(bar).toContainText("Result");
  await expect(page.getByRole("heading", { name: "Grade", exact: true })).not.toBeInViewport();
  await bar.getByRole("link", { name: "Full report" }).click();
  await expect(page.getByRole("heading", { name: "Grade", exact: true })).toBeInViewport();
  // Once the grade has settled it is said once, politely: the band and the three levels in words.
  await expect(page.getByTestId("grade-announcer")).toHaveText(/^Grade: (weak|fair|strong)\. integration \w+, context \w+, result \w+\.$/);
  await expect(page.getByTestId("grade-announcer")).toHaveAttribute("aria-live", "polite");

  // Tabbing from the top, every control that takes focus is scrolled clear of the bar (focus not obscured).
  // A click on the page's heading moves where Tab starts from (blurring alone would not).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole("heading", { level: 1 }).click();
  const barTop = async () => (await bar.boundingBox())!.y;
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el.closest('[data-testid="grade-summary-bar"]')) return null;
      const r = el.getBoundingClientRect();
      return { bottom: r.bottom, label: el.getAttribute("aria-label") ?? el.textContent?.slice(0, 40) ?? el.tagName, tall: r.height > 300 };
    });
    if (!focused || focused.tall) continue;
    expect(focused.bottom, `focus on ${focused.label}`).toBeLessThanOrEqual(await barTop());
  }
});

test("on a phone, a highlight at the right of a line explains itself inside the window, and Escape closes it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/grade");
  await page.getByLabel("Your story").fill(STORY + MEASURED);
  const highlights = page.getByTestId("highlighted-text");
  await expect(highlights).toContainText("41% in two months", { useInnerText: true });
  // The mark that starts furthest right: its tooltip opens under that start.
  const marks = highlights.locator("mark");
  const starts = await marks.evaluateAll((all) => all.map((mark) => mark.getClientRects()[0]?.left ?? 0));
  const rightmost = starts.indexOf(Math.max(...starts));
  await marks.nth(rightmost).focus();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toBeVisible();
  const box = await tooltip.boundingBox();
  expect(box).not.toBeNull();
  // Left where it opens, it would run past the right edge.
  expect(starts[rightmost]! + box!.width).toBeGreaterThan(390);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await page.keyboard.press("Escape");
  await expect(tooltip).toHaveCount(0);
});

test("when the grader cannot load, the page says so and the words stay", async ({ page }) => {
  // The grader's own chunk (the only script holding a rule id) fails to load; every other script loads.
  await page.route("**/_next/static/chunks/**", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes("narrator-vague-verb")) return route.abort();
    return route.fulfill({ response, body });
  });
  await page.goto("/grade");
  const grade = page.getByRole("region", { name: "Grade" });
  await expect(grade.getByTestId("grader-failed")).toContainText("The grader could not load");
  await page.getByLabel("Your story").fill(STORY);
  await expect(page.getByLabel("Your story")).toHaveValue(STORY);
  await expect(grade.getByTestId("grader-failed")).toBeVisible();
  // No score of an empty text beside the words typed: what is graded, until a reload grades them.
  await expect(grade.getByTestId("overall-band")).toHaveCount(0);
  await expect(grade.getByRole("list", { name: "What is graded" })).toBeVisible();
});

test("a keyboard user can pass all the highlights with one link instead of a Tab stop each", async ({ page }) => {
  await page.goto("/grade");
  await page.getByLabel("Your story").fill(STORY + MEASURED);
  const highlights = page.getByTestId("highlighted-text");
  await expect(highlights.locator("mark").first()).toBeVisible();
  const marks = await highlights.locator("mark").count();
  expect(marks).toBeGreaterThan(1);
  const skip = page.getByRole("link", { name: `Skip past the ${marks} highlights` });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  // Focus is past the text: on nothing inside the highlighted story.
  expect(await page.evaluate(() => document.activeElement?.closest("[data-testid='highlighted-text']") === null)).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("MARK");
});
