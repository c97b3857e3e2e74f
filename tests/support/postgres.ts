// Small helpers for tests on a PostgreSQL server: run admin statements, name databases, clean up.
import pg from "pg";

/** The same server and credentials as `url`, another database. */
export function databaseUrlOn(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.href;
}

export async function onPostgres<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Drops every database whose name starts with `prefix`, closing their connections first. */
export async function dropDatabases(url: string, prefix: string): Promise<void> {
  await onPostgres(url, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
