// Paces long background work (an import) so that it takes a bounded share of the one Node process
// that also answers every other user. Isomorphic, no dependencies.

export type Pace = {
  /**
   * Call between slices of work. When the work has run for at least `sliceMs` since the last pause,
   * it waits `busy × (1 − share) / share` ms (a timer, so that queued requests, I/O and other timers
   * run first); otherwise it only yields to the event loop (setImmediate) when `always` is set.
   */
  (options?: { always?: boolean }): Promise<void>;
  /** Milliseconds spent waiting so far. */
  readonly pausedMs: number;
};

export type PaceOptions = {
  /** The share of wall time the work may take, 0 < share ≤ 1 (1: never sleeps, only yields). */
  share: number;
  /** Work shorter than this since the last pause continues without sleeping. */
  sliceMs?: number;
  /** Tests inject these. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  yieldNow?: () => Promise<void>;
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const realYield = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A duty cycle: `busy` is the wall time since the last pause, so time the work spent waiting on others
 * (a lock, the CPU) counts as its own and the work slows down further when the server is busy.
 */
export function pace({ share, sliceMs = 20, now = () => performance.now(), sleep = realSleep, yieldNow = realYield }: PaceOptions): Pace {
  if (!(share > 0 && share <= 1)) throw new RangeError(`share must be in (0, 1], got ${share}`);
  let since = now();
  let pausedMs = 0;
  const pause = async ({ always = false }: { always?: boolean } = {}) => {
    const busy = now() - since;
    if (busy >= sliceMs && share < 1) {
      const wait = (busy * (1 - share)) / share;
      await sleep(wait);
      pausedMs += wait;
    } else if (always || busy >= sliceMs) {
      await yieldNow();
    } else {
      return;
    }
    since = now();
  };
  Object.defineProperty(pause, "pausedMs", { get: () => pausedMs });
  return pause as Pace;
}
