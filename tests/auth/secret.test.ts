import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { authSecretPath, loadAuthSecret } from "@/lib/auth/secret";

describe("loadAuthSecret", () => {
  it("generates a secret beside the database on first start and keeps it", () => {
    const dir = mkdtempSync(join(tmpdir(), "storybank-secret-"));
    const url = `file:${join(dir, "app.db")}`;
    const first = loadAuthSecret(url, {});
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(authSecretPath(url)).toBe(join(dir, "auth-secret"));
    expect(readFileSync(join(dir, "auth-secret"), "utf8")).toBe(first);
    expect(statSync(join(dir, "auth-secret")).mode & 0o077).toBe(0);
    expect(loadAuthSecret(url, {})).toBe(first);
  });

  it("prefers BETTER_AUTH_SECRET", () => {
    const dir = mkdtempSync(join(tmpdir(), "storybank-secret-"));
    expect(loadAuthSecret(`file:${join(dir, "app.db")}`, { BETTER_AUTH_SECRET: "shared-secret" })).toBe("shared-secret");
  });
});
