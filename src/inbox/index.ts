export type { CallbackInbox, ClaimedDelivery, ClaimOptions, DeadLetter, FailOptions, InboxDeliveryInput, InboxWriter } from "./callback-inbox.js";
export { createMemoryInbox, type MemoryInboxOptions } from "./memory-inbox.js";
export { createInboxConsumer, type InboxConsumer, type InboxConsumerOptions, type InboxDeliveryInfo } from "./inbox-consumer.js";
export { createSharedCallbacks, type CallbackNotifications, type SharedCallbacksOptions } from "./shared-callbacks.js";
