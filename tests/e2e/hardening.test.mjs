// Hardening: the Content-Security-Policy really blocks inline script, saved data from a newer
// version is kept and explained, and a full storage quota never loses the plan in memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, watchedPage } from "./support.mjs";

const app = appUnderTest();

test("the CSP forbids inline script and remote origins, and the app still runs", async () => {
  const { page, problems, context } = await watchedPage(app.browser);
  await page.goto(app.server.url);
  await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = true";
    document.body.append(script);
  });
  assert.equal(await page.evaluate(() => window.injected), undefined, "inline script did not run");
  assert.ok(problems.some((p) => p.includes("Content Security Policy")), "the browser reported the violation");
  await context.close();
});

test("a plan saved by a newer version is kept and explained", async () => {
  const { page, context } = await watchedPage(app.browser);
  await page.goto(app.server.url);
  const future = '{"format":"waveplan","version":99,"plan":{"name":"From the future"}}';
  await page.evaluate((text) => {
    localStorage.setItem("waveplan.current", "future");
    localStorage.setItem("waveplan.plan.future", text);
  }, future);
  await page.reload();
  await page.getByRole("alert").getByText(/saved by a newer waveplan \(format version 99\); this one reads up to version 2/).waitFor();
  await page.getByLabel("Plan name").fill("Working copy");
  await page.getByRole("button", { name: "Rename plan" }).click();
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => localStorage.getItem("waveplan.plan.future")), future);
  await context.close();
});

test("a full storage quota is reported and the plan in memory is kept", async () => {
  const { page, context } = await watchedPage(app.browser);
  await page.goto(app.server.url);
  await page.getByRole("button", { name: "Load example plan" }).click();
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  await page.waitForTimeout(500);
  const saved = await page.evaluate(() => localStorage.getItem("waveplan.plan." + localStorage.getItem("waveplan.current")));
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.getByLabel("Plan name").fill("Renamed while full");
  await page.getByRole("button", { name: "Rename plan" }).click();
  await page.getByText(/Could not save in this browser: the browser refused to save \(storage may be full\)/).waitFor();
  assert.equal(await page.getByTestId("plan-name").textContent(), "Renamed while full", "the change is kept in the page");
  const still = await page.evaluate(() => localStorage.getItem("waveplan.plan." + localStorage.getItem("waveplan.current")));
  assert.equal(still, saved, "the last good save is untouched");
  await context.close();
});
