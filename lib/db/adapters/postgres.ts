// POSTGRESQL-SPECIFIC MODULE: the only place that knows the app can run on PostgreSQL through pg.
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

import { setting, type EnvSource } from "../../env";

/** Connections per app instance (DATABASE_POOL_SIZE, 1-100); several instances share the server's max_connections (100 by default). */
export function poolSize(source: EnvSource = process.env): number {
  return setting("DATABASE_POOL_SIZE", source);
}

function clientConfig(url: string): pg.PoolConfig {
  return parseIntoClientConfig(url);
}

/** The app's adapter: a pool of `DATABASE_POOL_SIZE` connections to the database in `url`. */
export function createPostgresAdapter(url: string): PrismaPg {
  return new PrismaPg({ ...clientConfig(url), max: poolSize() });
}

// ---- Prisma CLI only (migrate deploy / dev / diff, run from prisma.config.ts) ----

// The schema engine's catalog queries return `name` and `"char"` columns (and arrays of them), which
// adapter-pg 6.19.3 cannot map ("Column type 'name' could not be deserialized", prisma/prisma#27403).
// Both are plain text to the engine.
const TEXT = 25;
const TEXT_ARRAY = 1009;
const AS_TEXT = new Map([
  [18, TEXT], // "char"
  [19, TEXT], // name
  [1002, TEXT_ARRAY], // "char"[]
  [1003, TEXT_ARRAY], // name[]
]);

// A multi-statement script answers with one result per statement.
type Result = { fields?: { dataTypeID: number }[] };
type PerformIO = (query: unknown) => Promise<Result | Result[]>;
const patched = new WeakSet<object>();

/** Reports the catalog's `name`/`"char"` columns as text, on the queryable class every adapter-pg connection and transaction shares. */
function readCatalogTypesAsText(adapter: SqlDriverAdapter): void {
  let proto: object | null = Object.getPrototypeOf(adapter) as object | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) proto = Object.getPrototypeOf(proto) as object | null;
  if (!proto || patched.has(proto)) return;
  const holder = proto as { performIO: PerformIO };
  const performIO = holder.performIO;
  holder.performIO = async function (this: unknown, query: unknown) {
    const result = await performIO.call(this, query);
    for (const { fields = [] } of Array.isArray(result) ? result : [result]) {
      for (const field of fields) field.dataTypeID = AS_TEXT.get(field.dataTypeID) ?? field.dataTypeID;
    }
    return result;
  };
  patched.add(proto);
}

/**
 * adapter-pg for the Prisma CLI: connections that let the process exit when idle (the CLI otherwise
 * hangs for up to a minute), catalog types it can read, and a shadow database of its own: adapter-pg's
 * connects to the main database instead and never closes its admin pool.
 */
export class PostgresMigrationAdapter extends PrismaPg {
  private readonly cliConfig: pg.PoolConfig;

  constructor(url: string) {
    const config = { ...clientConfig(url), max: 2, allowExitOnIdle: true };
    super(config);
    this.cliConfig = config;
  }

  override async connect() {
    const adapter = await super.connect();
    readCatalogTypesAsText(adapter);
    return adapter;
  }

  override async connectToShadowDb() {
    const admin = new pg.Client(this.cliConfig);
    await admin.connect();
    const name = `storybank_shadow_${process.pid}_${Date.now().toString(36)}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...this.cliConfig, database: name }).connect();
    readCatalogTypesAsText(shadow);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      try {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      } finally {
        await admin.end();
      }
    };
    return shadow;
  }
}
