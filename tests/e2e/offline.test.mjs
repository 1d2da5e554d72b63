// Offline use: a page opened once loads and works with the server gone; a new release installs
// beside the old one and the page offers to reload into it.
import { after, test } from "node:test";
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
