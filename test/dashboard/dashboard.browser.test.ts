// The dashboard in a real browser (docs/dashboard.md, How it is tested): Chromium from the npm registry
// (@sparticuz/chromium) driven by puppeteer-core, against an emulator listening on a free
// loopback port. The four scenarios of the issue, each ending with a screenshot of the
// view it used. Screenshots go to test/dashboard/.screenshots/ (not committed), and with
// UPDATE_SCREENSHOTS=1 also to docs/dashboard/, the copies docs/dashboard.md shows.
import { copyFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import chromium from "@sparticuz/chromium";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createBatchClient } from "../../src/client/create-batch-client.js";
import { checkComponent } from "../../src/contract/validators.js";
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { callbackTools } from "../../src/receiver-check/callback-tools.js";
import { createManualClock, type ManualClock } from "../../src/util/clock.js";
import { settled } from "../emulator/harness.js";
import { type CaptureServer, startCaptureServer } from "../helpers/capture-server.js";
import { startPlainReceiver } from "../receiver-check/receivers.js";

const shots = fileURLToPath(new URL("./.screenshots/", import.meta.url));
const docsShots = fileURLToPath(new URL("../../docs/dashboard/", import.meta.url));

let browser: Browser;
let emulator: Emulator;
let capture: CaptureServer;
let url: string;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  [browser, capture] = await Promise.all([
    chromium.executablePath().then((executablePath) => puppeteer.launch({ args: chromium.args, executablePath, headless: true })),
    startCaptureServer(),
  ]);
  emulator = createEmulator({ dashboard: true, jobDelayMs: 2, callbacks: { attempts: 1 } });
  ({ url } = await emulator.listen());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await emulator?.close();
  await capture?.close();
});

afterEach(async () => {
  await page?.close();
});

async function open(hash: string, width = 1280, height = 860, base = url): Promise<Page> {
  page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(`${base}/_emulator/${hash}`, { waitUntil: "domcontentloaded" });
  await page.waitForFunction(`document.querySelector("#live")?.textContent === "Live"`, { timeout: 10_000 });
  return page;
}

async function screenshot(name: string): Promise<void> {
  const file = `${shots}${name}.png`;
  await page.screenshot({ path: file as `${string}.png`, fullPage: false });
  if (process.env.UPDATE_SCREENSHOTS === "1") {
    mkdirSync(docsShots, { recursive: true });
    copyFileSync(file, `${docsShots}${name}.png`);
  }
}

const client = () => createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: url, retry: { retries: 0 } });
const jobs = (n: number) => Array.from({ length: n }, (_, i) => ({ namespace: "event", action: "inviteContacts", params: { event: 7, contacts: [100 + i] } }));

