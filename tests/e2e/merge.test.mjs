// Two people, two browsers, one plan: the lead exports the plan; a teammate opens the file in
// their own browser, changes a setting and Payroll's business owner, and exports their copy;
// meanwhile the lead renames Payroll and adds an asset. Merging the teammate's file shows
// exactly one conflict (Payroll, changed on both sides) field by field; the result holds both
// sets of changes, is one undo step, and merging the same file again changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appUnderTest, axeViolations, openExample, screenshot } from "./support.mjs";

const app = appUnderTest();

async function exportJson(page) {
  await page.getByRole("link", { name: "Export", exact: true }).click();
  await page.getByLabel(/^Whole plan \(JSON\)/).check();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  // Under the name the app gave it, as a person's downloads folder keeps it.
  const path = join(await mkdtemp(join(tmpdir(), "waveplan-merge-")), download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

async function editPayroll(page, change) {
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: /^Payroll/ }).click();
  await page.getByRole("heading", { name: /^Edit Payroll/ }).waitFor();
  await change();
}

test("two copies of one plan merge with exactly one conflict and keep both sets of changes", async () => {
  // axe checks the merge review: its script needs the CSP bypassed.
  const lead = (await app.open({ bypassCSP: true })).page;
  await openExample(app, lead);
  const handedOver = await exportJson(lead);
  assert.match(await readFile(handedOver, "utf8"), /"lineage"/, "the file says which plan and version it is");

  // The teammate, in another browser: opens the file, changes a setting and Payroll's owner.
  const mate = (await app.open()).page;
  await mate.goto(app.server.url);
  await mate.getByLabel("File to import").setInputFiles(handedOver);
  await mate.getByRole("button", { name: "Import", exact: true }).click();
  await mate.getByText(/^Opened .*\.json/).first().waitFor();
  await mate.getByRole("link", { name: "Waves", exact: true }).click();
  await mate.locator("summary", { hasText: "Settings" }).click();
  await mate.getByLabel("Sprint length (days)").fill("21");
  await mate.getByLabel("Sprint length (days)").press("Enter");
  await mate.getByText(/waves of 42 days/).waitFor();
  await editPayroll(mate, async () => {
    await mate.getByLabel("Business owner").fill("Finance operations");
    await mate.getByRole("button", { name: "Save workload" }).click();
    await mate.getByText("Saved workload “Payroll”").first().waitFor();
  });
  const theirs = await exportJson(mate);

  // The lead, meanwhile: renames Payroll and adds an asset to it.
  await editPayroll(lead, async () => {
    await lead.getByLabel("Workload name").fill("Payroll EU");
    await lead.getByRole("button", { name: "Save workload" }).click();
    await lead.getByText("Saved workload “Payroll EU”").first().waitFor();
  });
  await lead.getByRole("tab", { name: /^Assets/ }).click();
  await lead.getByLabel("Asset name").fill("pay-web-09");
  await lead.getByRole("button", { name: "Add asset" }).click();
  await lead.getByText("Added asset “pay-web-09”").first().waitFor();

  await lead.getByRole("link", { name: "Start", exact: true }).click();
  await lead.getByLabel("Their plan (JSON)").setInputFiles(theirs);
  await lead.getByRole("button", { name: "Review merge", exact: true }).click();
  const review = lead.getByRole("region", { name: /^Merging / });
  await review.getByText("1 conflict to review.").waitFor();
  await review.getByText(/From their copy, without conflict: Settings 1/).waitFor();
  const conflict = review.locator("fieldset.conflict");
  assert.equal(await conflict.count(), 1);
  assert.equal(await conflict.locator("legend").innerText(), "Workload “Payroll EU”");
  await conflict.getByText("You changed name to “Payroll EU”; they did not.").waitFor();
  await conflict.getByText("They changed business owner to “Finance operations”; you did not.").waitFor();
  assert.ok(await conflict.getByLabel("Theirs: Finance operations").isChecked(), "their change is kept");
  assert.ok(await conflict.getByLabel("Yours: Payroll EU").isChecked(), "your change is kept");
  await screenshot(lead, "merge-review");
  assert.deepEqual(await axeViolations(lead), [], "axe finds nothing on the merge review");
  await review.getByRole("button", { name: "Merge", exact: true }).click();
  await lead.getByText(/^Merged .*\.json: Settings 1 from their copy, 1 conflict settled; undo takes it back$/).first().waitFor();

  // Both sets of changes are in the plan.
  await editPayroll(lead, async () => {
    assert.equal(await lead.getByLabel("Workload name").inputValue(), "Payroll EU");
    assert.equal(await lead.getByLabel("Business owner").inputValue(), "Finance operations");
  });
  await lead.getByRole("tab", { name: /^Assets/ }).click();
  await lead.getByRole("cell", { name: "pay-web-09", exact: true }).waitFor();
  await lead.getByRole("link", { name: "Waves", exact: true }).click();
  await lead.getByText(/waves of 42 days/).waitFor();

  // The same file again: nothing to merge.
  await lead.getByRole("link", { name: "Start", exact: true }).click();
  await lead.getByLabel("Their plan (JSON)").setInputFiles(theirs);
  await lead.getByRole("button", { name: "Review merge", exact: true }).click();
  await lead.getByText(/^Nothing to merge: this plan already holds everything in /).first().waitFor();

  // One undo takes the merge back.
  await lead.getByRole("button", { name: "Undo" }).click();
  await lead.getByRole("link", { name: "Waves", exact: true }).click();
  await lead.getByText(/waves of 28 days/).waitFor();
});

