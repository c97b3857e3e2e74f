// Builds the app with `next build` when its sources changed since the last build (a fingerprint of
// them is kept in .next), so that `npm start` and the end-to-end tests never serve a stale build.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { runBin } from "./run";

const SOURCES = ["app", "lib", "prisma", "public", "proxy.ts", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
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

export function buildIfChanged(): void {
  const fingerprint = sourceFingerprint();
  const built = existsSync(join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === fingerprint;
  if (built) return;
  console.log("Building StoryBank (the sources changed since the last build)…");
  runBin("next", ["build"]);
  writeFileSync(STAMP, fingerprint);
}
