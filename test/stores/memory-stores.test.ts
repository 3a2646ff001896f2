import { createMemoryInbox } from "../../src/inbox/index.js";
import { createMemoryDedupeStore, createMemoryTokenStore } from "../../src/receiver/index.js";
import { type Clock, systemClock } from "../../src/util/clock.js";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { clockReading } from "../helpers/clock-reading.js";
import { defineInboxSuite } from "./inbox-suite.js";
import { defineStoreSuite } from "./store-suite.js";

// The suites hand out the time as a function; the memory stores take a clock.
const clockOf = (now: () => number): Clock => ({ now, setTimeout: (callback, ms, options) => systemClock.setTimeout(callback, ms, options) });

defineStoreSuite("memory", {
  async make({ now, ledgerTtlMs }) {
    return {
      tokenStore: createMemoryTokenStore({ clock: clockOf(now) }),
      dedupeStore: createMemoryDedupeStore({ clock: clockOf(now) }),
      ledger: createSubmissionLedger({ clock: clockReading(now), ttlMs: ledgerTtlMs }),
    };
  },
  // One process's memory: every "instance" is the same store set.
  async makeMany(count) {
    const set = { tokenStore: createMemoryTokenStore(), dedupeStore: createMemoryDedupeStore(), ledger: createSubmissionLedger() };
    return Array.from({ length: count }, () => set);
  },
});

defineInboxSuite("memory", {
  make: async ({ now, retentionMs }) => createMemoryInbox({ clock: clockOf(now), retentionMs }),
  async makeMany(count) {
    const inbox = createMemoryInbox();
    return Array.from({ length: count }, () => inbox);
  },
});
