import { gradeStory } from "@/lib/grader";
import { parseJsonBody } from "@/lib/http";
import { gradeRequestSchema } from "@/lib/stories/schema";

// Public: grades a story without storing anything.
export async function POST(request: Request): Promise<Response> {
  const parsed = await parseJsonBody(request, gradeRequestSchema);
  if ("response" in parsed) return parsed.response;
  const { text, role, stage } = parsed.data;
  return Response.json(gradeStory(text, { role, stage }));
}
