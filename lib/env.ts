// Every setting StoryBank reads from the environment, in one typed schema: the app, the Prisma CLI
// (prisma.config.ts), the scripts and the test tooling all read through it, and README's
// "Configuration" table lists exactly these keys (tests/env.test.ts checks both). A value that does
// not parse (PORT=abc) stops the process at start with a message naming the variable.
// Plain zod and no server-only import, so that scripts may use it before the app starts.
import { z } from "zod";

export const DEFAULT_DATABASE_URL = "file:./data/storybank.db";

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const list = z
  .string()
  .optional()
  .transform((value) => (value ?? "").split(",").map((item) => item.trim()).filter(Boolean));

const envSchema = z.object({
  /** The database: a SQLite `file:` URL, or a `postgres://` / `postgresql://` URL. */
  DATABASE_URL: z.string().trim().default(DEFAULT_DATABASE_URL),
  /** PostgreSQL only: connections each instance keeps open (1-100). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** The secret that signs sessions; unset: generated into a file beside the database (lib/auth/secret.ts). */
  BETTER_AUTH_SECRET: z.string().trim().optional(),
  /** The public URL (`https://stories.example.org`): origins, redirects and Secure cookies follow it. */
  BETTER_AUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Host names (with port, `*` wildcards) the app answers as, when BETTER_AUTH_URL is not set. */
  ALLOWED_HOSTS: list,
  /**
   * Addresses of the reverse proxies whose X-Forwarded-For / -Proto / -Host are believed
   * (`127.0.0.1,::1`, or `loopback`). Empty (the default): every request is taken at its socket address.
   */
  TRUSTED_PROXY: list,
  /** Sign-in attempts a minute per address (better-auth's limiter). */
  AUTH_SIGN_IN_LIMIT: count(5),
  /** Sign-ups a minute per address. */
  AUTH_SIGN_UP_LIMIT: count(30),
  /** Wrong passwords per address and account before that pair waits out the window. */
  AUTH_FAILED_SIGN_IN_LIMIT: count(10),
  /** Wrong passwords per account, from addresses and browsers it never signed in from, before those wait. */
  AUTH_ACCOUNT_FAILED_SIGN_IN_LIMIT: count(20),
  /** The window of both lockouts, in minutes. */
  AUTH_FAILED_SIGN_IN_WINDOW_MINUTES: count(15),
  /** How long a sign-in lasts, in hours (1-720): a session is never extended by use, so this is when it ends. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /**
   * The share of the server's time an import may take (0.05-1): after each slice of work it waits so
   * that other users' requests go first. 1 only yields between slices.
   */
  IMPORT_CPU_SHARE: z.coerce.number().min(0.05).max(1).default(0.5),
  /** Imports (and import checks) the whole server runs at once; each user runs one at a time. */
  IMPORTS_AT_ONCE: count(2),
  /** Exports the whole server streams at once; each user runs one at a time. */
  EXPORTS_AT_ONCE: count(2),
  /** Stories one account may keep: creating, importing or adding examples past it is refused. */
  MAX_STORIES_PER_USER: count(10_000),
  /** Stories graded by the public POST /api/grade a minute per address (an IPv6 /64 counts as one). */
  GRADE_REQUESTS_PER_MINUTE: count(60),
  /**
   * V8's heap cap in MB for the server `npm start` runs (0: V8's default; otherwise 128 or more), so that
   * garbage is collected early (scripts/server-node-options.ts).
   */
  SERVER_MAX_HEAP_MB: z.coerce
    .number()
    .int()
    .refine((mb) => mb === 0 || mb >= 128, "0 (V8's default) or a whole number of MB from 128 up")
    .default(512),
  /** The port `npm start` listens on. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The address `npm start` binds. */
  HOST: z.string().trim().default("0.0.0.0"),
  /** Test tooling: the Chromium the end-to-end tests drive. */
  CHROMIUM_PATH: z.string().trim().default("/usr/bin/chromium"),
  /** Test tooling: the first of the two ports an end-to-end run serves the app on (the second is the next one). */
  E2E_PORT: z.coerce.number().int().min(1).max(65534).default(3100),
  /** Test tooling: the scratch SQLite database of an end-to-end run. */
  E2E_DATABASE_URL: z.string().trim().default("file:./test-results/e2e.db"),
});

export type Env = z.infer<typeof envSchema>;
export type EnvSource = Record<string, string | undefined>;

/** The variables the schema knows, in its order (README's table lists the same). */
export const ENV_KEYS = Object.keys(envSchema.shape) as (keyof Env)[];

// An empty or blank value counts as unset, so `PORT=` takes the default.
const unblank = (value: string | undefined) => (value?.trim() === "" ? undefined : value);

function failure(error: z.ZodError, source: EnvSource): Error {
  const lines = error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "");
    return `  ${key}=${JSON.stringify(source[key] ?? "")}: ${issue.message}`;
  });
  return new Error(`StoryBank: invalid environment variable${lines.length > 1 ? "s" : ""}:\n${lines.join("\n")}`);
}

/** Every setting from `source`; throws an Error that names each variable that does not parse. */
export function parseEnv(source: EnvSource): Env {
  const picked = Object.fromEntries(ENV_KEYS.map((key) => [key, unblank(source[key])]));
  const result = envSchema.safeParse(picked);
  if (!result.success) throw failure(result.error, source);
  return result.data;
}

/**
 * One setting, parsed from `source` when it is read (scripts and tests change process.env between
 * reads of the database URL; the app's settings are read once, in `env`).
 */
export function setting<K extends keyof Env>(key: K, source: EnvSource = process.env): Env[K] {
  const result = envSchema.shape[key].safeParse(unblank(source[key]));
  if (!result.success) throw failure(new z.ZodError(result.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] }))), source);
  return result.data as Env[K];
}

let parsed: Env | undefined;

/**
 * The settings, parsed from process.env as a whole on first use and kept: the first module that reads
 * one (at start) fails on any variable that does not parse.
 */
export const env: Env = new Proxy({} as Env, {
  get: (_target, key) => (parsed ??= parseEnv(process.env))[key as keyof Env],
});
