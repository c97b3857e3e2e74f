import { describe, expect, it } from "vitest";

import { createThrowawayDatabase } from "../support/db";

await createThrowawayDatabase();
const { POST: grade } = await import("@/app/api/grade/route");

const BODY = JSON.stringify({ text: "I rewrote the setup guide, so tickets fell 30% in a month." });

function post(type: string): Promise<Response> {
  return grade(new Request("http://localhost:3000/api/grade", { method: "POST", headers: { "content-type": type }, body: BODY }));
}

describe("JSON endpoints", () => {
  it.each(["text/plain", "text/plain; a=application/json", "application/x-www-form-urlencoded; x=application/json", "multipart/form-data; boundary=application/json", ""])(
    "refuse a body declared as %j with 415",
    async (type) => {
      expect((await post(type)).status).toBe(415);
    },
  );

  it("accept application/json, with or without a charset", async () => {
    expect((await post("application/json")).status).toBe(200);
    expect((await post("Application/JSON; charset=utf-8")).status).toBe(200);
  });
});

describe("the public grading endpoint", () => {
  it("grades a set number of stories a minute per address, then answers 429 with Retry-After", async () => {
    const { env } = await import("@/lib/env");
    const from = (address: string) =>
      grade(new Request("http://localhost:3000/api/grade", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": address }, body: BODY }));
    for (let i = 0; i < env.GRADE_REQUESTS_PER_MINUTE; i++) expect((await from("203.0.113.40")).status).toBe(200);
    const refused = await from("203.0.113.40");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    // Another address, and another device of the same IPv6 /64, count apart and together.
    expect((await from("203.0.113.41")).status).toBe(200);
    for (let i = 0; i < env.GRADE_REQUESTS_PER_MINUTE; i++) await from(`2001:db8:1:2::${(i + 1).toString(16)}`);
    expect((await from("2001:db8:1:2::ffff")).status).toBe(429);
  });
});
