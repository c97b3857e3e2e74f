// An export's text pieces as a UTF-8 stream pulled by the client, holding the server's export slot
// only while it works. A client that stops reading (a slow link, or one held open on purpose) would
// otherwise keep one of the few export slots for as long as it liked: after `idleMs` with no pull the
// slot is given back, and the next pull takes one again, waiting up to `waitMs` for it.
import type { Lease } from "./leases";

export const EXPORT_IDLE_MS = 5_000;
export const EXPORT_WAIT_MS = 120_000;
const RETRY_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function exportStream(
  source: AsyncGenerator<string, void>,
  lease: Lease,
  { idleMs = EXPORT_IDLE_MS, waitMs = EXPORT_WAIT_MS }: { idleMs?: number; waitMs?: number } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stopIdle = () => {
    if (idle !== undefined) clearTimeout(idle);
    idle = undefined;
  };
  const finish = async () => {
    stopIdle();
    await lease.release();
  };
  return new ReadableStream({
    async pull(controller) {
      stopIdle();
      try {
        // Take the server's slot again if it was given back while the client was not reading.
        const until = Date.now() + waitMs;
        while (!(await lease.stepIn())) {
          if (Date.now() >= until) throw new Error("export: no export slot came free in time");
          await sleep(RETRY_MS);
        }
        const piece = await source.next();
        if (piece.done) {
          // Given back before the client sees the end, so its next export is never refused by this one.
          await finish();
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(piece.value));
        idle = setTimeout(() => void lease.stepAside(), idleMs);
        idle.unref?.();
      } catch (error) {
        console.error("export: reading the bank failed", error);
        await finish();
        controller.error(error);
      }
    },
    async cancel() {
      try {
        await source.return(undefined);
      } finally {
        await finish();
      }
    },
  });
}
