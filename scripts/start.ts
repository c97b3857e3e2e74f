// `npm start`: migrate the database, build when the sources changed since the last build, serve.
// Honours PORT (default 3000), HOST (default 0.0.0.0) and DATABASE_URL (default file:./data/storybank.db).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { prepareDatabase } from "./prepare-db";
import { runBin } from "./run";

process.env.NEXT_TELEMETRY_DISABLED = "1";

const SOURCES = ["app", "lib", "public", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const STAMP = join(".next", "storybank-sources.sha256");

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (entry === "generated" || entry === "node_modules") continue;
    yield* files(join(path, entry));
  }
}

function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) {
    for (const file of files(source)) hash.update(file).update(readFileSync(file));
  }
  return hash.digest("hex");
}

prepareDatabase();

const fingerprint = sourceFingerprint();
const built = existsSync(join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === fingerprint;
if (!built) {
  console.log("Building StoryBank (the sources changed since the last build)…");
  runBin("next", ["build"]);
  writeFileSync(STAMP, fingerprint);
}

const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "0.0.0.0";
const server = spawn("node_modules/.bin/next", ["start", "-p", port, "-H", host], { stdio: "inherit" });
// Stop the server with this process, and leave with its exit code.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
