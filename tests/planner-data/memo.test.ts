import { describe, expect, it } from "vitest";

import { memoOnBank } from "@/lib/planner-data/memo";

describe("memoOnBank", () => {
  it("computes once per bank and key", () => {
    const bank: unknown[] = [];
    let calls = 0;
    const compute = () => ++calls;
    expect(memoOnBank(bank, "a", compute)).toBe(1);
    expect(memoOnBank(bank, "a", compute)).toBe(1);
    expect(memoOnBank(bank, "b", compute)).toBe(2);
  });

  it("computes again for another bank", () => {
    let calls = 0;
    const compute = () => ++calls;
    memoOnBank([], "a", compute);
    memoOnBank([], "a", compute);
    expect(calls).toBe(2);
  });
});
