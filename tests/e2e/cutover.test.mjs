// The cutover runbook as a migration lead uses it: set a wave's first workload's window, see
// when replication must be complete, see a window outside the wave flagged, keep what was
// typed across pages, and download the runbook as Markdown and read it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { appUnderTest, openExample, savedWith, screenshot } from "./support.mjs";

const app = appUnderTest();

const plusDays = (iso, days) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

test("a cut-over window gives the replication dates, a bad one a warning, and the runbook downloads", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Cutover", exact: true }).click();
  const heading = await page.getByRole("heading", { level: 2, name: /^Wave \d+ runbook/ }).innerText();
  const [, waveStart, waveEnd] = heading.match(/\((\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})\)/);
  const entry = page.locator("article.runbook-entry").first();
  const name = (await entry.locator("h3").innerText()).split("\n")[0].replace(/\s*(Go|No-go.*)$/, "").trim();
  const cutoverDay = plusDays(waveStart, 20);
  await entry.getByLabel("Cut-over", { exact: true }).selectOption("Near-zero downtime");
  await entry.getByLabel("Cut-over day").fill(cutoverDay);
  await entry.getByLabel("Starts at").fill("22:00");
  await entry.getByLabel("Hours").fill("4");
  // What was typed survives a trip to another page before it is saved.
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.getByRole("link", { name: "Cutover", exact: true }).click();
  assert.equal(await entry.getByLabel("Cut-over day").inputValue(), cutoverDay);
  await entry.getByRole("button", { name: /Save cut-over plan/ }).click();
  await page.getByText(`${name}: cut-over plan saved`).first().waitFor();
  await entry.getByText(`replication complete by ${plusDays(cutoverDay, -1)}`).waitFor();
  assert.match(await entry.innerText(), new RegExp(`Near-zero downtime · ${cutoverDay} from 22:00 for 4 h`));
  await savedWith(page, "22:00");
  await screenshot(page, "cutover");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download this wave (Markdown)" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^contoso-retail-first-release-cutover-runbook-wave-\d+\.md$/);
  const markdown = await readFile(await download.path(), "utf8");
  assert.ok(markdown.includes(`### ${name} (`), markdown);
  assert.ok(markdown.includes(`replication complete by ${plusDays(cutoverDay, -1)}.`), markdown);
  assert.ok(markdown.includes("| Step | When | Responsible | Accountable | Consulted |"), markdown);

  // A day after the wave ends is outside it: a warning on the entry, nothing else changes.
  const late = plusDays(waveEnd, 3);
  await entry.getByLabel("Cut-over day").fill(late);
  await entry.getByRole("button", { name: /Save cut-over plan/ }).click();
  await entry.getByText(`The cut-over of ${name} (on ${late} from `).waitFor();
  // A refused value says which field and keeps the saved plan.
  await entry.getByLabel("Hours").fill("0");
  await entry.getByRole("button", { name: /Save cut-over plan/ }).click();
  await entry.getByText("a cut-over window lasts 1 to 168 whole hours").waitFor();
  assert.match(await entry.locator("p").first().innerText(), new RegExp(`${late} from 22:00 for 4 h`));
});
