// Entering real data as an engineer does: a new workload's assets right after it is added, the
// cursor back in the name field after each asset, several assets or workloads pasted at once
// from a spreadsheet, and the editor's sections as tabs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, openExample, screenshot } from "./support.mjs";

const app = appUnderTest();

test("a new workload opens on its assets; each added asset leaves the cursor in the name", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: "Add workload" }).click();
  await page.getByLabel("Workload name").fill("Billing");
  await page.getByRole("button", { name: "Add this workload" }).click();
  await page.getByRole("heading", { name: "Edit Billing" }).waitFor();
  assert.equal(await page.getByRole("tab", { name: /^Assets/ }).getAttribute("aria-selected"), "true");
  await page.waitForFunction(() => document.activeElement?.id === "asset-name");
  await page.keyboard.type("bill-web-01");
  await page.getByLabel("Storage (GB)").fill("1234.5");
  await page.getByLabel("Storage (GB)").press("Enter");
  await page.getByRole("cell", { name: "bill-web-01", exact: true }).waitFor();
  await page.getByRole("cell", { name: "1,235", exact: true }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "asset-name");
  assert.equal(await page.getByLabel("Asset name").inputValue(), "", "ready for the next asset");
  await page.keyboard.type("bill-sql-01");
  await page.keyboard.press("Enter");
  await page.getByRole("cell", { name: "bill-sql-01", exact: true }).waitFor();
  await page.getByRole("tab", { name: "Assets (2)" }).waitFor();
  // Editing shows the exact amount, ungrouped: saving untouched changes nothing and is accepted
  // ("1,235" would be rounded, and "1,234" is ambiguous between a thousand and one point two).
  await page.getByRole("button", { name: "Edit bill-web-01" }).click();
  assert.equal(await page.getByLabel("Storage (GB)").inputValue(), "1234.5");
  await page.getByRole("button", { name: "Save asset" }).click();
  await page.getByText("Saved asset “bill-web-01”").first().waitFor();
  // Arrow keys move between tabs.
  await page.getByRole("tab", { name: "Assets (2)" }).focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.getByRole("tab", { name: /^Dependencies/ }).getAttribute("aria-selected"), "true");
  await page.getByLabel("depends on asset (name)").waitFor();
});

test("assets pasted from a spreadsheet are added in one step, or none when a line is wrong", async () => {
  const { page } = await app.open({ viewport: { width: 1920, height: 1080 } });
  await openExample(app, page);
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: "Payroll", exact: true }).click();
  await page.getByRole("tab", { name: /^Assets/ }).click();
  await page.getByText("Add several assets at once").click();
  const lines = page.getByLabel("Assets, one per line");
  await lines.fill("pay-web-01\tVM\tWindows Server 2022\t4\t16\t120\npay-batch-01\ttoaster\npay-sql-01");
  await page.getByRole("button", { name: "Add all lines as assets" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "Nothing was added" });
  await problems.getByText("line 2: Kind: “toaster” is not one waveplan knows", { exact: false }).waitFor();
  await problems.getByText("line 3: there is already an asset named “pay-sql-01”", { exact: false }).waitFor();
  assert.equal(await page.getByRole("cell", { name: "pay-web-01", exact: true }).count(), 0, "nothing half-applied");
  assert.match(await lines.inputValue(), /toaster/, "the pasted text is kept to fix");
  await screenshot(page, "quick-entry-errors");
  await lines.fill("pay-web-01\tVM\tWindows Server 2022\t4\t16\t120\npay-batch-02\tVM\npay-files-01; file share; ; ; ; 1,5");
  await page.getByRole("button", { name: "Add all lines as assets" }).click();
  await page.getByText("Added 3 assets: pay-web-01, pay-batch-02, pay-files-01").first().waitFor();
  await page.getByRole("cell", { name: "pay-files-01", exact: true }).waitFor();
  // Sizes not given read as not given, not as a server with 0 cores.
  const batch = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "pay-batch-02", exact: true }) });
  assert.deepEqual((await batch.getByRole("cell").allInnerTexts()).slice(0, 6), ["pay-batch-02", "Virtual machine", "", "—", "—", "—"]);
  assert.equal(await lines.inputValue(), "");
  // One undo takes all three back.
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("cell", { name: "pay-sql-01", exact: true }).waitFor();
  assert.equal(await page.getByRole("cell", { name: "pay-web-01", exact: true }).count(), 0);
});

