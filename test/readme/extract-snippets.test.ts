import { expect, it } from "vitest";
import { extractSnippets, promisedOutput } from "./extract-snippets.js";

it("reads every ts block as written, with its opening line, and nothing else", () => {
  const markdown =
    "# t\n\n```ts\nconst a = 1;\nconsole.log(a); // 1\n```\n\n```js\nno\n```\n```typescript\nb\n```\n```console\n$ x\n```\n```ts src/a.ts\nc\n```\n";
  expect(extractSnippets("x.md", markdown)).toEqual([
    { page: "x.md", line: 3, code: "const a = 1;\nconsole.log(a); // 1\n" },
    { page: "x.md", line: 11, code: "b\n" },
    { page: "x.md", line: 17, code: "c\n", name: "src/a.ts" },
  ]);
});

it("takes the promised output from console.log lines with a trailing comment", () => {
  expect(promisedOutput("console.log(a); // 1\nconsole.log(b)\nawait x.catch((e) => console.log(e.status)); // 429\nf(); // not a log\n")).toEqual([
    "1",
    "429",
  ]);
});
