// A throwaway PostgreSQL cluster on a free loopback port, for the test suite (`npm run test:pg`),
// new PostgreSQL migrations (`npm run db:pg-migrate`) and benchmarks. Uses the server binaries on
// PATH (initdb, pg_ctl) or Debian's /usr/lib/postgresql/<version>/bin; as root it runs them as the
// `postgres` user, since initdb refuses root. fsync is off: the data is thrown away.
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type ThrowawayPostgres = {
  /** postgresql://postgres@127.0.0.1:PORT/postgres, the server's own database (tests/support/postgres.ts databaseUrlOn names others). */
  url: string;
  port: number;
  stop: () => void;
};

function findBin(name: string): string {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort().reverse()) {
      const candidate = join(debian, version, "bin", name);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new Error(
    `${name} not found: install the PostgreSQL server (Debian/Ubuntu: apt-get install -y postgresql), or set DATABASE_URL to a PostgreSQL database you own.`,
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const initdb = findBin("initdb");
  const pgCtl = findBin("pg_ctl");
  const root = process.getuid?.() === 0;
  const asServerUser = (bin: string, args: string[]) =>
    execFileSync(root ? "runuser" : bin, root ? ["-u", "postgres", "--", bin, ...args] : args, { stdio: "pipe" });

  const dir = mkdtempSync(join(tmpdir(), "storybank-pg-"));
  const data = join(dir, "data");
  if (root) {
    // The cluster belongs to the postgres user, which must be able to reach the folder.
    chmodSync(dir, 0o755);
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  asServerUser(initdb, ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  asServerUser(pgCtl, ["-D", data, "-w", "-l", join(dir, "server.log"), "-o", options, "start"]);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      asServerUser(pgCtl, ["-D", data, "-w", "-m", "immediate", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, port, stop };
}
