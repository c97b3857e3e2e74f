import { describe, expect, it } from "vitest";

import { safeNextPath } from "@/lib/auth/safe-redirect";

describe("safeNextPath", () => {
  it.each([
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\t\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/..//evil.example",
    "",
    "stories",
  ])("refuses %j and falls back to the bank", (next) => {
    const target = safeNextPath(next);
    expect(target).toBe("/stories");
  });

  it.each([
    ["/stories/abc", "/stories/abc"],
    ["/stories?band=strong#top", "/stories?band=strong#top"],
    ["/plan", "/plan"],
    ["/a/../profile", "/profile"],
  ])("keeps the same-site path %j", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it("never returns what a browser reads as another origin", () => {
    for (const next of ["/\t/evil.example", "/..//evil.example", "/\\\\evil.example", "/ /evil.example"]) {
      const target = safeNextPath(next);
      expect(new URL(target, "https://app.example").origin).toBe("https://app.example");
    }
  });
});
