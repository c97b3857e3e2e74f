// The app's own settings from the environment, parsed once (the database URL and the auth secret
// have their own modules: scripts use them before the app starts). Server-side only.
import { z } from "zod";

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const list = z
  .string()
  .optional()
  .transform((value) => (value ?? "").split(",").map((item) => item.trim()).filter(Boolean));

const envSchema = z.object({
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
  /** The public URL (`https://stories.example.org`): origins, redirects and Secure cookies follow it. */
  BETTER_AUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Host names (with port, `*` wildcards) the app answers as, when BETTER_AUTH_URL is not set. */
  ALLOWED_HOSTS: list,
  /**
   * Addresses of the reverse proxies whose X-Forwarded-For / -Proto / -Host are believed
   * (`127.0.0.1,::1`, or `loopback`). Empty (the default): every request is taken at its socket address.
   */
  TRUSTED_PROXY: list,
  /**
   * The share of the server's time an import may take (0.05-1): after each slice of work it waits so
   * that other users' requests go first. 1 only yields between slices.
   */
  IMPORT_CPU_SHARE: z.coerce.number().min(0.05).max(1).default(0.5),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const blank = Object.fromEntries(Object.entries(source).map(([key, value]) => [key, value?.trim() === "" ? undefined : value]));
  return envSchema.parse(blank);
}

export const env = parseEnv(process.env);
