// `ivvy-batch/mock`: the Prism mock behind the ?action= rewriting proxy (needs the optional peer @stoplight/prism-cli).
export { startMock, type MockOptions, type MockServer, type MockRequestLogEntry } from "./start-mock.js";
export { rewriteActionQuery } from "./rewrite-action-query.js";
export { PRISM_CLI_VERSION } from "./resolve-prism-cli.js";
