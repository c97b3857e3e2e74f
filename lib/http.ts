import "server-only";

import type { z } from "zod";

import { getSessionUser, type SessionUser } from "@/lib/auth/server";
import { parseJsonWellFormed } from "@/lib/security/malformed";
import { fieldErrors } from "@/lib/stories/schema";

const MAX_BODY_BYTES = 1_000_000;

/**
 * The answer to a save: a user's private data, never cached, and not compressed (a story is a few
 * kilobytes; gzip cost about 1 ms of the ~12 ms of CPU a save request takes, and saves are the hot path).
 */
export function savedJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status, headers: { ...init.headers, "Cache-Control": "private, no-store, no-transform" } });
}

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status });
}

export const notFound = () => jsonError(404, "Not found.");

/** The body's bytes, read no further than `maxBytes`: null when it is longer. */
async function readBytesCapped(request: Request, maxBytes: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The body as text, read no further than `maxBytes` (a body without Content-Length, or one that lies
 * about it, is cut off there): null when it is longer.
 */
export async function readTextCapped(request: Request, maxBytes: number): Promise<string | null> {
  const bytes = await readBytesCapped(request, maxBytes);
  return bytes === null ? null : bytes.toString("utf8");
}

/**
 * A whole upload as text: refused when longer than `maxBytes`, and when shorter than its own
 * Content-Length says (a body cut off on the way, by a proxy's buffer or a dropped connection, must
 * never pass for the whole file).
 */
export async function readWholeText(request: Request, maxBytes: number): Promise<{ text: string } | { problem: "too-large" | "incomplete" }> {
  const declared = request.headers.get("content-length");
  const bytes = await readBytesCapped(request, maxBytes);
  if (bytes === null) return { problem: "too-large" };
  if (declared !== null && /^\d+$/.test(declared) && bytes.byteLength !== Number(declared)) return { problem: "incomplete" };
  return { text: bytes.toString("utf8") };
}

/**
 * Whether the body is declared as JSON. Exactly application/json: a form or a text/plain body (which
 * another site's page can send without asking) never is, whatever its parameters say.
 */
export function isJsonRequest(request: Request): boolean {
  const media = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return media === "application/json";
}

/** Parses a JSON body against a schema: a 400 with field errors (or 413, 415) instead of a crash. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<{ data: z.output<S> } | { response: Response }> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) return { response: jsonError(413, "The request body is too large.") };
  if (!isJsonRequest(request)) return { response: jsonError(415, "Send JSON with Content-Type: application/json.") };
  let body: unknown;
  try {
    const raw = await readTextCapped(request, MAX_BODY_BYTES);
    if (raw === null) return { response: jsonError(413, "The request body is too large.") };
    body = parseJsonWellFormed(raw);
  } catch {
    return { response: jsonError(400, "The request body is not valid JSON.") };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { response: jsonError(400, "Some fields are not valid.", { fieldErrors: fieldErrors(parsed.error) }) };
  return { data: parsed.data };
}

/** The signed-in user, or a 401 response for the API. */
export async function requireApiUser(): Promise<{ user: SessionUser } | { response: Response }> {
  const user = await getSessionUser();
  return user ? { user } : { response: jsonError(401, "Sign in first.") };
}
