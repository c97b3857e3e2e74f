import { jsonError, notFound, requireApiUser } from "@/lib/http";
import { exportStream } from "@/lib/stories/export-stream";
import { acquireLease, RETRY_AFTER_SECONDS } from "@/lib/stories/leases";
import { exportIdsSchema } from "@/lib/stories/bulk-schema";
import { countStories, iterateBankForExport } from "@/lib/stories/queries";
import { csvHead, csvRow, jsonExportHead, jsonExportStory, jsonExportTail, markdownHead, markdownStory, type ExportStory } from "@/lib/stories/transfer";

const FORMATS = {
  json: { type: "application/json; charset=utf-8", extension: "json" },
  md: { type: "text/markdown; charset=utf-8", extension: "md" },
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
} as const;
type Format = keyof typeof FORMATS;

/** The pieces of one format: a head, one piece per story, a tail (lib/stories/transfer/: one file per format). */
async function* pieces(format: Format, userId: string, exportedAt: string, ids: string[] | undefined): AsyncGenerator<string, void> {
  // Only the JSON export carries revisions: Markdown and CSV do not read them.
  const stories: AsyncGenerator<ExportStory> = iterateBankForExport(userId, { revisions: format === "json", ids });
  if (format === "csv") {
    yield csvHead();
    for await (const story of stories) yield `${csvRow(story)}\r\n`;
    return;
  }
  if (format === "md") {
    yield markdownHead(await countStories(userId, { ids }), { exportedAt });
    for await (const story of stories) yield markdownStory(story);
    yield "\n";
    return;
  }
  yield jsonExportHead(exportedAt);
  let first = true;
  for await (const story of stories) {
    yield jsonExportStory(story, { first });
    first = false;
  }
  yield jsonExportTail({ empty: first });
}

/**
 * The whole bank as a download: `?format=json` (lossless, re-importable), `md` or `csv`, streamed;
 * `&ids=a,b,c` (at most MAX_BULK_IDS) exports only those stories, and 404s unless every one is the user's.
 */
export async function GET(request: Request): Promise<Response> {
  const auth = await requireApiUser();
  if ("response" in auth) return auth.response;
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "json";
  if (!Object.hasOwn(FORMATS, format)) return jsonError(400, "Choose a format: json, md or csv.", { fieldErrors: { format: ["Choose json, md or csv."] } });
  let ids: string[] | undefined;
  const rawIds = params.get("ids");
  if (rawIds !== null) {
    const parsed = exportIdsSchema.safeParse(rawIds);
    if (!parsed.success) return jsonError(400, parsed.error.issues[0]?.message ?? "The selection is not valid.", { fieldErrors: { ids: parsed.error.issues.map((issue) => issue.message) } });
    ids = parsed.data;
    if ((await countStories(auth.user.id, { ids })) !== ids.length) return notFound();
  }
  // One export at a time per user, and a few on the whole server: a full bank's JSON is tens of megabytes.
  // The server's slot is held only while the export works (lib/stories/export-stream.ts).
  const lease = await acquireLease("export", auth.user.id);
  if (!lease) {
    const busy = jsonError(429, "Another export is still being downloaded. Wait for it to finish, then try again.");
    busy.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
    return busy;
  }
  const { type, extension } = FORMATS[format as Format];
  const exportedAt = new Date().toISOString();
  return new Response(exportStream(pieces(format as Format, auth.user.id, exportedAt, ids), lease), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="storybank-${ids ? "selection-" : ""}${exportedAt.slice(0, 10)}.${extension}"`,
      "Cache-Control": "no-store",
    },
  });
}
