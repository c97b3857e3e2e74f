// Serves the production build: `next start`, plus two things it cannot do. Next keeps a client's own
// X-Forwarded-For, so any client could pick the address that the sign-in limits count; this server
// replaces it with the socket's address unless the socket is a proxy listed in TRUSTED_PROXY
// (lib/security/client-address.ts). And Next reads every request body in full before any route can
// judge it; this server refuses an oversized body or an unserved method first (lib/security/front-guard.ts).
// Usage: tsx scripts/serve.ts [-p PORT] [-H HOST]
import { createServer } from "node:http";
import { parseArgs } from "node:util";

import next from "next";

import { trustedProxySet, withClientAddress } from "../lib/security/client-address";
import { withFrontGuard } from "../lib/security/front-guard";
import { env } from "../lib/env";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = values.port === undefined ? env.PORT : Number(values.port);
const hostname = values.hostname ?? env.HOST;

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
// Oversized bodies and unserved methods are refused before Next reads them (lib/security/front-guard.ts).
const server = createServer(withFrontGuard(withClientAddress((req, res) => handle(req, res), trustedProxySet(env.TRUSTED_PROXY))));
// Keep idle connections longer than the clients and proxies that reuse them (Node's default is 5 s, so a
// client reusing a socket just as the server drops it gets a connection reset instead of an answer).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(`StoryBank listening on http://${hostname}:${port}${env.TRUSTED_PROXY.length > 0 ? ` (trusting X-Forwarded-* from ${env.TRUSTED_PROXY.join(", ")})` : ""}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
