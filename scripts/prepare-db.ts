// Applies pending migrations to the configured database (DATABASE_URL, or the embedded default).
import { ensureDatabaseDir, resolveDatabaseUrl } from "../lib/database-url";
import { runBin } from "./run";

export function prepareDatabase(): void {
  const url = resolveDatabaseUrl();
  ensureDatabaseDir(url);
  runBin("prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url } });
}

if (import.meta.url === `file://${process.argv[1]}`) prepareDatabase();
