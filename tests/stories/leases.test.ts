import { afterAll, describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
process.env.IMPORTS_AT_ONCE = "2";
const { db } = await import("@/lib/db/client");
const { acquireLease, LEASE_MS, renewLease } = await import("@/lib/stories/leases");
const acquireImportLease = (userId: string, now?: number) => acquireLease("import", userId, now);
const renewImportLease = (userId: string, now?: number) => renewLease("import", userId, now);

afterAll(async () => {
  await db.$disconnect();
});

describe("import leases", () => {
  it("lets each user run one import at a time, and the server two", async () => {
    const a = await acquireImportLease("ada");
    expect(a).not.toBeNull();
    expect(await acquireImportLease("ada")).toBeNull();
    const b = await acquireImportLease("bo");
    expect(b).not.toBeNull();
    // The server's two slots are taken: a third user waits too, and a refused try takes nothing.
    expect(await acquireImportLease("cy")).toBeNull();
    await a!.release();
    const c = await acquireImportLease("cy");
    expect(c).not.toBeNull();
    expect(await acquireImportLease("ada")).toBeNull();
    // Releasing twice gives back one slot, not two: with b still running, a third user stays refused.
    await c!.release();
    await c!.release();
    const d = await acquireImportLease("dan");
    expect(d).not.toBeNull();
    expect(await acquireImportLease("cy")).toBeNull();
    await b!.release();
    await d!.release();
    const again = [await acquireImportLease("ada"), await acquireImportLease("bo")];
    expect(again.every((lease) => lease !== null)).toBe(true);
    expect(await acquireImportLease("cy")).toBeNull();
    for (const lease of again) await lease!.release();
  });

  it("gives exactly one slot to one user's ten imports started at once", async () => {
    const leases = await Promise.all(Array.from({ length: 10 }, () => acquireImportLease("dee")));
    expect(leases.filter((lease) => lease !== null)).toHaveLength(1);
    for (const lease of leases) await lease?.release();
  });

  it("no longer counts a lease left by an instance that died mid-import", async () => {
    const start = Date.now();
    const lost = await acquireImportLease("eve", start);
    expect(lost).not.toBeNull();
    expect(await acquireImportLease("eve", start + 1000)).toBeNull();
    const later = await acquireImportLease("eve", start + LEASE_MS + 1000);
    expect(later).not.toBeNull();
    await later!.release();
  });

  it("keeps a long import's slot while it renews its lease", async () => {
    const start = Date.now() + 3 * LEASE_MS;
    const long = await acquireImportLease("gus", start);
    expect(long).not.toBeNull();
    await renewImportLease("gus", start + LEASE_MS - 1000);
    expect(await acquireImportLease("gus", start + LEASE_MS + 1000)).toBeNull();
    await long!.release();
  });

  it("counts exports apart from imports: one of each per user at a time", async () => {
    const importing = await acquireImportLease("hal");
    const exporting = await acquireLease("export", "hal");
    expect(importing).not.toBeNull();
    expect(exporting).not.toBeNull();
    expect(await acquireLease("export", "hal")).toBeNull();
    await exporting!.release();
    const again = await acquireLease("export", "hal");
    expect(again).not.toBeNull();
    await again!.release();
    await importing!.release();
  });
});
