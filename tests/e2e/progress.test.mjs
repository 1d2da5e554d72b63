// Baselines and progress as a migration lead uses them: save a baseline, change the sprint
// length, see what slipped and the burn-up against the baseline, download it as Markdown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { appUnderTest, openExample, savedWith, screenshot } from "./support.mjs";

const app = appUnderTest();

test("a baseline shows what slipped after the sprint length changes, with burn-ups", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Progress", exact: true }).click();
  await page.getByText("No baseline yet.").waitFor();
  await page.getByLabel("Baseline name").fill("Committed plan");
  await page.getByRole("button", { name: "Save baseline" }).click();
  await page.getByText("Saved baseline “Committed plan”").first().waitFor();
  await page.getByText("Nothing: every wave has the workloads and dates it had.").waitFor();
  await savedWith(page, "Committed plan");

  // 14-day sprints become 21: each two-sprint wave ends 14 days later than the one before it.
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.locator("summary", { hasText: "Settings" }).click();
  await page.getByLabel("Sprint length (days)").fill("21");
  await page.getByLabel("Sprint length (days)").press("Enter");
  await page.getByText(/waves of 42 days/).waitFor();
  await page.getByRole("link", { name: "Progress", exact: true }).click();
  const wave1 = page.getByRole("heading", { name: /^Wave 1: ends \d{4}-\d{2}-\d{2}, 14 days later than the baseline's \d{4}-\d{2}-\d{2}$/ });
  await wave1.waitFor();
  await page.getByRole("heading", { name: /^Wave 2: ends .*, 28 days later than the baseline's/ }).waitFor();
  // A burn-up per wave, described for screen readers, its numbers in a table.
  const chart = page.getByRole("img", { name: /^Wave 1 burn-up/ });
  await chart.waitFor();
  // Printed, every wave's numbers show with its chart, though folded away on screen.
  const folded = page.locator("figure.burn-up").nth(1).locator("tbody td").first();
  assert.equal(await folded.evaluate((cell) => cell.checkVisibility()), false, "folded on screen");
  await page.emulateMedia({ media: "print" });
  assert.equal(await folded.evaluate((cell) => cell.checkVisibility()), true, "printed");
  await page.emulateMedia({ media: "screen" });
  await page.getByText("Wave 1 numbers").click();
  const rows = page.locator("figure.burn-up").first().locator("tbody tr");
  assert.deepEqual(
    (await rows.locator("td:nth-child(2)").allInnerTexts()).map((t) => t.trim()),
    ["Committed plan", "Today"],
  );
  await screenshot(page, "progress");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download progress (Markdown)" }).click(),
  ]);
  const markdown = await readFile(await download.path(), "utf8");
  assert.match(markdown, /^# Progress: Contoso retail: first release against baseline “Committed plan”/);
  assert.match(markdown, /### Wave 1: ends \d{4}-\d{2}-\d{2}, 14 days later than the baseline's/);
  assert.match(markdown, /\| Day \| Point \| Remediating or later \|/);

  // Removing the baseline asks first and leaves the plan as it is.
  await page.getByRole("button", { name: "Remove this baseline" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await page.getByText("No baseline yet.").waitFor();
});
