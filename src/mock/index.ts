// `ivvy-batch/mock`: the Prism mock behind the ?action= rewriting proxy (needs the optional peer @stoplight/prism-cli).

export { PRISM_CLI_VERSION } from "./resolve-prism-cli.js";
export { rewriteActionQuery } from "./rewrite-action-query.js";
export { type MockOptions, type MockRequestLogEntry, type MockServer, startMock } from "./start-mock.js";
