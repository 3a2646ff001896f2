// A clock made of a `now` function, for suites that keep the time in a variable of their
// own: the stores they check compare times and never wait, so waiting on it is a bug.
import type { Clock } from "../../src/util/clock.js";

export function clockReading(now: () => number): Clock {
  return {
    now,
    setTimeout() {
      throw new Error("clockReading: this test clock only tells the time; the code under test waited on it");
    },
  };
}
