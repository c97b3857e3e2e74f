// Runs before every request: refuses cross-site writes (lib/cross-site.ts).
import { NextResponse, type NextRequest } from "next/server";

import { checkSameSite } from "@/lib/cross-site";
import { env } from "@/lib/env";

const PUBLIC_ORIGINS = env.BETTER_AUTH_URL ? [new URL(env.BETTER_AUTH_URL).origin] : [];

export function proxy(request: NextRequest): NextResponse {
  const site = checkSameSite(request.method, request.headers, PUBLIC_ORIGINS);
  if (!site.ok) return NextResponse.json({ error: "Cross-site requests cannot change anything here.", reason: site.reason }, { status: 403 });
  return NextResponse.next();
}

export const config = {
  matcher: "/:path*",
};
