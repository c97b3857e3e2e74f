import { describe, expect, it } from "vitest";

import { gradeAnnouncement } from "@/lib/editor/labels";
import { gradeStory } from "@/lib/grader";

describe("gradeAnnouncement", () => {
  it("says the band and the three levels in words, without the score that moves with every word", () => {
    const report = gradeStory(
      "On a 30-bed surgical ward, night falls had risen to nine a month. I audited six months of incident reports in Excel and walked the night nurses through the pattern at handover. Within three months night falls dropped from nine to three a month.",
    );
    const said = gradeAnnouncement(report);
    expect(said).toMatch(/^Grade: (weak|fair|strong)\. integration (missing|partial|solid), context (missing|partial|solid), result (missing|partial|solid)\.$/);
    expect(said).toContain(`Grade: ${report.overall.band}.`);
    expect(said).not.toMatch(/\d/);
  });
});
