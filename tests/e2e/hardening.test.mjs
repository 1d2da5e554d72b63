// Hardening: the Content-Security-Policy really blocks inline script, saved data from a newer
// version is kept and explained, and a full storage quota never loses the plan in memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { appUnderTest, openExample, savedWith } from "./support.mjs";

const app = appUnderTest();

test("the CSP forbids inline script and remote origins, and the app still runs", async () => {
  const watched = await app.open();
  const { page } = watched;
  watched.expect(/Content Security Policy/, "the inline script this test injects is refused");
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
});

test("a plan saved by a newer version is kept and explained", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  const future = '{"format":"waveplan","version":99,"plan":{"name":"From the future"}}';
  await page.evaluate((text) => {
    localStorage.setItem("waveplan.current", "future");
    localStorage.setItem("waveplan.plan.future", text);
  }, future);
  await page.reload();
  await page.getByRole("alert").getByText(/saved by a newer waveplan \(format version 99\); this one reads up to version 3/).waitFor();
  await page.getByLabel("Plan name").fill("Working copy");
  await page.getByRole("button", { name: "Rename plan" }).click();
  // The working copy is saved under a new key; the newer version's plan is not touched.
  const saved = await savedWith(page, "Working copy");
  assert.notEqual(saved.id, "future");
  assert.equal(await page.evaluate(() => localStorage.getItem("waveplan.plan.future")), future);
});

test("a full storage quota is reported and the plan in memory is kept", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  await page.getByRole("button", { name: "Load example plan" }).click();
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  const saved = (await savedWith(page, "Contoso retail: first release")).text;
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
});

test("a WebAssembly trap shows “waveplan stopped” with the saved plan, which stays intact", async () => {
  const watched = await app.open();
  const { page } = watched;
  watched.expect(/unreachable/, "the test makes the app trap");
  await openExample(app, page);
  const saved = await savedWith(page, "Contoso retail: first release");
  // A real trap in the app's own WebAssembly, delivered as an uncaught error the way a bug in
  // an event handler would be.
  await page.evaluate(() => setTimeout(() => window.wasmBindings.waveplanTrapForTests()));
  const banner = page.getByRole("alert").filter({ hasText: "waveplan stopped" });
  await banner.waitFor();
  await banner.getByText(/Your plan “Contoso retail: first release” was last saved at \d\d:\d\d \((less than a minute|\d+ minutes?) ago\)/).waitFor();
  assert.equal(await page.locator("main").getAttribute("inert"), "", "the dead app cannot be typed into");
  const [download] = await Promise.all([page.waitForEvent("download"), banner.getByRole("button", { name: "Download the saved plan" }).click()]);
  assert.equal(download.suggestedFilename(), `waveplan-saved-plan-${saved.id}.json`);
  assert.equal(await readFile(await download.path(), "utf8"), saved.text, "the file is the saved plan");
  assert.equal(await page.evaluate((id) => localStorage.getItem(`waveplan.plan.${id}`), saved.id), saved.text);

  await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Reload waveplan" }).click()]);
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  assert.equal(await page.getByText("waveplan stopped").count(), 0);
});
