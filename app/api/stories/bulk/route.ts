import { notFound, parseJsonBody, requireApiUser } from "@/lib/http";
import { deleteStories, purgeExpiredUndo, tagStories } from "@/lib/stories/bulk";
import { bulkActionSchema } from "@/lib/stories/bulk-schema";
import { StoryNotFoundError } from "@/lib/stories/errors";

/**
 * One action on several of the signed-in user's stories, in one transaction: `{"action": "delete" |
 * "tag" | "untag", "ids": [...], "tag"?: "..."}`, at most MAX_BULK_IDS ids. One id that is not the
 * user's and nothing changes (404). The answer names the undo (POST /api/stories/bulk/undo).
 * Cross-site requests never get here (proxy.ts checks Origin and Sec-Fetch-Site on every write).
 */
export async function POST(request: Request): Promise<Response> {
  const auth = await requireApiUser();
  if ("response" in auth) return auth.response;
  const parsed = await parseJsonBody(request, bulkActionSchema);
  if ("response" in parsed) return parsed.response;
  await purgeExpiredUndo(new Date(), { sweep: true });
  const input = parsed.data;
  try {
    const result = input.action === "delete" ? await deleteStories(auth.user.id, input.ids) : await tagStories(auth.user.id, input.ids, input.tag, { remove: input.action === "untag" });
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof StoryNotFoundError) return notFound();
    throw error;
  }
}
