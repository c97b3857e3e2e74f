import { notFound, requireApiUser } from "@/lib/http";
import { listRevisions } from "@/lib/stories/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const auth = await requireApiUser();
  if ("response" in auth) return auth.response;
  const revisions = await listRevisions(auth.user.id, (await params).id);
  return revisions ? Response.json({ revisions }) : notFound();
}
