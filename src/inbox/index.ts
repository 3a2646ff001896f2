export { type Clock, type ClockTimer, createManualClock, type ManualClock, systemClock } from "../util/clock.js";
export type { CallbackInbox, ClaimedDelivery, ClaimOptions, DeadLetter, FailOptions, InboxDeliveryInput, InboxWriter } from "./callback-inbox.js";
export { createInboxConsumer, type InboxConsumer, type InboxConsumerOptions, type InboxDeliveryInfo } from "./inbox-consumer.js";
export { createMemoryInbox, type MemoryInboxOptions } from "./memory-inbox.js";
export { type CallbackNotifications, createSharedCallbacks, type SharedCallbacksOptions } from "./shared-callbacks.js";
