// The part of Dredd 14's Node hooks API that hooks.cjs uses, for its type-check
// (tsconfig.js.json). Dredd ships no types: this follows its "Transaction object" reference
// (https://dredd.org/en/latest/data-structures.html#transaction) and its build/Hooks.js,
// build/TransactionRunner.js and build/performRequest.js. Dredd hands the hooks to a hook
// file as the module "hooks" (proxyquire), so nothing named "hooks" is installed.
declare module "hooks" {
  namespace hooks {
    /** Request headers as Dredd keeps them: a plain object, names as the spec writes them. */
    type Headers = Record<string, string>;

    /** One HTTP exchange Dredd makes: an example request of openapi.yaml and the response it expects. */
    interface Transaction {
      /** "Path > Operation > status > content type": unique, and the key hooks use. */
      name: string;
      id: string;
      /** The request path as sent, with the endpoint's own base path. */
      fullPath: string;
      request: { method: string; uri: string; headers: Headers; body: string; bodyEncoding?: string };
      expected: { statusCode: string; headers: Headers; body?: string; bodySchema?: unknown };
      /** The provider's answer; absent until the request was made (and when it was skipped). */
      real?: { statusCode: number; headers: import("node:http").IncomingHttpHeaders; body?: string; bodyEncoding?: string };
      /** Set in a `before` hook to skip the transaction. */
      skip: boolean;
      /** Set to a message to fail the transaction with it. */
      fail: boolean | string;
      /** Dredd's verdict and message; filled in as the transaction runs. */
      test?: { status: "" | "pass" | "fail" | "skip"; title: string; message: string; valid?: boolean };
    }

    /**
     * Dredd goes by the hook's arity (build/TransactionRunner.js, runHook): with one parameter
     * it is synchronous; with two, Dredd waits for `done` and ignores a returned promise; with
     * none (or a defaulted second parameter) it is never called and the run hangs.
     */
    type TransactionHook = (transaction: Transaction, done: () => void) => void;
    type AllTransactionsHook = (transactions: Transaction[], done: () => void) => void;

    interface Hooks {
      /** Dredd's configuration, cloned; `endpoint` is the provider's URL. */
      configuration?: { endpoint?: string };
      beforeAll(hook: AllTransactionsHook): void;
      beforeEach(hook: TransactionHook): void;
      /** Synchronous: runs just before Dredd compares `real` with `expected`. */
      beforeEachValidation(hook: (transaction: Transaction) => void): void;
      afterEach(hook: TransactionHook): void;
      afterAll(hook: AllTransactionsHook): void;
      /** A line in Dredd's output (and its reporters'). */
      log(message: string): void;
    }
  }
  const hooks: hooks.Hooks;
  export = hooks;
}
