// Offline use: a page opened once loads and works with the server gone; a new release installs
// beside the old one and the page offers to reload into it.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appUnderTest, openExample, repoRoot, screenshot } from "./support.mjs";

// A copy of the build, so the test can publish "a new release" by changing it.
const copy = mkdtempSync(join(tmpdir(), "waveplan-dist-"));
cpSync(join(repoRoot, "dist"), copy, { recursive: true });
const app = appUnderTest({ dir: copy });
after(() => rmSync(copy, { recursive: true, force: true }));

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

test("works offline once opened, and offers a new version when one is released", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await controlled(page);

  // The server is gone: the app still loads from the cache, with the saved plan.
  const port = Number(new URL(app.server.url).port);
  await app.server.close();
  await page.reload();
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Waves" }).waitFor();
  await screenshot(page, "11-offline");

  // A new release: the worker script changes. The page says so and reloads into it on request.
  await app.restart(port);
  await appendFile(join(copy, "sw.js"), "\n// release 2\n");
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
  await page.getByText("A new version of waveplan is ready.").waitFor();
  const before = await page.evaluate(() => caches.keys());
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reload to use it" }).click()]);
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  await page.waitForFunction((old) => caches.keys().then((keys) => keys.length === 1 && keys[0] !== old), before[0]);
});

test("the service worker is registered only after the app's first render, so it does not slow the start", async () => {
  const { page, context } = await app.open();
  // Notes the moment the page asks for the worker, before any script of the page runs.
  await context.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      window.registeredAt = performance.now();
      return register.apply(this, args);
    };
  });
  await page.goto(app.server.url);
  await page.waitForFunction(() => window.registeredAt !== undefined);
  const { registeredAt, firstRender } = await page.evaluate(() => ({
    registeredAt: window.registeredAt,
    firstRender: performance.getEntriesByName("waveplan-first-render")[0]?.startTime,
  }));
  assert.ok(firstRender !== undefined, "the app marks its first render");
  assert.ok(registeredAt >= firstRender, `registered at ${registeredAt} ms, first render at ${firstRender} ms`);
  await controlled(page);
});
