// Three receiver processes behind one URL, on one Postgres. The test is the load balancer
// (round-robin) and iVvy (the emulator, delivering callbacks with retries).
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { createEmulator } from "../../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { createPostgresStores, migrate } from "../../src/postgres/index.js";
import { createCallbackReceiver } from "../../src/receiver/index.js";
import { createSubmissionLedger } from "../../src/workflow/submit/submission-ledger.js";
import { submitAll } from "../../src/workflow/submit/submit-all.js";
import { startTestDatabase, type TestDatabase } from "../helpers/postgres.js";
import { killAll, spawnTs, waitForOutput } from "../helpers/spawn-ts.js";
import { within } from "../receiver/fixtures.js";
import { demoHandlers, demoJobs } from "../workflow/emulator-harness.js";

const RECEIVER = new URL("./fixtures/receiver-process.ts", import.meta.url).pathname;
const PUBLIC_URL = "http://lb.invalid/ivvy/callback";

let db: TestDatabase;
const children: ChildProcessWithoutNullStreams[] = [];
beforeAll(async () => {
  db = await startTestDatabase();
});
afterEach(async () => {
  await killAll(children);
});
afterAll(async () => {
  await db?.stop();
});

async function deployment(databaseUrl = db.url) {
  const schema = db.freshSchema();
  await migrate(db.pool, { schema });
  await db.pool.query(`CREATE TABLE "${schema}".effects (delivery_id text PRIMARY KEY, async_id text NOT NULL, results int NOT NULL, pid int NOT NULL)`);
  await db.pool.query(`CREATE TABLE "${schema}".attempts (delivery_id text NOT NULL, pid int NOT NULL, attempt int NOT NULL)`);
  const stores = createPostgresStores({ pool: db.pool, schema });
  // The submitting side: issues and binds tokens in the shared token store.
  const issuer = createCallbackReceiver({ publicUrl: PUBLIC_URL, tokenStore: stores.tokenStore });
  const start = async (count: number, extra: Record<string, string> = {}) => {
    const env = { DATABASE_URL: databaseUrl, SCHEMA: schema, PUBLIC_URL, ...extra };
    const started = Array.from({ length: count }, () => {
      const child = spawnTs(RECEIVER, [], env);
      children.push(child);
      return child;
    });
    return Promise.all(
      started.map(async (child) => {
        const out = await waitForOutput(child, /listening (\d+)/);
        return { child, port: Number(/listening (\d+)/.exec(out)![1]) };
      }),
    );
  };
  return { schema, stores, issuer, start };
}

/** The emulator as iVvy, its callbacks sent through `balance` (the load balancer). */
function iVvy(balance: (request: Request) => Promise<Response>) {
  const emulator = createEmulator({ handlers: demoHandlers(), fetch: balance, callbacks: { attempts: 12, baseDelayMs: 100, timeoutMs: 5_000 } });
  const client = createBatchClient({
    ...DEMO_CREDENTIALS,
    baseUrl: "http://emulator.local",
    fetch: emulator.fetch,
    retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 5 },
  });
  return { emulator, client };
}

