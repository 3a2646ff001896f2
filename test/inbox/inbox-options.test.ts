// Every options object of the inbox goes through the one options checker: a key it does
// not know is refused by name (with the key meant, when one is close), never ignored.
import { describe, expect, it } from "vitest";
import { type CallbackInbox, createInboxConsumer, createMemoryInbox, createSharedCallbacks } from "../../src/inbox/index.js";
import { createCallbackReceiver } from "../../src/receiver/index.js";

const call = (make: () => unknown) => {
  try {
    make();
  } catch (error) {
    return error as TypeError & { option?: string };
  }
  throw new Error("expected a TypeError, and nothing was thrown");
};

describe("createMemoryInbox", () => {
  it("refuses visibilityTimeout, naming it and where a visibility timeout is set", () => {
    const error = call(() => createMemoryInbox({ visibilityTimeout: 30_000 } as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      "createMemoryInbox: option 'visibilityTimeout' is not an option here: the consumer sets it for each claim: createInboxConsumer({ inbox, visibilityTimeoutMs })",
    );
    expect(error.option).toBe("visibilityTimeout");
    expect(() => createMemoryInbox({ visibilityTimeoutMs: 30_000 } as never)).toThrow("createMemoryInbox: option 'visibilityTimeoutMs' is not an option here");
  });

  it("refuses an unknown key with the one meant, and the old now with what replaced it", () => {
    expect(() => createMemoryInbox({ retention: 1_000 } as never)).toThrow(
      "createMemoryInbox: unknown option 'retention' (did you mean 'retentionMs'?); allowed: retentionMs, clock",
    );
    expect(() => createMemoryInbox({ now: () => 0 } as never)).toThrow("createMemoryInbox: option 'now' was replaced by 'clock'");
  });

  it("checks the values it knows", () => {
    expect(() => createMemoryInbox({ retentionMs: 0 })).toThrow("createMemoryInbox: option 'retentionMs' must be a positive number of milliseconds, got 0");
    expect(() => createMemoryInbox({ clock: { now: () => 0 } as never })).toThrow("createMemoryInbox: option 'clock' must be a Clock");
  });
});

describe("createInboxConsumer", () => {
  const base = { inbox: createMemoryInbox(), onCallback: () => {} };

  it("refuses a misspelt key, naming it and the key meant", () => {
    const error = call(() => createInboxConsumer({ ...base, visibilityTimeout: 30_000 } as never));
    expect(error.message).toMatch(
      /^createInboxConsumer: unknown option 'visibilityTimeout' \(did you mean 'visibilityTimeoutMs'\?\); allowed: inbox, onCallback, /,
    );
    expect(() => createInboxConsumer({ ...base, pollInterval: 5 } as never)).toThrow("unknown option 'pollInterval' (did you mean 'pollIntervalMs'?)");
    expect(() => createInboxConsumer({ ...base, batchsize: 5 } as never)).toThrow("unknown option 'batchsize' (did you mean 'batchSize'?)");
  });

  it("checks the values, and that there is an options object at all", () => {
    expect(() => createInboxConsumer(undefined as never)).toThrow("createInboxConsumer: pass an options object, at least { inbox, onCallback }");
    expect(() => createInboxConsumer({ inbox: base.inbox } as never)).toThrow("createInboxConsumer: option 'onCallback' must be a function, got nothing");
    expect(() => createInboxConsumer({ ...base, retryDelayMs: -1 })).toThrow("option 'retryDelayMs' must be 0 or a positive integer, got -1");
    expect(() => createInboxConsumer({ ...base, retryDelayMs: 0 })).not.toThrow();
    const writeOnly = { put: base.inbox.put, claim: base.inbox.claim } as unknown as CallbackInbox;
    expect(() => createInboxConsumer({ ...base, inbox: writeOnly })).toThrow(
      "option 'inbox' must be a CallbackInbox (createMemoryInbox(), or the Postgres store set's inbox); it has no extend()",
    );
    expect(() => createInboxConsumer({ ...base, clock: Date } as never)).toThrow("createInboxConsumer: option 'clock' must be a Clock");
  });
});

describe("createSharedCallbacks", () => {
  const base = { registrar: createCallbackReceiver({ publicUrl: "https://my.app/ivvy/callback" }), inbox: createMemoryInbox() };

  it("refuses a misspelt key, naming it and the key meant", () => {
    expect(() => createSharedCallbacks({ ...base, pollInterval: 500 } as never)).toThrow(
      "createSharedCallbacks: unknown option 'pollInterval' (did you mean 'pollIntervalMs'?); allowed: registrar, inbox, notifications, pollIntervalMs, clock",
    );
    expect(() => createSharedCallbacks({ ...base, notification: { subscribe: () => () => {} } } as never)).toThrow(
      "unknown option 'notification' (did you mean 'notifications'?)",
    );
  });

  it("checks the values", () => {
    expect(() => createSharedCallbacks(null as never)).toThrow("createSharedCallbacks: pass an options object, at least { registrar, inbox }");
    expect(() => createSharedCallbacks({ ...base, registrar: {} as never })).toThrow("createSharedCallbacks: option 'registrar' must be a CallbackRegistrar");
    expect(() => createSharedCallbacks({ ...base, inbox: {} as never })).toThrow("createSharedCallbacks: option 'inbox' must have findByAsyncIds()");
    expect(() => createSharedCallbacks({ ...base, notifications: {} as never })).toThrow("createSharedCallbacks: option 'notifications' must have subscribe()");
    expect(() => createSharedCallbacks({ ...base, pollIntervalMs: 0 })).toThrow("option 'pollIntervalMs' must be a positive number of milliseconds, got 0");
  });
});
