import { expect, test } from "@playwright/test";

import { FIRST_INSTANCE } from "./instances";
import { expectNoSeriousViolations, PASSWORD, signIn, signUp, uniqueEmail } from "./support";

test("a new user signs up, signs out and signs back in", async ({ page }) => {
  const email = await signUp(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  await signIn(page, email);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  const email = await signUp(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(`${PASSWORD}!`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("do not match");
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
});

test("signing up with a taken email answers like a new sign-up and does not sign in", async ({ page, browser }) => {
  const email = await signUp(page);
  const other = await browser.newPage();
  await other.goto("/sign-up");
  await expect(other.getByRole("button", { name: "Create account" })).toBeEnabled();
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password", { exact: true }).fill(`${PASSWORD} but different`);
  await other.getByLabel("Confirm password").fill(`${PASSWORD} but different`);
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other.locator("form").getByRole("alert")).toContainText("If this email already has an account, sign in with its password");
  await expect(other.getByTestId("signed-in-as")).toHaveCount(0);
  await other.close();
});

test("a common password is refused at sign-up, with the reason beside the field", async ({ page }) => {
  await page.goto("/sign-up");
  await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
  await page.getByLabel("Email").fill(`common-${Date.now()}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("password1234");
  await page.getByLabel("Confirm password").fill("password1234");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(/one of the most common/);
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
});

test("the Show button reveals the typed password and hides it again, from the keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  const password = page.getByLabel("Password");
  const show = page.getByRole("button", { name: "Show password", exact: true });
  await page.getByLabel("Email").focus();
  await page.keyboard.type("someone@example.com");
  await page.keyboard.press("Tab");
  await expect(password).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await expect(password).toHaveAttribute("type", "password");
  await page.keyboard.press("Tab");
  await expect(show).toBeFocused();
  await expect(show).toHaveAttribute("aria-pressed", "false");

  await page.keyboard.press("Space");
  await expect(password).toHaveAttribute("type", "text");
  await expect(password).toHaveValue(PASSWORD);
  await expect(show).toHaveAttribute("aria-pressed", "true");
  await expect(show).toBeFocused();
  await expect(password).toHaveAttribute("autocomplete", "current-password");

  await page.keyboard.press("Enter");
  await expect(password).toHaveAttribute("type", "password");
  await expect(show).toHaveAttribute("aria-pressed", "false");
  await expect(password).toHaveValue(PASSWORD);
});

test("pressing Show with the pointer leaves focus and the caret in the password field", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  const password = page.getByLabel("Password");
  await password.fill("abcdef");
  for (let i = 0; i < 3; i++) await password.press("ArrowLeft");
  await page.getByRole("button", { name: "Show password", exact: true }).click();
  await expect(password).toHaveAttribute("type", "text");
  await expect(password).toBeFocused();
  await page.keyboard.type("X");
  await expect(password).toHaveValue("abcXdef");
});

test("a sign-up whose two passwords differ says so beside the second, keeps the email and name, and goes through once they match", async ({ page }) => {
  const email = uniqueEmail("typo");
  await page.goto("/sign-up");
  await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
  await page.getByLabel("Name").fill("Typo Tester");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(`${PASSWORD}x`);
  await page.getByRole("button", { name: "Create account" }).click();
  const confirm = page.getByLabel("Confirm password");
  await expect(confirm).toHaveAccessibleDescription(/not the same/);
  await expect(confirm).toHaveAttribute("aria-invalid", "true");
  await expect(confirm).toBeFocused();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Name")).toHaveValue("Typo Tester");
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);

  // The server refuses the same mismatch when the browser's check is skipped.
  const posted = await page.request.post("/api/auth/sign-up/email", {
    headers: { origin: FIRST_INSTANCE },
    data: { name: "Typo Tester", email, password: PASSWORD, confirmPassword: `${PASSWORD}x` },
  });
  expect(posted.status()).toBe(400);
  expect(((await posted.json()) as { code: string }).code).toBe("PASSWORD_MISMATCH");

  await confirm.fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
});

test("a signed-out visitor is sent to sign in, then back to the page they asked for", async ({ page }) => {
  await page.goto("/stories/new");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fstories%2Fnew/);
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
  await page.getByLabel("Email").fill(`back-${Date.now()}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/stories\/new(\?draft=[a-z0-9]+)?$/);
});

test("the session cookie is httpOnly and SameSite", async ({ page, context }) => {
  await signUp(page);
  const cookie = (await context.cookies()).find((c) => c.name.includes("session_token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});

test("a sign-up posted from another site is refused", async ({ request }) => {
  const email = `csrf-${Date.now()}@example.com`;
  const response = await request.post("/api/auth/sign-up/email", {
    headers: { origin: "http://evil.example" },
    data: { name: "Eve", email, password: PASSWORD },
  });
  expect(response.status()).toBe(403);
  const signIn = await request.post("/api/auth/sign-in/email", { data: { email, password: PASSWORD } });
  expect(signIn.ok()).toBe(false);
});

test("a user sees where they are signed in, signs another device out with their password, and changes the password", async ({ page, browser }) => {
  // Seven password checks and hashes in one journey (sign-up, two sign-ins, two re-authentications, a
  // change): on a loaded 2-core host it ran past the default 30 s (31.8 s on PostgreSQL in CI).
  test.slow();
  const email = await signUp(page);
  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await signIn(other, email);

  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("This device");

  // Signing another device out needs the password again; a wrong one is refused and ends nothing.
  await page.getByLabel("Your password", { exact: true }).fill(`${PASSWORD}!`);
  await page.getByRole("button", { name: "Sign out the other device" }).click();
  await expect(page.getByRole("status").filter({ hasText: "not your current password" })).toBeVisible();
  await expect(page.getByLabel("Your password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(rows).toHaveCount(2);
  await page.getByLabel("Your password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Your password", { exact: true }).press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "1 other session signed out." })).toBeVisible();
  await expect(rows).toHaveCount(1);
  await other.goto("/stories");
  await expect(other).toHaveURL(/\/sign-in/);

  // Change the password: the new one signs in, the old one no longer does.
  const newPassword = `${PASSWORD} renewed`;
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(`${newPassword}.`);
  await page.getByRole("button", { name: "Change password" }).click();
  // A typo in the second copy is caught before anything is sent, beside that field.
  await expect(page.getByLabel("Confirm new password")).toBeFocused();
  await expect(page.getByLabel("Confirm new password")).toHaveAccessibleDescription(/not the same/);
  await expect(page.getByLabel("Confirm new password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("New password", { exact: true })).toHaveValue(newPassword);
  await page.getByLabel("New password", { exact: true }).fill("password1234");
  await page.getByLabel("Confirm new password").fill("password1234");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(/common/);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveValue("");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("This device");
  await page.goto("/stories");
  await expect(page).toHaveURL(/\/stories$/);
  await signIn(other, email, newPassword);
  await laptop.close();
});

test("a sign-in from a new browser is told to the browser already signed in, until it says it was them, and listed on the account page", async ({ page, browser }) => {
  // Two browsers and several password checks: 21 s of the default 30 s on PostgreSQL in CI on a loaded host.
  test.slow();
  const email = await signUp(page);
  const elsewhere = await browser.newContext({ userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0" });
  const other = await elsewhere.newPage();
  await signIn(other, email);
  await expect(other.getByTestId("activity-notice")).toHaveCount(0);

  await page.goto("/stories");
  const notice = page.getByTestId("activity-notice");
  await expect(notice).toContainText("Someone signed in to your account from a new browser");
  await expect(notice).toContainText("Firefox on Windows");
  await expectNoSeriousViolations(page);
  await notice.getByRole("link", { name: "account page" }).click();
  await expect(page.getByTestId("activity-list").getByRole("listitem").first()).toContainText("Signed in from a new browser from Firefox on Windows");

  // "It was me", from the keyboard: the notice goes, and stays gone on this browser.
  await page.getByTestId("activity-notice").getByRole("button", { name: "It was me" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("activity-notice")).toHaveCount(0);
  await page.goto("/stories");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("activity-notice")).toHaveCount(0);
  await elsewhere.close();
});
