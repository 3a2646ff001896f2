// Tests use the same free-port finder the mock uses to place Prism.
export { findFreePort as freePort } from "../../src/mock/find-free-port.js";