const roundRobin = (ports: () => number[]) => {
  let next = 0;
  return (request: Request) => {
    const list = ports();
    const url = new URL(request.url);
    const target = `http://127.0.0.1:${list[next++ % list.length]}${url.pathname}${url.search}`;
    return fetch(new Request(target, request));
  };
};

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("three receiver processes behind one URL", () => {
  it("a receiver killed -9 while its handler runs: another instance handles the callback, its effect happens once, nothing is lost", async () => {
    const d = await deployment();
    const receivers = await d.start(3, { HANDLER_DELAY_MS: "1000", VISIBILITY_MS: "1500" });
    const { emulator, client } = iVvy(roundRobin(() => receivers.map((r) => r.port)));
    try {
      // The first instance to start a handler is killed in the middle of it; only that one.
      let chosen = false;
      const killed = new Promise<{ pid: number; deliveryId: string }>((resolve) => {
        for (const { child } of receivers) {
          child.stdout.on("data", (chunk: Buffer) => {
            const match = /handling (\S+) 1/.exec(chunk.toString());
            if (match && !chosen) {
              chosen = true;
              child.kill("SIGKILL");
              resolve({ pid: child.pid!, deliveryId: match[1]! });
            }
          });
        }
      });
      const handle = await submitAll(client, demoJobs(1_000, 0, "kill"), { callbacks: d.issuer, ledger: createSubmissionLedger() });
      expect(handle.chunks).toHaveLength(5);
      const victim = await within(killed, "a receiver starting a handler (to be killed in it)", 30_000);

      const effects = await until("an effect per batch", async () => {
        const { rows } = await db.pool.query(`SELECT delivery_id, async_id, results, pid FROM "${d.schema}".effects`);
        return rows.length >= 5 ? rows : undefined;
      }).catch(async (error) => {
        const inbox = await db.pool.query(`SELECT delivery_id, state, attempts, visible_at, last_error FROM "${d.schema}".ivvy_inbox`);
        const eff = await db.pool.query(`SELECT * FROM "${d.schema}".effects`);
        const att = await db.pool.query(`SELECT * FROM "${d.schema}".attempts`);
        throw new Error(
          `${error}\n${JSON.stringify({ inbox: inbox.rows, eff: eff.rows, att: att.rows, cb: emulator.callbacks.list(), victim, alive: receivers.map((r) => r.child.exitCode ?? r.child.signalCode) }, null, 1)}`,
        );
      });
      expect(new Set(effects.map((r) => r.async_id))).toEqual(new Set(handle.chunks.map((c) => c.asyncId)));
      expect(effects.every((r) => r.results === 200)).toBe(true);
      const victimEffect = effects.find((r) => r.delivery_id === victim.deliveryId);
      expect(victimEffect, "the killed handler's delivery was handled by another instance").toBeDefined();
      expect(victimEffect!.pid).not.toBe(victim.pid);
      const attempts = await db.pool.query(`SELECT pid, attempt FROM "${d.schema}".attempts WHERE delivery_id = $1 ORDER BY attempt`, [victim.deliveryId]);
      expect(attempts.rows[0]).toEqual({ pid: victim.pid, attempt: 1 });
      expect(attempts.rows.length).toBeGreaterThanOrEqual(2);
      // The effect is the handler's last step; the entry is marked done just after it.
      const inbox = await until(
        "every entry done",
        async () => {
          const { rows } = await db.pool.query(`SELECT state, count(*)::int AS n FROM "${d.schema}".ivvy_inbox GROUP BY state`);
          return rows.length === 1 && rows[0].state === "done" ? rows : undefined;
        },
        5_000,
      );
      expect(inbox).toEqual([{ state: "done", n: 5 }]);
      // Only the effects table decides "once": the same delivery id never has two effect rows.
      const dupes = await db.pool.query(`SELECT count(*)::int AS n FROM "${d.schema}".effects GROUP BY delivery_id HAVING count(*) > 1`);
      expect(dupes.rows).toEqual([]);
    } finally {
      await emulator.close();
    }
  });

  it("a receiver that cannot reach the database answers 503, and loses nothing once it can", async () => {
    const proxy = await tcpProxy(Number(new URL(db.url).port));
    try {
      const viaProxy = new URL(db.url);
      viaProxy.port = String(proxy.port);
      const d = await deployment(viaProxy.href);
      const [receiver] = await d.start(1);
      const answers: number[] = [];
      const balance = roundRobin(() => [receiver!.port]);
      const { emulator, client } = iVvy(async (request) => {
        const response = await balance(request);
        answers.push(response.status);
        return response;
      });
      try {
        proxy.down();
        const handle = await submitAll(client, demoJobs(50, 0, "db-down"), { callbacks: d.issuer, ledger: createSubmissionLedger() });
        await until("a 503 from the receiver", async () => (answers.includes(503) ? true : undefined));
        proxy.up();
        const effect = await until("the effect once the database is back", async () => {
          const { rows } = await db.pool.query(`SELECT async_id, results FROM "${d.schema}".effects`);
          return rows[0];
        });
        expect(effect).toEqual({ async_id: handle.chunks[0]!.asyncId, results: 50 });
        expect(answers.at(-1)).toBe(200);
        expect(answers.filter((s) => s !== 503 && s !== 200)).toEqual([]);
        expect(emulator.callbacks.list(handle.chunks[0]!.asyncId)).toMatchObject([{ state: "delivered", lastStatus: 200 }]);
      } finally {
        await emulator.close();
      }
    } finally {
      await proxy.close();
    }
  });
});

/** A TCP proxy to the database that can be cut (every connection dropped, new ones refused) and restored. */
async function tcpProxy(targetPort: number): Promise<{ port: number; down(): void; up(): void; close(): Promise<void> }> {
  let open = true;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    if (!open) return void socket.destroy();
    const upstream = connect(targetPort, "127.0.0.1");
    sockets.add(socket).add(upstream);
    const drop = () => {
      socket.destroy();
      upstream.destroy();
      sockets.delete(socket);
      sockets.delete(upstream);
    };
    socket.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    down() {
      open = false;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    up() {
      open = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        open = false;
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
