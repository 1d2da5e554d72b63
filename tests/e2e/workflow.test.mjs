// A newcomer's path through waveplan in a real browser, against the release build: load the
// example, run three workshop questions, override a remediation decision, change the sprint
// length and watch the waves change, undo and redo, export Markdown, reload and find it all,
// then undo the last change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { appUnderTest, fixture, openExample as openExampleIn, savedWith, screenshot } from "./support.mjs";

const app = appUnderTest();
const openExample = (page) => openExampleIn(app, page);

test("newcomer path: example, workshop, override, what-if, export, reload", async () => {
  const { page } = await app.open();
  await openExample(page);
  await screenshot(page, "1-start");

  // Workshop: three questions answered with the keyboard and the mouse.
  await page.getByRole("link", { name: "Readiness", exact: true }).click();
  await screenshot(page, "2-readiness");
  await page.getByRole("button", { name: "Start workshop" }).click();
  // The example answered question 1: the workshop resumes at question 2; go back to revisit it.
  await page.getByText(/^Question 2 of \d+$/).waitFor();
  await page.getByRole("button", { name: "Previous question" }).click();
  await page.getByText(/^Question 1 of \d+$/).waitFor();
  await page.keyboard.press("2");
  await page.getByText("Answered: Ranked, but not agreed with the business").waitFor();
  await page.getByRole("button", { name: "Next question" }).click();
  await page.getByText(/^Question 2 of \d+$/).waitFor();
  await page.getByLabel(/Decided per workload, no default/).check();
  await page.getByRole("button", { name: "Next question" }).click();
  await page.keyboard.press("1");
  await page.getByRole("button", { name: "Next question" }).click();
  await page.getByText(/^Question 4 of \d+$/).waitFor();
  await screenshot(page, "3-workshop");
  await page.getByRole("button", { name: "Leave workshop" }).click();
  assert.equal(await page.locator("#q-outcome-priorities").inputValue(), "draft");
  assert.equal(await page.locator("#q-effort-type").inputValue(), "per-workload");
  assert.equal(await page.locator("#q-effort-scale").inputValue(), "known");

  // Override Payroll's remediation decision; a note is required.
  await page.getByRole("link", { name: "Remediation", exact: true }).click();
  const payroll = page.locator("details.remediation").filter({ has: page.locator("summary h2", { hasText: /^Payroll$/ }) });
  await payroll.getByLabel("Decision", { exact: true }).selectOption({ label: "Wave before, by a batch team" });
  await payroll.getByRole("button", { name: "Override decision" }).click();
  await payroll.getByText("an override of the remediation decision needs a note saying why").waitFor();
  await payroll.getByLabel("Why (required)").fill("Vendor delivers the COM+ replacement in March");
  await payroll.getByRole("button", { name: "Override decision" }).click();
  await payroll.getByText("Overridden", { exact: true }).waitFor();
  await payroll.getByText(/Overridden to “Wave before, by a batch team”: Vendor delivers/).waitFor();
  await screenshot(page, "4-remediation");
  // The override re-planned the waves: the Waves page says what it moved.
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.getByRole("heading", { name: "What moved with your last change" }).waitFor();
  await page.getByText(/^Payroll: no wave → wave \d+$/).waitFor();

  // What-if: a shorter sprint re-plans at once and says what moved; undo and redo it.
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.getByText(/waves of 28 days/).waitFor();
  await page.locator("summary", { hasText: "Settings" }).click();
  // A value refused stays as typed beside its error; a good one clears the error.
  const sprint = page.getByLabel("Sprint length (days)");
  await sprint.fill("0");
  await sprint.press("Enter");
  await page.getByText("a sprint lasts 1 to 56 days (got 0)").waitFor();
  assert.equal(await sprint.inputValue(), "0", "the field keeps what was typed");
  assert.equal(await sprint.getAttribute("aria-invalid"), "true");
  // Back to the saved value: nothing to change, and nothing wrong any more.
  await sprint.fill("14");
  await sprint.press("Enter");
  await page.getByText("a sprint lasts 1 to 56 days").waitFor({ state: "detached" });
  await page.getByLabel("Sprint length (days)").fill("7");
  await page.getByLabel("Sprint length (days)").press("Enter");
  await page.getByText(/waves of 14 days/).waitFor();
  assert.equal(await sprint.getAttribute("aria-invalid"), null);
  // The change shows at once; the re-analysis follows and "Re-planning…" goes away.
  await page.getByTestId("replanning").waitFor({ state: "detached" });
  await page.getByRole("heading", { name: "What moved with your last change" }).waitFor();
  // Shorter sprints move every wave in time, and the view says so.
  await page.getByText(/^The waves now run from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} \(they ran from /).waitFor();
  await screenshot(page, "5-waves");
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByText(/waves of 28 days/).waitFor();
  await page.keyboard.press("Control+Shift+Z");
  await page.getByText(/waves of 14 days/).waitFor();

  await page.getByRole("link", { name: "Staging", exact: true }).click();
  await page.getByText(/of 11 workloads done/).waitFor();
  await screenshot(page, "6-staging");

  // Export the staging plan as Markdown and read it.
  await page.getByRole("link", { name: "Export", exact: true }).click();
  await screenshot(page, "7-export");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export" }).click()]);
  assert.equal(download.suggestedFilename(), "contoso-retail-first-release-staging-plan.md");
  const markdown = await readFile(await download.path(), "utf8");
  assert.match(markdown, /^# Staging plan: Contoso retail: first release/);
  assert.match(markdown, /sprints of 7 days/);
  assert.match(markdown, /Overridden to “Wave before, by a batch team”: Vendor delivers the COM\+ replacement in March/);
  assert.match(markdown, /## Wave 1 \(2027-01-04 – /);

  // Reload: everything is as it was (the last change was saved when the page was hidden).
  await page.reload();
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.getByText(/waves of 14 days/).waitFor();
  await page.getByRole("link", { name: "Readiness", exact: true }).click();
  assert.equal(await page.locator("#q-outcome-priorities").inputValue(), "draft");
  await page.getByRole("link", { name: "Remediation", exact: true }).click();
  await page.locator("details.remediation").filter({ has: page.locator("summary h2", { hasText: /^Payroll$/ }) }).getByText("Overridden", { exact: true }).waitFor();

  // The last change (the sprint length, redone) can still be undone after the reload.
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.getByText(/waves of 28 days/).waitFor();

});

test("a broken import shows where and changes nothing; a good one is one undo step", async () => {
  const { page } = await app.open();
  await openExample(page);
  const counts = async () => {
    await page.getByRole("link", { name: "Workloads", exact: true }).click();
    const text = await page.getByText(/^Showing|^No workloads/).textContent();
    await page.getByRole("link", { name: "Start", exact: true }).click();
    return text;
  };
  const before = await counts();
  await page.getByLabel("File to import").setInputFiles(fixture("broken-inventory.csv"));
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const alert = page.getByRole("alert");
  await alert.getByText("broken-inventory.csv, line 4, column “Cores”: expected a whole number of cores from 0 to 100000, found “four”").waitFor();
  await screenshot(page, "8-import-error");
  assert.equal(await counts(), before, "the plan is unchanged");
  // A download cut short inside a quoted cell: refused where the cell starts, not read into it.
  const cut = "Name,Operating system,Cores\ncrm-web-01,\"Windows Server 2019, Stand";
  await page.getByLabel("File to import").setInputFiles({ name: "cut-short.csv", mimeType: "text/csv", buffer: Buffer.from(cut) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await alert.getByText("cut-short.csv, line 2: a quoted cell starts on this line and is never closed").waitFor();
  assert.equal(await counts(), before, "the plan is unchanged");

  // The mapping question takes the focus; Escape cancels it and changes nothing.
  await page.getByLabel("File to import").setInputFiles(fixture("other-inventory.csv"));
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const question = page.getByRole("heading", { name: "Which column is which in other-inventory.csv?" });
  await page.waitForFunction(() => document.activeElement?.id === "mapping-title");
  await page.keyboard.press("Escape");
  await question.waitFor({ state: "detached" });
  assert.equal(await counts(), before, "the plan is unchanged");
  await page.getByLabel("File to import").setInputFiles(fixture("other-inventory.csv"));
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await question.waitFor();
  assert.equal(await page.getByLabel("Server or asset name (required)").inputValue(), "1");
  assert.equal(await page.getByLabel("Operating system").inputValue(), "3", "guessed from “Guest OS”");
  // The person decides this file's OS column is not to be trusted.
  await page.getByLabel("Operating system").selectOption({ label: "(not in this file)" });
  assert.equal(await page.getByLabel("storage is in").inputValue(), "GB", "the default unit");
  await page.getByLabel("storage is in").selectOption({ label: "GiB" });
  await page.getByRole("button", { name: "Import with this mapping" }).click();
  // Payroll and pay-app-01 are in the example already: matched by name and updated.
  await page.getByText(/Imported other-inventory.csv \(your column mapping\): 1 workload added, 3 assets added, 1 asset updated\./).first().waitFor();
  assert.equal(await counts(), "Showing 1–13 of 13 workloads");
  await page.getByRole("button", { name: "Undo" }).click();
  assert.equal(await counts(), before, "undo reverses the whole import");
  // The same headers again, after a reload: the person's mapping is remembered.
  await page.reload();
  await page.getByLabel("File to import").setInputFiles(fixture("other-inventory.csv"));
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByRole("heading", { name: "Which column is which in other-inventory.csv?" }).waitFor();
  assert.equal(await page.getByLabel("Operating system").inputValue(), "", "remembered for these headers");
  assert.equal(await page.getByLabel("storage is in").inputValue(), "GiB", "the unit too");
});

test("workloads: add with validation, edit, add an asset, delete with confirmation", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: "Add workload" }).click();
  await page.getByRole("button", { name: "Add this workload" }).click();
  await page.getByText("a name is required").waitFor();
  await page.getByLabel("Workload name").fill("Payroll");
  await page.getByLabel("Priority (1 = first)").fill("nine");
  await page.getByRole("button", { name: "Add this workload" }).click();
  await page.getByText("Priority: a whole number from 1 (first) to 9").waitFor();
  assert.equal(await page.getByLabel("Workload name").inputValue(), "Payroll", "input is kept");
  await page.getByLabel("Priority (1 = first)").fill("2");
  await page.getByRole("button", { name: "Add this workload" }).click();
  await page.getByRole("heading", { name: "Edit Payroll" }).waitFor();

  await page.getByLabel("Asset name").fill("pay-db-01");
  await page.getByLabel("Storage (GB)").fill("lots");
  await page.getByRole("button", { name: "Add asset" }).click();
  await page.getByText("Storage (GB): “lots” is not a number").waitFor();
  await page.getByLabel("Storage (GB)").fill("750");
  await page.getByRole("button", { name: "Add asset" }).click();
  await page.getByRole("cell", { name: "pay-db-01", exact: true }).waitFor();
  await screenshot(page, "9-workload-editor");
  // One-line inputs look one line tall (a flex rule once stretched some to 14rem), and the
  // editor's asset table stays inside its panel.
  const tall = await page.locator("input:visible").evaluateAll((inputs) =>
    inputs.filter((input) => input.getBoundingClientRect().height > 60).map((input) => input.id));
  assert.deepEqual(tall, []);
  const spill = await page.locator("aside.panel .scroll-x").evaluate((box) =>
    box.getBoundingClientRect().right - box.closest("aside.panel").getBoundingClientRect().right);
  assert.ok(spill <= 0, `the asset table spills ${spill}px out of the editor`);

  await page.getByRole("tab", { name: "Details" }).click();
  await page.getByRole("button", { name: "Delete workload" }).click();
  await page.getByText("Delete “Payroll” and its 1 asset (and").waitFor();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await page.getByTestId("empty-state").getByRole("heading", { name: "No workloads yet" }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "workloads-title");
  await page.keyboard.press("Control+z");
  await page.getByRole("button", { name: "Payroll", exact: true }).waitFor();
});

test("unreadable saved data is kept, explained and offered for download", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  const broken = '{"format":"waveplan","version":2,"plan":{"name":"Kept"';
  await page.evaluate((text) => {
    localStorage.setItem("waveplan.current", "old");
    localStorage.setItem("waveplan.plan.old", text);
  }, broken);
  await page.reload();
  await page.getByRole("alert").getByText(/Your saved plan could not be read: this is not valid JSON/).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the unreadable data" }).click()]);
  assert.equal(await readFile(await download.path(), "utf8"), broken);
  await page.getByLabel("Plan name").fill("A new plan");
  await page.getByRole("button", { name: "Rename plan" }).click();
  const saved = await savedWith(page, "A new plan");
  assert.notEqual(saved.id, "old", "the new plan is saved under its own key");
  assert.equal(await page.evaluate(() => localStorage.getItem("waveplan.plan.old")), broken, "never overwritten");
});

