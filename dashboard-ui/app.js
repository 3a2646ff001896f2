// @ts-check
// The emulator dashboard's page: plain DOM, no framework, no build step, type-checked from
// these JSDoc types (tsconfig.dashboard.json). It reads the JSON API under /_emulator/api
// (docs/dashboard.md) once, then follows its event stream: the emulator pushes each
// request, each batch that changed and each fault change as it happens; the page never
// polls. Untrusted text (anything a client sent) only ever goes in through textContent.

/**
 * @typedef {{ id: number, at: number, method: string, path: string, operation: string | undefined, status: number,
 *   specificCode: number | undefined, durationMs: number, apiKey: string | undefined, asyncId: string | undefined, refusal: string | undefined }} RequestSummary
 * @typedef {{ reason: string, stringToSign: string | undefined, missingHeaders: string[], notBuilt: string | undefined,
 *   parts: Record<string, string | null>, compareWith: string }} SignatureDetail
 * @typedef {{ read: true, length: number, truncated: boolean, text: string } | { read: false, note: string }} BodyDetail
 * @typedef {RequestSummary & { headers: Record<string, string>, body: BodyDetail, answer: unknown, signature: SignatureDetail | undefined }} RequestDetail
 * @typedef {{ count: number, state: string | undefined, nextAttemptAt: number | undefined, attempts: number,
 *   lastError: string | undefined, lastStatus: number | undefined, failed: number }} DeliverySummary
 * @typedef {{ asyncId: string, apiKey: string | undefined, status: "running" | "complete", progress: number, done: number, failed: number, total: number,
 *   createdAt: number, expiresAt: number, completedAt: number | undefined, restarts: number, callbackUrl: string | undefined, storedBytes: number,
 *   deliveries: DeliverySummary }} BatchSummary
 * @typedef {{ index: number, namespace: string, action: string, params: unknown, status: "pending" | "done" | "failed", response: unknown }} BatchJob
 * @typedef {{ startedAt: number, durationMs: number, status: number | undefined, error: string | undefined }} CallbackAttempt
 * @typedef {{ reason: string, state: string, attempts: number, coalesced: number, nextAttemptAt: number | undefined, history: CallbackAttempt[] }} CallbackDelivery
 * @typedef {BatchSummary & { jobs: BatchJob[], callbacks: CallbackDelivery[] }} BatchDetail
 * @typedef {{ latencyMs: number, failJobs: (number | string)[] | string, callbackDelayMs: number, dropCallbacks: number, duplicateCallbacks: boolean,
 *   rate429: number, rate5xx: number, retryAfterSeconds: number, random: string }} Faults
 * @typedef {{ auth: string, apiKeys: { apiKey: string }[], jobDelayMs: number, retentionMs: number, callbacks: { attempts: number, timeoutMs: number }, now: number }} EmulatorState
 * @typedef {{ kind: "answered", status: number, ms: number, contentType?: string | null, body: string } | { kind: "dropped", error: string, ms: number } | { kind: "timeout", ms: number }} PostOutcome
 * @typedef {{ ok: boolean, url: string, asyncId: string, results: number, bytes: number, maxMs: number, deliveries: PostOutcome[] }} TriggerAnswer
 * @typedef {{ id: string, check: string, verdict: "pass" | "fail" | "advice", reason: string,
 *   sent: { url: string, contentType: string | undefined, bytes: number, body: string }, answer: PostOutcome }} CheckRow
 * @typedef {{ ok: boolean, maxMs: number, rows: CheckRow[], notes: string[] }} CheckAnswer
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

// ---------- times: as iVvy writes them (YYYY-MM-DD HH:MM:SS, UTC), with the relative time beside ----------
/** The emulator's clock minus the browser's (a test may move the emulator's), from the state. */
let clockOffset = 0;
const emulatorNow = () => Date.now() + clockOffset;
const utc = (/** @type {number} */ ms) => new Date(ms).toISOString().slice(0, 19).replace("T", " ");
const utcTime = (/** @type {number} */ ms) => utc(ms).slice(11);
function relative(/** @type {number} */ ms) {
  const seconds = Math.round((ms - emulatorNow()) / 1000);
  const size = Math.abs(seconds);
  const amount =
    size < 5
      ? ""
      : size < 90
        ? `${size} s`
        : size < 5400
          ? `${Math.round(size / 60)} min`
          : size < 129600
            ? `${Math.round(size / 3600)} h`
            : `${Math.round(size / 86400)} d`;
  if (amount === "") return "now";
  return seconds < 0 ? `${amount} ago` : `in ${amount}`;
}
/** A time element: the UTC date and time (or the time only, in a list of today's requests), the relative time beside. */
function when(/** @type {number} */ ms, /** @type {{ timeOnly?: boolean }} */ how = {}) {
  return h(
    "time",
    { datetime: new Date(ms).toISOString(), title: `${utc(ms)} UTC` },
    how.timeOnly ? utcTime(ms) : `${utc(ms)} UTC`,
    " ",
    h("span", { class: "rel", "data-at": ms }, relative(ms)),
  );
}
// The relative times move on by themselves (the page's own timer: display only, nothing waits on it).
setInterval(() => {
  for (const span of document.querySelectorAll("span.rel[data-at]")) {
    if (span instanceof HTMLElement) span.textContent = relative(Number(span.dataset.at));
  }
}, 5000);

