// Exports in the browser: the printable plan (a page per wave, no navigation in print), the
// backlog CSV, and JSON that imports back to the same plan.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { appUnderTest, screenshot } from "./support.mjs";

const app = appUnderTest();

async function example(page) {
  await page.goto(app.server.url);
  await page.getByRole("button", { name: "Load example plan" }).click();
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  await page.getByRole("link", { name: "Export", exact: true }).click();
}

test("print opens with an executive summary, gives a page per wave and hides the navigation", async () => {
  const { page } = await app.open();
  await example(page);
  // Record what the page holds when it asks the browser to print (the dialog itself is the
  // browser's, not ours).
  await page.evaluate(() => {
    window.print = () => {
      window.printed = {
        waves: document.querySelectorAll(".print-view .print-wave").length,
        title: document.querySelector(".print-view h1")?.textContent,
        summary: document.querySelector(".print-view .print-summary")?.textContent,
      };
    };
  });
  await page.getByRole("button", { name: "Print or save as PDF" }).click();
  await page.waitForFunction(() => window.printed);
  const printed = await page.evaluate(() => window.printed);
  assert.equal(printed.title, "Staging plan: Contoso retail: first release");
  assert.equal(printed.waves, 4, "three waves and the findings, each on its own page");
  // The first page is an executive summary: waves at a glance, readiness, blocked, top risks.
  for (const part of ["Waves at a glance", "Readiness", "Blocked (", "Payroll: Separate programme", "Top risks", "Next: "]) {
    assert.ok(printed.summary.includes(part), `the summary has “${part}”`);
  }
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("header.top-bar").evaluate((el) => getComputedStyle(el).display), "none");
  await page.emulateMedia({ media: "screen" });
});

test("the Azure DevOps backlog downloads as a CSV tree", async () => {
  const { page } = await app.open();
  await example(page);
  await page.getByLabel(/Backlog for Azure DevOps Boards/).check();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  assert.equal(download.suggestedFilename(), "contoso-retail-first-release-backlog-azure-devops.csv");
  const text = await readFile(await download.path(), "utf8");
  const lines = text.split("\r\n");
  // Every cell quoted, so a spreadsheet that splits at ";" keeps each cell whole.
  assert.equal(lines[0], '"ID","Work Item Type","Title 1","Title 2","Title 3","Description","Tags"');
  assert.match(lines[1], /^"","Epic","Wave 1 \(2027-01-04 – 2027-01-31\)","","",/);
});

test("JSON export imports back to the same plan", async () => {
  const { page } = await app.open();
  await example(page);
  await page.getByLabel(/Whole plan \(JSON\)/).check();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  const path = await download.path();
  const exported = JSON.parse(await readFile(path, "utf8"));
  assert.equal(exported.format, "waveplan");
  assert.equal(exported.plan.workloads.length, 12);

  await page.getByRole("link", { name: "Start", exact: true }).click();
  await page.getByRole("button", { name: "New plan" }).click();
  await page.getByTestId("plan-name").getByText("Untitled migration plan").waitFor();
  await page.getByLabel("File to import").setInputFiles({ name: "plan.json", mimeType: "application/json", buffer: await readFile(path) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  await page.getByRole("link", { name: "Export", exact: true }).click();
  assert.ok(await page.getByLabel(/Whole plan \(JSON\)/).isChecked(), "the chosen format is remembered");
  const [again] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  assert.deepEqual(JSON.parse(await readFile(await again.path(), "utf8")), exported, "round trip through the browser");
  await screenshot(page, "10-export-json");
});

test("the Jira backlog is the Jira file (its radio is its own)", async () => {
  const { page } = await app.open();
  await example(page);
  await page.getByText("Backlog for Jira (CSV)").click();
  assert.ok(await page.getByLabel(/Backlog for Jira/).isChecked());
  assert.ok(!(await page.getByLabel(/Backlog for Azure DevOps/).isChecked()));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  assert.equal(download.suggestedFilename(), "contoso-retail-first-release-backlog-jira.csv");
  const lines = (await readFile(await download.path(), "utf8")).split("\r\n");
  assert.equal(lines[0], '"Issue Id","Parent Id","Summary","Issue Type","Description","Labels","Labels"');
});