describe("the dashboard in Chromium", () => {
  it("holds a 1,000-job run: deliveries first, params readable, one progress, the refused request found, the detail reachable when narrow", async () => {
    // Its own emulator on a clock the test moves: jobs of 10 ms each, two a batch per round of
    // polls, so the page is open while the batches run, however busy the machine is.
    const clock = createManualClock();
    const big = createEmulator({ dashboard: true, jobDelayMs: 10, callbacks: { attempts: 1 }, clock });
    const { url: bigUrl } = await big.listen();
    const dead = await startCaptureServer();
    const deadUrl = `${dead.url}/callback`;
    await dead.close();
    try {
      const c = createBatchClient({ ...DEMO_CREDENTIALS, baseUrl: bigUrl, retry: { retries: 0 } });
      await open("#batches", 1280, 800, bigUrl);
      // Every change of the open batch's progress, in the list's row and in the detail, compared in the same turn.
      const runs: { asyncId: string }[] = [];
      for (let i = 0; i < 5; i++) runs.push(await c.run(jobs(200), { callbackUrl: deadUrl }));
      const watched = runs[4]!.asyncId;
      await clock.advanceAsync(100); // the dashboard pushes at most once per 100 ms of the emulator's clock
      await page.waitForSelector(`tr[data-async-id="${watched}"] a`);
      await page.click(`tr[data-async-id="${watched}"] a`);
      await page.waitForSelector("#batch-progress");
      await page.evaluate(`(() => {
        window.progressSeen = [];
        const compare = () => {
          const row = document.querySelector('[data-progress-of="${watched}"] .progress-text')?.textContent;
          const detail = document.querySelector("#batch-progress .progress-text")?.textContent;
          if (row && detail) window.progressSeen.push([row, detail]);
        };
        new MutationObserver(compare).observe(document.querySelector("main"), { subtree: true, childList: true, characterData: true });
      })()`);
      // Progress polls from the client, with one refused request among them.
      let polls = 0;
      for (let round = 0; round < 5_000; round++) {
        const answers = await Promise.all(runs.map((r) => c.progress(r.asyncId)));
        polls += answers.length;
        if (round === 20) {
          await expect(
            createBatchClient({ ...DEMO_CREDENTIALS, apiSecret: "not-the-secret", baseUrl: bigUrl, retry: { retries: 0 } }).ping(),
          ).rejects.toMatchObject({ status: 401 });
        }
        if (answers.every((a) => a.progress === 100)) break;
        await clock.advanceAsync(20);
      }
      await clock.advanceAsync(100); // the last push
      await settled(big);
      expect(polls).toBeGreaterThan(400);

      // List and detail: the same progress at every moment the page showed one.
      await page.waitForFunction(`document.querySelector("#batch-progress .progress-text")?.textContent === "200/200, complete"`, { timeout: 10_000 });
      const seen = (await page.evaluate("window.progressSeen")) as [string, string][];
      expect(new Set(seen.map(([row]) => row)).size).toBeGreaterThan(1);
      expect(seen.filter(([row, detail]) => row !== detail)).toEqual([]);

      // A 200-job batch's deliveries, with the failure's reason, in view without scrolling at 1280 × 800.
      await page.goto(`${bigUrl}/_emulator/#batches/${runs[0]!.asyncId}`, { waitUntil: "domcontentloaded" });
      await page.waitForSelector("#deliveries li.delivery-failed");
      const deliveries = (await page.evaluate(`(() => {
        const box = document.querySelector("#deliveries").getBoundingClientRect();
        return { bottom: box.bottom, height: innerHeight, scrolled: scrollY + document.querySelector("#batch-detail").scrollTop, text: document.querySelector("#deliveries").textContent };
      })()`)) as { bottom: number; height: number; scrolled: number; text: string };
      expect(deliveries.scrolled).toBe(0);
      expect(deliveries.bottom).toBeLessThanOrEqual(deliveries.height);
      expect(deliveries.text).toMatch(/complete: failed, 1 attempt/);
      expect(deliveries.text).toMatch(/no answer \(.+\)/);
      const listCell = await page.$eval(`tr[data-async-id="${runs[0]!.asyncId}"] td:nth-child(3)`, (td) => td.textContent);
      expect(listCell).toMatch(/^1 delivery · failed.*ECONNREFUSED/);

      // A job's params: readable, no JSON token broken across lines, collapsed and opened.
      const params = `#jobs tr[data-index="2"] td.params:nth-child(3)`;
      await page.waitForSelector(params);
      const line = (await page.$eval(params, (td) => ({
        text: td.querySelector("summary")?.textContent,
        width: td.getBoundingClientRect().width,
        brokenTokens: [...td.querySelectorAll("summary .tok")]
          .filter((t) => t.getClientRects().length !== 1)
          .map((t) => `${t.textContent}:${t.getClientRects().length}`),
      }))) as { text: string; width: number; brokenTokens: string[] };
      expect(line).toEqual({ text: '{"event":7, "contacts":[102]}', width: expect.any(Number), brokenTokens: [] });
      expect(line.width).toBeGreaterThan(150);
      // Opened and measured in one task of the page: a pushed update that re-renders the jobs
      // table between a click and a later read (a loaded machine) cannot close it in between.
      const full = (await page.$eval(params, (td) => {
        td.querySelector("summary")?.click();
        const pre = td.querySelector("pre");
        return {
          text: pre?.textContent,
          brokenTokens: [...(pre?.querySelectorAll(".tok") ?? [])].filter((t) => t.getClientRects().length !== 1).length,
        };
      })) as { text: string; brokenTokens: number };
      expect(full).toEqual({ text: '{\n  "event": 7,\n  "contacts": [\n    102\n  ]\n}', brokenTokens: 0 });
      await page.evaluate(`scrollTo(0, 0); document.querySelector("#batch-detail").scrollTop = 0`);
      await screenshot("batch-200-jobs");

      // The refused counter leads to the refused request among the polls; the filter by operation and status finds it too.
      await page.click("#refused-counter");
      await page.waitForFunction(`location.hash === "#requests?refused" && document.querySelectorAll("#requests tbody tr").length === 1`);
      expect(await page.$eval("#refused-counter", (a) => a.textContent)).toBe("1 refused");
      expect(await page.$$eval("#requests tbody tr td:nth-child(4)", (tds) => tds.map((td) => td.textContent))).toEqual(["401 [0]"]);
      await page.click("#requests tbody tr a");
      await page.waitForSelector("#signature-reason");
      await screenshot("requests-refused");
      await page.click("#request-filter input[name=refused]");
      await page.select("#request-filter select[name=operation]", "ping");
      await page.type("#request-filter input[name=status]", "4xx");
      expect(await page.$$eval("#requests tbody tr td:nth-child(4)", (tds) => tds.map((td) => td.textContent))).toEqual(["401 [0]"]);

      // Narrow: the open detail comes before the list, and the key column stays on screen.
      await page.setViewport({ width: 400, height: 800 });
      await page.goto(`${bigUrl}/_emulator/#batches`, { waitUntil: "domcontentloaded" });
      await page.waitForSelector(`tr[data-async-id="${runs[2]!.asyncId}"] a`);
      await page.click(`tr[data-async-id="${runs[2]!.asyncId}"] a`);
      await page.waitForFunction(
        `document.querySelector("#batch-async-id")?.textContent === ${JSON.stringify(runs[2]!.asyncId)} && !document.querySelector("#batch-detail").hidden`,
      );
      const narrow = (await page.evaluate(`(() => {
        const box = document.querySelector("#batch-detail").getBoundingClientRect();
        return { top: box.top, right: box.right, boxHeight: box.height, width: innerWidth, height: innerHeight, pageWidth: document.documentElement.scrollWidth };
      })()`)) as { top: number; right: number; boxHeight: number; width: number; height: number; pageWidth: number };
      expect(narrow.boxHeight).toBeGreaterThan(200);
      expect(narrow.top).toBeGreaterThanOrEqual(0);
      expect(narrow.top).toBeLessThan(narrow.height / 2);
      expect(narrow.right).toBeLessThanOrEqual(narrow.width);
      expect(narrow.pageWidth).toBeLessThanOrEqual(narrow.width);
      await screenshot("batch-200-jobs-narrow");
      await page.goto(`${bigUrl}/_emulator/#requests`, { waitUntil: "domcontentloaded" });
      await page.waitForSelector("#requests tbody tr td.key");
      const keyRight = await page.$eval("#requests tbody tr td.key", (td) => td.getBoundingClientRect().right);
      expect(keyRight).toBeLessThanOrEqual(400);
    } finally {
      await big.close();
    }
  }, 120_000);

  it("shows a batch run through the client, with its jobs", async () => {
    const { asyncId } = await client().run(jobs(3));
    await settled(emulator);
    await open("#batches");
    await page.waitForSelector(`tr[data-async-id="${asyncId}"]`);
    await page.click(`tr[data-async-id="${asyncId}"] a`);
    await page.waitForFunction(`document.querySelector("#batch-async-id")?.textContent === ${JSON.stringify(asyncId)}`);
    await page.waitForFunction(`document.querySelectorAll("#jobs tbody tr.job-done").length === 3`);
    const rows = await page.$$eval("#jobs tbody tr", (trs) =>
      trs.map((tr) => {
        const status = tr.querySelector(".job-status")?.textContent ?? "";
        const cells = [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "");
        return [cells[0], cells[1]!.slice(0, -status.length), status, cells[3]];
      }),
    );
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["0", "event.inviteContacts", "done"],
      ["1", "event.inviteContacts", "done"],
      ["2", "event.inviteContacts", "done"],
    ]);
    expect(rows[0]![3]).toContain("inviteLinkYes");
    expect(await page.$eval(`tr[data-async-id="${asyncId}"] progress`, (p) => (p as unknown as { value: number }).value)).toBe(100);
    await screenshot("batches");
  });

  it("shows why a signature was refused and the string to sign it computed", async () => {
    await expect(createBatchClient({ ...DEMO_CREDENTIALS, apiSecret: "not-the-secret", baseUrl: url, retry: { retries: 0 } }).ping()).rejects.toMatchObject({
      status: 401,
    });
    await open("#requests");
    const refused = await page.waitForSelector("#requests tbody tr td.s4");
    expect(await refused!.evaluate((td) => td.textContent)).toBe("401 [0]");
    await refused!.evaluate((td) => (td.parentElement!.querySelector("a") as unknown as { click(): void }).click());
    await page.waitForSelector("#signature-reason");
    expect(await page.$eval("#signature-reason", (p) => p.textContent)).toBe("The signature does not match the request");
    const toSign = await page.$eval("#string-to-sign", (pre) => pre.textContent);
    expect(toSign).toMatch(/^post[0-9a-f]{32}application\/json\/api\/1\.0\/test\?action=ping1\.0ivvydate=\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    await screenshot("request-signature");
    // Usable on a narrow window: the detail goes under the list.
    await page.setViewport({ width: 420, height: 860 });
    await screenshot("request-signature-narrow");
  });

  it("reposts a batch's callback from the page, and the receiver gets it", async () => {
    const { asyncId } = await client().run(jobs(2), { callbackUrl: `${capture.url}/callback` });
    await settled(emulator);
    const before = capture.requests.length;
    await open(`#batches/${asyncId}`);
    await page.waitForFunction(`document.querySelectorAll("#deliveries > li").length === 1`);
    await page.waitForSelector("#act-repost:not([disabled])");
    await page.click("#act-repost");
    await page.waitForFunction(`document.querySelector("#action-result")?.textContent?.includes('"reposted":true')`);
    await settled(emulator);
    expect(capture.requests.length).toBe(before + 1);
    expect(JSON.parse(capture.requests.at(-1)!.body)).toMatchObject({ asyncId, results: [{ action: "inviteContacts" }, { action: "inviteContacts" }] });
    await page.waitForFunction(`document.querySelectorAll("#deliveries > li.delivery-delivered").length === 2`);
    expect(await page.$eval("#deliveries", (ol) => ol.textContent)).toMatch(/repost: delivered, 1 attempt/);
    await screenshot("batch-callbacks");
    // Its callback can go to another URL too: the link opens the "send a callback" form with this batch chosen.
    await page.click("#batch-send-callback");
    await page.waitForFunction(`document.querySelector("#callback-form select[name=batch]")?.value === "${asyncId}"`, { timeout: 10_000 });
    // This emulator was made without the callback tools: the form says so and sends nothing.
    expect(await page.$eval("#callback-notice", (p) => p.textContent)).toMatch(/started without the callback tools/);
    expect(await page.$eval("#callback-send", (b) => (b as unknown as { disabled: boolean }).disabled)).toBe(true);
  });

  it("a fault turned on in the page changes the next answer", async () => {
    await open("#faults");
    await page.waitForSelector("#faults-form input[name=rate429]");
    await page.$eval("#faults-form input[name=rate429]", (input) => void ((input as unknown as { value: string }).value = ""));
    await page.type("#faults-form input[name=rate429]", "1");
    await page.click("#faults-apply");
    await page.waitForFunction(`document.querySelector("#faults-result")?.textContent === "Applied."`);
    await expect(client().ping()).rejects.toMatchObject({ status: 429 });
    await screenshot("faults");
    await page.click("#faults-clear");
    await page.waitForFunction(`document.querySelector("#faults-form input[name=rate429]").value === "0"`);
    expect(await client().ping()).toBeTypeOf("object");
  });

  it("sends a callback and runs the receiver check from the 'Send a callback' form, saying first where it sends", async () => {
    // The tools on a clock of their own, moved only for the slow body's pauses (two waits pending: the bound and a pause).
    const clock: ManualClock = createManualClock(0);
    const withTools = createEmulator({ dashboard: { callbackTools: callbackTools({ clock }) } });
    const { url: toolsUrl } = await withTools.listen();
    const broken = await startPlainReceiver({ failRepeats: true });
    const whileMoving = async (done: Promise<unknown>) => {
      let finished = false;
      const watched = done.finally(() => (finished = true));
      for (let turns = 0; !finished; turns++) {
        if (turns > 2_000_000) throw new Error("the page did not show the answer within 2,000,000 event-loop turns");
        await new Promise((resolve) => setImmediate(resolve));
        if (clock.pending >= 2) clock.runNext();
      }
      return watched;
    };
    try {
      await open("#callbacks", 1280, 860, toolsUrl);
      const notice = () => page.$eval("#callback-notice", (p) => p.textContent ?? "");
      await page.type("#callback-form input[name=url]", "ftp://127.0.0.1/cb");
      expect(await notice()).toMatch(/^Only http\(s\) URLs get a callback, not ftp:/);
      expect(await page.$eval("#callback-send", (b) => (b as unknown as { disabled: boolean }).disabled)).toBe(true);

      await page.$eval("#callback-form input[name=url]", (input) => void ((input as unknown as { value: string }).value = ""));
      await page.type("#callback-form input[name=url]", `${capture.url}/from-page?token=page-secret`);
      await page.$eval("#callback-form input[name=results]", (input) => void ((input as unknown as { value: string }).value = ""));
      await page.type("#callback-form input[name=results]", "2");
      expect(await notice()).toBe(
        `Will POST a callback with 2 made-up result(s), 0 of them job errors to ${capture.url}/from-page?token=********, and to no other address.`,
      );
      const before = capture.requests.length;
      await page.click("#callback-send");
      await whileMoving(page.waitForFunction(`document.querySelector("#trigger-deliveries")?.textContent?.includes("200 in")`, { timeout: 20_000 }));
      expect(capture.requests.length).toBe(before + 1);
      const delivered = capture.requests.at(-1)!;
      expect(delivered.url).toBe("/from-page?token=page-secret");
      const callback = JSON.parse(delivered.body);
      expect(callback.results).toHaveLength(2);
      expect(checkComponent("BatchCallback", callback).valid).toBe(true);
      expect(await page.$eval("#trigger-answer", (d) => d.textContent)).toContain(callback.asyncId);
      await screenshot("send-callback");

      await page.click("#callback-form input[name=mode][value=check]");
      await page.$eval("#callback-form input[name=url]", (input) => void ((input as unknown as { value: string }).value = ""));
      await page.type("#callback-form input[name=url]", broken.url);
      await page.$eval("#callback-form input[name=maxMs]", (input) => void ((input as unknown as { value: string }).value = ""));
      await page.type("#callback-form input[name=maxMs]", "2000");
      expect(await notice()).toMatch(
        new RegExp(`^Will POST about a dozen made-up callbacks .* to ${broken.url}, and to no other address; each answer awaited up to 2000 ms`),
      );
      await page.click("#callback-send");
      await whileMoving(page.waitForSelector("#check-summary", { timeout: 30_000 }));
      expect(await page.$eval("#check-summary", (p) => p.textContent)).toBe("9 checks: 6 pass, 3 fail, 0 advice");
      const failed = await page.$$eval("#check-rows tr[data-id]", (rows) =>
        rows.filter((r) => r.querySelector("td.fail")).map((r) => (r as unknown as { dataset: { id: string } }).dataset.id),
      );
      expect(failed).toEqual(["repeat", "slow-body", "wrong-content-type"]);
      expect(await page.$eval("#check-rows tr[data-id=repeat]", (r) => r.textContent)).toMatch(/500 in \d+ ms.*duplicate key/);
      await screenshot("send-callback-check");
    } finally {
      await withTools.close();
      await broken.close();
    }
  });

  it("has the landmarks a screen reader needs: headings, labelled inputs, buttons that are buttons", async () => {
    await open("#faults");
    const audit = await page.evaluate(`({
      h1: document.querySelectorAll("h1").length,
      main: document.querySelectorAll("main").length,
      nav: document.querySelector("nav")?.getAttribute("aria-label"),
      unlabelled: [...document.querySelectorAll("input")].filter((i) => !i.closest("label") && !i.getAttribute("aria-label")).length,
      fakeButtons: document.querySelectorAll("[onclick]:not(button), div[role=button]").length,
      buttonsWithoutText: [...document.querySelectorAll("button")].filter((b) => !b.textContent?.trim()).length,
    })`);
    expect(audit).toEqual({ h1: 1, main: 1, nav: "Views", unlabelled: 0, fakeButtons: 0, buttonsWithoutText: 0 });
  });
});
