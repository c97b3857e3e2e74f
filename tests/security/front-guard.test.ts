import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ACTION_BODY_LIMIT, AUTH_BODY_LIMIT, DEFAULT_BODY_LIMIT, frontRefusal, IMPORT_BODY_LIMIT, withFrontGuard } from "@/lib/security/front-guard";

const SESSION = "better-auth.session_token=abc.def";

describe("frontRefusal", () => {
  it("refuses methods no route serves, with the ones it does", () => {
    const trace = frontRefusal("TRACE", "/api/stories", {});
    expect(trace?.status).toBe(405);
    expect(trace?.headers?.Allow).toContain("PATCH");
    expect(frontRefusal("GET", "/api/stories", {})).toBeNull();
    expect(frontRefusal("OPTIONS", "/", {})).toBeNull();
  });

  it("judges a body by its declared length against its path's limit", () => {
    const post = (path: string, length: number, cookie?: string) => frontRefusal("POST", path, { "content-length": String(length), ...(cookie ? { cookie } : {}) });
    expect(post("/api/grade", DEFAULT_BODY_LIMIT)).toBeNull();
    expect(post("/api/grade", DEFAULT_BODY_LIMIT + 1)?.status).toBe(413);
    expect(post("/api/auth/sign-up/email", AUTH_BODY_LIMIT + 1)?.status).toBe(413);
    expect(post("/stories/new?x=1", DEFAULT_BODY_LIMIT + 1)?.status).toBe(413);
    expect(post("/api/import?preview=1", 5_000_000, SESSION)).toBeNull();
    expect(post("/api/import", IMPORT_BODY_LIMIT + 1, SESSION)?.status).toBe(413);
    expect(post("/api/stories", Number.NaN)?.status).toBe(413);
  });

  it("holds a server action call to Next's own 1 MB, which Next would answer with a 500", () => {
    const action = (length: number) => frontRefusal("POST", "/account", { "content-length": String(length), "next-action": "409c07c8039d191449bc96e3107ae8a6d33bc425da" });
    expect(action(ACTION_BODY_LIMIT)).toBeNull();
    expect(action(ACTION_BODY_LIMIT + 1)?.status).toBe(413);
    expect(frontRefusal("POST", "/account", { "content-length": String(ACTION_BODY_LIMIT + 1) })).toBeNull();
  });

  it("refuses a large upload from someone with no session before it arrives, and a body with no length", () => {
    expect(frontRefusal("POST", "/api/import", { "content-length": "5000000" })?.status).toBe(401);
    expect(frontRefusal("POST", "/api/import", { "content-length": "5000000", cookie: `theme=dark; __Secure-${SESSION}` })).toBeNull();
    expect(frontRefusal("POST", "/api/stories", { "transfer-encoding": "chunked" })?.status).toBe(411);
    expect(frontRefusal("POST", "/api/auth/sign-out", {})).toBeNull();
  });
});

describe("withFrontGuard", () => {
  let server: Server;
  let port = 0;
  let reached = 0;
  beforeAll(async () => {
    server = createServer(
      withFrontGuard((_req, res) => {
        reached++;
        res.end("app");
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Sends only the head of a request (the body it declares never comes), and returns the answer. */
  const send = (method: string, path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, method, path, headers }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.flushHeaders();
    });

  it("answers an oversized body at once, with the security headers, without waiting for it or calling the app", async () => {
    const started = performance.now();
    const answer = await send("POST", "/api/grade", { "content-type": "application/json", "content-length": String(20 * 1024 * 1024) });
    expect(answer.status).toBe(413);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(JSON.parse(answer.body)).toEqual({ error: "The request body is too large." });
    expect(reached).toBe(0);
  });

  it("answers TRACE with 405 and lets a plain request through to the app", async () => {
    expect((await send("TRACE", "/api/stories", {})).status).toBe(405);
    const ok = await send("GET", "/", {});
    expect(ok.body).toBe("app");
    expect(reached).toBe(1);
  });
});
