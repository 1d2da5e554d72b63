// Offline use: a page opened once loads and works with the server gone; a new release installs
// beside the old one and the page offers to reload into it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { appendFile, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, repoRoot, screenshot, serveDist, watchedPage } from "./support.mjs";

let browser;
let copy;

before(async () => {
  browser = await launchBrowser();
  // A copy of the build, so the test can publish "a new release" by changing it.
  copy = await mkdtemp(join(tmpdir(), "waveplan-dist-"));
  await cp(join(repoRoot, "dist"), copy, { recursive: true });
});

after(async () => {
  await browser?.close();
  await rm(copy, { recursive: true, force: true });
});

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

test("works offline once opened, and offers a new version when one is released", async () => {
  let server = await serveDist(copy);
  const port = new URL(server.url).port;
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(server.url);
  await page.getByRole("button", { name: "Load example plan" }).click();
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  await controlled(page);

  // The server is gone: the app still loads from the cache, with the saved plan.
  await server.close();
  await page.reload();
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  await page.getByRole("link", { name: "Waves" }).click();
  await page.getByRole("heading", { level: 1, name: "Waves" }).waitFor();
  await screenshot(page, "11-offline");

  // A new release: the worker script changes. The page says so and reloads into it on request.
  server = await serveDist(copy, Number(port));
  await appendFile(join(copy, "sw.js"), "\n// release 2\n");
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
  await page.getByText("A new version of waveplan is ready.").waitFor();
  const before = await page.evaluate(() => caches.keys());
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reload to use it" }).click()]);
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  await page.waitForFunction((old) => caches.keys().then((keys) => keys.length === 1 && keys[0] !== old), before[0]);
  assert.deepEqual(problems.filter((p) => !p.includes("Failed to load resource") && !p.includes("ERR_")), []);
  await server.close();
  await context.close();
});
