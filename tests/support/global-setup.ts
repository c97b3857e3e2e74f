// Migrates one template SQLite database per vitest run; test files copy it (tests/support/db.ts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "storybank-vitest-"));
  const template = join(dir, "template.db");
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  process.env.STORYBANK_TEMPLATE_DB = template;
  return () => rmSync(dir, { recursive: true, force: true });
}