test("a share link keeps the recipient inside the shared plan, read-only, on every page", async () => {
  const { page } = await app.open();
  await openExample(page);
  await page.getByRole("link", { name: "Export", exact: true }).click();
  await page.getByRole("button", { name: "Create share link" }).click();
  const link = await page.getByLabel(/Share link \(\d+ characters\)/).inputValue();
  assert.match(link, /#\/shared\/[A-Za-z0-9_-]+$/);

  // The recipient has a plan of their own.
  const other = await app.open();
  await other.page.goto(app.server.url);
  await other.page.getByLabel("Plan name").fill("Recipient's own plan");
  await other.page.getByRole("button", { name: "Rename plan" }).click();
  await savedWith(other.page, "Recipient's own plan");
  await other.page.goto(link);
  await other.page.getByRole("heading", { name: "Shared plan: Contoso retail: first release" }).waitFor();
  const banner = other.page.getByRole("region", { name: "Shared plan" });
  await banner.getByText("Viewing a shared plan, “Contoso retail: first release”, read-only.").waitFor();
  // Every page shows the shared plan, not the recipient's.
  await other.page.getByRole("link", { name: "Waves", exact: true }).click();
  await other.page.getByText(/^3 waves of 28 days for 10 workloads \(2 not in a wave\)/).waitFor();
  await other.page.getByRole("link", { name: "Workloads", exact: true }).click();
  await other.page.getByText("Showing 1–12 of 12 workloads").waitFor();
  // A change is refused, and nothing is saved.
  await other.page.getByRole("link", { name: "Start", exact: true }).click();
  await other.page.getByLabel("Plan name").fill("Tampered");
  await other.page.getByRole("button", { name: "Rename plan" }).click();
  await other.page.getByText("This plan came in a link and is read-only: save a copy to change it.").first().waitFor();
  assert.equal(await other.page.getByTestId("plan-name").textContent(), "Contoso retail: first release");
  // Back to their own plan, untouched; then the link again, and a copy saved.
  await banner.getByRole("button", { name: "Back to your plan" }).click();
  await other.page.getByTestId("plan-name").getByText("Recipient's own plan").waitFor();
  await other.page.goto(link);
  await other.page.getByRole("main").getByRole("button", { name: "Save a copy" }).click();
  await other.page.getByRole("heading", { name: "Workloads" }).waitFor();
  await other.page.getByText("Showing 1–12 of 12 workloads").waitFor();
  assert.equal(await other.page.getByRole("region", { name: "Shared plan" }).count(), 0);
  await savedWith(other.page, "Contoso retail: first release");
  // A link cut short, or cut right after "shared/", says it is damaged, in a sentence.
  for (const cut of [link.slice(0, -12), link.slice(0, link.indexOf("#/shared/") + 9)]) {
    await other.page.goto(cut);
    await other.page.getByRole("alert").getByText(/^This shared plan cannot be opened: the link is damaged or incomplete/).waitFor();
  }
});

test("workshop notes are kept before an answer and appear in the export", async () => {
  const { page } = await app.open();
  await openExample(page);
  await page.getByRole("link", { name: "Readiness", exact: true }).click();
  await page.getByRole("button", { name: "Start workshop" }).click();
  await page.getByText(/^Question 2 of \d+$/).waitFor();
  await page.getByLabel("Notes from the room").fill("Finance wants refactor as the default; ops disagrees.");
  await page.getByLabel("Notes from the room").blur();
  await page.getByText("Notes saved").first().waitFor();
  await page.getByRole("button", { name: "Leave workshop" }).click();
  assert.equal(await page.locator("#q-effort-type").inputValue(), "", "still not answered");
  assert.equal(await page.locator("#q-effort-type-note").inputValue(), "Finance wants refactor as the default; ops disagrees.");
  await page.getByRole("link", { name: "Export", exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  const markdown = await readFile(await download.path(), "utf8");
  assert.match(markdown, /\*\*Notes from the room\*\*/);
  assert.match(markdown, /— \*not answered yet\*: Finance wants refactor as the default; ops disagrees\./);
});

test("a typo in a name is refused with the near miss, and the status line does not claim success", async () => {
  const { page } = await app.open();
  await openExample(page);
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: "Payroll", exact: true }).click();
  await page.getByRole("tab", { name: /^Dependencies/ }).click();
  await page.getByLabel("depends on asset (name)").fill("hr-sql01");
  await page.getByRole("button", { name: "Add dependency" }).click();
  await page.getByText("There is no asset named “hr-sql01”. Did you mean “hr-sql-01”?").waitFor();
  assert.equal(await page.locator("p.status").textContent(), "");
  await page.getByLabel("depends on asset (name)").fill("hr-sql-01");
  await page.getByRole("button", { name: "Add dependency" }).click();
  await page.getByText(/^Added: pay-app-01 depends on hr-sql-01 \(hard\)$/).first().waitFor();
  await page.getByLabel("depends on asset (name)").fill("HR-SQL-01");
  await page.getByRole("button", { name: "Add dependency" }).click();
  await page.getByText("pay-app-01 already depends on hr-sql-01 (hard).").waitFor();
  assert.equal(await page.locator("p.status").textContent(), "");
});

test("an asset moves to another workload named by the user", async () => {
  const { page } = await app.open();
  await openExample(page);
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: "Payroll", exact: true }).click();
  await page.getByRole("tab", { name: /^Assets/ }).click();
  await page.getByLabel("Move asset").selectOption({ label: "pay-sql-01" });
  await page.getByLabel("to workload (name)").fill("no such workload");
  await page.getByRole("button", { name: "Move asset" }).click();
  await page.getByText("There is no workload named “no such workload”.").waitFor();
  // Typing offers the workloads whose names contain it (not this one).
  await page.getByLabel("to workload (name)").fill("hr");
  const offered = () => page.locator("#move-target-names option").evaluateAll((options) => options.map((o) => o.value));
  assert.deepEqual(await offered(), ["HR self-service"]);
  await page.getByLabel("to workload (name)").fill("pay");
  assert.deepEqual(await offered(), [], "Payroll is where the asset already is");
  await page.getByLabel("to workload (name)").fill("hr self-service");
  await page.getByRole("button", { name: "Move asset" }).click();
  await page.getByText("Moved “pay-sql-01” to “HR self-service”").first().waitFor();
  const hrRow = page.getByRole("row").filter({ has: page.getByRole("button", { name: "HR self-service", exact: true }) });
  assert.equal(await hrRow.getByRole("cell").last().textContent(), "4");
});

