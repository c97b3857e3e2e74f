import { describe, expect, it } from "vitest";

import { pace } from "@/lib/stories/pace";

/** A clock the test moves by hand, and a record of what the pace did. */
function fakeTime() {
  let now = 0;
  const sleeps: number[] = [];
  let yields = 0;
  return {
    advance: (ms: number) => (now += ms),
    sleeps,
    yields: () => yields,
    options: {
      now: () => now,
      sleep: (ms: number) => {
        sleeps.push(ms);
        now += ms;
        return Promise.resolve();
      },
      yieldNow: () => {
        yields += 1;
        return Promise.resolve();
      },
    },
  };
}

describe("pace", () => {
  it("sleeps as long as the work ran when the share is one half", async () => {
    const time = fakeTime();
    const pause = pace({ share: 0.5, sliceMs: 20, ...time.options });
    time.advance(30);
    await pause();
    time.advance(50);
    await pause();
    expect(time.sleeps).toEqual([30, 50]);
    expect(pause.pausedMs).toBe(80);
  });

  it("keeps work to its share of wall time over many slices", async () => {
    const time = fakeTime();
    const pause = pace({ share: 0.25, sliceMs: 20, ...time.options });
    let busy = 0;
    for (let i = 0; i < 100; i++) {
      const work = 5 + (i % 7) * 4;
      time.advance(work);
      busy += work;
      await pause();
    }
    const wall = busy + pause.pausedMs;
    // At most a quarter, give or take the slice that had not reached sliceMs at the end.
    expect(busy / wall).toBeLessThanOrEqual(0.25 + 20 / wall);
    expect(busy / wall).toBeGreaterThan(0.2);
  });

  it("does not stop work shorter than a slice, unless asked to yield", async () => {
    const time = fakeTime();
    const pause = pace({ share: 0.5, sliceMs: 20, ...time.options });
    time.advance(5);
    await pause();
    expect(time.sleeps).toEqual([]);
    expect(time.yields()).toBe(0);
    await pause({ always: true });
    expect(time.yields()).toBe(1);
  });

  it("only yields (never sleeps) with the whole share", async () => {
    const time = fakeTime();
    const pause = pace({ share: 1, sliceMs: 20, ...time.options });
    time.advance(100);
    await pause();
    expect(time.sleeps).toEqual([]);
    expect(time.yields()).toBe(1);
  });

  it("refuses a share outside (0, 1]", () => {
    expect(() => pace({ share: 0 })).toThrow(RangeError);
    expect(() => pace({ share: 1.5 })).toThrow(RangeError);
  });
});
