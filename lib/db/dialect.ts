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
