// `npm run bench:fuzz`: sends generated bad requests (lib/fuzz/cases.ts) to a running server, as a
// signed-in user and calling every server action, and fails on any 5xx, hang or dropped connection.
//   --url http://127.0.0.1:3000   --requests 10000   --seed 1   --concurrency 8
// Start the server first: npm start (or tsx scripts/serve.ts on a scratch database).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

import { runFuzz } from "../lib/fuzz/cases";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3000" },
    requests: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    concurrency: { type: "string", default: "8" },
  },
});
const base = values.url.replace(/\/$/, "");
const host = new URL(base).hostname;
if (host !== "127.0.0.1" && host !== "localhost") {
  console.error(`bench:fuzz sends garbage; point it at a local server only, not ${host}.`);
  process.exit(2);
}

/** The build's server action ids, so that real actions get the bad calls too. */
function actionIds(): string[] {
  try {
    const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node?: Record<string, unknown> };
    return Object.keys(manifest.node ?? {});
  } catch {
    return [];
  }
}

async function signedInCookie(): Promise<{ cookie: string; storyId: string }> {
  const email = `fuzz-${Date.now().toString(36)}@example.com`;
  const password = "fuzzing passphrase 42";
  const post = (path: string, body: unknown, cookie = "") =>
    fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", origin: base, ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  await post("/api/auth/sign-up/email", { email, password, name: "Fuzz" });
  const signedIn = await post("/api/auth/sign-in/email", { email, password });
  if (!signedIn.ok) throw new Error(`sign-in failed: HTTP ${signedIn.status}`);
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const story = await post("/api/stories", { title: "Fuzz target", text: "I rewrote the setup guide, so tickets fell 30% in a month." }, cookie);
  const { id } = (await story.json()) as { id: string };
  return { cookie, storyId: id };
}

const count = Number(values.requests);
const { cookie, storyId } = await signedInCookie();
const ids = actionIds();
const started = performance.now();
const memoryBefore = process.memoryUsage().rss;
const result = await runFuzz(base, { count, seed: Number(values.seed), concurrency: Number(values.concurrency), cookie, actionIds: ids, storyId });
const seconds = (performance.now() - started) / 1000;
console.log(`bench:fuzz: ${result.sent.toLocaleString("en")} requests (${ids.length} server actions) in ${seconds.toFixed(1)} s, p95 ${result.msP95.toFixed(0)} ms`);
console.log(`  by status: ${Object.entries(result.statuses).map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(`  5xx, hangs and dropped connections: ${result.failures.length} (client RSS ${((process.memoryUsage().rss - memoryBefore) / 1e6).toFixed(0)} MB more)`);
for (const failure of result.failures.slice(0, 20)) {
  const { method, path, headers } = failure.request;
  const body = typeof failure.request.body === "string" ? failure.request.body.slice(0, 120) : failure.request.body ? `<${failure.request.body.length} bytes>` : "";
  console.log(`  ${failure.status} ${method} ${path.slice(0, 120)} ${JSON.stringify(headers)} ${body} ${failure.detail ?? ""}`);
}
process.exit(result.failures.length === 0 ? 0 : 1);
