// From a real inventory to workloads, as a new team would: import an RVTools export without
// application names (314 servers), then the Azure Migrate dependency export; let waveplan
// suggest workloads, rename one and split one, accept; every server is in a workload, waves
// appear; one undo takes the acceptance back; a reload keeps it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, fixture, screenshot } from "./support.mjs";

const app = appUnderTest();

async function importFile(page, name) {
  await page.getByRole("link", { name: "Start", exact: true }).click();
  await page.getByLabel("File to import").setInputFiles(fixture(name));
  await page.getByRole("button", { name: "Import", exact: true }).click();
}

const summary = (page) => page.getByTestId("unassigned-count");

test("an inventory without application names becomes workloads through suggestions", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  await importFile(page, "estate-rvtools-vinfo.csv");
  await page.getByText("Imported estate-rvtools-vinfo.csv (RVTools vInfo): 314 assets added.").first().waitFor();
  await page.getByTestId("next-step").getByText("Group the 314 assets that are in no workload", { exact: false }).waitFor();
  await importFile(page, "estate-dependencies-v2.csv");
  await page.getByText(/Imported estate-dependencies-v2.csv \(Azure Migrate dependency analysis\): \d+ dependencies added/).first().waitFor();
  await page.getByText(/server names were matched to the plan by the name before the first dot/).waitFor();

  await page.getByRole("link", { name: /^Inventory/ }).click();
  await page.getByRole("heading", { level: 1, name: "Inventory" }).waitFor();
  assert.equal(await summary(page).textContent(), "314 assets in all; 314 unassigned.");
  assert.equal(await page.locator("tbody tr").count(), 50, "a page of rows");
  await screenshot(page, "12-inventory");

  await page.getByRole("button", { name: "Suggest workloads from the inventory" }).click();
  await page.getByRole("heading", { name: "Suggested workloads: 41 groups" }).waitFor();
  const group = (text) => page.locator("li.proposal").filter({ hasText: text });
  // Rename: the folder said "Crm"; the business calls it customer relations.
  await group("The folder is “Crm” for 7 servers.").getByLabel(/^Group name/).fill("Customer relations");
  // Split: the payroll test server shares payroll's name; it becomes its own workload.
  const payroll = group("The folder is “Payroll” for 7 servers.");
  await payroll.getByLabel("payroll-uat-app-01", { exact: true }).check();
  await payroll.getByRole("button", { name: "Split 1 ticked server into a new group" }).click();
  await page.getByRole("heading", { name: "Suggested workloads: 42 groups" }).waitFor();
  await screenshot(page, "13-suggestions");
  // Shared infrastructure stands apart, on the last page of groups.
  const pages = page.getByRole("navigation", { name: "Suggested workload pages" });
  await pages.getByRole("button", { name: "Next page" }).click();
  await pages.getByRole("button", { name: "Next page" }).click();
  await group(/dc01 is used by \d+ groups \(Assets, Bi, Billing and \d+ more\)/).getByText("a new workload of shared infrastructure").waitFor();
  await page.getByRole("button", { name: "Accept 42 groups (314 servers)" }).click();
  await page.getByText("Accepted 42 suggested workloads (314 servers); undo takes them all back").first().waitFor();
  assert.equal(await summary(page).textContent(), "314 assets in all; 0 unassigned.");
  assert.equal(await page.locator(".main-nav .count").count(), 0, "the nav stops counting");

  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.getByText(/^\d+ waves of 28 days for 42 workloads/).waitFor();

  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("link", { name: /^Inventory/ }).click();
  assert.equal(await summary(page).textContent(), "314 assets in all; 314 unassigned.", "one undo takes it all back");
  await page.getByRole("button", { name: "Redo" }).click();
  await page.getByText("314 assets in all; 0 unassigned.").waitFor();

  await page.reload();
  await page.getByRole("link", { name: /^Inventory/ }).click();
  await page.getByText("314 assets in all; 0 unassigned.").waitFor();
  await page.getByLabel("Show").selectOption({ label: "Customer relations" });
  assert.equal(await page.locator("tbody tr").count(), 7);
  await page.getByLabel("Show").selectOption({ label: "Payroll (split)" });
  assert.equal(await page.locator("tbody th").textContent(), "payroll-uat-app-01");
});

