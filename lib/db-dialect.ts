// DATABASE-SPECIFIC MODULE: the differences between SQLite and PostgreSQL that queries must know.
// Everything else in the data layer is portable Prisma.

/**
 * A case-insensitive substring filter. SQLite's LIKE (Prisma's `contains`) already ignores ASCII
 * case; PostgreSQL needs `mode: "insensitive"`, which Prisma refuses on SQLite.
 */
export function containsInsensitive(value: string): { contains: string } {
  return { contains: value };
}
