// `npm run bench:app -- [--url http://127.0.0.1:3000] [--email demo@example.com] [--password …] [--json]`
// Measures a running production build (localhost only):
//   1. the bank list: GET /api/stories?page=N and the /stories page, p50/p95 (target p95 ≤ 150 ms);
//   2. a save round trip (PATCH /api/stories/:id) with 20 users working at once, each saving about once a
//      second at its own random moments, like the editor's autosave after a pause in typing (target
//      p95 ≤ 50 ms); then a stress run, every user saving back to back (20 requests always in flight),
//      which measures throughput: its latency is the queue, about 20 × the CPU a save costs, and has no
//      target. Each user's first save is a warm-up, not counted;
//   3. the in-browser regrade per keystroke on a 1,000-word story at /grade (target ≤ 16 ms).
// Start the server first, on a seeded database:
//   DATABASE_URL=file:./data/bench.db npm run db:seed -- --user demo@example.com --stories 10000 --password "correct horse battery"
//   DATABASE_URL=file:./data/bench.db AUTH_SIGN_UP_LIMIT=100 AUTH_SIGN_IN_LIMIT=100 npm start
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

import { chromium } from "@playwright/test";

import { CHROMIUM_ARGS, systemChromium } from "../e2e/support/chromium";
import { seeded } from "../lib/fuzz/cases";

const TARGETS = { listP95: 150, saveP95: 50, keystroke: 16 } as const;
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3000" },
    email: { type: "string", default: "demo@example.com" },
    password: { type: "string", default: "correct horse battery" },
    requests: { type: "string", default: "60" },
    users: { type: "string", default: "20" },
    saves: { type: "string", default: "20" },
    "pace-ms": { type: "string", default: "1000" },
    keystrokes: { type: "string", default: "40" },
    "skip-browser": { type: "boolean", default: false },
    "skip-planner": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});

const base = new URL(values.url);
if (!LOCAL_HOSTS.has(base.hostname)) {
  console.error(`bench:app measures a local server only; ${base.hostname} is not localhost.`);
  process.exit(2);
}
const origin = base.origin;
const bounded = (value: string, min: number, max: number) => Math.min(max, Math.max(min, Math.floor(Number(value) || min)));
const REQUESTS = bounded(values.requests, 50, 1000);
const USERS = bounded(values.users, 1, 50);
const SAVES = bounded(values.saves, 1, 100);
const KEYSTROKES = bounded(values.keystrokes, 5, 200);
const PACE_MS = bounded(values["pace-ms"], 0, 10_000);

type Stats = { count: number; p50: number; p95: number; max: number; mean: number };

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    count: sorted.length,
    p50: round(rank(50)),
    p95: round(rank(95)),
    max: round(sorted.at(-1) ?? NaN),
    mean: round(sorted.reduce((sum, n) => sum + n, 0) / Math.max(1, sorted.length)),
  };
}

const log = (message: string) => {
  if (!values.json) console.log(message);
};

/** A tiny cookie jar: one session per user. */
class Client {
  private cookies = new Map<string, string>();

  async request(path: string, init: RequestInit = {}): Promise<{ status: number; body: string; ms: number }> {
    const headers = new Headers(init.headers);
    headers.set("Origin", origin);
    if (this.cookies.size > 0) headers.set("Cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const started = performance.now();
    const response = await fetch(new URL(path, origin), { ...init, headers, redirect: "manual" });
    const body = await response.text();
    const ms = performance.now() - started;
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair?.indexOf("=") ?? -1;
      if (pair && at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    return { status: response.status, body, ms };
  }

  json(path: string, method: string, data: unknown) {
    return this.request(path, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(data) });
  }
}

function expectStatus(result: { status: number; body: string }, status: number, what: string): void {
  if (result.status !== status) throw new Error(`${what}: HTTP ${result.status} ${result.body.slice(0, 200)}`);
}

async function benchList(): Promise<{ total: number; api: Stats; page: Stats }> {
  const client = new Client();
  const signedIn = await client.json("/api/auth/sign-in/email", "POST", { email: values.email, password: values.password });
  expectStatus(signedIn, 200, `sign in as ${values.email} (seed it first, and pass --password)`);
  const first = await client.request("/api/stories?page=1");
  expectStatus(first, 200, "GET /api/stories");
  const { total, pages } = JSON.parse(first.body) as { total: number; pages: number };
  log(`bank: ${total.toLocaleString("en")} stories for ${values.email}, ${pages} pages`);

  const pageAt = (i: number) => 1 + ((i * 37) % Math.max(1, pages));
  // The bank page's canonical URL for page 1 has no page parameter (anything else is redirected).
  const htmlPath = (page: number) => (page === 1 ? "/stories" : `/stories?page=${page}`);
  for (let i = 0; i < 3; i++) await client.request(htmlPath(pageAt(i)));
  const api: number[] = [];
  const html: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const result = await client.request(`/api/stories?page=${pageAt(i)}`);
    expectStatus(result, 200, "GET /api/stories");
    api.push(result.ms);
  }
  for (let i = 0; i < REQUESTS; i++) {
    const result = await client.request(htmlPath(pageAt(i)));
    expectStatus(result, 200, "GET /stories");
    html.push(result.ms);
  }
  return { total, api: stats(api), page: stats(html) };
}