test("a selection is assigned, made a workload, marked, each one undo step", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  await importFile(page, "estate-rvtools-vinfo.csv");
  await page.getByText(/314 assets added/).first().waitFor();
  await page.getByRole("link", { name: /^Inventory/ }).click();
  // Two ticked, then a search: the selection starts again, so no action can reach the two
  // servers the search hides (they were marked and deleted along with what was shown).
  const boxes = page.locator("tbody input[type=checkbox]");
  await boxes.nth(0).click();
  await boxes.nth(1).click();
  await page.getByText("314 assets match; 2 selected.").waitFor();
  await page.getByLabel("Search names, operating systems and files").fill("payroll");
  await page.getByText("7 assets match; 0 selected.").waitFor();
  // Click the first box, shift-click the third: a range of three.
  await boxes.nth(0).click();
  await boxes.nth(2).click({ modifiers: ["Shift"] });
  await page.getByText("7 assets match; 3 selected.").waitFor();
  await page.getByRole("button", { name: "Select all 7 that match" }).click();
  await page.getByText("7 assets match; 7 selected.").waitFor();
  await page.getByLabel("New workload name").fill("Payroll");
  await page.getByRole("button", { name: "Create workload from selection" }).click();
  await page.getByText("Created workload “Payroll” from 7 assets").first().waitFor();
  await page.getByText("314 assets in all; 307 unassigned.").waitFor();

  await page.getByLabel("Search names, operating systems and files").fill("dc0");
  await page.getByRole("button", { name: "Select all 2 that match" }).click();
  await page.getByRole("button", { name: "Mark out of scope" }).click();
  await page.getByText("314 assets in all; 305 unassigned.").waitFor();
  await page.getByLabel("Show").selectOption({ label: "Out of scope" });
  await page.getByText("2 assets match; 0 selected.").waitFor();
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByText("314 assets in all; 307 unassigned.").waitFor();

  // Assigning to a workload that does not exist says so and changes nothing.
  await page.getByLabel("Show").selectOption({ label: "Unassigned" });
  await page.getByLabel("Search names, operating systems and files").fill("hr-");
  await page.getByRole("button", { name: /^Select all \d+ that match$/ }).click();
  await page.getByLabel("Assign to workload (name)").fill("Human resources");
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await page.getByText("There is no workload named “Human resources”.").waitFor();
  await page.getByLabel("Assign to workload (name)").fill("payroll");
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await page.getByText(/^Assigned \d+ assets to “Payroll”/).first().waitFor();

  // A workload name that is nearly right says which was meant.
  await page.getByLabel("Search names, operating systems and files").fill("dc0");
  await page.getByRole("button", { name: "Select all 2 that match" }).click();
  await page.getByLabel("Assign to workload (name)").fill("pay_roll");
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await page.getByText("There is no workload named “pay_roll”. Did you mean “Payroll”?").waitFor();
  assert.equal(await page.getByLabel("Assign to workload (name)").inputValue(), "pay_roll", "what was typed stays");

  // Deleting asks first; the two servers leave the plan.
  await page.getByRole("button", { name: "Delete selected" }).click();
  await page.getByText("Delete 2 assets and their dependencies?").waitFor();
  // The keyboard follows the question: the focus on Cancel, Escape cancels and goes back.
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
  await page.waitForFunction(() => document.activeElement?.textContent === "Cancel");
  await page.keyboard.press("Escape");
  await page.getByText("Delete 2 assets and their dependencies?").waitFor({ state: "detached" });
  await page.waitForFunction(() => document.activeElement?.textContent === "Delete selected");
  assert.equal(await focused(), "Delete selected");
  await page.keyboard.press("Enter");
  await page.getByText("Delete 2 assets and their dependencies?").waitFor();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await page.getByText("Deleted 2 assets and their dependencies").first().waitFor();
  // The button and its question are gone; the focus goes to the page's heading, not the
  // page's start.
  await page.waitForFunction(() => document.activeElement?.id === "inventory-title");
  await page.getByText(/^312 assets in all;/).waitFor();
});

