import { describe, expect, it } from "vitest";

import { serverNodeOptions } from "../scripts/server-node-options";

describe("serverNodeOptions", () => {
  it("caps the heap at 512 MB by default, keeping other options", () => {
    expect(serverNodeOptions({})).toBe("--max-old-space-size=512");
    expect(serverNodeOptions({ NODE_OPTIONS: "--enable-source-maps" })).toBe("--enable-source-maps --max-old-space-size=512");
  });

  it("follows SERVER_MAX_HEAP_MB, and 0 leaves V8's default", () => {
    expect(serverNodeOptions({ SERVER_MAX_HEAP_MB: "1024" })).toBe("--max-old-space-size=1024");
    expect(serverNodeOptions({ SERVER_MAX_HEAP_MB: "0" })).toBeUndefined();
    expect(serverNodeOptions({ SERVER_MAX_HEAP_MB: "0", NODE_OPTIONS: "--trace-gc" })).toBe("--trace-gc");
  });

  it("leaves a heap size already in NODE_OPTIONS alone", () => {
    expect(serverNodeOptions({ NODE_OPTIONS: "--max-old-space-size=256", SERVER_MAX_HEAP_MB: "1024" })).toBe("--max-old-space-size=256");
  });

  it("refuses a value that is not a sensible size", () => {
    expect(() => serverNodeOptions({ SERVER_MAX_HEAP_MB: "64" })).toThrow(/SERVER_MAX_HEAP_MB/);
    expect(() => serverNodeOptions({ SERVER_MAX_HEAP_MB: "lots" })).toThrow(/SERVER_MAX_HEAP_MB/);
  });
});