test("a file that is not a copy of this plan is refused and changes nothing", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  const file = await exportJson(page);
  await page.getByRole("link", { name: "Start", exact: true }).click();
  await page.getByRole("button", { name: "New plan" }).click();
  await page.getByLabel("Their plan (JSON)").setInputFiles(file);
  await page.getByRole("button", { name: "Review merge", exact: true }).click();
  await page.getByText(/^Cannot merge .*\.json: it is not a copy of this plan/).first().waitFor();
  assert.equal(await page.getByRole("region", { name: /^Merging / }).count(), 0);
});

test("a teammate's share link merges as a file does", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Export", exact: true }).click();
  await page.getByRole("button", { name: "Create share link" }).click();
  const link = await page.getByLabel(/Share link \(\d+ characters\)/).inputValue();

  // The teammate saves a copy from the link and names Payroll's technical owner.
  const mate = (await app.open()).page;
  await mate.goto(link);
  await mate.getByRole("main").getByRole("button", { name: "Save a copy" }).click();
  await mate.getByRole("heading", { name: "Workloads" }).waitFor();
  await editPayroll(mate, async () => {
    await mate.getByLabel("Technical owner").fill("Platform team");
    await mate.getByRole("button", { name: "Save workload" }).click();
    await mate.getByText("Saved workload “Payroll”").first().waitFor();
  });
  await mate.getByRole("link", { name: "Export", exact: true }).click();
  await mate.getByRole("button", { name: "Create share link" }).click();
  const theirs = await mate.getByLabel(/Share link \(\d+ characters\)/).inputValue();

  await page.getByRole("link", { name: "Start", exact: true }).click();
  await page.getByLabel("or their share link").fill(theirs);
  await page.getByRole("button", { name: "Review merge of the link" }).click();
  const review = page.getByRole("region", { name: "Merging their share link" });
  await review.getByText("0 conflicts to review.").waitFor();
  await review.getByText("From their copy, without conflict: Workload 1.").waitFor();
  // The plan changes while the review is open (a rename): the review no longer applies.
  await page.getByLabel("Plan name").fill("Contoso retail: release one");
  await page.getByRole("button", { name: "Rename plan" }).click();
  await review.getByRole("button", { name: "Merge", exact: true }).click();
  await review.getByText("The plan changed since this review was made: review the merge again.").waitFor();
  await page.getByRole("button", { name: "Review merge of the link" }).click();
  await review.getByText("0 conflicts to review.").waitFor();
  assert.equal(await review.getByRole("alert").count(), 0, "a new review starts afresh");
  await review.getByRole("button", { name: "Merge", exact: true }).click();
  await page.getByText("Merged their share link: Workload 1 from their copy, 0 conflicts settled; undo takes it back").first().waitFor();
  await editPayroll(page, async () => {
    assert.equal(await page.getByLabel("Technical owner").inputValue(), "Platform team");
  });
});

async function addWorkload(page, name) {
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: "Add workload" }).click();
  await page.getByLabel("Workload name").fill(name);
  await page.getByRole("button", { name: "Add this workload" }).click();
  await page.getByText(`Saved workload “${name}”`).first().waitFor();
}

test("a merge that must rename a workload both sides added says so before merging", async () => {
  const lead = (await app.open()).page;
  await openExample(app, lead);
  const handedOver = await exportJson(lead);
  const mate = (await app.open()).page;
  await mate.goto(app.server.url);
  await mate.getByLabel("File to import").setInputFiles(handedOver);
  await mate.getByRole("button", { name: "Import", exact: true }).click();
  await mate.getByText(/^Opened .*\.json/).first().waitFor();
  await addWorkload(mate, "Billing");
  const theirs = await exportJson(mate);
  await addWorkload(lead, "billing");

  await lead.getByRole("link", { name: "Start", exact: true }).click();
  await lead.getByLabel("Their plan (JSON)").setInputFiles(theirs);
  await lead.getByRole("button", { name: "Review merge", exact: true }).click();
  const review = lead.getByRole("region", { name: /^Merging / });
  await review.getByText("0 conflicts to review.").waitFor();
  // Names are one name whatever their case: the review says which is renamed, before merging.
  await review.getByText("Merging as it stands also does this:").waitFor();
  await review.getByText(/^Workload names must be unique now; renamed: “Billing” → “Billing \(2\)”\.$/).waitFor();
  await review.getByRole("button", { name: "Merge", exact: true }).click();
  await lead.getByText(/undo takes it back\. Workload names must be unique now; renamed: “Billing” → “Billing \(2\)”\.$/).first().waitFor();
});
