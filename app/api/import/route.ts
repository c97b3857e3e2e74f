import type { z } from "zod";

import { jsonError, readWholeText, requireApiUser } from "@/lib/http";
import { findDuplicates } from "@/lib/stories/duplicates";
import { acquireLease, RETRY_AFTER_SECONDS } from "@/lib/stories/leases";
import { BankFullError } from "@/lib/stories/errors";
import { assertBankRoom } from "@/lib/stories/mutations";
import { importPace, importStories } from "@/lib/stories/import";
import { fieldErrors } from "@/lib/stories/schema";
import { importQuerySchema, MAX_IMPORT_BYTES, MAX_IMPORT_STORIES, parseImportFile, summariseDuplicates, validateImportRowsPaced } from "@/lib/stories/transfer";

type ImportQuery = z.output<typeof importQuerySchema>;

const TOO_LARGE = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it, or import at most ${MAX_IMPORT_STORIES.toLocaleString("en")} stories at a time.`;

function fileName(request: Request): string | undefined {
  const raw = request.headers.get("x-file-name") ?? new URL(request.url).searchParams.get("name");
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

async function readUpload(request: Request): Promise<{ content: string; name?: string } | { response: Response }> {
  // Refuse an oversized upload before reading it into memory (multipart adds a little framing).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) return { response: jsonError(413, TOO_LARGE) };
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("multipart/form-data")) {
    // A form is read whole before its size is known: only one that says its length, checked above.
    if (!request.headers.has("content-length")) return { response: jsonError(411, "Send the upload with a Content-Length.") };
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return { response: jsonError(400, "The upload is not a readable multipart form. Choose a JSON or CSV file to import.") };
    }
    const file = form.get("file");
    if (!(file instanceof File)) return { response: jsonError(400, "Choose a JSON or CSV file to import.") };
    if (file.size > MAX_IMPORT_BYTES) return { response: jsonError(413, TOO_LARGE) };
    return { content: await file.text(), name: file.name };
  }
  const body = await readWholeText(request, MAX_IMPORT_BYTES);
  if ("problem" in body) {
    return { response: body.problem === "too-large" ? jsonError(413, TOO_LARGE) : jsonError(400, "The upload arrived incomplete, so nothing was imported. Try again.") };
  }
  return { content: body.text, name: fileName(request) };
}

/**
 * Imports a JSON export or a CSV file into the signed-in user's bank: the raw file as the body
 * (name in `X-File-Name` or `?name=`), or a multipart form with a `file` field. Every row is
 * validated first; one bad row and nothing is written. Stories already in the bank (same id, or the
 * same text: lib/stories/transfer/duplicates.ts) are skipped unless `?duplicates=keep`; `?preview=1`
 * checks the file and counts them without writing anything.
 */
export async function POST(request: Request): Promise<Response> {
  const auth = await requireApiUser();
  if ("response" in auth) return auth.response;
  const query = importQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return jsonError(400, "The import options are not valid.", { fieldErrors: fieldErrors(query.error) });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) return jsonError(413, TOO_LARGE);
  // One import at a time per user, and a few on the whole server: each is paced, but many at once are not.
  const lease = await acquireLease("import", auth.user.id);
  if (!lease) {
    const busy = jsonError(429, "Another import is still running. Nothing was imported from this file: try again when that one has finished.");
    busy.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
    return busy;
  }
  try {
    return await importUpload(request, auth.user.id, query.data);
  } finally {
    await lease.release();
  }
}

async function importUpload(request: Request, userId: string, options: ImportQuery): Promise<Response> {
  const upload = await readUpload(request);
  if ("response" in upload) return upload.response;
  const parsed = parseImportFile(upload.content, { name: upload.name });
  if ("error" in parsed) return jsonError(400, parsed.error);
  // One pace for the whole request: validation and the import share the same budget.
  const pause = importPace();
  const result = await validateImportRowsPaced(parsed.rows, pause);
  if ("errors" in result) {
    const count = result.errors.length + result.more;
    return jsonError(400, `Nothing was imported: ${count.toLocaleString("en")} ${count === 1 ? "problem" : "problems"} to fix first.`, { errors: result.errors, more: result.more });
  }
  const reasons = await findDuplicates(userId, result.stories, pause);
  const summary = summariseDuplicates(reasons);
  const fresh = result.stories.filter((_, index) => reasons[index] === null);
  const chosen = options.preview || options.duplicates !== "keep" ? fresh : result.stories;
  try {
    // The check warns before anything is chosen: even the new stories alone must fit the bank.
    await assertBankRoom(userId, chosen.length);
    if (options.preview) return Response.json({ preview: true, kind: parsed.kind, ...summary });
    const { imported } = await importStories(userId, chosen, { pause });
    return Response.json({ imported, skipped: result.stories.length - chosen.length, choice: options.duplicates, kind: parsed.kind, ...summary }, { status: 201 });
  } catch (error) {
    if (error instanceof BankFullError) return jsonError(403, error.message, { code: "BANK_FULL" });
    throw error;
  }
}
