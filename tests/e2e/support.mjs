// Shared e2e fixture: serve dist/ on loopback, start Debian's Chromium headless, and open pages
// that are watched for every console error, page error and request. After each test the
// fixture itself checks every page the test opened, and every window those opened: no console
// or page error the test did not declare (a CSP violation is one), no request to another
// origin. Tests cannot forget it.
import { createServer } from "node:http";
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import assert from "node:assert/strict";
import { after, afterEach, before } from "node:test";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

export const repoRoot = resolve(import.meta.dirname, "../..");
export const screenshotDir = join(repoRoot, "target", "e2e-screenshots");
export const fixture = (name) => join(repoRoot, "tests", "fixtures", name);

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/** Serves dist/ (the release build) on 127.0.0.1 at a free port. */
export async function serveDist(dir = join(repoRoot, "dist"), port = 0) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const file = normalize(join(dir, path === "/" ? "index.html" : path));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const address = server.address();
  const close = () =>
    new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${address.port}/`, close };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Schemes that never leave the machine. */
const local = /^(blob|data|about|chrome-extension):/;

/**
 * A new page in its own context that records console errors, page errors and every request.
 * `expect(pattern, why)` declares an error the test provokes on purpose; the fixture then
 * requires it to have happened, so a declared error cannot hide a test that stopped working.
 */
async function watchedPage(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const watched = { context, problems: [], requests: [], expected: [], origin };
  // Every page of the context is watched: a second page or a window the app opens too.
  context.on("page", (page) => {
    page.on("console", (message) => {
      if (message.type() === "error") watched.problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => watched.problems.push(`page error: ${error.message}`));
    page.on("request", (request) => watched.requests.push(request.url()));
  });
  watched.page = await context.newPage();
  watched.expect = (pattern, why) => watched.expected.push({ pattern, why });
  return watched;
}

/** What the fixture finds wrong with one page after a test. */
export function faults(watched) {
  const found = [];
  const unexpected = watched.problems.filter((problem) => !watched.expected.some(({ pattern }) => pattern.test(problem)));
  if (unexpected.length > 0) found.push(`console or page errors: ${JSON.stringify(unexpected, null, 2)}`);
  for (const { pattern, why } of watched.expected) {
    if (!watched.problems.some((problem) => pattern.test(problem))) {
      found.push(`the test declared an error that never happened (${why}): ${pattern}`);
    }
  }
  const foreign = watched.requests.filter((url) => !local.test(url) && !url.startsWith(watched.origin()));
  if (foreign.length > 0) found.push(`requests to other origins: ${JSON.stringify(foreign, null, 2)}`);
  return found;
}

export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Serves dist/ (or `dir`) and starts Chromium for the tests of the calling file. `app.open()`
 * opens a watched page; after each test every page it opened is checked and closed.
 */
export function appUnderTest({ dir } = {}) {
  const app = { opened: [] };
  before(async () => {
    app.server = await serveDist(dir);
    app.browser = await launchBrowser();
  });
  afterEach(async () => {
    const opened = app.opened.splice(0);
    const found = opened.flatMap((watched) => faults(watched));
    await Promise.all(opened.map((watched) => watched.context.close().catch(() => {})));
    assert.deepEqual(found, [], found.join("\n"));
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  /** A watched page; requests must stay on the origin the app is served from. */
  app.open = async (options = {}) => {
    const watched = await watchedPage(app.browser, () => new URL(app.server.url).origin, options);
    app.opened.push(watched);
    return watched;
  };
  /** Restarts the server on the same port (a test that takes the server away gives it back). */
  app.restart = async (port) => {
    app.server = await serveDist(dir, port);
  };
  return app;
}

/** The example plan, opened from the start page. */
export async function openExample(app, page) {
  await page.goto(app.server.url);
  await page.getByRole("button", { name: "Load example plan" }).click();
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
}

/** Waits until the current plan is saved in local storage with `text` in it. */
export async function savedWith(page, text) {
  await page.waitForFunction(
    (wanted) => {
      const id = localStorage.getItem("waveplan.current");
      const saved = id && localStorage.getItem(`waveplan.plan.${id}`);
      return Boolean(saved && saved.includes(wanted));
    },
    text,
  );
  return page.evaluate(() => ({
    id: localStorage.getItem("waveplan.current"),
    text: localStorage.getItem(`waveplan.plan.${localStorage.getItem("waveplan.current")}`),
  }));
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * axe-core's violations on the page as it is (WCAG 2 A/AA and best practices), one line each.
 * axe is injected as a script, which the app's CSP forbids: open the page with bypassCSP.
 */
export async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }),
  );
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}
