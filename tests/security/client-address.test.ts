import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, describe, expect, it } from "vitest";

import { addressGroup, resolveClientAddress, trustedProxySet, withClientAddress } from "@/lib/security/client-address";
import { parseEnv } from "@/lib/env";

/** A server like scripts/serve.ts, whose handler reports the headers it was given. */
async function serve(trusted: string[]): Promise<{ url: string; close: () => void }> {
  const server = createServer(
    withClientAddress((req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(req.headers));
    }, trustedProxySet(trusted)),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

function headersSeen(url: string, headers: Record<string, string>): Promise<IncomingHttpHeaders> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve(JSON.parse(body) as IncomingHttpHeaders));
    });
    req.on("error", reject);
    req.end();
  });
}

const servers: { close: () => void }[] = [];
afterAll(() => servers.forEach((server) => server.close()));

describe("X-Forwarded-For", () => {
  it("is replaced by the socket address when no proxy is trusted (the default)", async () => {
    expect(parseEnv({}).TRUSTED_PROXY).toEqual([]);
    const server = await serve([]);
    servers.push(server);
    const seen = await headersSeen(server.url, { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" });
    expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen["x-forwarded-proto"]).toBeUndefined();
    expect(seen["x-forwarded-host"]).toBeUndefined();
  });

  it("is believed from a trusted proxy, right-most untrusted hop first", async () => {
    const server = await serve(["loopback"]);
    servers.push(server);
    const seen = await headersSeen(server.url, { "x-forwarded-for": "198.51.100.7, 203.0.113.9", "x-forwarded-proto": "https" });
    expect(seen["x-forwarded-for"]).toBe("203.0.113.9");
    expect(seen["x-forwarded-proto"]).toBe("https");
  });

  it("skips trusted hops and refuses a garbled chain", () => {
    const trusted = trustedProxySet(["10.0.0.1", "10.0.0.2"]);
    expect(resolveClientAddress("10.0.0.2", "203.0.113.9, 10.0.0.1", trusted)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.2", "not-an-ip", trusted)).toBe("10.0.0.2");
    expect(resolveClientAddress("::ffff:192.0.2.1", "203.0.113.9", trusted)).toBe("192.0.2.1");
  });
});

describe("addressGroup (what the sign-in counters key on)", () => {
  it("keeps an IPv4 address as it is", () => {
    expect(addressGroup("203.0.113.7")).toBe("203.0.113.7");
    expect(addressGroup("unknown")).toBe("unknown");
  });

  it("groups IPv6 addresses by their /64 network, however they are written", () => {
    const group = addressGroup("2001:db8:85a3:1:aaaa:bbbb:cccc:1");
    expect(group).toBe("2001:db8:85a3:1::/64");
    expect(addressGroup("2001:0db8:85a3:0001::dead:beef")).toBe(group);
    expect(addressGroup("2001:db8:85a3:1:ffff::")).toBe(group);
    expect(addressGroup("2001:db8:85a3:2::1")).not.toBe(group);
    expect(addressGroup("::1")).toBe("0:0:0:0::/64");
    expect(addressGroup("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("reads an IPv4 address written as IPv6 as that IPv4 address, in any spelling", () => {
    expect(addressGroup("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(addressGroup("::FFFF:192.0.2.1")).toBe("192.0.2.1");
    expect(addressGroup("::ffff:c000:201")).toBe("192.0.2.1");
    expect(addressGroup("::ffff:c000:202")).not.toBe(addressGroup("::ffff:c000:201"));
  });
});
