// The mock answers ping with the current time, in whichever of `timestamp`
// (iVvy format) and `ack` (ISO date-time) its example carries.
import { expect, it } from "vitest";
import { freshPingAnswer, isPingUrl } from "../../src/mock/fresh-ping-answer.js";

const NOW = Date.UTC(2026, 11, 1, 10, 5, 7, 123);

it("sets timestamp in the iVvy format, keeping ' UTC' when the example has it", () => {
  expect(JSON.parse(freshPingAnswer('{"message":"ack","timestamp":"2026-11-28 16:23:24 UTC"}', NOW))).toEqual({
    message: "ack",
    timestamp: "2026-12-01 10:05:07 UTC",
  });
  expect(JSON.parse(freshPingAnswer('{"message":"ack","timestamp":"2026-11-28 16:23:24"}', NOW))).toEqual({ message: "ack", timestamp: "2026-12-01 10:05:07" });
});

it("sets ack as an ISO date-time, with or without milliseconds as the example has them", () => {
  expect(JSON.parse(freshPingAnswer('{"ack":"2026-11-28T16:23:24Z"}', NOW))).toEqual({ ack: "2026-12-01T10:05:07Z" });
  expect(JSON.parse(freshPingAnswer('{"ack":"2026-11-28T16:23:24.000Z"}', NOW))).toEqual({ ack: "2026-12-01T10:05:07.123Z" });
  expect(JSON.parse(freshPingAnswer('{"ack":"2026-11-28T16:23:24+10:00","timestamp":"2026-11-28 16:23:24"}', NOW))).toEqual({
    ack: "2026-12-01T10:05:07Z",
    timestamp: "2026-12-01 10:05:07",
  });
});

it("leaves anything else byte for byte: ack as a word, error envelopes, non-JSON", () => {
  for (const body of ['{"message":"ack","ack":"yes"}', '{"errorCode":401,"message":"Request is stale","specificCode":23005}', "not json", "[1]", "null"]) {
    expect(freshPingAnswer(body, NOW)).toBe(body);
  }
});

it("knows ping's URL as clients send it", () => {
  expect(isPingUrl("/api/1.0/test?action=ping")).toBe(true);
  expect(isPingUrl("/api/1.0/test?x=1&action=ping")).toBe(true);
  expect(isPingUrl("/api/1.0/batch?action=ping")).toBe(false);
  expect(isPingUrl("/api/1.0/test?action=pingx")).toBe(false);
  expect(isPingUrl("/api/1.0/test")).toBe(false);
});
