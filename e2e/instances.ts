// The two app instances the journeys run against: one production build served twice, on two ports,
// over one database, the way a deployment runs several instances behind a proxy.
import { setting } from "../lib/env";

export const E2E_PORT = setting("E2E_PORT");
export const FIRST_INSTANCE = `http://127.0.0.1:${E2E_PORT}`;
export const SECOND_INSTANCE = `http://127.0.0.1:${E2E_PORT + 1}`;
