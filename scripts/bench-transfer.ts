// `npm run bench:transfer`: the export and import figures of the README's Security section, on a
// scratch SQLite database and a server of its own (scripts/serve.ts):
// - export: a 10,000-story bank with 20 revisions each, streamed as JSON, Markdown and CSV; the server's
//   resident memory is sampled every 25 ms and its growth over the idle server is reported;
// - import: a maximal file (5,000 stories, 20,000 revisions, none graded) while 20 other users each
//   save their story every 250 ms; their save p95 and the server's memory growth are reported, next to
//   the same savers' figures over 20 s without an import (the control: what the machine gives today).
//   --stories 10000 --revisions 20 --port 3390 --skip-import --skip-export --pause-ms 250
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

import { createPrismaClient } from "../lib/db/create-client";
import { storyInputSchema } from "../lib/stories/schema";
import { buildStoryRows, MAX_IMPORT_REVISIONS, MAX_IMPORT_STORIES, type StoryRows } from "../lib/stories/transfer";
import { prepareDatabase } from "./prepare-db";
import { serverNodeOptions } from "./server-node-options";

const { values } = parseArgs({
  options: {
    stories: { type: "string", default: "10000" },
    revisions: { type: "string", default: "20" },
    port: { type: "string", default: "3390" },
    "skip-import": { type: "boolean", default: false },
    "skip-export": { type: "boolean", default: false },
    /** Each saver's pause between saves: 250 ms asks more of 2 cores than they give; 1000 ms is bench:app's pace. */
    "pause-ms": { type: "string", default: "250" },
  },
});
const PAUSE_MS = Number(values["pause-ms"]);
if (!Number.isInteger(PAUSE_MS) || PAUSE_MS < 0) {
  console.error(`bench:transfer: --pause-ms must be a whole number of milliseconds, not "${values["pause-ms"]}"`);
  process.exit(2);
}
const STORIES = Number(values.stories);
const REVISIONS = Number(values.revisions);
const BASE = `http://127.0.0.1:${values.port}`;
const PASSWORD = "benchmark passphrase 7";
const TEXT =
  "At a 40-person clinic the rota was rebuilt by hand every week and nurses swapped shifts by text. I rebuilt it in Excel with pivot tables and walked the two shift leads through it each Monday, so overtime fell 30% within a quarter and swaps went through one sheet.";

const dir = mkdtempSync(join(tmpdir(), "storybank-bench-transfer-"));
const url = `file:${join(dir, "bench.db")}`;
process.env.NEXT_TELEMETRY_DISABLED = "1";
const serverLogPath = join(dir, "server.log");
const serverLog = openSync(serverLogPath, "w");

/**
 * fetch, tried once more when the server had closed a pooled keep-alive connection (it does after 5 s
 * idle, and the seeding keeps the client idle far longer).
 */
async function call(input: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch (error) {
    if (!/other side closed|ECONNRESET|EPIPE/.test(String((error as { cause?: unknown }).cause))) throw error;
    return fetch(input, init);
  }
}

/**
 * A POST that waits as long as the server takes: fetch (undici) gives up after 300 s without response
 * headers, and a maximal import on a loaded machine can take longer.
 */