test("several plans: start a new one, open the other again, delete one after confirming", async () => {
  const { page } = await app.open();
  await openExample(page);
  await page.getByRole("button", { name: "New plan" }).click();
  await page.getByTestId("plan-name").getByText("Untitled migration plan").waitFor();
  await page.getByLabel("Plan name").fill("Second plan");
  await page.getByRole("button", { name: "Rename plan" }).click();
  await page.getByTestId("plan-name").getByText("Second plan").waitFor();
  // The list names the plan open now as it is, before and after its autosave.
  const saved = page.getByRole("region", { name: "Plans saved in this browser" });
  await saved.getByRole("cell", { name: "Second plan (open now)" }).waitFor();
  await savedWith(page, "Second plan");
  await saved.getByRole("cell", { name: "Second plan (open now)" }).waitFor();
  await page.getByRole("button", { name: "Open Contoso retail: first release" }).click();
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  await page.getByRole("button", { name: "Delete Second plan" }).click();
  await page.getByText("Delete “Second plan” and its 0 workloads?").waitFor();
  await page.getByRole("button", { name: "Delete for good" }).click();
  await page.getByText("Deleted “Second plan” from this browser").first().waitFor();
  assert.equal(await page.getByRole("button", { name: "Open Second plan" }).count(), 0);
});

