import { countRequest } from "@/lib/db/counters";
import { env } from "@/lib/env";
import { gradeStory } from "@/lib/grader";
import { jsonError, parseJsonBody } from "@/lib/http";
import { addressGroup, clientAddressOf } from "@/lib/security/client-address";
import { gradeRequestSchema } from "@/lib/stories/schema";

const MINUTE_MS = 60_000;

// Public: grades a story without storing anything. Each grade costs up to some tens of milliseconds of
// CPU, so an address (an IPv6 /64 as one) gets GRADE_REQUESTS_PER_MINUTE of them a minute.
export async function POST(request: Request): Promise<Response> {
  const address = addressGroup(clientAddressOf(request));
  if (!(await countRequest(`grade:${address}`, env.GRADE_REQUESTS_PER_MINUTE, MINUTE_MS, Date.now()))) {
    const busy = jsonError(429, `At most ${env.GRADE_REQUESTS_PER_MINUTE} stories a minute can be graded from one address. Wait a minute, then try again.`);
    busy.headers.set("Retry-After", "60");
    return busy;
  }
  const parsed = await parseJsonBody(request, gradeRequestSchema);
  if ("response" in parsed) return parsed.response;
  const { text, role, stage } = parsed.data;
  return Response.json(gradeStory(text, { role, stage }));
}
