// The port's event stream: listeners, each for every event or for some types. `wants`
// lets the emulator skip building an event (a delivery's copy, a request's record) that
// nobody listens for, so an emulator nobody watches pays nothing on its hot paths.
import type { EmulatorEvent, EmulatorEventType } from "./emulator-port.js";

type Listener = (event: EmulatorEvent) => void;

export interface PortEvents {
  on(listener: Listener, types?: readonly EmulatorEventType[]): () => void;
  /** True while some listener takes events of this type. */
  wants(type: EmulatorEventType): boolean;
  emit(event: EmulatorEvent): void;
}

const ALL: readonly EmulatorEventType[] = ["request", "batch", "delivery", "faults", "listen", "close"];

export function createPortEvents(): PortEvents {
  const listeners = new Map<EmulatorEventType, Set<Listener>>(ALL.map((type) => [type, new Set()]));
  return {
    on(listener, types = ALL) {
      if (typeof listener !== "function") throw new TypeError("emulator.port.on: the listener must be a function (event) => void");
      const wanted = [...new Set(types)];
      for (const type of wanted) {
        const set = listeners.get(type);
        if (!set) throw new TypeError(`emulator.port.on: no event type '${String(type)}' (${ALL.join(", ")})`);
        set.add(listener);
      }
      return () => {
        for (const type of wanted) listeners.get(type)?.delete(listener);
      };
    },
    wants: (type) => (listeners.get(type)?.size ?? 0) > 0,
    emit(event) {
      const set = listeners.get(event.type);
      if (!set || set.size === 0) return;
      // A Set visits each listener once even when one unsubscribes (or another) meanwhile.
      for (const listener of set) {
        try {
          listener(event);
        } catch {
          // An observer's failure must never reach the request path or a job loop.
        }
      }
    },
  };
}
