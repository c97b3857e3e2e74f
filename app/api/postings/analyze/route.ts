import { parseJsonBody, requireApiUser } from "@/lib/http";
import { analysePosting, postingInputSchema } from "@/lib/planner";
import { postingView } from "@/lib/planner-data/analysis";
import { loadPlannerState } from "@/lib/planner-data/queries";

/** A posting's text in; its emphasis, lead, asked skills (proven or not) and the bank's best-fitting stories out. Nothing is saved. */
export async function POST(request: Request): Promise<Response> {
  const auth = await requireApiUser();
  if ("response" in auth) return auth.response;
  const body = await parseJsonBody(request, postingInputSchema);
  if ("response" in body) return body.response;
  const { bank, ctx } = await loadPlannerState(auth.user.id);
  return Response.json(postingView(analysePosting(body.data.text, bank, { stage: ctx.stage })));
}
