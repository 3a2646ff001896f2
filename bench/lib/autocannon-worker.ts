// The load generator, run as its own process (forked by load-generator.ts) so it never
// shares an event loop with the server it measures. It takes one job at a time over
// IPC and answers with autocannon's figures.
import autocannon from "autocannon";
import { signRequest } from "../../src/signing/sign-request.js";

export interface LoadJob {
  url: string;
  path: string;
  body: string;
  connections: number;
  durationSeconds: number;
  /** Sign every request as iVvy requires; the signed headers are reused within one second (IVVY-Date has 1 s resolution). */
  sign?: { apiKey: string; apiSecret: string };
}

export interface LoadFigures {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  ok: number;
  non2xx: number;
  errors: number;
}

function signer(job: LoadJob): () => Record<string, string> {
  const sign = job.sign;
  if (!sign) return () => ({ "content-type": "application/json" });
  let second = -1;
  let headers: Record<string, string> = {};
  return () => {
    const now = Date.now();
    const s = Math.floor(now / 1000);
    if (s !== second) {
      second = s;
      headers = { ...signRequest({ ...sign, requestString: job.path, body: job.body, now }) };
    }
    return headers;
  };
}

async function runLoad(job: LoadJob): Promise<LoadFigures> {
  const headersNow = signer(job);
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.durationSeconds,
    requests: [
      {
        method: "POST",
        path: job.path,
        body: job.body,
        setupRequest: (request) => ({ ...request, headers: headersNow() }),
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

process.on("message", (message: { id: number; job: LoadJob }) => {
  runLoad(message.job).then(
    (figures) => process.send?.({ id: message.id, figures }),
    (error: unknown) => process.send?.({ id: message.id, error: String(error) }),
  );
});
process.on("disconnect", () => process.exit(0));
process.send?.({ ready: true });
