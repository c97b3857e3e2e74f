// SQLITE-SPECIFIC MODULE: the only place that knows the app runs on SQLite through libsql.
import type { TransactionMode } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

const BUSY_TIMEOUT_MS = 5000;

type LibsqlClient = ReturnType<PrismaLibSQL["createClient"]>;

// A pragma that fails leaves SQLite's defaults in place; the next query reports any real problem.
const logPragmaFailure = (error: unknown) => console.error("sqlite: could not apply a pragma", error);

/**
 * A libsql adapter whose connections wait for locks (busy_timeout) instead of failing at once,
 * on a database in WAL mode so that readers never block the writer.
 */
export class StoryBankLibSQL extends PrismaLibSQL {
  override createClient(config: Parameters<PrismaLibSQL["createClient"]>[0]): LibsqlClient {
    const client = super.createClient(config);
    // libsql opens a fresh connection after every interactive transaction: set it up too.
    // (The local client runs statements synchronously, so the pragma lands before the next query.)
    // synchronous=NORMAL is the recommended pairing with WAL: a crash of the app loses nothing, and
    // commits skip an fsync each (only a power cut can lose the last few commits). It more than
    // halves the time a save holds the write lock.
    const applyPragmas = () => {
      client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`).catch(logPragmaFailure);
      client.execute("PRAGMA synchronous = NORMAL").catch(logPragmaFailure);
    };
    const transaction = client.transaction.bind(client);
    client.transaction = async (mode?: TransactionMode) => {
      const tx = await transaction(mode);
      applyPragmas();
      return tx;
    };
    client.execute("PRAGMA journal_mode = WAL").catch(logPragmaFailure);
    applyPragmas();
    return client;
  }
}