// ---------- JSON: tokens that never wrap inside, collapsible ----------
/**
 * JSON as token spans (each white-space: nowrap, so no key, string or number is ever
 * broken across lines): pretty-printed over lines, or on one line.
 * @param {unknown} value
 * @param {boolean} multiline
 */
function jsonTokens(value, multiline) {
  const text = JSON.stringify(value, null, multiline ? 2 : undefined) ?? "undefined";
  const out = document.createDocumentFragment();
  // One line stops at a token's end past this many characters (open it for the rest).
  let room = multiline ? Number.POSITIVE_INFINITY : 120;
  const token = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|([{}[\],])|(\s+)/g;
  for (const m of text.matchAll(token)) {
    room -= m[0].length;
    if (room < 0) {
      out.append(h("span", { class: "tok more" }, " …"));
      break;
    }
    if (m[6] !== undefined) out.append(m[6]);
    else if (m[5] !== undefined) {
      out.append(h("span", { class: "tok p" }, m[5]));
      // On one line, the space after a comma is where the line may break: between tokens.
      if (m[5] === "," && !multiline) out.append(" ");
    } else if (m[1] !== undefined) {
      // On one line a long string is cut inside its quotes (the opened view has all of it).
      const text = !multiline && m[1].length > 34 ? `${m[1].slice(0, 30)}…"` : m[1];
      out.append(h("span", { class: `tok ${m[2] ? "k" : "s"}`, title: text === m[1] ? undefined : m[1] }, text));
      if (m[2]) out.append(h("span", { class: "tok p" }, ":"));
    } else out.append(h("span", { class: `tok ${m[3] !== undefined ? "n" : "b"}` }, m[3] ?? m[4] ?? ""));
  }
  return out;
}
/** Collapsible JSON: one line (cut with an ellipsis when long) that opens to the whole value, pretty-printed. */
function jsonBlock(/** @type {unknown} */ value, /** @type {{ open?: boolean, ontoggle?: (open: boolean) => void }} */ how = {}) {
  const details = h(
    "details",
    { class: "json", open: how.open },
    h("summary", {}, h("code", { class: "json-line" }, jsonTokens(value, false))),
    h("pre", { class: "code json-full" }, jsonTokens(value, true)),
  );
  if (how.ontoggle) details.addEventListener("toggle", () => how.ontoggle?.(/** @type {HTMLDetailsElement} */ (details).open));
  return details;
}
const code = (/** @type {unknown} */ value) =>
  typeof value === "string" ? h("pre", { class: "code" }, value) : h("pre", { class: "code" }, jsonTokens(value, true));
const actionOf = (/** @type {RequestSummary} */ r) => r.operation ?? r.path;
const statusText = (/** @type {{ status: number, specificCode: number | undefined }} */ r) =>
  `${r.status}${typeof r.specificCode === "number" ? ` [${r.specificCode}]` : ""}`;
const statusClass = (/** @type {number} */ status) => (status >= 500 ? "s5" : status >= 400 ? "s4" : "s2");

/** Requests the page keeps (newest); refused ones are kept beside them up to as many again, so polls cannot push them out. */
const KEPT_REQUESTS = 500;
/** Jobs shown per page in a batch's detail. */
const JOBS_PER_PAGE = 25;

const state = {
  /** @type {Map<number, RequestSummary>} */
  requests: new Map(),
  /** Refused requests seen since the emulator started (its count, then each one pushed). */
  refused: 0,
  /** The stored batches by asyncId, oldest first, as the emulator pushes them: the one source of every progress shown. @type {Map<string, BatchSummary>} */
  batches: new Map(),
  /** @type {number | undefined} */
  selectedRequest: undefined,
  /** @type {string | undefined} */
  selectedBatch: undefined,
  /** The open batch's detail as last fetched (its jobs and deliveries). @type {BatchDetail | undefined} */
  detail: undefined,
  jobPage: 0,
  /** "all", "failed", "pending" or "done". */
  jobFilter: "all",
  /** Jobs whose params or response the user opened, kept open across refreshes. @type {Set<string>} */
  openJson: new Set(),
  /** @type {Faults | undefined} */
  faults: undefined,
};

/** A summary's place in time: a restart starts again, and within a run the jobs answered only grow. */
const freshness = (/** @type {BatchSummary} */ b) => b.restarts * 1e9 + (b.done + b.failed) * 2 + (b.status === "complete" ? 1 : 0);
/** Keeps the newer of what the page holds and `summary` (a pushed summary and a fetched detail may cross). */
function keepBatch(/** @type {BatchSummary} */ summary) {
  const held = state.batches.get(summary.asyncId);
  if (held && freshness(held) > freshness(summary)) return held;
  state.batches.set(summary.asyncId, summary);
  return summary;
}

