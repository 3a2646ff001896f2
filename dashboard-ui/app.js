// @ts-check
// The emulator dashboard's page: plain DOM, no framework, no build step, type-checked from
// these JSDoc types (tsconfig.dashboard.json). It reads the JSON API under /_emulator/api
// (docs/dashboard.md) once, then follows its event stream: the emulator pushes each
// request, each batch that changed and each fault change as it happens; the page never
// polls. Untrusted text (anything a client sent) only ever goes in through textContent.

/**
 * @typedef {{ id: number, at: number, method: string, path: string, operation: string | undefined, status: number,
 *   specificCode: number | undefined, durationMs: number, apiKey: string | undefined, asyncId: string | undefined, refusal: string | undefined }} RequestSummary
 * @typedef {{ reason: string, stringToSign: string | undefined, parts: Record<string, string | null>, compareWith: string }} SignatureDetail
 * @typedef {{ read: true, length: number, truncated: boolean, text: string } | { read: false, note: string }} BodyDetail
 * @typedef {RequestSummary & { headers: Record<string, string>, body: BodyDetail, answer: unknown, signature: SignatureDetail | undefined }} RequestDetail
 * @typedef {{ count: number, state: string | undefined, nextAttemptAt: number | undefined }} DeliverySummary
 * @typedef {{ asyncId: string, apiKey: string | undefined, status: "running" | "complete", progress: number, done: number, failed: number, total: number,
 *   createdAt: number, expiresAt: number, completedAt: number | undefined, restarts: number, callbackUrl: string | undefined, storedBytes: number,
 *   deliveries: DeliverySummary }} BatchSummary
 * @typedef {{ index: number, namespace: string, action: string, params: unknown, status: "pending" | "done" | "failed", response: unknown }} BatchJob
 * @typedef {{ startedAt: number, durationMs: number, status: number | undefined, error: string | undefined }} CallbackAttempt
 * @typedef {{ reason: string, state: string, attempts: number, coalesced: number, nextAttemptAt: number | undefined, history: CallbackAttempt[] }} CallbackDelivery
 * @typedef {BatchSummary & { jobs: BatchJob[], callbacks: CallbackDelivery[] }} BatchDetail
 * @typedef {{ latencyMs: number, failJobs: (number | string)[] | string, callbackDelayMs: number, dropCallbacks: number, duplicateCallbacks: boolean,
 *   rate429: number, rate5xx: number, retryAfterSeconds: number, random: string }} Faults
 * @typedef {{ auth: string, apiKeys: { apiKey: string }[], jobDelayMs: number, retentionMs: number, callbacks: { attempts: number } }} EmulatorState
 */

const base = new URL("./api/", location.href);
const params = new URLSearchParams(location.search);
const token = params.get("token") ?? sessionStorage.getItem("ivvy-emulator-token");
if (token) sessionStorage.setItem("ivvy-emulator-token", token);

/** The page's own element by selector: the page is static, so a missing one is a bug of ours. */
function $(/** @type {string} */ selector) {
  const el = document.querySelector(selector);
  if (!(el instanceof HTMLElement)) throw new Error(`The page has no ${selector}`);
  return el;
}
const button = (/** @type {string} */ selector) => /** @type {HTMLButtonElement} */ ($(selector));
const tbody = (/** @type {string} */ selector) => /** @type {HTMLTableSectionElement} */ ($(selector));

/**
 * h("td", { class: "x" }, "text", child): an element; strings become text nodes, `on...` attributes listeners.
 * @param {string} tag
 * @param {Record<string, unknown>} [attrs]
 * @param {...unknown} children
 * @returns {HTMLElement}
 */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") el.addEventListener(name.slice(2), /** @type {EventListener} */ (value));
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) if (child !== undefined && child !== null) el.append(child instanceof Node ? child : String(child));
  return el;
}

/**
 * A call of the dashboard's API: its status and JSON body (`{}` when there is none).
 * @template T
 * @param {string} path
 * @param {RequestInit} [init]
 * @returns {Promise<{ status: number, body: T & { error?: string, message?: string } }>}
 */
