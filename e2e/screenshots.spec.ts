// README's screenshots, taken from a real journey: a ward nurse's plan on a desktop and the editor on a
// 390 px phone. Each run checks what the pictures show; `npm run docs:screenshots` writes them to
// docs/ (an ordinary run writes them under test-results/, so the suite never changes the repository).
import { expect, test } from "@playwright/test";

import { signUp } from "./support";

const OUT = process.env.SCREENSHOT_DIR ?? "test-results/screenshots";

const NURSE = [
  {
    title: "Fewer insulin errors on nights",
    text: "On a 30-bed medical ward, insulin errors on the night round were running at three a month. I reviewed our medication administration process with the ward pharmacist and coached the night nurses to double-check insulin doses together at the bedside. Within six months errors fell to one a quarter.",
  },
  {
    title: "Falls on the night shift",
    text: "On our 28-bed surgical ward, patients kept falling at night and the matron wanted answers before the next safety review. I audited six months of incident reports and found most falls happened around 3 a.m. on the way to the toilet. I taught the night nurses an hourly rounding check and walked each of them through it on shift. Falls dropped from nine a quarter to two.",
  },
  {
    title: "Calming a family in the relatives' room",
    text: "A patient's daughter was shouting at the nurses' station because her father's pain relief was late. I took her to the relatives' room, listened, and checked the drug chart with her: the dose had been held for a low blood pressure reading. I explained why, agreed a time with the doctor for a review, and came back to her when it was done. She thanked the team and made no complaint.",
  },
];

test("README screenshots: a nurse's interview plan and the editor on a phone", async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signUp(page);
  for (const story of NURSE) {
    const response = await page.request.post("/api/stories", { data: { ...story, role: "customer", stage: "mid" } });
    expect(response.status()).toBe(201);
  }
  await page.goto("/profile");
  await page.getByLabel("Your field").selectOption({ label: "Healthcare" });
  await page.getByLabel("Years of experience").fill("6");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  await page.goto("/plan");
  await expect(page.getByRole("heading", { name: "What interviewers in healthcare look for" })).toBeVisible();
  await expect(page.getByTestId("proposed-weakness")).not.toContainText(/backend|code|database/i);
  await page.screenshot({ path: `${OUT}/plan-healthcare.png`, fullPage: false });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/stories");
  await page.getByRole("link", { name: NURSE[1]!.title }).click();
  await expect(page.getByLabel("Story", { exact: true })).toHaveValue(NURSE[1]!.text);
  await expect(page.getByTestId("grade-summary-bar")).toBeVisible();
  await page.screenshot({ path: `${OUT}/editor-phone.png`, fullPage: false });
});
