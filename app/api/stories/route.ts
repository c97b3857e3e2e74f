import { jsonError, parseJsonBody, requireApiUser, savedJson } from "@/lib/http";
import { BankFullError } from "@/lib/stories/errors";
import { insertStory } from "@/lib/stories/mutations";
import { listStories } from "@/lib/stories/queries";
import { storyInputSchema, storyListQuerySchema } from "@/lib/stories/schema";

export async function GET(request: Request): Promise<Response> {
  const auth = await requireApiUser();
  if ("response" in auth) return auth.response;
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = storyListQuerySchema.parse(params);
  return Response.json(await listStories(auth.user.id, query));
}

export async function POST(request: Request): Promise<Response> {
  const auth = await requireApiUser();
  if ("response" in auth) return auth.response;
  const parsed = await parseJsonBody(request, storyInputSchema);
  if ("response" in parsed) return parsed.response;
  try {
    const story = await insertStory(auth.user.id, parsed.data);
    return savedJson(story, { status: 201, headers: { Location: `/api/stories/${story.id}` } });
  } catch (error) {
    if (error instanceof BankFullError) return jsonError(403, error.message, { code: "BANK_FULL" });
    throw error;
  }
}
