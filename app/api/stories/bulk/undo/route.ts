import { jsonError, parseJsonBody, requireApiUser } from "@/lib/http";
import { undoBulk } from "@/lib/stories/bulk";
import { bulkUndoSchema } from "@/lib/stories/bulk-schema";
import { StoryNotFoundError, UndoPastLimitError } from "@/lib/stories/errors";

/** Undoes the user's last bulk action, `{"undoId": "..."}` as its answer named it, within 15 minutes. */
export async function POST(request: Request): Promise<Response> {
  const auth = await requireApiUser();
  if ("response" in auth) return auth.response;
  const parsed = await parseJsonBody(request, bulkUndoSchema);
  if ("response" in parsed) return parsed.response;
  try {
    return Response.json(await undoBulk(auth.user.id, parsed.data.undoId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof UndoPastLimitError) return jsonError(403, error.message, { code: "BANK_FULL" });
    if (error instanceof StoryNotFoundError) return jsonError(404, "There is nothing to undo: the last change was undone already, or more than 15 minutes ago.");
    throw error;
  }
}
