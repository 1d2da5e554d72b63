// The app shell in a real browser: it loads from the release build under the strict CSP,
// navigates by clicking, validates input as a person types it, and asks nothing of the network.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, screenshot, screenshotDir } from "./support.mjs";

const app = appUnderTest();

after(() => {
  console.log(`screenshots: ${screenshotDir}`);
});

test("clicking a nav link changes the page", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();
  await screenshot(page, "start");

  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Waves" }).waitFor();
  assert.match(page.url(), /#\/waves$/);
  assert.equal(await page.locator("nav [aria-current=page]").textContent(), "Waves");
  await screenshot(page, "waves");

});

test("renaming the plan validates the name and can be undone", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  const name = page.getByTestId("plan-name");
  const field = page.getByLabel("Plan name");
  await field.fill("   ");
  await page.getByRole("button", { name: "Rename plan" }).click();
  await page.getByText("a name is required").waitFor();
  assert.equal(await name.textContent(), "Untitled migration plan", "a bad name changes nothing");

  await field.fill("  Contoso datacenter exit  ");
  await page.getByRole("button", { name: "Rename plan" }).click();
  await page.getByText("Plan renamed").waitFor();
  assert.equal(await name.textContent(), "Contoso datacenter exit");
  assert.equal(await page.title(), "Contoso datacenter exit — waveplan", "the tab names the plan");

  await page.getByRole("button", { name: "Undo" }).click();
  assert.equal(await name.textContent(), "Untitled migration plan");
});

test("an unknown address shows the not-found page", async () => {
  const { page } = await app.open();
  await page.goto(`${app.server.url}#/no-such-page`);
  await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
  await page.getByRole("link", { name: "Go to the start page" }).click();
  await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();
});

test("back and forward follow the address; the skip link stays on the page", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();
  await page.getByRole("link", { name: "Readiness", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Readiness" }).waitFor();
  await page.getByRole("link", { name: "Export", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Export" }).waitFor();

  await page.goBack();
  await page.getByRole("heading", { level: 1, name: "Readiness" }).waitFor();
  assert.equal(await page.locator("nav [aria-current=page]").textContent(), "Readiness");
  await page.goForward();
  await page.getByRole("heading", { level: 1, name: "Export" }).waitFor();

  // "#main" is an anchor, not a route: the page stays and focus moves to the content.
  await page.getByRole("link", { name: "Skip to content" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.hash === "#main");
  await page.getByRole("heading", { level: 1, name: "Export" }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
});

test("the performance page times saving and opens a generated plan beside the one in use", async () => {
  const { page } = await app.open();
  await page.goto(`${app.server.url}#/performance`);
  await page.getByRole("heading", { level: 1, name: "Performance" }).waitFor();
  await page.getByRole("button", { name: "Measure saving" }).click();
  const saved = Number(await page.getByTestId("saving-ms").getAttribute("data-value"));
  assert.ok(Number.isFinite(saved) && saved >= 0, `saving took ${saved} ms`);

  await page.getByRole("button", { name: "Load a 2,000-workload, 200-wave test plan" }).click();
  await page.getByText("Loaded a 2,000-workload, 200-wave test plan").first().waitFor();
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByText(/^Showing 1–\d+ of 2,000 workloads$/).waitFor();
});
