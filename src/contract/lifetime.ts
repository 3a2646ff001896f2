// How long iVvy keeps a batch's results: two days from when it ran (getting-started/batch:
// "results are kept for two days"). Everything that must outlive a batch by exactly that
// long reads it from here: the emulator's retention, a handle's expiry, the receiver's
// tokens and seen deliveries, the submission ledger and the inbox.
export const BATCH_LIFETIME_MS = 2 * 24 * 60 * 60 * 1000;
