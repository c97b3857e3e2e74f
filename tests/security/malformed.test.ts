import { describe, expect, it } from "vitest";

import { formDataOrNull, isDecodablePath, malformedActionCall, parseJsonWellFormed, wellFormed } from "@/lib/security/malformed";
import { storyPatchSchema } from "@/lib/stories/schema";

const ACTION = "409c07c8039d191449bc96e3107ae8a6d33bc425da";

function actionCall(body: BodyInit | null, headers: Record<string, string>): Request {
  return new Request("http://localhost:3000/sheet", { method: "POST", headers: { "next-action": ACTION, ...headers }, body });
}

function reply(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

describe("isDecodablePath", () => {
  it.each(["/api/stories/%FF", "/stories/%E0%A4%A", "/stories/%ED%A0%80/history", "/postings/%", "/postings/%u0041", "/stories/%C0%AF", "/api/stories/%00", "/api/stories/a%0Ab/revisions"])("refuses %s", (path) => {
    expect(isDecodablePath(path)).toBe(false);
  });

  it("accepts ordinary and well-encoded paths", () => {
    expect(isDecodablePath("/stories/clx123")).toBe(true);
    expect(isDecodablePath("/stories/%C3%A9t%C3%A9")).toBe(true);
  });
});

describe("malformedActionCall", () => {
  it("lets a form's action call through", async () => {
    expect(await malformedActionCall(actionCall(reply({ "0": '[{},"$K1"]', "1_questionIds": "q1" }), {}))).toBeNull();
    // A bound argument, a state with an undefined field, and a string that starts with "$" (escaped by React).
    expect(await malformedActionCall(actionCall(reply({ "0": '["clx123",{"a":"$undefined","b":"$$5 off"},"$K2"]' }), {}))).toBeNull();
    expect(await malformedActionCall(new Request("http://localhost:3000/sheet", { method: "POST" }))).toBeNull();
  });

  it.each<[string, () => Request]>([
    ["a JSON body", () => actionCall('["not a form"]', { "content-type": "text/plain;charset=UTF-8" })],
    ["an id that is not hex", () => new Request("http://localhost:3000/sheet", { method: "POST", headers: { "next-action": "%FF" }, body: reply({ "0": "[]" }) })],
    ["a GET", () => new Request("http://localhost:3000/sheet", { headers: { "next-action": ACTION } })],
    ["a multipart body cut short", () => actionCall('--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[', { "content-type": "multipart/form-data; boundary=b" })],
    ["a multipart body with no boundary", () => actionCall("garbage", { "content-type": "multipart/form-data" })],
    ["a form without the arguments", () => actionCall(reply({ title: "x" }), {})],
    ["arguments that are not JSON", () => actionCall(reply({ "0": "[" }), {})],
    ["a reference to a missing part", () => actionCall(reply({ "0": '["$@1"]' }), {})],
    // Present parts too: React's decoder answers these with a 500 ("Invalid forward reference").
    ...["$Q1", "$W1", "$i1", "$F1", "$B1", "$A1", "$O1", "$o1", "$U1", "$S1", "$s1", "$h1", "$1"].map(
      (reference): [string, () => Request] => [`a "${reference}" reference`, () => actionCall(reply({ "0": `[{},"${reference}"]`, "1": "[]" }), {})],
    ),
  ])("refuses %s", async (_name, make) => {
    expect(await malformedActionCall(make())).toEqual(expect.any(String));
  });

  it("tells a form from anything else handed to an action", () => {
    expect(formDataOrNull(new FormData())).toBeInstanceOf(FormData);
    expect(formDataOrNull("x")).toBeNull();
    expect(formDataOrNull({ get: () => "x" })).toBeNull();
  });
});

describe("text from outside", () => {
  it("replaces lone surrogates and keeps pairs", () => {
    expect(wellFormed("a\ud800b\udfffc😀")).toBe("a\uFFFDb\uFFFDc😀");
    expect(parseJsonWellFormed('{"t":["\\ud800x"]}')).toEqual({ t: ["\uFFFDx"] });
  });

  it("bounds the version an edit names", () => {
    expect(storyPatchSchema.safeParse({ version: 9007199254740991 }).success).toBe(false);
    expect(storyPatchSchema.safeParse({ version: 3 }).success).toBe(true);
  });
});
