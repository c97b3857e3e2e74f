import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { signUp } from "./support";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("public pages have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/", "/sign-in", "/sign-up", "/grade"]) {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  }
});

test("signed-in pages have no serious accessibility violations", async ({ page }) => {
  // Five full axe scans (the editor now loads the grader's everyday-word table too): about 25-30 s on 2 cores.
  test.slow();
  await signUp(page);
  const created = await page.request.post("/api/stories", {
    data: { title: "Sepsis alerts", text: "On our 32-bed ward I set up a sepsis alert in the EHR and trained night nurses, so median time to antibiotics fell from 4.1 to 2.3 hours." },
  });
  const { id } = (await created.json()) as { id: string };
  for (const path of ["/stories", "/stories/new", `/stories/${id}`, `/stories/${id}/history`, "/stories/import"]) {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  }
});
