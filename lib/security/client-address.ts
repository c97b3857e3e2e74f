// Which address a request came from. The HTTP server (scripts/serve.ts) resolves it from the socket and
// writes it as the only X-Forwarded-For value before Next sees the request: a client's own
// X-Forwarded-For is believed only when the socket belongs to a proxy listed in TRUSTED_PROXY.
import type { IncomingMessage, ServerResponse } from "node:http";
import { isIP } from "node:net";

const LOOPBACK = ["127.0.0.1", "::1", "::ffff:127.0.0.1"];

/** The proxies to believe: addresses, or `loopback` for this machine's own. */
export function trustedProxySet(entries: readonly string[]): Set<string> {
  return new Set(entries.flatMap((entry) => (entry === "loopback" ? LOOPBACK : [entry.replace(/^::ffff:/, "")])));
}

const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then the right-most
 * X-Forwarded-For entry that is not itself a trusted proxy (the left ones are the client's to write).
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | undefined, trusted: ReadonlySet<string>): string {
  const socket = plain(peer ?? "") || "unknown";
  if (!trusted.has(socket) || !forwardedFor) return socket;
  const hops = forwardedFor.split(",").map((hop) => plain(hop.trim())).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isIP(hop)) return socket;
    if (!trusted.has(hop)) return hop;
  }
  return hops[0] ?? socket;
}

type HeaderBag = Record<string, string | string[] | undefined>;

/**
 * Rewrites the forwarding headers of an incoming Node request in place: X-Forwarded-For becomes the
 * resolved address alone, and X-Forwarded-Proto / -Host survive only from a trusted proxy.
 */
export function normaliseForwardedHeaders(headers: HeaderBag, peer: string | undefined, trusted: ReadonlySet<string>): string {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(",") : value);
  const address = resolveClientAddress(peer, first(headers["x-forwarded-for"]), trusted);
  if (!trusted.has(plain(peer ?? ""))) {
    for (const name of ["x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded", "x-real-ip"]) delete headers[name];
  }
  headers["x-forwarded-for"] = address;
  return address;
}

/** The eight 16-bit groups of an IPv6 address ("2001:db8::1" -> 2001, db8, 0, ..., 1), or null. */
function ipv6Groups(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.split("%")[0]!;
  // An IPv4 tail ("::ffff:1.2.3.4", "64:ff9b::1.2.3.4") becomes two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  const groups = [...left, ...fill, ...right].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/**
 * The address a counter keys on: an IPv4 address as it is, an IPv6 address by its /64 network (one
 * household or one server's range, where each device may take any of 2^64 addresses at will), so that
 * rotating addresses inside one network earns no fresh attempts.
 */
export function addressGroup(address: string): string {
  const groups = ipv6Groups(address);
  if (!groups) return address;
  // An IPv4 address written as IPv6 ("::ffff:192.0.2.1", "::FFFF:c000:201") is that IPv4 address.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/** The client address as the app sees it (see above): one value, set by the server. */
export function clientAddressOf(request: Request): string {
  return clientAddressIn(request.headers);
}

/** The same, from a request's headers (a server action has no Request). */
export function clientAddressIn(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Wraps a Node request handler so that it only ever sees resolved forwarding headers. */
export function withClientAddress(handler: NodeHandler, trusted: ReadonlySet<string>): NodeHandler {
  return (req, res) => {
    normaliseForwardedHeaders(req.headers, req.socket.remoteAddress, trusted);
    return handler(req, res);
  };
}