test("several workloads typed one per line", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByText("Add several workloads at once").click();
  await page.getByRole("button", { name: "Add all lines as workloads" }).click();
  await page.getByText("line 1: Nothing to add: type or paste one per line.").waitFor();
  await page.getByLabel("Workloads, one per line").fill("Billing, prod, critical\nBilling test; dev\nArchive");
  await page.getByRole("button", { name: "Add all lines as workloads" }).click();
  await page.getByText("Added 3 workloads: Billing, Billing test, Archive").first().waitFor();
  const row = page.getByRole("row").filter({ has: page.getByRole("button", { name: "Billing test", exact: true }) });
  await row.getByRole("cell", { name: "Non-production" }).waitFor();
});

test("the workload table searches, filters and sorts, and says how many match", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  const table = page.locator("table.workloads");
  await table.waitFor();
  const column = (n) => table.locator(`tbody tr td:nth-child(${n})`).allTextContents();
  const names = () => column(1);
  const all = await names();
  assert.ok(all.length > 5, "the example has workloads");

  await page.getByLabel("Search workloads").fill("PAY");
  await page.getByText("Showing 1–1 of 1 workload", { exact: true }).waitFor();
  assert.deepEqual(await names(), ["Payroll"], "search ignores case");
  await page.getByLabel("Search workloads").fill("no such workload");
  await page.getByText("No workloads match.").waitFor();
  await page.getByLabel("Search workloads").fill("");

  await page.getByLabel("Environment").selectOption({ label: "Non-production" });
  const environments = await column(2);
  assert.ok(environments.length > 0 && environments.length < all.length);
  assert.ok(environments.every((e) => e === "Non-production"), environments.join());
  await page.getByLabel("Environment").selectOption({ label: "All environments" });

  await page.getByLabel("Wave").selectOption({ label: "Wave 1" });
  const waves = await column(6);
  assert.ok(waves.length > 0 && waves.every((w) => w === "1"), waves.join());
  await page.getByLabel("Wave").selectOption({ label: "All waves" });

  await page.getByLabel("Blocked only").check();
  const blocked = await column(5);
  assert.ok(blocked.length > 0 && blocked.length < all.length && blocked.every((b) => b !== ""), blocked.join());
  await page.getByLabel("Blocked only").uncheck();
  await page.getByText(`Showing 1–${all.length} of ${all.length} workloads`).waitFor();

  const byName = (a, b) => a.localeCompare(b, "en", { sensitivity: "base" });
  assert.deepEqual(all, [...all].sort(byName), "sorted by name at first");
  await page.getByRole("button", { name: "Name ▲" }).click();
  await page.getByRole("columnheader", { name: "Name ▼" }).waitFor();
  assert.deepEqual(await names(), [...all].sort(byName).reverse(), "a second click reverses");
  await page.getByRole("button", { name: "Assets", exact: true }).click();
  const counts = (await column(7)).map(Number);
  assert.deepEqual(counts, [...counts].sort((a, b) => a - b), "sorted by asset count");
});

test("with the editor open on a 1280 px screen, the workload table shows every column", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: "Payroll", exact: true }).click();
  await page.getByRole("heading", { name: "Edit Payroll" }).waitFor();
  // The Wave and Assets columns were hidden behind a sideways scroll with nothing to show it.
  const table = page.locator("table").first();
  const { wide, shown } = await table.evaluate((t) => ({ wide: t.scrollWidth, shown: t.closest(".scroll-x").clientWidth }));
  assert.ok(wide <= shown, `the table is ${wide} px in a ${shown} px box`);
  await table.getByRole("columnheader", { name: "Assets" }).waitFor();
});
