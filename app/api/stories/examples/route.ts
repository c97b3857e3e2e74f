import { requireApiUser } from "@/lib/http";
import { addExampleStories } from "@/lib/stories/import";

/**
 * Adds the example stories to the signed-in user's bank (skipping any already there, so a double
 * click adds them once). A plain form post is sent back to the bank; a JSON client gets a count.
 */
export async function POST(request: Request): Promise<Response> {
  const auth = await requireApiUser();
  if ("response" in auth) return auth.response;
  const added = await addExampleStories(auth.user.id);
  if ((request.headers.get("accept") ?? "").includes("application/json")) return Response.json({ added }, { status: 201 });
  return new Response(null, { status: 303, headers: { Location: `/stories?added=${added}` } });
}