// ---------- views and routing ----------
function route() {
  const [path, query = ""] = (location.hash.slice(1) || "requests").split("?");
  const [view, id] = (path || "requests").split("/");
  for (const name of ["requests", "batches", "faults", "callbacks"]) {
    $(`#view-${name}`).hidden = name !== view;
    const tab = $(`#tab-${name}`);
    if (name === view) tab.setAttribute("aria-current", "page");
    else tab.removeAttribute("aria-current");
  }
  if (view === "requests") {
    if (query) applyFilterQuery(new URLSearchParams(query));
    void selectRequest(id === undefined || id === "" ? undefined : Number(id));
  }
  if (view === "batches") void selectBatch(id || undefined);
  if (view === "callbacks") openCallbacks(new URLSearchParams(query));
}
window.addEventListener("hashchange", route);

/** The view's list and detail: on a narrow window the open detail comes first, the list after it. */
function markOpen(/** @type {string} */ view, /** @type {boolean} */ open) {
  const split = $(`#view-${view} .split`);
  const was = split.classList.contains("open");
  split.classList.toggle("open", open);
  if (open && !was && window.matchMedia("(max-width: 900px)").matches) $(`#view-${view} .detail`).scrollIntoView({ block: "start" });
}

// ---------- requests ----------
const filterForm = () => /** @type {HTMLFormElement} */ ($("#request-filter"));
const filterField = (/** @type {string} */ name) => /** @type {HTMLInputElement | HTMLSelectElement} */ (filterForm().elements.namedItem(name));

function readFilter() {
  return {
    operation: filterField("operation").value,
    status: filterField("status").value.trim().toLowerCase(),
    batch: filterField("batch").value.trim().toLowerCase(),
    refused: /** @type {HTMLInputElement} */ (filterField("refused")).checked,
  };
}
let filter = { operation: "", status: "", batch: "", refused: false };
const filtering = () => Boolean(filter.operation || filter.status || filter.batch || filter.refused);

function matches(/** @type {RequestSummary} */ r) {
  if (filter.operation && actionOf(r) !== filter.operation) return false;
  if (filter.refused && r.status < 400) return false;
  if (filter.status) {
    const wanted = filter.status.replace(/x/g, "\\d");
    if (!new RegExp(`^${wanted}$`).test(String(r.status))) return false;
  }
  if (filter.batch && !(r.asyncId ?? "").startsWith(filter.batch)) return false;
  return true;
}

/** A filter given in the URL (#requests?refused, #requests?operation=run&status=4xx&batch=ab12). */
function applyFilterQuery(/** @type {URLSearchParams} */ query) {
  /** @type {HTMLInputElement} */ (filterField("refused")).checked = query.has("refused") && query.get("refused") !== "0";
  filterField("status").value = query.get("status") ?? "";
  filterField("batch").value = query.get("batch") ?? "";
  const operation = query.get("operation") ?? "";
  if (operation) addOperation(operation);
  filterField("operation").value = operation;
  filterChanged();
}

function addOperation(/** @type {string} */ name) {
  const select = /** @type {HTMLSelectElement} */ (filterField("operation"));
  if ([...select.options].some((o) => o.value === name)) return;
  const after = [...select.options].slice(1).find((o) => o.value > name);
  select.insertBefore(h("option", { value: name }, name), after ?? null);
}

function requestRow(/** @type {RequestSummary} */ r) {
  return h(
    "tr",
    {
      "data-id": r.id,
      class: [r.id === state.selectedRequest ? "selected" : "", r.status >= 400 ? "refused" : ""].join(" ").trim() || undefined,
      title: r.refusal,
    },
    h("td", {}, when(r.at, { timeOnly: true })),
    h("td", { class: "wide-only" }, r.method),
    h("td", {}, h("a", { href: `#requests/${r.id}` }, actionOf(r))),
    h("td", { class: statusClass(r.status) }, statusText(r)),
    h("td", { class: "num wide-only" }, `${r.durationMs} ms`),
    h("td", { class: "key" }, r.apiKey ?? "—"),
  );
}

function renderRequests() {
  const rows = [...state.requests.values()].filter(matches).sort((a, b) => b.id - a.id);
  tbody("#requests tbody").replaceChildren(...rows.slice(0, KEPT_REQUESTS).map(requestRow));
  $("#requests-empty").hidden = rows.length > 0;
  $("#requests-empty").textContent =
    state.requests.size === 0 ? "No request yet. Point a client at this emulator." : "No request kept here matches the filter.";
  $("#filter-count").textContent = filtering() ? `${rows.length} of ${state.requests.size} kept requests match` : "";
}

function filterChanged() {
  filter = readFilter();
  renderRequests();
}
filterForm().addEventListener("input", filterChanged);
filterForm().addEventListener("submit", (event) => event.preventDefault());

function showRefused() {
  const counter = $("#refused-counter");
  counter.textContent = `${state.refused} refused`;
  counter.classList.toggle("some", state.refused > 0);
}

/** Trimming sorts the kept requests: done once per 50 new ones. */
let trimAt = KEPT_REQUESTS + 50;
/** Drops the oldest requests beyond the page's share; refused ones have a share of their own. */
function trimRequests() {
  let plain = 0;
  let refused = 0;
  for (const r of [...state.requests.values()].sort((a, b) => b.id - a.id)) {
    const kept = r.status >= 400 ? ++refused <= KEPT_REQUESTS : ++plain <= KEPT_REQUESTS;
    if (!kept) state.requests.delete(r.id);
  }
}

