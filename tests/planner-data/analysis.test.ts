import { describe, expect, it } from "vitest";

import { analysePosting } from "@/lib/planner";
import { postingView } from "@/lib/planner-data/analysis";

import { graded } from "../planner/helpers";

const POSTING =
  "Data analyst. You will write SQL and Python to analyse customer behaviour and present findings to stakeholders. Strong communication and collaboration with product managers.";

describe("postingView", () => {
  const bank = [graded("churn"), graded("mediate"), graded("claim"), graded("excel")];

  it("keeps shares that sum to 1 and names the proven and missing asks", () => {
    const view = postingView(analysePosting(POSTING, bank));
    expect(view.emphasis.hard + view.emphasis.soft).toBeCloseTo(1, 9);
    expect(view.proven).toContain("SQL");
    expect(view.skills.find((s) => s.name === "SQL")?.storyIds).toEqual(["churn"]);
    expect([...view.proven, ...view.missing].sort()).toEqual(view.skills.map((s) => s.name).sort());
  });

  it("ranks only stories that prove an asked skill, best first, up to the limit", () => {
    const view = postingView(analysePosting(POSTING, bank), 1);
    expect(view.ranking.map((r) => r.storyId)).toEqual(["churn"]);
    expect(view.matchingStories).toBeGreaterThan(1);
    expect(postingView(analysePosting(POSTING, bank)).ranking.some((r) => r.storyId === "claim")).toBe(false);
  });

  it("leads with the side of the mix it advises, so the advice never contradicts its own figures", () => {
    const board = "Chief Financial Officer. Lead the finance team, set strategy with the board. Treasury, IFRS, consolidation, audit, forecasting and covenant management.";
    for (const stage of ["entry", "mid", "executive"] as const) {
      const view = postingView(analysePosting(board, bank, { stage }));
      const advised = view.leadMix.hard > view.leadMix.soft ? "hard" : view.leadMix.hard < view.leadMix.soft ? "soft" : null;
      if (advised) expect(view.leadCategory, stage).toBe(advised);
    }
  });

  it("leads with the side the posting stresses", () => {
    const soft = postingView(analysePosting("We want a people person with great communication, collaboration, empathy and leadership, who can mentor others.", bank));
    expect(soft.leadCategory).toBe("soft");
    const hard = postingView(analysePosting("Kubernetes, Terraform, Python, SQL, AWS and Docker experience required for this platform role.", bank));
    expect(hard.leadCategory).toBe("hard");
  });
});
