// Shared steps for the journeys: a fresh user per test, so tests never depend on each other.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

let counter = 0;

export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}@example.com`;
}

export const PASSWORD = "correct horse battery";

/** Signs up a new user through the real form; resolves once the app shows them signed in. */
export async function signUp(page: Page, email = uniqueEmail()): Promise<string> {
  await page.goto("/sign-up");
  await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
  await page.getByLabel("Name").fill("Test User");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
  return email;
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
}

/** Fails on any serious or critical WCAG 2.1 A/AA violation axe finds on the page as it is now. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  // Every page has a title; after a save the page refreshes and the title can be mid-swap for a moment,
  // which axe would read as a page with none. Wait for it (a page that never gets one still fails here).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The page itself never scrolls sideways (wide content scrolls inside its own frame). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(overflow.scrollWidth, `page is ${overflow.scrollWidth} px wide in a ${overflow.clientWidth} px window`).toBeLessThanOrEqual(overflow.clientWidth);
}
