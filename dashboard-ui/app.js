// The emulator dashboard's page: plain DOM, no framework, no build step. It reads the
// JSON API under /_emulator/api (docs/dashboard.md) and follows its event stream.
// Untrusted text (anything a client sent) only ever goes in through textContent.

const base = new URL("./api/", location.href);
const params = new URLSearchParams(location.search);
const token = params.get("token") ?? sessionStorage.getItem("ivvy-emulator-token");
if (token) sessionStorage.setItem("ivvy-emulator-token", token);

const $ = (selector) => document.querySelector(selector);

/** h("td", { class: "x" }, "text", child): an element; strings become text nodes. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) if (child !== undefined && child !== null) el.append(child instanceof Node ? child : String(child));
  return el;
}

async function api(path, init = {}) {
  const headers = { ...(init.body ? { "content-type": "application/json" } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(new URL(path, base), { ...init, headers });
  const body = await response.json().catch(() => ({}));
  return { status: response.status, body };
}

const time = (ms) => new Date(ms).toLocaleTimeString([], { hour12: false });
const dateTime = (ms) => new Date(ms).toLocaleString([], { hour12: false });
const pretty = (value) => JSON.stringify(value, null, 2);
const code = (value) => h("pre", { class: "code" }, typeof value === "string" ? value : pretty(value));
const actionOf = (r) => r.operation ?? r.path;
const statusText = (r) => `${r.status}${typeof r.specificCode === "number" ? ` [${r.specificCode}]` : ""}`;
const statusClass = (status) => (status >= 500 ? "s5" : status >= 400 ? "s4" : "s2");

const state = { requests: new Map(), batches: [], selectedRequest: undefined, selectedBatch: undefined, faults: undefined };

// ---------- views and routing ----------
function route() {
  const [view, id] = (location.hash.slice(1) || "requests").split("/");
  for (const name of ["requests", "batches", "faults"]) {
    $(`#view-${name}`).hidden = name !== view;
    const tab = $(`#tab-${name}`);
    if (name === view) tab.setAttribute("aria-current", "page");
    else tab.removeAttribute("aria-current");
  }
  if (view === "requests") selectRequest(id === undefined ? undefined : Number(id));
  if (view === "batches") selectBatch(id);
}
window.addEventListener("hashchange", route);

// ---------- requests ----------
function requestRow(r) {
  return h(
    "tr",
    { "data-id": r.id, class: r.id === state.selectedRequest ? "selected" : undefined },
    h("td", {}, time(r.at)),
    h("td", {}, r.method),
    h("td", {}, h("a", { href: `#requests/${r.id}` }, actionOf(r))),
    h("td", { class: statusClass(r.status) }, statusText(r)),
    h("td", { class: "num" }, `${r.durationMs} ms`),
    h("td", {}, r.apiKey ?? "—"),
  );
}

function addRequest(r) {
  if (state.requests.has(r.id)) return;
  state.requests.set(r.id, r);
  const tbody = $("#requests tbody");
  tbody.prepend(requestRow(r));
  while (tbody.rows.length > 500) tbody.lastElementChild.remove();
  $("#requests-empty").hidden = true;
}

async function selectRequest(id) {
  state.selectedRequest = id;
  for (const row of $("#requests tbody").rows) row.classList.toggle("selected", Number(row.dataset.id) === id);
  const panel = $("#request-detail");
  if (id === undefined || Number.isNaN(id)) return void (panel.hidden = true);
  const { status, body } = await api(`requests/${id}`);
  panel.hidden = false;
  const out = $("#request-body");
  if (status !== 200) return out.replaceChildren(h("p", { class: "error" }, body.error ?? `HTTP ${status}`));
  const parts = [
    h("p", {}, h("strong", {}, `${body.method} ${body.path}`), " → ", h("span", { class: statusClass(body.status) }, statusText(body)), ` in ${body.durationMs} ms, ${dateTime(body.at)}`),
  ];
  if (body.signature) {
    parts.push(
      h(
        "section",
        { class: "signature", "aria-labelledby": "h-signature" },
        h("h4", { id: "h-signature" }, "Why the signature was refused"),
        h("p", { class: "reason", id: "signature-reason" }, body.signature.reason),
        h("h5", {}, "String to sign, as the emulator computed it from this request"),
        body.signature.stringToSign === undefined ? h("p", {}, "(the headers were too incomplete to build it)") : h("pre", { class: "code", id: "string-to-sign" }, body.signature.stringToSign),
        h("h5", {}, "Compare with"),
        h("p", {}, body.signature.compareWith),
        h("table", { class: "parts" }, h("caption", {}, "The parts, in order"), ...Object.entries(body.signature.parts).map(([name, value]) => h("tr", {}, h("th", { scope: "row" }, name), h("td", {}, h("code", {}, value === null ? (name === "bodyMd5" ? "(body not read: refused on its headers)" : "(missing)") : value === "" ? "(empty)" : value))))),
      ),
    );
  }
  parts.push(h("h4", {}, "Request headers"), code(body.headers));
  parts.push(h("h4", {}, "Request body"), body.body.read ? code(body.body.truncated ? `${body.body.text}\n… (${body.body.length} bytes in all)` : body.body.text || "(empty)") : h("p", {}, body.body.note));
  parts.push(h("h4", {}, "Answer"), code(body.answer));
  out.replaceChildren(...parts);
}

// ---------- batches ----------
function progressBar(b) {
  return h("progress", { max: 100, value: b.progress, "aria-label": `${b.asyncId.slice(0, 8)} progress` }, `${b.progress}%`);
}

function callbackText(d) {
  if (!d || d.count === 0) return "—";
  return `${d.state}${d.nextAttemptAt ? `, next ${time(d.nextAttemptAt)}` : ""}${d.count > 1 ? ` (${d.count})` : ""}`;
}

function renderBatches() {
  const tbody = $("#batches tbody");
  tbody.replaceChildren(
    ...[...state.batches].reverse().map((b) =>
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
  $("#batches-empty").hidden = state.batches.length > 0;
}

async function selectBatch(asyncId) {
  state.selectedBatch = asyncId;
  for (const row of $("#batches tbody").rows) row.classList.toggle("selected", row.dataset.asyncId === asyncId);
  const panel = $("#batch-detail");
  if (!asyncId) return void (panel.hidden = true);
  const { status, body } = await api(`batches/${asyncId}`);
  if (state.selectedBatch !== asyncId) return;
  panel.hidden = false;
  const out = $("#batch-body");
  if (status !== 200) {
    for (const b of ["#act-repost", "#act-restart", "#act-expire"]) $(b).disabled = true;
    return out.replaceChildren(h("p", { class: "error" }, body.error ?? `HTTP ${status}`));
  }
  $("#act-repost").disabled = body.status !== "complete" || !body.callbackUrl;
  $("#act-restart").disabled = body.status !== "complete";
  $("#act-expire").disabled = false;
  out.replaceChildren(
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "asyncId"), h("dd", {}, h("code", { id: "batch-async-id" }, body.asyncId)),
      h("dt", {}, "Progress"), h("dd", {}, progressBar(body), ` ${body.progress}% (${body.done} of ${body.total}, ${body.failed} failed), ${body.status}`),
      h("dt", {}, "Key"), h("dd", {}, body.apiKey ?? "(relaxed auth)"),
      h("dt", {}, "Created"), h("dd", {}, dateTime(body.createdAt)),
      h("dt", {}, "Expires"), h("dd", {}, dateTime(body.expiresAt)),
      h("dt", {}, "Restarts"), h("dd", {}, String(body.restarts)),
      h("dt", {}, "Callback URL"), h("dd", {}, body.callbackUrl ?? "none"),
    ),
    h("h4", {}, `Jobs (${body.jobs.length})`),
    h(
      "table",
      { id: "jobs", class: "jobs" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "#"), h("th", { scope: "col" }, "Call"), h("th", { scope: "col" }, "Params"), h("th", { scope: "col" }, "Status"), h("th", { scope: "col" }, "Response or error"))),
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
    body.callbacks.length === 0
      ? h("p", {}, body.callbackUrl ? "None yet: the batch is still running." : "None: the batch has no callbackUrl.")
      : h(
          "ol",
          { id: "deliveries", class: "deliveries" },
          body.callbacks.map((d) =>
            h(
              "li",
              { class: `delivery-${d.state}` },
              h("p", {}, h("strong", {}, `${d.reason}: ${d.state}`), `, ${d.attempts} attempt${d.attempts === 1 ? "" : "s"}`, d.coalesced ? `, ${d.coalesced} repost${d.coalesced === 1 ? "" : "s"} folded in` : "", d.nextAttemptAt ? `, next attempt at ${time(d.nextAttemptAt)}` : ""),
              d.history.length
                ? h("ul", {}, d.history.map((a, i) => h("li", {}, `#${i + 1} ${time(a.startedAt)}: ${a.status ?? "no answer"}${a.error ? ` (${a.error})` : ""}, ${a.durationMs} ms`)))
                : h("p", {}, d.state === "dropped" ? "Dropped by faults.dropCallbacks: never sent." : "No attempt yet."),
            ),
          ),
        ),
  );
}

async function act(action) {
  const asyncId = state.selectedBatch;
  if (!asyncId) return;
  const { status, body } = await api(`batches/${asyncId}/${action}`, { method: "POST", body: "{}" });
  $("#action-result").textContent = status === 200 ? `${action}: ${JSON.stringify(body)}` : `${action} failed: ${body.message ?? body.error ?? status}`;
  if (action === "expire" && status === 200) location.hash = "#batches";
  else await selectBatch(asyncId);
}
$("#act-repost").addEventListener("click", () => act("repost"));
$("#act-restart").addEventListener("click", () => act("restart"));
$("#act-expire").addEventListener("click", () => act("expire"));

// ---------- faults ----------
function fillFaults(f) {
  state.faults = f;
  const form = $("#faults-form");
  for (const name of ["latencyMs", "rate429", "rate5xx", "retryAfterSeconds", "callbackDelayMs", "dropCallbacks"]) form.elements[name].value = String(f[name]);
  form.elements.duplicateCallbacks.checked = f.duplicateCallbacks;
  const fn = typeof f.failJobs === "string";
  form.elements.failJobs.value = fn ? f.failJobs : f.failJobs.join(", ");
  form.elements.failJobs.disabled = fn;
}

function readFaults() {
  const form = $("#faults-form");
  const change = {};
  for (const name of ["latencyMs", "rate429", "rate5xx", "retryAfterSeconds", "callbackDelayMs", "dropCallbacks"]) change[name] = Number(form.elements[name].value || 0);
  change.duplicateCallbacks = form.elements.duplicateCallbacks.checked;
  if (!form.elements.failJobs.disabled) {
    change.failJobs = form.elements.failJobs.value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  }
  return change;
}

async function postFaults(change) {
  const { status, body } = await api("faults", { method: "POST", body: JSON.stringify(change) });
  $("#faults-result").textContent = status === 200 ? "Applied." : `Not applied: ${body.error}`;
  if (status === 200) fillFaults(body);
}
$("#faults-form").addEventListener("submit", (event) => {
  event.preventDefault();
  void postFaults(readFaults());
});
$("#faults-clear").addEventListener("click", () =>
  postFaults({ latencyMs: null, rate429: null, rate5xx: null, retryAfterSeconds: null, callbackDelayMs: null, dropCallbacks: null, duplicateCallbacks: null, ...(typeof state.faults?.failJobs === "string" ? {} : { failJobs: null }) }),
);

// ---------- start ----------
async function start() {
  const { status, body } = await api("state");
  if (status !== 200) {
    $("#live").textContent = body.error ?? `The dashboard answered ${status}`;
    return;
  }
  const e = body.emulator;
  $("#summary").textContent = `auth ${e.auth}; keys ${e.apiKeys.map((k) => k.apiKey).join(", ")}; job delay ${e.jobDelayMs} ms; batches kept ${Math.round(e.retentionMs / 3_600_000)} h; callbacks: ${e.callbacks.attempts} attempts`;
  fillFaults(body.faults);
  const requests = await api("requests?limit=200");
  for (const r of [...requests.body.requests].reverse()) addRequest(r);
  route();

  const events = new EventSource(new URL(`events${token ? `?token=${encodeURIComponent(token)}` : ""}`, base));
  events.addEventListener("open", () => ($("#live").textContent = "Live"));
  events.addEventListener("error", () => ($("#live").textContent = "Reconnecting…"));
  events.addEventListener("request", (event) => addRequest(JSON.parse(event.data)));
  events.addEventListener("batches", (event) => {
    state.batches = JSON.parse(event.data);
    renderBatches();
    if (state.selectedBatch && !$("#view-batches").hidden) void selectBatch(state.selectedBatch);
  });
  events.addEventListener("faults", (event) => fillFaults(JSON.parse(event.data)));
}
void start();
