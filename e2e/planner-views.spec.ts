// Issue 13: the posting analyser reads every field's terms, the coverage grid is grouped with its gaps
// first and scrolls inside its own frame on a phone, and the interview sheet prints on one A4 page
// however many stories and questions there are. Each journey runs at 390 px and 1280 px, axe clean.
import { expect, test, type Page } from "@playwright/test";

import { expectNoSeriousViolations, expectNoSidewaysScroll, signUp } from "./support";

const WIDTHS = [390, 1280] as const;

/** Stories from several fields, written for these tests; each links a hard skill to people and a result. */
const STORIES = [
  {
    title: "Falls on the night shift",
    text: "On our 28-bed ward, falls at night had doubled in a quarter. I ran a falls risk assessment on every patient at admission and led a PDSA cycle with the night nurses, walking each of them through the new checklist at handover. Within three months falls fell from nine to three a month.",
  },
  {
    title: "Sepsis screening at triage",
    text: "Our emergency department missed early sepsis in busy hours. I audited 200 triage records, rewrote the sepsis screening prompt in the EHR flowsheet and trained the triage nurses in two short sessions. Time to antibiotics fell from 95 to 52 minutes over the next quarter.",
  },
  {
    title: "Churn analysis with Python",
    text: "At a subscription app, churn had risen to 8% a month. I used Python and SQL to analyse six months of cancellations and found most users left after a failed payment. I presented the findings to the product team with simple charts, which led us to add a retry flow. Within two months churn fell to 5%.",
  },
  {
    title: "A faster month-end close",
    text: "Our finance team closed the month in eight days because reconciliations were done by hand. I built an Excel model with Power Query that matched bank CSVs to the ledger and trained the three AP clerks to use it in two workshops. Within a quarter the close went from eight to five days.",
  },
  {
    title: "Pick rates on the night shift",
    text: "Our warehouse night shift picked 80 lines an hour against a target of 110. I analysed the scan data in Power BI, reworked the slotting so fast movers sat near dispatch and coached the team leaders on the new pick paths. Pick rates rose to 112 lines an hour within six weeks.",
  },
  {
    title: "Phonics catch-up in Year 2",
    text: "A third of my Year 2 class were behind in reading. I used the phonics screening data to set up three intervention groups and met each family to show them the games we played in class. By the summer term 24 of 27 pupils passed the phonics check.",
  },
  {
    title: "Checkout query indexes",
    text: "Our checkout API was timing out at peak. I used pg_stat_statements to find the slowest queries, added composite indexes and rewrote two ORM queries with the backend team. Peak CPU fell to 40% and p95 latency went from 900 ms to 210 ms.",
  },
  {
    title: "A panel upgrade without downtime",
    text: "A bakery's PLC panel kept tripping the main line. I traced the fault with thermal imaging, planned the changeover under lockout/tagout with the shift supervisor, and walked the operators through the new start-up steps. Unplanned stops fell from six a week to none in the next month.",
  },
];

async function addStories(page: Page, stories: readonly { title: string; text: string }[]): Promise<void> {
  for (const s of stories) {
    const response = await page.request.post("/api/stories", { data: { ...s, role: "general", stage: "mid", tags: ["views"] } });
    expect(response.status()).toBe(201);
  }
}

const NURSING_POSTING = `Registered Nurse, Cardiac Telemetry Unit (nights)
You will care for up to five patients on continuous telemetry, including patients recovering from cardiac procedures. The work includes medication administration, wound care, sepsis screening and falls prevention. Take part in PDSA improvement cycles and help lift our HCAHPS scores. Shifts are booked in Kronos.
Strong communication with patients and families and teamwork with physicians are essential. BLS and ACLS required; Epic experience preferred.`;

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 390 ? 844 : 900 } });

    test("a nurse pastes a telemetry posting and sees its clinical terms, never run files", async ({ page }) => {
      test.slow();
      await signUp(page);
      await addStories(page, STORIES.slice(0, 2));
      await page.goto("/postings");
      await page.getByLabel("Job posting").fill(NURSING_POSTING);
      await page.getByRole("button", { name: "Analyse posting" }).click();
      const result = page.getByTestId("posting-result");
      await expect(result).toBeVisible();
      const asks = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Mentions" }) });
      for (const term of ["falls prevention", "PDSA", "HCAHPS", "Kronos", "sepsis screening"]) {
        await expect(asks.getByRole("rowheader", { name: new RegExp(`^${term}\\b`) })).toBeVisible();
      }
      await expect(asks.getByRole("rowheader", { name: /^cardiac monitoring/ })).toContainText("continuous telemetry");
      await expect(result).not.toContainText("run files");
      await expect(result).not.toContainText("including patients");
      // The bank's falls story proves the posting's falls prevention and sepsis asks.
      await expect(asks.getByRole("row", { name: /^sepsis screening/ })).toContainText("Proven");
      await expectNoSidewaysScroll(page);
      await expectNoSeriousViolations(page);
    });

    test("the coverage grid groups fields with the gaps first and scrolls inside its frame", async ({ page }) => {
      test.slow();
      await signUp(page);
      await addStories(page, STORIES);
      await page.goto("/coverage");
      const table = page.getByRole("table", { name: /Hard skills by soft-skill family/ });
      await expect(table).toBeVisible();
      await expect(table.getByRole("columnheader", { name: "Hard skill" })).toBeVisible();
      // Field groups, gaps first: each group's gap count is no larger than the one before.
      const groups = await table.locator("th[scope=rowgroup]").allTextContents();
      expect(groups.length).toBeGreaterThan(3);
      const gaps = groups.map((g) => (/every family covered/.test(g) ? 0 : Number(/(\d+) of 6 families still a gap/.exec(g)?.[1])));
      expect(gaps.every((n) => Number.isFinite(n))).toBe(true);
      expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);

      const frame = page.getByRole("region", { name: /Hard skills by soft-skill family/ });
      await expect(frame).toHaveAttribute("tabindex", "0");
      await expectNoSidewaysScroll(page);
      if (width === 390) {
        const { scrollWidth, clientWidth } = await frame.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
        expect(scrollWidth).toBeGreaterThan(clientWidth);
        await frame.focus();
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("ArrowRight");
        await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      }
      await expectNoSeriousViolations(page);
    });

    test("the interview sheet prints on exactly one A4 or Letter page with a large bank and every question chosen", async ({ page }) => {
      test.slow();
      await signUp(page);
      // The worst case, whichever stories rank first: every title and every story is long enough to
      // fill the lines the sheet allows it.
      const wordy = [...STORIES, ...STORIES].map((s, i) => ({
        title: `${s.title}: the whole story of how it started, who helped and what changed afterwards (${i + 1})`,
        text: `${s.text} ${s.text.replace(/^[^.]+\. /, "")}`,
      }));
      await addStories(page, wordy);
      await page.goto("/sheet");
      await page.getByText(/Choose the questions/).click();
      for (const box of await page.getByRole("checkbox").all()) await box.check();
      await page.getByRole("button", { name: "Update the sheet" }).click();
      await expect(page.getByTestId("sheet-omitted")).toContainText("left off");
      await expect(page.getByTestId("sheet-story").first()).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousViolations(page);

      for (const format of ["A4", "Letter"]) {
        const pdf = (await page.pdf({ format })).toString("latin1");
        expect(pdf.startsWith("%PDF-")).toBe(true);
        const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
        expect(pages, `${format} pages`).toHaveLength(1);
      }
    });
  });
}