function addRequest(/** @type {RequestSummary} */ r, /** @type {{ live: boolean }} */ how) {
  if (state.requests.has(r.id)) return;
  state.requests.set(r.id, r);
  addOperation(actionOf(r));
  if (how.live && r.status >= 400) {
    state.refused++;
    showRefused();
  }
  if (!how.live) return;
  if (matches(r)) {
    const rows = tbody("#requests tbody");
    rows.prepend(requestRow(r));
    while (rows.rows.length > KEPT_REQUESTS) rows.lastElementChild?.remove();
    $("#requests-empty").hidden = true;
  }
  if (state.requests.size > trimAt) {
    trimRequests();
    trimAt = state.requests.size + 50;
  }
  if (filtering()) $("#filter-count").textContent = `${[...state.requests.values()].filter(matches).length} of ${state.requests.size} kept requests match`;
}

async function selectRequest(/** @type {number | undefined} */ id) {
  state.selectedRequest = id;
  for (const row of tbody("#requests tbody").rows) row.classList.toggle("selected", Number(row.dataset.id) === id);
  const panel = $("#request-detail");
  if (id === undefined || Number.isNaN(id)) {
    markOpen("requests", false);
    return void (panel.hidden = true);
  }
  /** @type {{ status: number, body: RequestDetail & { error?: string } }} */
  const { status, body } = await api(`requests/${id}`);
  panel.hidden = false;
  markOpen("requests", true);
  const out = $("#request-body");
  if (status !== 200) return out.replaceChildren(h("p", { class: "error" }, body.error ?? `HTTP ${status}`));
  const parts = [
    h(
      "p",
      {},
      h("strong", {}, `${body.method} ${body.path}`),
      " → ",
      h("span", { class: statusClass(body.status) }, statusText(body)),
      ` in ${body.durationMs} ms`,
    ),
    h("p", {}, when(body.at)),
  ];
  if (body.asyncId) parts.push(h("p", {}, "Batch ", h("a", { href: `#batches/${body.asyncId}` }, h("code", {}, body.asyncId))));
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
          ? h("p", { class: "reason", id: "string-to-sign-missing" }, signature.notBuilt ?? "No string to sign could be built from these headers.")
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
  let shown = read.read ? (read.truncated ? `${read.text}\n… (${read.length} bytes in all)` : read.text || "(empty)") : undefined;
  if (read.read && !read.truncated) {
    try {
      shown = JSON.parse(read.text);
    } catch {
      // Not JSON: shown as it came.
    }
  }
  parts.push(h("h4", {}, "Request body"), read.read ? code(shown) : h("p", {}, read.note));
  parts.push(h("h4", {}, "Answer"), code(body.answer));
  out.replaceChildren(...parts);
}

// ---------- batches ----------
function progressBar(/** @type {BatchSummary} */ b) {
  return h("progress", { max: 100, value: b.progress, "aria-label": `${b.asyncId.slice(0, 8)} progress` }, `${b.progress}%`);
}
/** The progress in words, the same in the list and in the detail. */
const progressText = (/** @type {BatchSummary} */ b) => `${b.done + b.failed}/${b.total}${b.failed ? `, ${b.failed} failed` : ""}, ${b.status}`;
const progressCell = (/** @type {BatchSummary} */ b) =>
  h("span", { class: "progress", "data-progress-of": b.asyncId }, progressBar(b), " ", h("span", { class: "progress-text" }, progressText(b)));

function callbackCell(/** @type {BatchSummary} */ b) {
  const d = b.deliveries;
  if (!d || d.count === 0) return h("span", { class: "muted" }, b.callbackUrl ? "none yet" : "no URL");
  const why = d.lastError ?? (d.lastStatus && d.lastStatus >= 300 ? `HTTP ${d.lastStatus}` : undefined);
  return h(
    "span",
    { class: `delivery-${d.state}` },
    h("strong", {}, `${d.count} deliver${d.count === 1 ? "y" : "ies"} · ${d.state}`),
    d.failed && d.count > 1 ? ` (${d.failed} failed)` : "",
    d.nextAttemptAt ? [", retry ", h("span", { class: "rel", "data-at": d.nextAttemptAt }, relative(d.nextAttemptAt))] : "",
    why && d.state !== "delivered" ? h("span", { class: "why", title: why }, why) : "",
  );
}

function renderBatches() {
  const newestFirst = [...state.batches.values()].reverse();
  tbody("#batches tbody").replaceChildren(
    ...newestFirst.map((b) =>
      h(
        "tr",
        { "data-async-id": b.asyncId, class: b.asyncId === state.selectedBatch ? "selected" : undefined },
        h("td", {}, h("a", { href: `#batches/${b.asyncId}` }, h("code", { title: b.asyncId }, b.asyncId.slice(0, 8)), "…")),
        h("td", {}, progressCell(b)),
        h("td", { class: "callbacks" }, callbackCell(b)),
        h("td", { class: "wide-only" }, when(b.createdAt, { timeOnly: true })),
      ),
    ),
  );
  $("#batches-empty").hidden = state.batches.size > 0;
  // The detail's progress comes from the same summary as its row: they cannot disagree.
  const open = state.selectedBatch && state.batches.get(state.selectedBatch);
  const shown = document.querySelector("#batch-progress");
  if (open && shown) shown.replaceWith(h("dd", { id: "batch-progress" }, progressCell(open)));
}

