// `npm start`: migrate the database, build when the sources changed since the last build, serve.
// Honours PORT (default 3000), HOST (default 0.0.0.0), DATABASE_URL (default file:./data/storybank.db)
// and SERVER_MAX_HEAP_MB (default 512: scripts/server-node-options.ts).
import { spawn } from "node:child_process";

import { isPostgresUrl, resolveDatabaseUrl } from "../lib/db/url";
import { env } from "../lib/env";
import { buildIfChanged } from "./build-if-changed";
import { prepareDatabase } from "./prepare-db";
import { serverNodeOptions } from "./server-node-options";

process.env.NEXT_TELEMETRY_DISABLED = "1";
// Read first: a setting that does not parse stops here, before the migration and the build.
const { PORT: port, HOST: host } = env;

prepareDatabase();
buildIfChanged();
if (isPostgresUrl(resolveDatabaseUrl()) && !env.BETTER_AUTH_SECRET) {
  console.warn(
    "StoryBank: BETTER_AUTH_SECRET is not set, so this instance signs sessions with ./data/auth-secret. " +
      "Instances on other machines (or folders) need the same secret: set BETTER_AUTH_SECRET on every one.",
  );
}

const server = spawn("node_modules/.bin/tsx", ["scripts/serve.ts", "-p", String(port), "-H", host], { stdio: "inherit", env: { ...process.env, NODE_OPTIONS: serverNodeOptions() } });
// Stop the server with this process, and leave with its exit code.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