function longPost(path: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${BASE}${path}`, { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) } }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** Resident memory of every process in the server's process group, in MB. */
function groupRssMb(pgid: number): number {
  let kb = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      kb += Number(rss?.[1] ?? 0);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return kb / 1024;
}

async function startServer(): Promise<{ pgid: number; stop: () => void }> {
  const child = spawn("node_modules/.bin/tsx", ["scripts/serve.ts", "-p", values.port, "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", serverLog, serverLog],
    // The heap setting of `npm start` (SERVER_MAX_HEAP_MB=0 for V8's default).
    env: { ...process.env, NODE_OPTIONS: serverNodeOptions(), DATABASE_URL: url, AUTH_SIGN_UP_LIMIT: "1000", AUTH_SIGN_IN_LIMIT: "1000" },
  });
  const pgid = child.pid!;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await call(`${BASE}/api/health`)).ok) return { pgid, stop: () => process.kill(-pgid, "SIGTERM") };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-pgid, "SIGTERM");
  throw new Error("the server did not start (is the app built? npm run build)");
}

async function session(email: string): Promise<string> {
  const post = (path: string, body: unknown) => call(`${BASE}${path}`, { method: "POST", headers: { "content-type": "application/json", origin: BASE }, body: JSON.stringify(body) });
  await post("/api/auth/sign-up/email", { email, password: PASSWORD, name: email.split("@")[0] });
  const signedIn = await post("/api/auth/sign-in/email", { email, password: PASSWORD });
  if (!signedIn.ok) throw new Error(`sign-in as ${email}: HTTP ${signedIn.status}`);
  return signedIn.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** Samples the server's memory while `work` runs; returns the peak. */
async function peakDuring<T>(pgid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peakMb = groupRssMb(pgid);
  const timer = setInterval(() => (peakMb = Math.max(peakMb, groupRssMb(pgid))), 25);
  try {
    const result = await work();
    return { result, peakMb: Math.max(peakMb, groupRssMb(pgid)) };
  } finally {
    clearInterval(timer);
  }
}

async function seedBank(userEmail: string): Promise<void> {
  const db = createPrismaClient(url);
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email: userEmail } });
    let counter = 0;
    const newId = () => `b${(counter++).toString(36).padStart(9, "0")}${randomUUID().slice(0, 6)}`;
    const input = storyInputSchema.parse({ title: "Clinic rota", text: TEXT, tags: ["rota", "excel"] });
    // Graded once; every story is a copy with its own ids and title.
    const template = buildStoryRows(user.id, { input, version: REVISIONS, revisions: Array.from({ length: REVISIONS }, (_, v) => ({ input, version: v + 1, autosave: false })) }, { newId, now: new Date() });
    const copy = (index: number): StoryRows => {
      const storyId = newId();
      return {
        story: { ...template.story, id: storyId, title: `Clinic rota ${index}` },
        tags: template.tags.map((tag) => ({ ...tag, storyId })),
        skills: template.skills.map((skill) => ({ ...skill, storyId })),
        revisions: template.revisions.map((revision) => ({ ...revision, id: newId(), storyId })),
      };
    };
    for (let start = 0; start < STORIES; start += 250) {
      const rows = Array.from({ length: Math.min(250, STORIES - start) }, (_, i) => copy(start + i));
      await db.$transaction([
        db.story.createMany({ data: rows.map((r) => r.story) }),
        db.storyTag.createMany({ data: rows.flatMap((r) => r.tags) }),
        db.storySkill.createMany({ data: rows.flatMap((r) => r.skills) }),
        db.revision.createMany({ data: rows.flatMap((r) => r.revisions) }),
      ]);
    }
  } finally {
    await db.$disconnect();
  }
}

async function benchExport(pgid: number): Promise<void> {
  await session("exporter@example.com");
  const seedStart = performance.now();
  await seedBank("exporter@example.com");
  // Signed in again after the seeding: an idle keep-alive connection would have been closed meanwhile.
  const cookie = await session("exporter@example.com");
  console.log(`export: seeded ${STORIES.toLocaleString("en")} stories × ${REVISIONS} revisions in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  for (const format of ["json", "md", "csv"]) {
    const idle = groupRssMb(pgid);
    const started = performance.now();
    const { result: bytes, peakMb } = await peakDuring(pgid, async () => {
      const response = await call(`${BASE}/api/export?format=${format}`, { headers: { cookie } });
      if (!response.ok || !response.body) throw new Error(`export ${format}: HTTP ${response.status}`);
      let size = 0;
      const reader = response.body.getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) size += chunk.value.byteLength;
      return size;
    });
    console.log(
      `export ${format.padEnd(4)} ${(bytes / 1e6).toFixed(0).padStart(4)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s; server memory ${idle.toFixed(0)} MB idle, peak ${peakMb.toFixed(0)} MB (+${(peakMb - idle).toFixed(0)} MB)`,
    );
  }
}