/** The open batch's detail again, when the emulator pushed a change of it: at most one fetch at a time. */
let refetch = { running: false, again: false };
function refreshSelectedBatch(/** @type {string} */ asyncId) {
  if (state.selectedBatch !== asyncId || $("#view-batches").hidden) return;
  if (refetch.running) return void (refetch.again = true);
  refetch = { running: true, again: false };
  void selectBatch(asyncId, { keepPage: true }).finally(() => {
    const again = refetch.again;
    refetch = { running: false, again: false };
    if (again) refreshSelectedBatch(asyncId);
  });
}

/** @param {BatchDetail} body */
function deliveriesSection(body) {
  const list =
    body.callbacks.length === 0
      ? h("p", { id: "deliveries", class: "muted" }, body.callbackUrl ? "None yet: the batch is still running." : "None: the batch has no callbackUrl.")
      : h(
          "ol",
          { id: "deliveries", class: "deliveries" },
          [...body.callbacks].reverse().map((d) => {
            const shownAttempts = d.history.slice(-3);
            return h(
              "li",
              { class: `delivery-${d.state}` },
              h(
                "p",
                {},
                h("strong", {}, `${d.reason}: ${d.state}`),
                `, ${d.attempts} attempt${d.attempts === 1 ? "" : "s"}`,
                d.coalesced ? `, ${d.coalesced} repost${d.coalesced === 1 ? "" : "s"} folded in` : "",
                d.nextAttemptAt ? [", next attempt ", when(d.nextAttemptAt)] : "",
              ),
              d.history.length
                ? h(
                    "ul",
                    { class: "attempts" },
                    d.history.length > shownAttempts.length ? h("li", { class: "muted" }, `${d.history.length - shownAttempts.length} earlier attempts`) : "",
                    shownAttempts.map((a, i) =>
                      h(
                        "li",
                        {},
                        `#${d.history.length - shownAttempts.length + i + 1} `,
                        when(a.startedAt, { timeOnly: true }),
                        ": ",
                        h("strong", { class: a.error || (a.status ?? 0) >= 300 ? "error" : undefined }, a.status ? `HTTP ${a.status}` : "no answer"),
                        a.error ? ` (${a.error})` : "",
                        `, ${a.durationMs} ms`,
                      ),
                    ),
                  )
                : h("p", {}, d.state === "dropped" ? "Dropped by faults.dropCallbacks: never sent." : "No attempt yet."),
            );
          }),
        );
  return h(
    "section",
    { class: "deliveries-section", "aria-labelledby": "h-deliveries" },
    h("h4", { id: "h-deliveries" }, `Callback deliveries (${body.callbacks.length})`),
    list,
  );
}

/** @param {BatchDetail} body */
function jobsSection(body) {
  const counts = { all: body.jobs.length, failed: 0, pending: 0, done: 0 };
  for (const job of body.jobs) counts[job.status]++;
  const shown = state.jobFilter === "all" ? body.jobs : body.jobs.filter((job) => job.status === state.jobFilter);
  const pages = Math.max(1, Math.ceil(shown.length / JOBS_PER_PAGE));
  state.jobPage = Math.min(state.jobPage, pages - 1);
  const first = state.jobPage * JOBS_PER_PAGE;
  const page = shown.slice(first, first + JOBS_PER_PAGE);
  const go = (/** @type {number} */ to) => () => {
    state.jobPage = to;
    if (state.detail) $("#jobs-section").replaceWith(jobsSection(state.detail));
  };
  const json = (/** @type {string} */ id, /** @type {unknown} */ value) =>
    jsonBlock(value, { open: state.openJson.has(id), ontoggle: (open) => void (open ? state.openJson.add(id) : state.openJson.delete(id)) });
  return h(
    "section",
    { id: "jobs-section", "aria-labelledby": "h-jobs" },
    h("h4", { id: "h-jobs" }, `Jobs (${body.jobs.length})`),
    h(
      "div",
      { class: "pager" },
      h(
        "label",
        {},
        "Show ",
        h(
          "select",
          {
            id: "job-filter",
            onchange: (/** @type {Event} */ event) => {
              state.jobFilter = /** @type {HTMLSelectElement} */ (event.target).value;
              state.jobPage = 0;
              if (state.detail) $("#jobs-section").replaceWith(jobsSection(state.detail));
            },
          },
          ["all", "failed", "pending", "done"].map((name) =>
            h("option", { value: name, selected: name === state.jobFilter }, `${name} (${counts[/** @type {"all"} */ (name)]})`),
          ),
        ),
      ),
      h("button", { type: "button", class: "quiet", disabled: state.jobPage === 0, onclick: go(state.jobPage - 1) }, "← Previous"),
      h("span", { id: "job-page" }, shown.length ? `${first + 1}–${first + page.length} of ${shown.length}` : "none"),
      h("button", { type: "button", class: "quiet", disabled: state.jobPage >= pages - 1, onclick: go(state.jobPage + 1) }, "Next →"),
    ),
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
          h("th", { scope: "col" }, "Call, status"),
          h("th", { scope: "col" }, "Params"),
          h("th", { scope: "col" }, "Response or error"),
        ),
      ),
      h(
        "tbody",
        {},
        page.map((job) =>
          h(
            "tr",
            { class: `job-${job.status}`, "data-index": job.index },
            h("td", { class: "num" }, String(job.index)),
            h("td", { class: "call" }, `${job.namespace}.`, h("wbr"), job.action, h("br"), h("span", { class: `job-status ${job.status}` }, job.status)),
            h("td", { class: "params" }, json(`p${job.index}`, job.params)),
            h("td", { class: "params" }, job.response === undefined ? "—" : json(`r${job.index}`, job.response)),
          ),
        ),
      ),
    ),
  );
}