/** The example's Payroll open in the editor: its business owner field and what it says. */
async function payrollOwner() {
  const { page } = await app.open();
  await openExample(page);
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: "Payroll", exact: true }).click();
  const owner = page.getByLabel("Business owner");
  return { page, owner, before: await owner.inputValue() };
}

test("unsaved edits survive looking elsewhere, and can be discarded", async () => {
  const { page, owner, before } = await payrollOwner();
  await owner.fill("Jane Doe, payroll lead");
  await page.getByLabel("RTO (hours)").fill("four");

  // Another workload, then another page: the typing is kept, not saved.
  await page.getByRole("button", { name: "HR self-service", exact: true }).click();
  await page.getByRole("heading", { name: "Edit HR self-service" }).waitFor();
  assert.notEqual(await owner.inputValue(), "Jane Doe, payroll lead");
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: "Payroll", exact: true }).click();
  await page.getByText("Your unsaved changes to this workload are back").waitFor();
  assert.equal(await owner.inputValue(), "Jane Doe, payroll lead");
  assert.equal(await page.getByLabel("RTO (hours)").inputValue(), "four", "invalid input is kept too");

  await page.getByRole("button", { name: "Discard unsaved changes" }).click();
  assert.equal(await owner.inputValue(), before);
  assert.equal(await page.getByText("Your unsaved changes to this workload are back").count(), 0);

  // Saved edits leave no draft behind.
  await owner.fill("Sam Lee");
  await page.getByRole("button", { name: "Save workload" }).click();
  await page.getByText("Saved workload “Payroll”").first().waitFor();
  await page.getByRole("button", { name: "HR self-service", exact: true }).click();
  await page.getByRole("button", { name: "Payroll", exact: true }).click();
  await page.getByRole("heading", { name: "Edit Payroll" }).waitFor();
  assert.equal(await owner.inputValue(), "Sam Lee");
  assert.equal(await page.getByText("Your unsaved changes to this workload are back").count(), 0);
});

test("an undo while the editor is open shows in the form, and the next save does not bring the undone value back", async () => {
  const { page, owner, before } = await payrollOwner();
  await owner.fill("Owner B");
  await page.getByRole("button", { name: "Save workload" }).click();
  await savedWith(page, "Owner B");
  await page.getByRole("button", { name: "Undo" }).click();
  await page.waitForFunction((wanted) => document.getElementById("workload-business-owner")?.value === wanted, before);
  // Another field saved afterwards: the owner stays as the undo left it.
  await page.getByLabel("RTO (hours)").fill("13");
  await page.getByRole("button", { name: "Save workload" }).click();
  const { text } = await savedWith(page, "\"rto_hours\":13");
  assert.ok(!text.includes("Owner B"), "the undone owner came back with the next save");
  assert.equal(await owner.inputValue(), before);
});
