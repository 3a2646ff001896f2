#!/usr/bin/env node
// Generates generated/ from openapi.yaml: the TypeScript types (openapi-typescript)
// and the parsed document as a module (for the ajv validators of the emulator,
// the callback receiver and the contract hooks). `--check` writes nothing and
// exits 1 when generated/ does not match openapi.yaml (the CI drift check).
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const root = fileURLToPath(new URL("..", import.meta.url));
const specPath = `${root}openapi.yaml`;
const header = (what) =>
  `/**\n * ${what}\n * Generated from openapi.yaml by \`npm run generate\`. DO NOT EDIT: edit openapi.yaml and regenerate.\n */\n`;

const source = await readFile(specPath, "utf8");
const ast = await openapiTS(source, { exportType: false, alphabetize: false });
const files = {
  "schema.ts": header("TypeScript types of the iVvy batch API contract.") + "\n" + astToString(ast),
  "spec.ts":
    header("The iVvy batch API contract (openapi.yaml) as a JavaScript object.") +
    "\nexport const openapiDocument: Record<string, unknown> = " +
    JSON.stringify(parse(source), null, 2) +
    ";\n",
};

const check = process.argv.includes("--check");
let drift = [];
for (const [name, content] of Object.entries(files)) {
  const target = `${root}generated/${name}`;
  if (check) {
    const current = await readFile(target, "utf8").catch(() => "");
    if (current !== content) drift.push(`generated/${name}`);
  } else {
    await mkdir(`${root}generated`, { recursive: true });
    await writeFile(target, content);
  }
}
if (check) {
  if (drift.length) {
    console.error(`generated/ does not match openapi.yaml: ${drift.join(", ")}. Run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log("generated/ matches openapi.yaml");
} else {
  console.log(`wrote ${Object.keys(files).map((f) => `generated/${f}`).join(", ")}`);
}