/**
 * Tools that act on the open batch, shown above its facts (#batch-tools): each a function
 * of the batch that returns an element, or nothing when it does not apply. Add a form here.
 * @type {((batch: BatchDetail) => HTMLElement | undefined)[]}
 */
const batchTools = [
  // Its callback, sent again to any URL: the "send a callback" form with this batch chosen.
  (batch) =>
    batch.status === "complete"
      ? h("a", { id: "batch-send-callback", href: `#callbacks?batch=${batch.asyncId}` }, "Send its callback to a URL you choose…")
      : undefined,
];

async function selectBatch(/** @type {string | undefined} */ asyncId, /** @type {{ keepPage?: boolean }} */ how = {}) {
  if (asyncId !== state.selectedBatch || !how.keepPage) {
    if (asyncId !== state.selectedBatch) {
      state.jobPage = 0;
      state.jobFilter = "all";
      state.openJson.clear();
    }
  }
  state.selectedBatch = asyncId;
  for (const row of tbody("#batches tbody").rows) row.classList.toggle("selected", row.dataset.asyncId === asyncId);
  const panel = $("#batch-detail");
  if (!asyncId) {
    state.detail = undefined;
    markOpen("batches", false);
    return void (panel.hidden = true);
  }
  /** @type {{ status: number, body: BatchDetail & { error?: string } }} */
  const { status, body } = await api(`batches/${asyncId}`);
  if (state.selectedBatch !== asyncId) return;
  panel.hidden = false;
  markOpen("batches", true);
  const out = $("#batch-body");
  if (status !== 200) {
    state.detail = undefined;
    for (const b of ["#act-repost", "#act-restart", "#act-expire"]) button(b).disabled = true;
    $("#batch-tools").replaceChildren();
    return out.replaceChildren(h("p", { class: "error" }, body.error ?? `HTTP ${status}`));
  }
  state.detail = body;
  const summary = keepBatch(body);
  button("#act-repost").disabled = body.status !== "complete" || !body.callbackUrl;
  button("#act-restart").disabled = body.status !== "complete";
  button("#act-expire").disabled = false;
  $("#batch-tools").replaceChildren(...batchTools.map((tool) => tool(body)).filter((el) => el !== undefined));
  out.replaceChildren(
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "asyncId"),
      h("dd", {}, h("code", { id: "batch-async-id" }, body.asyncId)),
      h("dt", {}, "Progress"),
      h("dd", { id: "batch-progress" }, progressCell(summary)),
      h("dt", {}, "Key"),
      h("dd", {}, body.apiKey ?? "(relaxed auth)"),
      h("dt", {}, "Restarts"),
      h("dd", {}, String(body.restarts)),
      h("dt", {}, "Created"),
      h("dd", {}, when(body.createdAt)),
      h("dt", {}, "Expires"),
      h("dd", {}, when(body.expiresAt)),
      h("dt", {}, "Callback URL"),
      h("dd", { class: "wide" }, body.callbackUrl ?? "none"),
    ),
    deliveriesSection(body),
    jobsSection(body),
  );
  renderBatches();
}

