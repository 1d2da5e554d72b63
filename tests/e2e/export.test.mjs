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
  // Another plan, not a change to the empty one: nothing "moved" from no wave into its waves.
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.locator(".card.wave").first().waitFor();
  assert.equal(await page.getByRole("heading", { name: "What moved with your last change" }).count(), 0);
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

// A CSV row's cells (the backlog quotes every cell; titles hold commas).
const cells = (line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replaceAll('""', '"'));

test("the backlog exported twice names items the same way; read back from the tracker, it updates them", async () => {
  const { page } = await app.open();
  await example(page);
  await page.getByLabel(/Backlog for Azure DevOps Boards/).check();
  const exportBacklog = async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
    return (await readFile(await download.path(), "utf8")).split("\r\n").filter(Boolean).map(cells);
  };
  const first = await exportBacklog();
  const second = await exportBacklog();
  assert.deepEqual(second, first, "the same plan, the same items and keys");
  const keys = first.slice(1).map((row) => row[6].split("; ").find((tag) => /^waveplan-(wave|workload|asset|factory|unassigned|held)/.test(tag)));
  assert.equal(new Set(keys).size, first.length - 1, "a key per item, each once");

  // What Azure DevOps gives back after the import: an ID per work item, with its tags.
  const boards = ["ID,Title,Tags", ...first.slice(1).map((row, n) => `${7000 + n},"${row.slice(2, 5).find(Boolean).replaceAll('"', '""')}","${row[6]}"`)].join("\n");
  await page.getByLabel("Read back from your tracker (CSV)").setInputFiles({ name: "boards.csv", mimeType: "text/csv", buffer: Buffer.from(boards) });
  await page.getByText(`Read ${first.length - 1} Azure DevOps items from boards.csv`).first().waitFor();
  await page.getByText(`Azure DevOps: ${first.length - 1} items linked`).waitFor();
  const third = await exportBacklog();
  assert.equal(third.length, first.length, "no duplicates");
  assert.ok(third.slice(1).every((row) => Number(row[0]) >= 7000), "every row updates its work item");

  // A file that is not a tracker export changes nothing and says why.
  await page.getByLabel("Read back from your tracker (CSV)").setInputFiles({ name: "servers.csv", mimeType: "text/csv", buffer: Buffer.from("Name,CPU\nweb-01,4\n") });
  await page.getByText("Nothing was changed. servers.csv: this is not an Azure DevOps or Jira export").first().waitFor();
  await page.getByText(`Azure DevOps: ${first.length - 1} items linked`).waitFor();
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
  assert.equal(lines[0], '"Issue Id","Parent Id","Issue key","Summary","Issue Type","Description","Labels","Labels","Labels"');
});
