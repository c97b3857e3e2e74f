import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { ENV_KEYS, parseEnv, setting } from "@/lib/env";

/** The variables in the first column of README's "Configuration" table, in order. */
function readmeVariables(): string[] {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? "";
  return [...section.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((match) => match[1]!);
}

describe("lib/env (one typed configuration)", () => {
  it("README's Configuration table lists exactly the schema's variables, in its order", () => {
    expect(readmeVariables()).toEqual(ENV_KEYS);
  });

  it("takes the defaults when nothing is set, and an empty value as unset", () => {
    const env = parseEnv({ PORT: "", HOST: "  " });
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe("0.0.0.0");
    expect(env.DATABASE_URL).toBe("file:./data/storybank.db");
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.BETTER_AUTH_SECRET).toBeUndefined();
  });

  it("fails on a value that does not parse, naming the variable and its value", () => {
    expect(() => parseEnv({ PORT: "abc" })).toThrow(/PORT="abc"/);
    expect(() => parseEnv({ AUTH_SIGN_IN_LIMIT: "five", DATABASE_POOL_SIZE: "0" })).toThrow(/AUTH_SIGN_IN_LIMIT="five"[\s\S]*DATABASE_POOL_SIZE="0"|DATABASE_POOL_SIZE="0"[\s\S]*AUTH_SIGN_IN_LIMIT="five"/);
    expect(() => setting("E2E_PORT", { E2E_PORT: "31OO" })).toThrow(/E2E_PORT="31OO"/);
  });

  it("reads one setting when asked", () => {
    expect(setting("DATABASE_URL", { DATABASE_URL: " postgresql://h/db " })).toBe("postgresql://h/db");
    expect(setting("PORT", {})).toBe(3000);
  });
});
