import { describe, expect, it } from "vitest";

import { readWholeText } from "@/lib/http";

const upload = (body: string | Uint8Array<ArrayBuffer>, length?: number) =>
  new Request("http://localhost:3000/api/import", { method: "POST", headers: length === undefined ? {} : { "content-length": String(length) }, body });

describe("readWholeText (an import's raw body)", () => {
  it("reads a body that is as long as it says", async () => {
    expect(await readWholeText(upload("title,text\nA,B\n", 15), 1024)).toEqual({ text: "title,text\nA,B\n" });
  });

  it("refuses a body shorter than its Content-Length: cut off on the way, it is not the whole file", async () => {
    expect(await readWholeText(upload("title,text\nA,B\n", 10_485_760 + 15), 20 * 1024 * 1024)).toEqual({ problem: "incomplete" });
  });

  it("refuses a body over the limit, and counts bytes, not decoded characters", async () => {
    expect(await readWholeText(upload("x".repeat(2048)), 1024)).toEqual({ problem: "too-large" });
    // Invalid UTF-8 decodes to U+FFFD (three bytes): the length check still compares the bytes received.
    expect(await readWholeText(upload(new Uint8Array([0x61, 0xff, 0x62]), 3), 1024)).toEqual({ text: "a\ufffdb" });
  });
});
