import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { dirname, parse } from "node:path";

/** The account the test Postgres runs as, when it cannot be the current one. */
export interface ServerUser {
  name: string;
  uid: number;
  gid: number;
}

const NAME = "postgres";

/**
 * Postgres refuses to run as root, so as root (CI, containers) the server and initdb run as
 * an unprivileged `postgres` account, created here when missing; otherwise the current user
 * runs them (undefined). Several test workers may get here at once: a failed `useradd` is
 * fine when the account exists afterwards.
 */
export function serverUser(): ServerUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const found = lookUp(NAME);
  if (found) return found;
  const attempts = [
    spawnSync("groupadd", ["--system", NAME], { encoding: "utf8" }),
    spawnSync("useradd", ["--system", "--gid", NAME, "--no-create-home", "--shell", "/usr/sbin/nologin", NAME], { encoding: "utf8" }),
  ];
  const created = lookUp(NAME);
  if (created) return created;
  const output = attempts
    .map((a) => (a.error?.message ?? a.stderr).trim())
    .filter(Boolean)
    .join("; ");
  throw new Error(
    `The test Postgres cannot run as root and could not create the '${NAME}' account to run as (${output || "groupadd/useradd failed"}). ` +
      `Create it (useradd --system --user-group ${NAME}), run the tests as a non-root user, or set DATABASE_URL to a running Postgres.`,
  );
}

function lookUp(name: string): ServerUser | undefined {
  const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * The first folder on the way to `path` that `user` may not pass through (no search
 * permission for it as owner, group or other), with its mode, or undefined when every
 * ancestor is traversable. Supplementary groups are not consulted: a hint, not a verdict.
 */
export function blockedAncestor(path: string, user: ServerUser): string | undefined {
  const folders: string[] = [];
  for (let folder = dirname(path); ; folder = dirname(folder)) {
    folders.unshift(folder);
    if (folder === parse(folder).root) break;
  }
  for (const folder of folders) {
    const stat = statSync(folder, { throwIfNoEntry: false });
    if (!stat) return undefined;
    const bit = stat.uid === user.uid ? 0o100 : stat.gid === user.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) {
      return `${folder} (mode ${(stat.mode & 0o777).toString(8).padStart(3, "0")}, owner uid ${stat.uid})`;
    }
  }
  return undefined;
}
