import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { proxy } from "@/proxy";

const APP = "http://localhost:3000";

function run(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return proxy(new NextRequest(`${APP}${path}`, { method: init.method ?? "GET", headers: { host: "localhost:3000", ...init.headers } }));
}

const passes = (response: Response) => response.headers.get("x-middleware-next") === "1";

describe("cross-site writes", () => {
  it.each([
    ["POST", "/api/stories"],
    ["POST", "/api/import"],
    ["POST", "/api/stories/examples"],
    ["PATCH", "/api/stories/abc"],
    ["DELETE", "/api/stories/abc"],
    ["POST", "/api/auth/sign-out"],
    ["POST", "/profile"],
  ])("refuses %s %s from another site's page", async (method, path) => {
    const byOrigin = run(path, { method, headers: { origin: "https://evil.example" } });
    expect(byOrigin.status).toBe(403);
    expect(((await byOrigin.json()) as { error: string }).error).toMatch(/Cross-site/);
    expect(run(path, { method, headers: { "sec-fetch-site": "cross-site" } }).status).toBe(403);
    expect(run(path, { method, headers: { "sec-fetch-site": "same-site", origin: "https://sub.localhost:3000" } }).status).toBe(403);
    expect(run(path, { method, headers: { origin: "null" } }).status).toBe(403);
  });

  it("lets the app's own pages and scripts without a browser write", () => {
    expect(passes(run("/api/stories", { method: "POST", headers: { origin: APP, "sec-fetch-site": "same-origin" } }))).toBe(true);
    expect(passes(run("/api/stories", { method: "POST" }))).toBe(true);
  });

  it("lets another site's page read", () => {
    expect(passes(run("/stories", { headers: { "sec-fetch-site": "cross-site" } }))).toBe(true);
  });
});
