// The production server's own defences, seen from a browser and from a script.
import { expect, test } from "@playwright/test";

import { signUp } from "./support";

test("pages run under a nonce CSP with no violation, and refuse to be framed", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/grade");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(response?.headers()["x-frame-options"]).toBe("DENY");
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  await page.getByLabel("Your story").fill("I wrote a Python script to triage tickets, so tickets fell 41% in two months.");
  await expect(page.getByTestId("highlighted-text")).toContainText("41%");
  await signUp(page);
  await page.goto("/stories/new");
  await expect(page.getByLabel("Title")).toBeVisible();
  expect(violations).toEqual([]);
});
