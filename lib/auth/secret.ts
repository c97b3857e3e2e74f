// The secret that signs session cookies. BETTER_AUTH_SECRET wins; otherwise a secret is generated on
// first start and kept beside the SQLite database (or in ./data for other databases), so that local
// use needs no configuration and sessions survive restarts. Several instances must share one secret:
// set BETTER_AUTH_SECRET on each.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

import { sqliteFilePath } from "../db/url";
import { setting, type EnvSource } from "../env";

export function authSecretPath(databaseUrl: string): string {
  const file = sqliteFilePath(databaseUrl);
  return join(file ? dirname(file) : resolve(/*turbopackIgnore: true*/ "data"), "auth-secret");
}

export function loadAuthSecret(databaseUrl: string, source: EnvSource = process.env): string {
  const fromEnv = setting("BETTER_AUTH_SECRET", source);
  if (fromEnv) return fromEnv;
  const path = authSecretPath(databaseUrl);
  try {
    return readFileSync(/*turbopackIgnore: true*/ path, "utf8").trim();
  } catch {
    mkdirSync(/*turbopackIgnore: true*/ dirname(path), { recursive: true });
    try {
      // "wx": if another process wrote it first, keep theirs.
      writeFileSync(/*turbopackIgnore: true*/ path, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return readFileSync(/*turbopackIgnore: true*/ path, "utf8").trim();
  }
}