test("a review leaves servers out, merges and rejects groups before accepting", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  await importFile(page, "estate-rvtools-vinfo.csv");
  await page.getByText(/314 assets added/).first().waitFor();
  await importFile(page, "estate-dependencies-v2.csv");
  await page.getByText(/dependencies added/).first().waitFor();
  await page.getByRole("link", { name: /^Inventory/ }).click();
  await page.getByRole("button", { name: "Suggest workloads from the inventory" }).click();
  await page.getByRole("heading", { name: "Suggested workloads: 41 groups" }).waitFor();
  const group = (text) => page.locator("li.proposal").filter({ hasText: text });

  const crm = group("The folder is “Crm” for 7 servers.");
  await crm.locator("fieldset.servers input").first().check();
  await crm.getByRole("button", { name: "Leave ticked servers unassigned" }).click();
  await crm.getByLabel(/^Group name \(a new workload, 6 servers\)/).waitFor();
  await page.getByRole("button", { name: "Accept 41 groups (313 servers)" }).waitFor();

  const crmName = await crm.getByLabel(/^Group name/).inputValue();
  await group("The folder is “Payroll” for 7 servers.").getByLabel("Merge into").selectOption({ label: crmName });
  await page.getByRole("heading", { name: "Suggested workloads: 40 groups" }).waitFor();
  await crm.getByLabel(/^Group name \(a new workload, 13 servers\)/).waitFor();

  const first = page.locator("li.proposal").first();
  const label = await first.getByLabel(/^Group name/).evaluate((input) => input.labels[0].textContent);
  const rejected = Number(/(\d+) servers?\)/.exec(label)[1]);
  await first.getByRole("button", { name: "Reject" }).click();
  await page.getByRole("heading", { name: "Suggested workloads: 39 groups" }).waitFor();
  await page.getByRole("button", { name: `Accept 39 groups (${313 - rejected} servers)` }).click();
  await page.getByText(`314 assets in all; ${1 + rejected} unassigned.`).waitFor();
});

test("the inventory filters by kind and operating system and sorts by a column", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  await importFile(page, "estate-rvtools-vinfo.csv");
  await page.getByText(/314 assets added/).first().waitFor();
  await page.getByRole("link", { name: /^Inventory/ }).click();
  const column = (n) => page.locator(`tbody tr > :nth-child(${n})`).allTextContents();
  await page.getByText("314 assets match; 0 selected.").waitFor();

  const systems = await page.getByRole("combobox", { name: "Operating system" }).locator("option").allTextContents();
  assert.equal(systems[0], "Any");
  assert.ok(systems.length > 2, systems.join());
  await page.getByRole("combobox", { name: "Operating system" }).selectOption({ label: systems[1] });
  await page.getByText(/^\d+ assets? match; 0 selected\.$/).waitFor();
  const oses = await column(4);
  assert.ok(oses.length > 0 && oses.every((os) => os === systems[1]), oses.join());
  await page.getByRole("combobox", { name: "Operating system" }).selectOption({ label: "Any" });

  await page.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Database" });
  await page.getByText("No asset matches these filters.").waitFor();
  await page.getByRole("combobox", { name: "Kind" }).selectOption({ label: "All kinds" });
  await page.getByText("314 assets match; 0 selected.").waitFor();

  await page.getByRole("button", { name: "Storage (GB)" }).click();
  await page.getByRole("columnheader", { name: "Storage (GB)" }).and(page.locator("[aria-sort=ascending]")).waitFor();
  await page.getByRole("button", { name: "Storage (GB)" }).click();
  await page.getByRole("columnheader", { name: "Storage (GB)" }).and(page.locator("[aria-sort=descending]")).waitFor();
  const sizes = (await column(7)).map((text) => Number(text.replaceAll(",", "")));
  assert.equal(sizes.length, 50);
  assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a), "largest first");
});
