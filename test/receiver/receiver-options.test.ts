import { describe, expect, it } from "vitest";
import { createCallbackReceiver, type CallbackReceiverOptions } from "../../src/receiver/index.js";

const make = (options: unknown) => () => createCallbackReceiver(options as CallbackReceiverOptions);

describe("createCallbackReceiver options", () => {
  it("are checked at construction, naming the option and the fix", () => {
    expect(make(undefined)).toThrow("pass an options object, at least { publicUrl }");
    expect(make({})).toThrow("option 'publicUrl' is required");
    expect(make({ publicUrl: "/ivvy/callback" })).toThrow(`option 'publicUrl' must be an absolute URL, got "/ivvy/callback"`);
    expect(make({ publicUrl: "ftp://my.app/cb" })).toThrow("option 'publicUrl' must be an http(s) URL, got ftp:");
    expect(make({ publicUrl: "https://my.app/cb#x" })).toThrow("option 'publicUrl' must not have a #fragment");
    expect(make({ publicUrl: "https://my.app/cb", maxBodyBytes: -1 })).toThrow("option 'maxBodyBytes' must be a positive integer, got -1");
    expect(make({ publicUrl: "https://my.app/cb", tokenTtlMs: 1.5 })).toThrow("option 'tokenTtlMs' must be a positive integer");
    expect(make({ publicUrl: "https://my.app/cb", onCallback: "log" })).toThrow("option 'onCallback' must be a function, got string");
    expect(make({ publicUrl: "https://my.app/cb", tokenStore: { get() {} } })).toThrow(
      "option 'tokenStore' must implement get(), set() and bindIfPending(); it has no set()",
    );
    expect(make({ publicUrl: "https://my.app/cb", dedupeStore: {} })).toThrow("option 'dedupeStore' must implement claim() and release()");
  });

  it("accept a URL object and the minimal { publicUrl }", async () => {
    const receiver = createCallbackReceiver({ publicUrl: new URL("http://localhost:3000/cb") });
    expect((await receiver.issueCallbackUrl()).callbackUrl).toMatch(/^http:\/\/localhost:3000\/cb\?token=/);
  });
});
