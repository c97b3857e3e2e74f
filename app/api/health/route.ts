import { db } from "@/lib/db/client";

// Every call must hit the database, never a copy from build time.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ ok: true, db: "ok" });
  } catch (error) {
    console.error("health: database query failed", error);
    const reason = error instanceof Error ? error.message : "unknown error";
    return Response.json({ ok: false, db: "unreachable", reason }, { status: 503 });
  }
}
