// DATABASE-SPECIFIC MODULE: the differences between SQLite and PostgreSQL that queries must know.
// Everything else in the data layer is portable Prisma.
import { isPostgresUrl, resolveDatabaseUrl } from "@/lib/db/url";

export type Dialect = "sqlite" | "postgresql";

/** The database the app runs on, from DATABASE_URL (read once, like the client in lib/db/client.ts). */
export const dialect: Dialect = isPostgresUrl(resolveDatabaseUrl()) ? "postgresql" : "sqlite";

/**
 * A case-insensitive substring filter. SQLite's LIKE (Prisma's `contains`) already ignores ASCII
 * case; PostgreSQL needs `mode: "insensitive"` (ILIKE), which Prisma refuses on SQLite. The SQLite
 * client's types do not know `mode`, hence the cast.
 */
export function containsInsensitive(value: string, on: Dialect = dialect): { contains: string } {
  return on === "postgresql" ? ({ contains: value, mode: "insensitive" } as { contains: string }) : { contains: value };
}

/**
 * Case-insensitive filters, one of which matches a text in which `value` starts a word ("art" finds "art
 * room" and "Art therapy", not "started" or "party"; "nurs" finds "nurses" and "nursing"): `value` at the
 * start, or after one of `before`. LIKE's wildcards in `value` stay wildcards (lib/stories/search.ts).
 */
export function wordStartInsensitive(value: string, before: readonly string[], on: Dialect = dialect): ({ contains: string } | { startsWith: string })[] {
  const mode = on === "postgresql" ? { mode: "insensitive" } : {};
  return [{ startsWith: value, ...mode }, ...before.map((b) => ({ contains: b + value, ...mode }))];
}
