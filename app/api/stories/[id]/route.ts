import { jsonError, notFound, parseJsonBody, requireApiUser, savedJson } from "@/lib/http";
import { StoryConflictError, StoryNotFoundError } from "@/lib/stories/errors";
import { gradeStoryDto } from "@/lib/stories/grading";
import { patchStory, removeStory } from "@/lib/stories/mutations";
import { getStory } from "@/lib/stories/queries";
import { storyPatchSchema } from "@/lib/stories/schema";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const auth = await requireApiUser();
  if ("response" in auth) return auth.response;
  const story = await getStory(auth.user.id, (await params).id);
  if (!story) return notFound();
  return Response.json({ ...story, report: gradeStoryDto(story) });
}

export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const auth = await requireApiUser();
  if ("response" in auth) return auth.response;
  const parsed = await parseJsonBody(request, storyPatchSchema);
  if ("response" in parsed) return parsed.response;
  const autosave = new URL(request.url).searchParams.get("autosave") === "1";
  try {
    return savedJson(await patchStory(auth.user.id, (await params).id, parsed.data, { autosave }));
  } catch (error) {
    if (error instanceof StoryNotFoundError) return notFound();
    if (error instanceof StoryConflictError) {
      return jsonError(409, "This story was saved elsewhere since you opened it. Nothing was overwritten.", { current: error.current });
    }
    throw error;
  }
}

export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  const auth = await requireApiUser();
  if ("response" in auth) return auth.response;
  try {
    await removeStory(auth.user.id, (await params).id);
    return new Response(null, { status: 204 });
  } catch (error) {
    if (error instanceof StoryNotFoundError) return notFound();
    throw error;
  }
}
