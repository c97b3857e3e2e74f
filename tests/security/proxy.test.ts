import { NextRequest, type NextResponse } from "next/server";
import { describe, expect, it } from "vitest";

import { proxy } from "@/proxy";


/** The proxy answers synchronously unless it must read a server action's body. */
function settled(response: NextResponse | Promise<NextResponse>): NextResponse {
  if (response instanceof Promise) throw new Error("expected a synchronous answer");
  return response;
}

const APP = "http://localhost:3000";

function run(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return settled(proxy(new NextRequest(`${APP}${path}`, { method: init.method ?? "GET", headers: { host: "localhost:3000", ...init.headers } })));
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

  it("refuses a write from a host nobody configured, even when its Host header agrees (DNS rebinding)", () => {
    const response = settled(proxy(new NextRequest("http://rebound.example/api/stories", { method: "POST", headers: { host: "rebound.example", origin: "http://rebound.example" } })));
    expect(response.status).toBe(403);
  });

  it("lets localhost on any port write by default", () => {
    expect(passes(run("/api/stories", { method: "POST", headers: { origin: "http://127.0.0.1:3456" } }))).toBe(true);
    expect(passes(run("/api/stories", { method: "POST", headers: { origin: "http://localhost:4000" } }))).toBe(true);
  });

  it("lets another site's page read", () => {
    expect(passes(run("/stories", { headers: { "sec-fetch-site": "cross-site" } }))).toBe(true);
  });
});

describe("security headers", () => {
  it("gives a page a nonce-based CSP, on the response and on the request Next renders", () => {
    const response = run("/stories");
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(run("/stories").headers.get("content-security-policy")).not.toBe(csp);
  });

  it.each(["/stories", "/api/stories", "/_next/static/chunks/x.js"])("sends Strict-Transport-Security on %s over HTTPS only", (path) => {
    const secure = settled(proxy(new NextRequest(`https://stories.example.org${path}`, { headers: { host: "stories.example.org" } })));
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(run(path).headers.get("strict-transport-security")).toBeNull();
  });

  it("sends Strict-Transport-Security on a refusal over HTTPS too", () => {
    const refused = settled(proxy(new NextRequest("https://stories.example.org/api/stories", { method: "POST", headers: { host: "stories.example.org", origin: "https://evil.example" } })));
    expect(refused.status).toBe(403);
    expect(refused.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("marks every API read as private and never stored, and leaves a write's own Cache-Control alone", () => {
    expect(run("/api/stories").headers.get("cache-control")).toBe("private, no-store");
    expect(run("/api/stories/abc/revisions").headers.get("cache-control")).toBe("private, no-store");
    expect(run("/api/stories", { method: "POST", headers: { origin: APP } }).headers.get("cache-control")).toBeNull();
    expect(run("/stories").headers.get("cache-control")).not.toBe("private, no-store");
  });

  it.each(["/", "/api/stories", "/api/export?format=csv", "/_next/static/chunks/x.js"])("sends nosniff, frame and referrer headers on %s", (path) => {
    const headers = run(path).headers;
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });
});
