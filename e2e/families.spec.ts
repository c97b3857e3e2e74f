// The planner for a field that is not software (issue 13): a nurse picks Healthcare and gets a
// ward panel's strengths and weaknesses; the built-in examples stay out of the plan until included.
import { expect, test, type Page } from "@playwright/test";

import { expectNoSeriousViolations, signUp } from "./support";

const NURSE = [
  {
    title: "Fewer insulin errors on nights",
    text: "On a 30-bed medical ward, medication errors on the night round were running at three a month. I reviewed our medication administration process with the ward pharmacist and coached the night nurses to double-check insulin doses together at the bedside. Within six months errors fell to one a quarter.",
  },
  {
    title: "Faster triage in the emergency department",
    text: "Our emergency department triage times had slipped to 40 minutes. I redesigned the triage process with the senior nurses and trained six healthcare assistants in patient assessment so they could take first observations. Median triage time fell from 40 to 15 minutes in three months.",
  },
];

/** The six built-in examples' titles (lib/stories/examples.ts). */
const EXAMPLE_TITLES =
  /Cutting repeat support tickets with a triage script|Saving a renewal after a rocky rollout|Team player who gets things done|Fixing the on-call rota|Fewer handover errors on a busy ward|Sales dashboard for the regional team/;

async function saveProfile(page: Page) {
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
}

for (const width of [390, 1280]) {
  test(`a nurse picks Healthcare and plans without the examples until she includes them (${width} px)`, async ({ page }) => {
    // Five pages, each scanned by axe, at one width: past the default timeout on a loaded machine.
    test.slow();
    await page.setViewportSize({ width, height: 900 });
    await signUp(page);
    for (const story of NURSE) {
      const response = await page.request.post("/api/stories", { data: { ...story, role: "customer", stage: "mid" } });
      expect(response.status()).toBe(201);
    }

    // The examples can be added to a bank that is not empty, and carry a badge.
    await page.goto("/stories");
    await page.getByRole("button", { name: /Add the \d examples/ }).click();
    await expect(page.getByRole("status").filter({ hasText: /Added 6 example stories/ })).toBeVisible();
    await expect(page.getByText("Example", { exact: true }).filter({ visible: true }).first()).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole("button", { name: /Add the \d examples/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "already in your bank" })).toBeVisible();

    // Unchosen, the field is guessed from her own stories (the examples are left out).
    await page.goto("/plan");
    await expect(page.getByTestId("field-note")).toContainText("Field: Healthcare.");
    await expect(page.getByTestId("field-note")).toContainText("Guessed as healthcare because 2 stories");
    await expect(page.getByTestId("examples-left-out")).toContainText("6 example stories are left out");

    await page.goto("/profile");
    await page.getByLabel("Your field").selectOption({ label: "Healthcare" });
    await page.getByLabel("Years of experience").fill("6");
    await saveProfile(page);
    await expect(page.getByTestId("profile-field")).toContainText("Healthcare");
    await expect(page.getByLabel("Count the example stories in my plan")).not.toBeChecked();
    await expectNoSeriousViolations(page);

    await page.goto("/plan");
    await expect(page.getByTestId("field-note")).toContainText("Chosen in your profile.");
    await expect(page.getByRole("heading", { name: "What interviewers in healthcare look for" })).toBeVisible();
    await expect(page.getByTestId("field-strengths")).toContainText("safe, skilled clinical practice");
    const weaknesses = `${await page.getByTestId("proposed-weakness").textContent()} ${await page.getByTestId("field-weaknesses").textContent()}`;
    expect(weaknesses).toMatch(/spreadsheets|presenting to large groups|budgets/);
    expect(weaknesses).not.toMatch(/backend|code|database/i);
    await expectNoSeriousViolations(page);

    // The examples stay out of the questions until the profile includes them.
    await page.goto("/questions");
    await expect(page.getByRole("table").getByRole("link", { name: EXAMPLE_TITLES })).toHaveCount(0);
    await expect(page.getByRole("rowheader", { name: /a patient's condition changed quickly/ })).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.goto("/profile");
    await page.getByLabel("Count the example stories in my plan").check();
    await saveProfile(page);
    await page.goto("/questions");
    await expect(page.getByTestId("examples-left-out")).toHaveCount(0);
    expect(await page.getByRole("table").getByRole("link", { name: EXAMPLE_TITLES }).count()).toBeGreaterThan(0);

    // An example opened in the editor says what it is.
    await page.goto("/stories");
    await page.getByRole("link", { name: "Fixing the on-call rota" }).filter({ visible: true }).first().click();
    await expect(page.getByTestId("example-note")).toContainText("example stories");
    await expectNoSeriousViolations(page);
  });
}
