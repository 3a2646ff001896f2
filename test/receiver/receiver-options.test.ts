import { describe, expect, it } from "vitest";
import { type CallbackReceiverOptions, createCallbackReceiver, createManualClock, toNodeListener } from "../../src/receiver/index.js";

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

  it("refuse a key they do not know, naming it and the key meant", () => {
    const error = (() => {
      try {
        make({ publicURL: "https://my.app/cb" })();
      } catch (caught) {
        return caught as TypeError & { option?: string };
      }
      throw new Error("expected a TypeError");
    })();
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(
      /^createCallbackReceiver: unknown option 'publicURL' \(did you mean 'publicUrl'\?\); allowed: publicUrl, onCallback, onError, /,
    );
    expect(error.option).toBe("publicURL");
    expect(make({ publicUrl: "https://my.app/cb", maxBodySize: 1 })).toThrow("unknown option 'maxBodySize' (did you mean 'maxBodyBytes'?)");
    expect(make({ publicUrl: "https://my.app/cb", bodyTimeout: 1 })).toThrow("unknown option 'bodyTimeout' (did you mean 'bodyTimeoutMs'?)");
  });

  it("take a clock in place of now, and say so to a caller still passing now", () => {
    expect(make({ publicUrl: "https://my.app/cb", now: Date.now })).toThrow(
      "createCallbackReceiver: option 'now' was replaced by 'clock': pass a Clock ({ now(), setTimeout(callback, ms) })",
    );
    expect(make({ publicUrl: "https://my.app/cb", clock: { now: Date.now } })).toThrow("createCallbackReceiver: option 'clock' must be a Clock");
    expect(make({ publicUrl: "https://my.app/cb", clock: createManualClock() })).not.toThrow();
  });

  it("accept a URL object and the minimal { publicUrl }", async () => {
    const receiver = createCallbackReceiver({ publicUrl: new URL("http://localhost:3000/cb") });
    expect((await receiver.issueCallbackUrl()).callbackUrl).toMatch(/^http:\/\/localhost:3000\/cb\?token=/);
  });
});

describe("toNodeListener options", () => {
  const receiver = createCallbackReceiver({ publicUrl: "https://my.app/cb" });

  it("refuse a key they do not know, and a receiver that is not one", () => {
    expect(() => toNodeListener(receiver, { paht: "/cb" } as never)).toThrow("toNodeListener: unknown option 'paht' (did you mean 'path'?); allowed: path");
    expect(() => toNodeListener({} as never)).toThrow("toNodeListener: pass a receiver (createCallbackReceiver({ publicUrl })) as the first argument");
    expect(() => toNodeListener(receiver, { path: "/cb" })).not.toThrow();
  });
});
