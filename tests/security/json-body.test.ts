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
