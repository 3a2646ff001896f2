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
import { createEmulator, type Emulator } from "../../src/emulator/create-emulator.js";
import { DEMO_CREDENTIALS } from "../../src/emulator/options/demo-credentials.js";
import { settled } from "../emulator/harness.js";
import { type CaptureServer, startCaptureServer } from "../helpers/capture-server.js";

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

async function open(hash: string, width = 1280): Promise<Page> {
  page = await browser.newPage();
  await page.setViewport({ width, height: 860 });
  await page.goto(`${url}/_emulator/${hash}`, { waitUntil: "domcontentloaded" });
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
  it("shows a batch run through the client, with its jobs", async () => {
    const { asyncId } = await client().run(jobs(3));
    await settled(emulator);
    await open("#batches");
    await page.waitForSelector(`tr[data-async-id="${asyncId}"]`);
    await page.click(`tr[data-async-id="${asyncId}"] a`);
    await page.waitForFunction(`document.querySelector("#batch-async-id")?.textContent === ${JSON.stringify(asyncId)}`);
    await page.waitForFunction(`document.querySelectorAll("#jobs tbody tr.job-done").length === 3`);
    const rows = await page.$$eval("#jobs tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim())));
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ["0", "event.inviteContacts", "done"],
      ["1", "event.inviteContacts", "done"],
      ["2", "event.inviteContacts", "done"],
    ]);
    expect(rows[0]![4]).toContain("inviteLinkYes");
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
