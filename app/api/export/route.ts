import { jsonError, requireApiUser } from "@/lib/http";
import { listBankForExport } from "@/lib/stories/queries";
import { toCsv, toJsonExport, toMarkdown } from "@/lib/stories/transfer";

const FORMATS = {
  json: { type: "application/json; charset=utf-8", extension: "json" },
  md: { type: "text/markdown; charset=utf-8", extension: "md" },
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
} as const;

/** The whole bank as a download: `?format=json` (lossless, re-importable), `md` or `csv`. */
export async function GET(request: Request): Promise<Response> {
  const auth = await requireApiUser();
  if ("response" in auth) return auth.response;
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  if (!Object.hasOwn(FORMATS, format)) return jsonError(400, "Choose a format: json, md or csv.", { fieldErrors: { format: ["Choose json, md or csv."] } });
  const { type, extension } = FORMATS[format as keyof typeof FORMATS];

  const stories = await listBankForExport(auth.user.id);
  const exportedAt = new Date().toISOString();
  const body = format === "csv" ? toCsv(stories) : format === "md" ? toMarkdown(stories, { exportedAt }) : toJsonExport(stories, exportedAt);
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="storybank-${exportedAt.slice(0, 10)}.${extension}"`,
      "Cache-Control": "no-store",
    },
  });
}