async function act(/** @type {"repost" | "restart" | "expire"} */ action) {
  const asyncId = state.selectedBatch;
  if (!asyncId) return;
  const { status, body } = await api(`batches/${asyncId}/${action}`, { method: "POST", body: "{}" });
  $("#action-result").textContent = status === 200 ? `${action}: ${JSON.stringify(body)}` : `${action} failed: ${body.message ?? body.error ?? status}`;
  if (action === "expire" && status === 200) location.hash = "#batches";
  else await selectBatch(asyncId, { keepPage: true });
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

// ---------- send a callback (docs/dashboard.md, Callbacks) ----------
const callbackForm = () => /** @type {HTMLFormElement} */ ($("#callback-form"));
const field = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (callbackForm().elements.namedItem(name));
/** Whether the emulator was composed with the callback tools (the state says). */
let callbackToolsWired = false;
let defaultMaxMs = 10_000;
let sending = false;

/** The URL with each query value masked (callback tokens are secrets), as the CLI prints it. */
function maskQuery(/** @type {URL} */ url) {
  const masked = new URL(url.href);
  const pairs = [...masked.searchParams].map(([key, value]) => `${encodeURIComponent(key)}=${"*".repeat(Math.min(value.length, 8))}`);
  masked.search = pairs.length ? `?${pairs.join("&")}` : "";
  return masked.href.replace(/%2A/g, "*");
}

const mode = () => (/** @type {HTMLInputElement} */ (callbackForm().querySelector('input[name="mode"]:checked'))?.value === "check" ? "check" : "trigger");
const maxMsOf = () => Number(field("maxMs").value || defaultMaxMs);

/** The URL typed, when it is one that may get a callback; else why not. */
function typedUrl() {
  const text = field("url").value.trim();
  if (!text) return { error: "Type the endpoint's URL." };
  /** @type {URL} */
  let url;
  try {
    url = new URL(text);
  } catch {
    return { error: "That is not a full URL: start it with http:// or https://." };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { error: `Only http(s) URLs get a callback, not ${url.protocol}` };
  return { url };
}

/** Says, before anything is sent, exactly what will be sent and where (and nowhere else). */
function updateCallbackNotice() {
  const notice = $("#callback-notice");
  const typed = typedUrl();
  const checking = mode() === "check";
  const what = /** @type {HTMLFieldSetElement} */ ($("#callback-what"));
  what.disabled = what.hidden = checking;
  const batch = /** @type {HTMLSelectElement} */ (/** @type {unknown} */ (field("batch"))).value;
  field("results").disabled = field("failures").disabled = checking || batch !== "";
  button("#callback-send").textContent = checking ? "Run the check" : "Send the callback";
  let text;
  if (!callbackToolsWired) text = "This emulator was started without the callback tools: ivvy-batch emulate has them (docs/dashboard.md).";
  else if (typed.error !== undefined || !typed.url) text = typed.error ?? "";
  else if (checking)
    text =
      `Will POST about a dozen made-up callbacks (asyncIds and results no iVvy batch has; one body of 16 MiB, one sent slowly) to ${maskQuery(typed.url)}, ` +
      `and to no other address; each answer awaited up to ${maxMsOf()} ms. A receiver that hands callbacks to your handler will hand it these.`;
  else {
    const repeat = Number(field("repeat").value || 1);
    const what = batch ? `batch ${batch}'s results` : `${field("results").value || 1} made-up result(s), ${field("failures").value || 0} of them job errors`;
    text = `Will POST a callback with ${what} to ${maskQuery(typed.url)}${repeat > 1 ? `, ${repeat} times` : ""}, and to no other address.`;
  }
  notice.textContent = text;
  const blocked = !callbackToolsWired || typed.error !== undefined;
  notice.classList.toggle("bad", blocked && field("url").value.trim() !== "");
  button("#callback-send").disabled = blocked || sending;
}

/** A batch asked for in the URL (#callbacks?batch=…), chosen once the page knows it (the batches arrive on the event stream). */
/** @type {string | undefined} */
let wantedCallbackBatch;

/** The complete batches, to send one's results. */
function fillCallbackBatches() {
  const select = /** @type {HTMLSelectElement} */ (/** @type {unknown} */ (field("batch")));
  const keep = wantedCallbackBatch ?? select.value;
  const complete = [...state.batches.values()].filter((b) => b.status === "complete");
  select.replaceChildren(
    h("option", { value: "" }, "made-up results"),
    ...complete.map((b) => h("option", { value: b.asyncId }, `batch ${b.asyncId} (${b.total} result${b.total === 1 ? "" : "s"})`)),
  );
  select.value = complete.some((b) => b.asyncId === keep) ? keep : "";
  if (select.value === wantedCallbackBatch) wantedCallbackBatch = undefined;
  updateCallbackNotice();
}

function openCallbacks(/** @type {URLSearchParams} */ query) {
  wantedCallbackBatch = query.get("batch") ?? undefined;
  fillCallbackBatches();
  if (!field("maxMs").value) field("maxMs").value = String(defaultMaxMs);
  updateCallbackNotice();
}

const outcomeText = (/** @type {PostOutcome} */ o, /** @type {number} */ maxMs) =>
  o.kind === "answered"
    ? `${o.status} in ${Math.round(o.ms)} ms`
    : o.kind === "dropped"
      ? `connection dropped (${o.error}) after ${Math.round(o.ms)} ms`
      : `no answer within ${maxMs} ms`;

function showTrigger(/** @type {TriggerAnswer} */ answer) {
  return h(
    "div",
    { id: "trigger-answer" },
    h(
      "p",
      {},
      `${answer.ok ? "Delivered" : "Not delivered"}: asyncId `,
      h("code", {}, answer.asyncId),
      `, ${answer.results} result(s), ${answer.bytes} bytes, to ${answer.url}`,
    ),
    h(
      "table",
      { id: "trigger-deliveries" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "#"), h("th", { scope: "col" }, "Answer"), h("th", { scope: "col" }, "Body"))),
      h(
        "tbody",
        {},
        answer.deliveries.map((d, i) =>
          h(
            "tr",
            {},
            h("td", { class: "num" }, String(i + 1)),
            h("td", { class: d.kind === "answered" ? statusClass(d.status) : "s5" }, outcomeText(d, answer.maxMs)),
            h("td", { class: "evidence" }, d.kind === "answered" && d.body ? code(d.body) : "—"),
          ),
        ),
      ),
    ),
  );
}

