"use client";

import { useSyncExternalStore } from "react";

/**
 * A store that never changes. Read through `useSyncExternalStore`, it gives the server's value in the
 * server's HTML and during hydration, and the browser's value after: the way to read what only the
 * browser knows (localStorage, whether React has taken over) without a hydration mismatch.
 */
export const noUpdates = () => () => {};

/** True once React runs in the browser; false in the server's HTML and during hydration. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noUpdates, () => true, () => false);
}
