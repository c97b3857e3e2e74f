import { db } from "@/lib/db/client";

// Every call must hit the database, never a copy from build time.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ ok: true, db: "ok" });
  } catch (error) {
    // The details (paths, hosts, driver messages) go to the server log only: anyone may call this route.
    console.error("health: database query failed", error);
    return Response.json({ ok: false, db: "unreachable", reason: "The database could not be reached; the server log has the details." }, { status: 503 });
  }
}
