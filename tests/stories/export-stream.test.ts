import { afterAll, describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
process.env.EXPORTS_AT_ONCE = "2";
const { db } = await import("@/lib/db/client");
const { acquireLease } = await import("@/lib/stories/leases");
const { exportStream } = await import("@/lib/stories/export-stream");

afterAll(async () => {
  await db.$disconnect();
});

/** An export's pieces, each read from the database in turn (here: the next tick). */
async function* pieces(n: number): AsyncGenerator<string, void> {
  for (let i = 0; i < n; i++) {
    await Promise.resolve();
    yield `piece ${i}\n`;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Long enough for the few slot reads and writes a step makes, on PostgreSQL too, before the reader steps aside.
const IDLE_MS = 2_000;
const text = (chunk: Uint8Array | undefined) => new TextDecoder().decode(chunk);

describe("an export's stream and the server's export slots", () => {
  it("gives the server's slot back while the client is not reading, and takes one again to go on", async () => {
    const lease = await acquireLease("export", "slow-reader");
    expect(lease).not.toBeNull();
    const reader = exportStream(pieces(3), lease!, { idleMs: IDLE_MS, waitMs: 10_000 }).getReader();
    expect(text((await reader.read()).value)).toBe("piece 0\n");
    // Both server slots: the slow reader's and one more. While it holds one, a third export is refused.
    const other = await acquireLease("export", "other-1");
    expect(other).not.toBeNull();
    expect(await acquireLease("export", "other-2")).toBeNull();
    await sleep(IDLE_MS * 1.5);
    // The slow reader stepped aside: another user's export gets its slot.
    const third = await acquireLease("export", "other-2");
    expect(third).not.toBeNull();
    // The slow reader still holds its own user's slot: it cannot start a second export meanwhile.
    expect(await acquireLease("export", "slow-reader")).toBeNull();
    // Its next read waits for a server slot, and goes on once one is given back.
    const next = reader.read();
    await sleep(100);
    await other!.release();
    expect(text((await next).value)).toBe("piece 1\n");
    expect(text((await reader.read()).value)).toBe("piece 2\n");
    expect((await reader.read()).done).toBe(true);
    // Finished: both its slots are given back.
    const again = await acquireLease("export", "slow-reader");
    expect(again).not.toBeNull();
    await again!.release();
    await third!.release();
  });

  it("fails the download, and gives every slot back, when no server slot comes free in time", async () => {
    const lease = await acquireLease("export", "stalled");
    const reader = exportStream(pieces(3), lease!, { idleMs: 100, waitMs: 1_000 }).getReader();
    await reader.read();
    await sleep(400);
    const busy = [await acquireLease("export", "busy-1"), await acquireLease("export", "busy-2")];
    expect(busy.every((b) => b !== null)).toBe(true);
    // The piece read ahead before it stepped aside comes through; the next one cannot be made.
    expect(text((await reader.read()).value)).toBe("piece 1\n");
    await expect(reader.read()).rejects.toThrow(/no export slot came free/);
    for (const b of busy) await b!.release();
    // Its own user's slot is free again: the user can ask for the export once more.
    const again = await acquireLease("export", "stalled");
    expect(again).not.toBeNull();
    await again!.release();
  });

  it("gives both slots back when the client drops the download", async () => {
    const lease = await acquireLease("export", "dropper");
    const reader = exportStream(pieces(5), lease!, { idleMs: 5_000, waitMs: 1_000 }).getReader();
    await reader.read();
    await reader.cancel();
    const again = await acquireLease("export", "dropper");
    expect(again).not.toBeNull();
    await again!.release();
    const a = await acquireLease("export", "x-1");
    const b = await acquireLease("export", "x-2");
    expect(a !== null && b !== null).toBe(true);
    await a!.release();
    await b!.release();
  });
});
