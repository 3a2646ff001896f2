#!/usr/bin/env tsx
// `npm run catalog:stats [-- --catalog <file>] [--verbose]`: prints the catalog's coverage.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { coverage, formatCoverage } from "./coverage.js";
import { countOverrides } from "./overrides.js";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const at = process.argv.indexOf("--catalog");
const file = at >= 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]!) : resolve(root, "generated/catalog.yaml");
const overridesFile = resolve(root, "catalog/overrides.yaml");
const document = parse(await readFile(file, "utf8"));
const overrides = parse(await readFile(overridesFile, "utf8").catch(() => "")) ?? {};
console.log(formatCoverage(coverage(document, countOverrides(overrides)), process.argv.includes("--verbose")));
