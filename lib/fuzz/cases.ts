// Generated bad requests for every route and server action: malformed ids and percent-encoding,
// lone surrogates, broken JSON and multipart, wrong content types, hostile query values, non-FormData
// action calls. Deterministic for a seed. Used by e2e/fuzz.spec.ts (2,000 in CI) and scripts/fuzz.ts.

export type FuzzRequest = { method: string; path: string; headers: Record<string, string>; body?: string | Uint8Array<ArrayBuffer> };

/** mulberry32: small, seeded, good enough to spread cases. */
export function seeded(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BAD_SEGMENTS = [
  "%FF",
  "%",
  "%E0%A4%A",
  "%ED%A0%80",
  "%C0%AF",
  "%00",
  "..%2F..%2Fetc",
  "%2e%2e",
  "constructor",
  "__proto__",
  "x".repeat(5000),
  "%F0%9F%98",
  "a%20b",
  "'%20OR%201=1--",
  "%u0041",
  "null",
];

const BAD_QUERY_VALUES = ["%FF", "%", "constructor", "__proto__", "toString", "-1", "0", "1e309", "NaN", "Infinity", "9007199254740993", "%ED%A0%80", "[]", "x".repeat(3000)];

const LONE = "\ud800";
const TEXT = "I rewrote the setup guide, so tickets fell 30% in a month.";

const BAD_JSON_BODIES: string[] = [
  "",
  "{",
  "nul",
  "[]",
  "null",
  "0",
  '"text"',
  "{}",
  `{"text":"${TEXT}\\ud800"}`,
  `{"title":"\\udfff","text":"${TEXT}"}`,
  `{"title":"T","text":"${TEXT}","tags":["\\ud800x"]}`,
  `{"title":"T","text":"${TEXT}","version":9007199254740993}`,
  `{"title":"T","text":"${TEXT}","version":1e309}`,
  `{"title":"T","text":"${TEXT}","version":-1}`,
  `{"title":"T","text":"${TEXT}","version":"1"}`,
  `{"title":{"$gt":""},"text":[1,2]}`,
  `{"__proto__":{"polluted":1},"title":"T","text":"${TEXT}"}`,
  `{"constructor":{"prototype":{"x":1}},"title":"T","text":"${TEXT}"}`,
  `{"title":"T","text":"${TEXT}","parts":"oops","format":"star"}`,
  `{"title":"T","text":"${TEXT}","role":"constructor","stage":"__proto__"}`,
  `${"[".repeat(5000)}${"]".repeat(5000)}`,
  `{"text":"${"a".repeat(30000)}"}`,
  `{"stories":[{"title":"T","text":"${TEXT}","version":9007199254740991,"createdAt":"+275760-09-13T00:00:00.001Z"}]}`,
  `{"stories":[{"title":"T","text":"${TEXT}","createdAt":"-271821-04-20T00:00:00.000Z","updatedAt":"99999-01-01"}]}`,
  `{"stories":[{"title":"T","text":"${TEXT}","revisions":[{"version":1e300,"title":"T","text":"x"}]}]}`,
  `{"stories":[{"title":"\\ud800","text":"${TEXT}"}]}`,
  `[{"title":"T","text":"${TEXT}","tags":"${"a,".repeat(500)}"}]`,
];

const BOUNDARY = "----fuzzboundary";
const BAD_MULTIPART: { type: string; body: string }[] = [
  { type: `multipart/form-data; boundary=${BOUNDARY}`, body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.json"\r\n\r\n[` },
  { type: "multipart/form-data", body: "no boundary at all" },
  { type: `multipart/form-data; boundary=${BOUNDARY}`, body: "garbage without any boundary" },
  { type: `multipart/form-data; boundary=${BOUNDARY}`, body: `--${BOUNDARY}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${BOUNDARY}--\r\n` },
  { type: `multipart/form-data; boundary=${BOUNDARY}`, body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"\r\n\r\nnot a file\r\n--${BOUNDARY}--\r\n` },
  { type: `multipart/form-data; boundary=`, body: "--\r\n\r\n" },
  { type: `multipart/form-data; boundary=${BOUNDARY}`, body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\n${LONE}\r\n--${BOUNDARY}--\r\n` },
];

const CONTENT_TYPES = ["application/json", "text/plain", "application/x-www-form-urlencoded", "application/octet-stream", "", "application/json; charset=utf-16", "text/csv"];

const API_ROUTES: { methods: string[]; path: (id: string) => string }[] = [
  { methods: ["GET", "POST", "PUT"], path: () => "/api/stories" },
  { methods: ["GET", "PATCH", "DELETE", "POST"], path: (id) => `/api/stories/${id}` },
  { methods: ["GET"], path: (id) => `/api/stories/${id}/revisions` },
  { methods: ["POST"], path: () => "/api/stories/examples" },
  { methods: ["POST", "GET"], path: () => "/api/stories/bulk" },
  { methods: ["POST"], path: () => "/api/stories/bulk/undo" },
  { methods: ["POST"], path: () => "/api/grade" },
  { methods: ["POST"], path: () => "/api/postings/analyze" },
  { methods: ["POST"], path: () => "/api/import" },
  { methods: ["GET"], path: () => "/api/export" },
  { methods: ["GET"], path: () => "/api/health" },
  { methods: ["POST"], path: () => "/api/auth/sign-in/email" },
  { methods: ["POST"], path: () => "/api/auth/sign-up/email" },
  { methods: ["GET"], path: () => "/api/auth/get-session" },
];

const PAGES = [
  "/",
  "/stories",
  "/stories/new",
  "/stories/import",
  "/grade",
  "/plan",
  "/balance",
  "/coverage",
  "/questions",
  "/sheet",
  "/profile",
  "/account",
  "/postings",
  "/sign-in",
  "/sign-up",
];
const ID_PAGES = [(id: string) => `/stories/${id}`, (id: string) => `/stories/${id}/history`, (id: string) => `/postings/${id}`];
const QUERY_KEYS = ["format", "page", "pageSize", "sort", "dir", "band", "role", "q", "tag", "skill", "family", "next", "autosave", "name", "added"];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function query(random: () => number): string {
  const count = 1 + Math.floor(random() * 3);
  return Array.from({ length: count }, () => `${pick(random, QUERY_KEYS)}=${pick(random, BAD_QUERY_VALUES)}`).join("&");
}

function body(random: () => number): { type: string; body: string | Uint8Array<ArrayBuffer> } {
  const roll = random();
  if (roll < 0.5) return { type: pick(random, CONTENT_TYPES), body: pick(random, BAD_JSON_BODIES) };
  if (roll < 0.7) return pick(random, BAD_MULTIPART);
  if (roll < 0.85) return { type: "application/x-www-form-urlencoded", body: `title=%FF&text=${encodeURIComponent(TEXT)}&email=a%40b&password=%ED%A0%80` };
  const bytes = new Uint8Array(1 + Math.floor(random() * 200));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  return { type: pick(random, CONTENT_TYPES), body: bytes };
}

/** Server action calls that are not what a form sends: random ids, JSON, text, broken multipart. */
function actionCall(random: () => number, actionIds: readonly string[]): FuzzRequest {
  const id = random() < 0.8 && actionIds.length > 0 ? pick(random, actionIds) : pick(random, ["0".repeat(42), "%FF", "constructor", "x"]);
  const { type, body: payload } = body(random);
  return { method: "POST", path: pick(random, PAGES), headers: { "next-action": id, "content-type": type, accept: "text/x-component" }, body: payload };
}

/** The n-th case of a run: every route, page and action gets its share. */
export function fuzzRequest(random: () => number, { actionIds = [], storyId = "missing" }: { actionIds?: readonly string[]; storyId?: string } = {}): FuzzRequest {
  const roll = random();
  const id = random() < 0.15 ? storyId : pick(random, BAD_SEGMENTS);
  if (roll < 0.15) return actionCall(random, actionIds);
  if (roll < 0.35) {
    const path = random() < 0.5 ? pick(random, PAGES) : pick(random, ID_PAGES)(id);
    return { method: "GET", path: `${path}?${query(random)}`, headers: {} };
  }
  const route = pick(random, API_ROUTES);
  const method = pick(random, route.methods);
  const path = `${route.path(id)}${random() < 0.5 ? `?${query(random)}` : ""}`;
  if (method === "GET" || method === "DELETE") return { method, path, headers: {} };
  const { type, body: payload } = body(random);
  return { method, path, headers: type ? { "content-type": type } : {}, body: payload };
}

export type FuzzResult = { request: FuzzRequest; status: number | "timeout" | "error"; ms: number; detail?: string };

/** Sends one case with a deadline; a hang or a dropped connection is a result, not a throw. */
export async function sendFuzz(base: string, request: FuzzRequest, { cookie, timeoutMs = 15_000 }: { cookie?: string; timeoutMs?: number }): Promise<FuzzResult> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}${request.path}`, {
      method: request.method,
      headers: { origin: base, ...request.headers, ...(cookie ? { cookie } : {}) },
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    return { request, status: response.status, ms: performance.now() - started };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return { request, status: timedOut ? "timeout" : "error", ms: performance.now() - started, detail: String(error) };
  }
}

/** Runs `count` cases with `concurrency` in flight; returns every failure (5xx, hang, dropped). */
export async function runFuzz(
  base: string,
  { count, seed, concurrency = 8, cookie, actionIds, storyId }: { count: number; seed: number; concurrency?: number; cookie?: string; actionIds?: readonly string[]; storyId?: string },
): Promise<{ sent: number; failures: FuzzResult[]; statuses: Record<string, number>; msP95: number }> {
  const random = seeded(seed);
  const cases = Array.from({ length: count }, () => fuzzRequest(random, { actionIds, storyId }));
  const failures: FuzzResult[] = [];
  const statuses: Record<string, number> = {};
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < cases.length) {
        const result = await sendFuzz(base, cases[next++]!, { cookie });
        const key = typeof result.status === "number" ? `${Math.floor(result.status / 100)}xx` : result.status;
        statuses[key] = (statuses[key] ?? 0) + 1;
        times.push(result.ms);
        if (typeof result.status !== "number" || result.status >= 500) failures.push(result);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { sent: cases.length, failures, statuses, msP95: times[Math.floor(times.length * 0.95)] ?? 0 };
}
