// Which Chromium the end-to-end tests drive: Debian's package where it is installed (these machines
// cannot download Playwright's own build), else the browser Playwright installed (a laptop).
import { existsSync } from "node:fs";

import { setting } from "../../lib/env";

/** CHROMIUM_PATH (default /usr/bin/chromium, Debian's package) when it exists. */
export function systemChromium(): string | undefined {
  const path = setting("CHROMIUM_PATH");
  return existsSync(path) ? path : undefined;
}

// Flags for a closed network: no background calls home, no name lookups beyond localhost.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
];