async function api(path, init = {}) {
  /** @type {Record<string, string>} */
  const headers = { ...(init.body ? { "content-type": "application/json" } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(new URL(path, base), { ...init, headers });
  const body = await response.json().catch(() => ({}));
  return { status: response.status, body };
}

const time = (/** @type {number} */ ms) => new Date(ms).toLocaleTimeString([], { hour12: false });
const dateTime = (/** @type {number} */ ms) => new Date(ms).toLocaleString([], { hour12: false });
const pretty = (/** @type {unknown} */ value) => JSON.stringify(value, null, 2);
const code = (/** @type {unknown} */ value) => h("pre", { class: "code" }, typeof value === "string" ? value : pretty(value));
const actionOf = (/** @type {RequestSummary} */ r) => r.operation ?? r.path;
const statusText = (/** @type {{ status: number, specificCode: number | undefined }} */ r) =>
  `${r.status}${typeof r.specificCode === "number" ? ` [${r.specificCode}]` : ""}`;
const statusClass = (/** @type {number} */ status) => (status >= 500 ? "s5" : status >= 400 ? "s4" : "s2");

const state = {
  /** @type {Map<number, RequestSummary>} */
  requests: new Map(),
  /** The stored batches by asyncId, oldest first, as the emulator pushes them. @type {Map<string, BatchSummary>} */
  batches: new Map(),
  /** @type {number | undefined} */
  selectedRequest: undefined,
  /** @type {string | undefined} */
  selectedBatch: undefined,
  /** @type {Faults | undefined} */
  faults: undefined,
};

// ---------- views and routing ----------
function route() {
  const [view, id] = (location.hash.slice(1) || "requests").split("/");
  for (const name of ["requests", "batches", "faults"]) {
    $(`#view-${name}`).hidden = name !== view;
    const tab = $(`#tab-${name}`);
    if (name === view) tab.setAttribute("aria-current", "page");
    else tab.removeAttribute("aria-current");
  }
  if (view === "requests") void selectRequest(id === undefined ? undefined : Number(id));
  if (view === "batches") void selectBatch(id);
}
window.addEventListener("hashchange", route);

// ---------- requests ----------
function requestRow(/** @type {RequestSummary} */ r) {
  return h(
    "tr",
    { "data-id": r.id, class: r.id === state.selectedRequest ? "selected" : undefined, title: r.refusal },
    h("td", {}, time(r.at)),
    h("td", {}, r.method),
    h("td", {}, h("a", { href: `#requests/${r.id}` }, actionOf(r))),
    h("td", { class: statusClass(r.status) }, statusText(r)),
    h("td", { class: "num" }, `${r.durationMs} ms`),
    h("td", {}, r.apiKey ?? "—"),
  );
}

function addRequest(/** @type {RequestSummary} */ r) {
  if (state.requests.has(r.id)) return;
  state.requests.set(r.id, r);
  const rows = tbody("#requests tbody");
  rows.prepend(requestRow(r));
  while (rows.rows.length > 500) rows.lastElementChild?.remove();
  $("#requests-empty").hidden = true;
}

async function selectRequest(/** @type {number | undefined} */ id) {
  state.selectedRequest = id;
  for (const row of tbody("#requests tbody").rows) row.classList.toggle("selected", Number(row.dataset.id) === id);
  const panel = $("#request-detail");
  if (id === undefined || Number.isNaN(id)) return void (panel.hidden = true);
  /** @type {{ status: number, body: RequestDetail & { error?: string } }} */
  const { status, body } = await api(`requests/${id}`);
  panel.hidden = false;
  const out = $("#request-body");
  if (status !== 200) return out.replaceChildren(h("p", { class: "error" }, body.error ?? `HTTP ${status}`));
  const parts = [
    h(
      "p",
      {},
      h("strong", {}, `${body.method} ${body.path}`),
      " → ",
      h("span", { class: statusClass(body.status) }, statusText(body)),
      ` in ${body.durationMs} ms, ${dateTime(body.at)}`,
    ),
  ];
  if (body.refusal && !body.signature) parts.push(h("p", { class: "reason" }, `Refused: ${body.refusal}`));
  const signature = body.signature;
  if (signature) {
    parts.push(
      h(
        "section",
        { class: "signature", "aria-labelledby": "h-signature" },
        h("h4", { id: "h-signature" }, "Why the signature was refused"),
        h("p", { class: "reason", id: "signature-reason" }, signature.reason),
        h("h5", {}, "String to sign, as the emulator computed it from this request"),
        signature.stringToSign === undefined
          ? h("p", {}, "(the headers were too incomplete to build it)")
          : h("pre", { class: "code", id: "string-to-sign" }, signature.stringToSign),
        h("h5", {}, "Compare with"),
        h("p", {}, signature.compareWith),
        h(
          "table",
          { class: "parts" },
          h("caption", {}, "The parts, in order"),
          ...Object.entries(signature.parts).map(([name, value]) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, name),
              h(
                "td",
                {},
                h(
                  "code",
                  {},
                  value === null ? (name === "bodyMd5" ? "(body not read: refused on its headers)" : "(missing)") : value === "" ? "(empty)" : value,
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }
  parts.push(h("h4", {}, "Request headers"), code(body.headers));
  const read = body.body;
  parts.push(
    h("h4", {}, "Request body"),
    read.read ? code(read.truncated ? `${read.text}\n… (${read.length} bytes in all)` : read.text || "(empty)") : h("p", {}, read.note),
  );
  parts.push(h("h4", {}, "Answer"), code(body.answer));
  out.replaceChildren(...parts);
}

// ---------- batches ----------
function progressBar(/** @type {BatchSummary} */ b) {
  return h("progress", { max: 100, value: b.progress, "aria-label": `${b.asyncId.slice(0, 8)} progress` }, `${b.progress}%`);
}

function callbackText(/** @type {DeliverySummary | undefined} */ d) {
  if (!d || d.count === 0) return "—";
  return `${d.state}${d.nextAttemptAt ? `, next ${time(d.nextAttemptAt)}` : ""}${d.count > 1 ? ` (${d.count})` : ""}`;
}

function renderBatches() {
  const newestFirst = [...state.batches.values()].reverse();
  tbody("#batches tbody").replaceChildren(
    ...newestFirst.map((b) =>
      h(
        "tr",
        { "data-async-id": b.asyncId, class: b.asyncId === state.selectedBatch ? "selected" : undefined },
        h("td", {}, h("a", { href: `#batches/${b.asyncId}` }, h("code", {}, b.asyncId))),
        h("td", {}, progressBar(b), ` ${b.progress}% ${b.status}`),
        h("td", { class: "num" }, `${b.done}/${b.total}${b.failed ? `, ${b.failed} failed` : ""}`),
        h("td", {}, callbackText(b.deliveries)),
        h("td", {}, dateTime(b.expiresAt)),
      ),
    ),
  );
  $("#batches-empty").hidden = state.batches.size > 0;
}

/** The open batch's detail again, when the emulator pushed a change of it. */
function refreshSelectedBatch(/** @type {string} */ asyncId) {
  if (state.selectedBatch === asyncId && !$("#view-batches").hidden) void selectBatch(asyncId);
}

/** @param {BatchDetail} body */
function deliveriesList(body) {
  if (body.callbacks.length === 0) return h("p", {}, body.callbackUrl ? "None yet: the batch is still running." : "None: the batch has no callbackUrl.");
  return h(
    "ol",
    { id: "deliveries", class: "deliveries" },
    body.callbacks.map((d) =>
      h(
        "li",
        { class: `delivery-${d.state}` },
        h(
          "p",
          {},
          h("strong", {}, `${d.reason}: ${d.state}`),
          `, ${d.attempts} attempt${d.attempts === 1 ? "" : "s"}`,
          d.coalesced ? `, ${d.coalesced} repost${d.coalesced === 1 ? "" : "s"} folded in` : "",
          d.nextAttemptAt ? `, next attempt at ${time(d.nextAttemptAt)}` : "",
        ),
        d.history.length
          ? h(
              "ul",
              {},
              d.history.map((a, i) =>
                h("li", {}, `#${i + 1} ${time(a.startedAt)}: ${a.status ?? "no answer"}${a.error ? ` (${a.error})` : ""}, ${a.durationMs} ms`),
              ),
            )
          : h("p", {}, d.state === "dropped" ? "Dropped by faults.dropCallbacks: never sent." : "No attempt yet."),
      ),
    ),
  );
}

async function selectBatch(/** @type {string | undefined} */ asyncId) {
  state.selectedBatch = asyncId;
  for (const row of tbody("#batches tbody").rows) row.classList.toggle("selected", row.dataset.asyncId === asyncId);
  const panel = $("#batch-detail");
  if (!asyncId) return void (panel.hidden = true);
  /** @type {{ status: number, body: BatchDetail & { error?: string } }} */
  const { status, body } = await api(`batches/${asyncId}`);
  if (state.selectedBatch !== asyncId) return;
  panel.hidden = false;
  const out = $("#batch-body");
  if (status !== 200) {
    for (const b of ["#act-repost", "#act-restart", "#act-expire"]) button(b).disabled = true;
    return out.replaceChildren(h("p", { class: "error" }, body.error ?? `HTTP ${status}`));
  }
  button("#act-repost").disabled = body.status !== "complete" || !body.callbackUrl;
  button("#act-restart").disabled = body.status !== "complete";
  button("#act-expire").disabled = false;
  out.replaceChildren(
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "asyncId"),
      h("dd", {}, h("code", { id: "batch-async-id" }, body.asyncId)),
      h("dt", {}, "Progress"),
      h("dd", {}, progressBar(body), ` ${body.progress}% (${body.done} of ${body.total}, ${body.failed} failed), ${body.status}`),
      h("dt", {}, "Key"),
      h("dd", {}, body.apiKey ?? "(relaxed auth)"),
      h("dt", {}, "Created"),
      h("dd", {}, dateTime(body.createdAt)),
      h("dt", {}, "Expires"),
      h("dd", {}, dateTime(body.expiresAt)),
      h("dt", {}, "Restarts"),
      h("dd", {}, String(body.restarts)),
      h("dt", {}, "Callback URL"),
      h("dd", {}, body.callbackUrl ?? "none"),
    ),
    h("h4", {}, `Jobs (${body.jobs.length})`),
    h(
      "table",
      { id: "jobs", class: "jobs" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "#"),
          h("th", { scope: "col" }, "Call"),
          h("th", { scope: "col" }, "Params"),
          h("th", { scope: "col" }, "Status"),
          h("th", { scope: "col" }, "Response or error"),
        ),
      ),
      h(
        "tbody",
        {},
        body.jobs.map((job) =>
          h(
            "tr",
            { class: `job-${job.status}` },
            h("td", { class: "num" }, String(job.index)),
            h("td", {}, `${job.namespace}.${job.action}`),
            h("td", {}, code(job.params)),
            h("td", {}, job.status),
            h("td", {}, job.response === undefined ? "—" : code(job.response)),
          ),
        ),
      ),
    ),
    h("h4", {}, `Callback deliveries (${body.callbacks.length})`),
    deliveriesList(body),
  );
}

async function act(/** @type {"repost" | "restart" | "expire"} */ action) {
  const asyncId = state.selectedBatch;
  if (!asyncId) return;
  const { status, body } = await api(`batches/${asyncId}/${action}`, { method: "POST", body: "{}" });
  $("#action-result").textContent = status === 200 ? `${action}: ${JSON.stringify(body)}` : `${action} failed: ${body.message ?? body.error ?? status}`;
  if (action === "expire" && status === 200) location.hash = "#batches";
  else await selectBatch(asyncId);
}
button("#act-repost").addEventListener("click", () => act("repost"));
button("#act-restart").addEventListener("click", () => act("restart"));
button("#act-expire").addEventListener("click", () => act("expire"));

// ---------- faults ----------
const NUMERIC_FAULTS = /** @type {const} */ (["latencyMs", "rate429", "rate5xx", "retryAfterSeconds", "callbackDelayMs", "dropCallbacks"]);
const faultsForm = () => /** @type {HTMLFormElement} */ ($("#faults-form"));
const input = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (faultsForm().elements.namedItem(name));

function fillFaults(/** @type {Faults} */ f) {
  state.faults = f;
  for (const name of NUMERIC_FAULTS) input(name).value = String(f[name]);
  input("duplicateCallbacks").checked = f.duplicateCallbacks;
  const fn = typeof f.failJobs === "string";
  input("failJobs").value = typeof f.failJobs === "string" ? f.failJobs : f.failJobs.join(", ");
  input("failJobs").disabled = fn;
}

function readFaults() {
  /** @type {Record<string, unknown>} */
  const change = {};
  for (const name of NUMERIC_FAULTS) change[name] = Number(input(name).value || 0);
  change.duplicateCallbacks = input("duplicateCallbacks").checked;
  if (!input("failJobs").disabled) {
    change.failJobs = input("failJobs")
      .value.split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  }
  return change;
}

async function postFaults(/** @type {Record<string, unknown>} */ change) {
  /** @type {{ status: number, body: Faults & { error?: string } }} */
  const { status, body } = await api("faults", { method: "POST", body: JSON.stringify(change) });
  $("#faults-result").textContent = status === 200 ? "Applied." : `Not applied: ${body.error}`;
  if (status === 200) fillFaults(body);
}
faultsForm().addEventListener("submit", (event) => {
  event.preventDefault();
  void postFaults(readFaults());
});
button("#faults-clear").addEventListener("click", () =>
  postFaults({
    latencyMs: null,
    rate429: null,
    rate5xx: null,
    retryAfterSeconds: null,
    callbackDelayMs: null,
    dropCallbacks: null,
    duplicateCallbacks: null,
    ...(typeof state.faults?.failJobs === "string" ? {} : { failJobs: null }),
  }),
);

// ---------- the event stream ----------
/** @template T @param {MessageEvent} event @returns {T} */
const data = (event) => JSON.parse(event.data);

function follow() {
  const events = new EventSource(new URL(`events${token ? `?token=${encodeURIComponent(token)}` : ""}`, base));
  events.addEventListener("open", () => {
    $("#live").textContent = "Live";
  });
  events.addEventListener("error", () => {
    $("#live").textContent = "Reconnecting…";
  });
  events.addEventListener("request", (event) => addRequest(data(event)));
  // The whole list, first on every (re)connection.
  events.addEventListener("batches", (event) => {
    /** @type {BatchSummary[]} */
    const list = data(event);
    state.batches = new Map(list.map((b) => [b.asyncId, b]));
    renderBatches();
    if (state.selectedBatch) refreshSelectedBatch(state.selectedBatch);
  });
  // Then one batch at a time, as it changes.
  events.addEventListener("batch", (event) => {
    /** @type {BatchSummary} */
    const batch = data(event);
    state.batches.set(batch.asyncId, batch);
    renderBatches();
    refreshSelectedBatch(batch.asyncId);
  });
  events.addEventListener("batch-expired", (event) => {
    /** @type {{ asyncId: string }} */
    const { asyncId } = data(event);
    state.batches.delete(asyncId);
    renderBatches();
    refreshSelectedBatch(asyncId);
  });
  events.addEventListener("faults", (event) => fillFaults(data(event)));
}

// ---------- start ----------
async function start() {
  /** @type {{ status: number, body: { emulator: EmulatorState, faults: Faults, error?: string } }} */
  const { status, body } = await api("state");
  if (status !== 200) {
    $("#live").textContent = body.error ?? `The dashboard answered ${status}`;
    return;
  }
  const e = body.emulator;
  $("#summary").textContent =
    `auth ${e.auth}; keys ${e.apiKeys.map((k) => k.apiKey).join(", ")}; job delay ${e.jobDelayMs} ms; ` +
    `batches kept ${Math.round(e.retentionMs / 3_600_000)} h; callbacks: ${e.callbacks.attempts} attempts`;
  fillFaults(body.faults);
  /** @type {{ status: number, body: { requests: RequestSummary[] } }} */
  const requests = await api("requests?limit=200");
  for (const r of [...requests.body.requests].reverse()) addRequest(r);
  route();
  follow();
}
void start();