const STORY = "I sat with the support lead to watch how she sorted the queue, then wrote a SQL query over six months of tickets. Repeat tickets fell by 41% within a month.";

async function signUpUsers(): Promise<Client[]> {
  const stamp = Date.now().toString(36);
  const clients: Client[] = [];
  // Sign-ups one at a time: the server rate-limits them per IP (AUTH_SIGN_UP_LIMIT, 30 a minute by default).
  for (let i = 0; i < USERS; i++) {
    const client = new Client();
    const email = `bench-${stamp}-${i}@example.com`;
    const result = await client.json("/api/auth/sign-up/email", "POST", { email, password: "bench password 1", name: `Bench ${i}` });
    expectStatus(result, 200, `sign up bench user ${i + 1} (raise AUTH_SIGN_UP_LIMIT if this is a 429)`);
    // A sign-up starts no session (it answers the same whether the email is taken): sign in.
    expectStatus(await client.json("/api/auth/sign-in/email", "POST", { email, password: "bench password 1" }), 200, `sign in bench user ${i + 1}`);
    clients.push(client);
  }
  return clients;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every user creates a story, saves it once to warm up (not counted: it overlaps the other users'
 * creates), then SAVES times. With paceMs 0 each save follows the last at once (a burst: all users
 * saving at the same instant); otherwise a user pauses between 0.75 and 1.25 × paceMs before each
 * save, like an autosave after a pause in typing, at random moments independent of the other users.
 * (Pauses computed from the user and save numbers alone fell into step: every tenth save, 7 to 10
 * users saved within a few milliseconds of each other, a burst inside the paced run.)
 */
async function benchSaves(clients: Client[], paceMs: number): Promise<{ users: number; paceMs: number; saves: Stats; creates: Stats; savesPerSecond: number }> {
  const saves: number[] = [];
  const creates: number[] = [];
  const started = performance.now();
  await Promise.all(
    clients.map(async (client, index) => {
      const pause = seeded(1000 + index); // the same pauses on every run, different for every user
      if (paceMs > 0) await sleep(pause() * paceMs);
      const created = await client.json("/api/stories", "POST", { title: `Bench story ${index}`, role: "technical", text: STORY, tags: ["bench"] });
      expectStatus(created, 201, "POST /api/stories");
      creates.push(created.ms);
      let { id, version } = JSON.parse(created.body) as { id: string; version: number };
      for (let save = 0; save <= SAVES; save++) {
        if (paceMs > 0) await sleep(paceMs * (0.75 + pause() / 2));
        const result = await client.json(`/api/stories/${id}`, "PATCH", { version, text: `${STORY} Edit ${save + 1}: the team kept the script running.` });
        expectStatus(result, 200, "PATCH /api/stories/:id");
        if (save > 0) saves.push(result.ms);
        ({ id, version } = JSON.parse(result.body) as { id: string; version: number });
      }
    }),
  );
  const savesPerSecond = Math.round((clients.length * (SAVES + 2)) / ((performance.now() - started) / 1000));
  return { users: clients.length, paceMs, saves: stats(saves), creates: stats(creates), savesPerSecond };
}

/** About 1,000 words of story text, built from varied sentences. */
function thousandWords(): string {
  const sentences = [
    "In 2024 our support team of six was answering the same billing questions all day.",
    "I sat with the support lead for two afternoons to watch how she sorted the queue.",
    "I wrote a SQL query over six months of tickets to group them by cause.",
    "Because most repeats came from two screens, I built a Python script that tagged them.",
    "I walked the team through the script so that they could adjust the replies themselves.",
    "Within a month repeat tickets fell by 41% and the open queue dropped from 900 to 350.",
  ];
  const words: string[] = [];
  for (let i = 0; words.length < 1000; i++) words.push(...sentences[i % sentences.length]!.split(" "));
  return words.slice(0, 1000).join(" ");
}

async function benchKeystrokes(): Promise<{ available: boolean; keystrokes: number; grade?: Stats; note?: string }> {
  const configDir = mkdtempSync(join(tmpdir(), "storybank-bench-chromium-"));
  const executablePath = systemChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, env: { ...process.env, XDG_CONFIG_HOME: configDir } });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/grade`);
    const box = page.locator("textarea").first();
    await box.waitFor({ timeout: 15_000 });
    await box.fill(thousandWords());
    await page.waitForTimeout(500);
    await page.evaluate(() => performance.clearMeasures("storybank-grade"));
    await box.press("End");
    for (let i = 0; i < KEYSTROKES; i++) await box.press(i % 6 === 5 ? "Space" : "a");
    await page.waitForTimeout(500);
    const durations = await page.evaluate(() => performance.getEntriesByName("storybank-grade").map((entry) => entry.duration));
    if (durations.length === 0) return { available: false, keystrokes: KEYSTROKES, note: "the /grade page recorded no storybank-grade entries" };
    return { available: true, keystrokes: KEYSTROKES, grade: stats(durations) };
  } finally {
    await browser.close();
    rmSync(configDir, { recursive: true, force: true });
  }
}

function line(name: string, s: Stats, target: number, key: "p95" | "p50" = "p95"): string {
  const verdict = s[key] <= target ? "ok" : "OVER";
  return `  ${name.padEnd(34)} p50 ${String(s.p50).padStart(7)} ms   p95 ${String(s.p95).padStart(7)} ms   max ${String(s.max).padStart(7)} ms   n=${s.count}   (${key} target ≤ ${target} ms: ${verdict})`;
}

async function main(): Promise<void> {
  log(`bench:app against ${origin}`);
  const list = await benchList();
  log(line("GET /api/stories?page=N", list.api, TARGETS.listP95));
  log(line("GET /stories?page=N (HTML)", list.page, TARGETS.listP95));

  const clients = await signUpUsers();
  const paced = PACE_MS > 0 ? await benchSaves(clients, PACE_MS) : null;
  if (paced) log(line(`PATCH save, ${paced.users} users, each ~${PACE_MS} ms`, paced.saves, TARGETS.saveP95));
  const burst = await benchSaves(clients, 0);
  const stress = (name: string, s: Stats) =>
    `  ${name.padEnd(34)} p50 ${String(s.p50).padStart(7)} ms   p95 ${String(s.p95).padStart(7)} ms   max ${String(s.max).padStart(7)} ms   n=${s.count}`;
  log(`stress, ${burst.users} users saving back to back (no target: the latency is the queue): ${burst.savesPerSecond} requests/s`);
  log(stress("PATCH save", burst.saves));
  log(stress("POST create", burst.creates));

  let keystrokes: Awaited<ReturnType<typeof benchKeystrokes>> | { skipped: true } = { skipped: true };
  if (!values["skip-browser"]) {
    keystrokes = await benchKeystrokes();
    if ("grade" in keystrokes && keystrokes.grade) log(line("regrade per keystroke, 1,000 words", keystrokes.grade, TARGETS.keystroke));
    else if ("note" in keystrokes) log(`  regrade per keystroke: not measured (${keystrokes.note})`);
  }

  if (values.json) {
    console.log(JSON.stringify({ url: origin, targets: TARGETS, bank: list, saves: { burst, paced }, keystrokes }));
  }

  // The interview-plan pages (≤ 300 ms each), measured by their own script against the same server.
  if (!values["skip-planner"]) {
    const args = ["scripts/bench-planner.ts", "--url", values.url, "--email", values.email, "--password", values.password];
    const planner = spawnSync("node_modules/.bin/tsx", values.json ? [...args, "--json"] : args, { stdio: "inherit" });
    if (planner.status !== 0) process.exitCode = planner.status ?? 1;
  }
}

main().catch((error: unknown) => {
  console.error(`bench:app: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
