import { describe, expect, it } from "vitest";
import { rewriteActionQuery } from "../../src/mock/rewrite-action-query.js";

describe("rewriteActionQuery", () => {
  it.each([
    ["/api/1.0/batch?action=run", "/api/1.0/batch%3Faction%3Drun"],
    ["/api/1.0/batch?action=progress", "/api/1.0/batch%3Faction%3Dprogress"],
    ["/api/1.0/test?action=ping", "/api/1.0/test%3Faction%3Dping"],
  ])("moves the action into the path: %s", (target, expected) => {
    expect(rewriteActionQuery(target)).toBe(expected);
  });

  it("keeps other query parameters in the query", () => {
    expect(rewriteActionQuery("/api/1.0/batch?debug=1&action=run&x=y")).toBe("/api/1.0/batch%3Faction%3Drun?debug=1&x=y");
  });

  it("percent-encodes an action that is not a plain word, so it cannot break out of the segment", () => {
    expect(rewriteActionQuery("/api/1.0/batch?action=a%2Fb")).toBe("/api/1.0/batch%3Faction%3Da%2Fb");
    expect(rewriteActionQuery("/api/1.0/batch?action=a?b")).toBe("/api/1.0/batch%3Faction%3Da%3Fb");
  });

  it.each(["/api/1.0/batch", "/api/1.0/batch?other=1", "/", "/api/1.0/batch%3Faction%3Drun"])("leaves %s alone", (target) => {
    expect(rewriteActionQuery(target)).toBe(target);
  });
});