function maximalImport(): string {
  const perStory = Math.floor(MAX_IMPORT_REVISIONS / MAX_IMPORT_STORIES);
  const stories = Array.from({ length: MAX_IMPORT_STORIES }, (_, i) => ({
    title: `Imported ${i}`,
    text: `${TEXT} (${i})`,
    tags: ["imported"],
    revisions: Array.from({ length: perStory }, (_, v) => ({ version: v + 1, title: `Imported ${i}`, text: `${TEXT} Draft ${v}.` })),
  }));
  return JSON.stringify({ format: "storybank", version: 1, stories });
}

async function benchImport(pgid: number): Promise<void> {
  const importer = await session("importer@example.com");
  const savers = await Promise.all(Array.from({ length: 20 }, (_, i) => session(`saver-${i}@example.com`)));
  const stories = await Promise.all(
    savers.map(async (cookie) => {
      const response = await call(`${BASE}/api/stories`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ title: "Mine", text: TEXT }) });
      return ((await response.json()) as { id: string; version: number });
    }),
  );
  const file = maximalImport();
  const versions = stories.map((story) => story.version);
  /** Every saver saves its story, pausing PAUSE_MS after each answer, until `done()` says stop; returns each save's latency. */
  async function saveUntil(done: () => boolean): Promise<number[]> {
    const latencies: number[] = [];
    await Promise.all(
      savers.map(async (cookie, i) => {
        while (!done()) {
          const started = performance.now();
          const response = await call(`${BASE}/api/stories/${stories[i]!.id}`, {
            method: "PATCH",
            headers: { cookie, "content-type": "application/json" },
            body: JSON.stringify({ version: versions[i], text: `${TEXT} Save ${versions[i]}.` }),
          });
          latencies.push(performance.now() - started);
          if (response.ok) versions[i] = ((await response.json()) as { version: number }).version;
          await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
        }
      }),
    );
    return latencies.sort((a, b) => a - b);
  }
  const summary = (latencies: number[]) => {
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
    return `${latencies.length} saves: p50 ${p(0.5).toFixed(0)} ms, p95 ${p(0.95).toFixed(0)} ms, max ${p(1).toFixed(0)} ms`;
  };
  const controlEnd = performance.now() + 20_000;
  console.log(`import: control, 20 users saving (pausing ${PAUSE_MS} ms) for 20 s without an import: ${summary(await saveUntil(() => performance.now() > controlEnd))}`);

  let importing = true;
  const saving = saveUntil(() => !importing);
  const idle = groupRssMb(pgid);
  const started = performance.now();
  const { result: status, peakMb } = await peakDuring(pgid, async () => {
    const response = await longPost("/api/import?name=bench.json", { cookie: importer, "content-type": "application/json" }, file);
    if (response.status !== 201) throw new Error(`import: HTTP ${response.status} ${response.text.slice(0, 300)}`);
    return response.status;
  });
  const seconds = (performance.now() - started) / 1000;
  importing = false;
  const latencies = await saving;
  console.log(
    `import: ${MAX_IMPORT_STORIES.toLocaleString("en")} stories + ${MAX_IMPORT_REVISIONS.toLocaleString("en")} revisions (${(file.length / 1e6).toFixed(1)} MB) -> ${status} in ${seconds.toFixed(1)} s; server memory ${idle.toFixed(0)} MB idle, peak ${peakMb.toFixed(0)} MB (+${(peakMb - idle).toFixed(0)} MB)`,
  );
  console.log(`import: meanwhile 20 other users saved: ${summary(latencies)}`);
}

prepareDatabase(url);
console.log(`server NODE_OPTIONS: ${serverNodeOptions() ?? "(none: V8's default heap)"}; IMPORT_CPU_SHARE ${process.env.IMPORT_CPU_SHARE ?? "default"}`);
const server = await startServer();
try {
  if (!values["skip-export"]) await benchExport(server.pgid);
  if (!values["skip-import"]) await benchImport(server.pgid);
} catch (error) {
  console.error(`bench:transfer failed: ${String(error)} ${String((error as { cause?: unknown }).cause)}\nserver log:\n${readFileSync(serverLogPath, "utf8").slice(-3000)}`);
  process.exitCode = 1;
} finally {
  server.stop();
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(dir, { recursive: true, force: true });
}