function showCheck(/** @type {CheckAnswer} */ report) {
  const count = (/** @type {string} */ v) => report.rows.filter((r) => r.verdict === v).length;
  return h(
    "div",
    { id: "check-answer" },
    h("p", { id: "check-summary" }, `${report.rows.length} checks: ${count("pass")} pass, ${count("fail")} fail, ${count("advice")} advice`),
    h(
      "table",
      { class: "check-rows", id: "check-rows" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Verdict"),
          h("th", { scope: "col" }, "Check"),
          h("th", { scope: "col" }, "Sent"),
          h("th", { scope: "col" }, "Answer"),
        ),
      ),
      h(
        "tbody",
        {},
        report.rows.map((r) =>
          h(
            "tr",
            { "data-id": r.id },
            h("td", { class: r.verdict }, r.verdict),
            h("td", {}, h("strong", {}, r.id), h("br"), r.check, r.verdict === "pass" ? "" : h("p", { class: "evidence" }, r.reason)),
            h("td", { class: "evidence" }, `POST ${r.sent.url}: ${r.sent.body} (${r.sent.bytes} bytes, ${r.sent.contentType ?? "no content type"})`),
            h(
              "td",
              { class: "evidence" },
              outcomeText(r.answer, report.maxMs),
              r.answer.kind === "answered" && r.answer.body ? code(r.answer.body.slice(0, 300)) : "",
            ),
          ),
        ),
      ),
    ),
    report.notes.length
      ? h(
          "ul",
          { class: "notes" },
          report.notes.map((n) => h("li", {}, n)),
        )
      : "",
  );
}

async function sendCallback() {
  const typed = typedUrl();
  if (!typed.url || sending) return;
  const checking = mode() === "check";
  const maxMs = maxMsOf();
  /** @type {Record<string, unknown>} */
  const request = checking ? { url: typed.url.href, maxMs } : { to: typed.url.href, maxMs, repeat: Number(field("repeat").value || 1) };
  if (!checking) {
    const batch = /** @type {HTMLSelectElement} */ (/** @type {unknown} */ (field("batch"))).value;
    if (batch) request.batch = batch;
    else {
      request.results = Number(field("results").value || 1);
      request.failures = Number(field("failures").value || 0);
    }
    if (field("asyncId").value.trim()) request.asyncId = field("asyncId").value.trim();
  }
  sending = true;
  updateCallbackNotice();
  $("#callback-status").textContent = checking
    ? `Checking ${maskQuery(typed.url)}… (each answer awaited up to ${maxMs} ms)`
    : `Sending to ${maskQuery(typed.url)}…`;
  try {
    /** @type {{ status: number, body: TriggerAnswer & CheckAnswer & { error?: string } }} */
    const { status, body } = await api(checking ? "callbacks/check" : "callbacks/trigger", { method: "POST", body: JSON.stringify(request) });
    if (status !== 200) {
      $("#callback-status").textContent = `Not sent: ${body.error ?? `HTTP ${status}`}`;
      return;
    }
    $("#callback-status").textContent = checking
      ? `Check done: ${body.ok ? "no row failed" : "a row failed"}.`
      : `Sent: ${body.deliveries.map((d) => outcomeText(d, body.maxMs)).join(", ")}.`;
    $("#callback-result").replaceChildren(checking ? showCheck(body) : showTrigger(body));
  } finally {
    sending = false;
    updateCallbackNotice();
  }
}
callbackForm().addEventListener("input", updateCallbackNotice);
callbackForm().addEventListener("change", updateCallbackNotice);
callbackForm().addEventListener("submit", (event) => {
  event.preventDefault();
  void sendCallback();
});

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
  events.addEventListener("request", (event) => addRequest(data(event), { live: true }));
  // The whole list, first on every (re)connection.
  events.addEventListener("batches", (event) => {
    /** @type {BatchSummary[]} */
    const list = data(event);
    state.batches = new Map();
    for (const b of list) keepBatch(b);
    renderBatches();
    if (!$("#view-callbacks").hidden) fillCallbackBatches();
    if (state.selectedBatch) refreshSelectedBatch(state.selectedBatch);
  });
  // Then one batch at a time, as it changes.
  events.addEventListener("batch", (event) => {
    /** @type {BatchSummary} */
    const batch = data(event);
    keepBatch(batch);
    renderBatches();
    refreshSelectedBatch(batch.asyncId);
    if (!$("#view-callbacks").hidden && batch.status === "complete") fillCallbackBatches();
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
  /** @type {{ status: number, body: { emulator: EmulatorState, faults: Faults, counts: { refused: number }, callbackTools?: boolean, error?: string } }} */
  const { status, body } = await api("state");
  if (status !== 200) {
    $("#live").textContent = body.error ?? `The dashboard answered ${status}`;
    return;
  }
  const e = body.emulator;
  clockOffset = e.now - Date.now();
  callbackToolsWired = body.callbackTools === true;
  defaultMaxMs = e.callbacks.timeoutMs;
  state.refused = body.counts.refused;
  showRefused();
  $("#summary").textContent =
    `auth ${e.auth}; keys ${e.apiKeys.map((k) => k.apiKey).join(", ")}; job delay ${e.jobDelayMs} ms; ` +
    `batches kept ${Math.round(e.retentionMs / 3_600_000)} h; callbacks: ${e.callbacks.attempts} attempts`;
  fillFaults(body.faults);
  /** @type {{ status: number, body: { requests: RequestSummary[] } }} */
  const requests = await api("requests?limit=600");
  for (const r of [...requests.body.requests].reverse()) addRequest(r, { live: false });
  renderRequests();
  route();
  follow();
}
void start();
