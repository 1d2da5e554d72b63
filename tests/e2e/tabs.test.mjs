// The same plan open in two tabs: each saves what it changes, and neither writes its stale copy
// over the other's change (both tabs share one local storage).
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, openExample, savedWith } from "./support.mjs";

const app = appUnderTest();

async function setOwner(page, workload, owner) {
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: workload, exact: true }).click();
  await page.getByLabel("Business owner").fill(owner);
  await page.getByRole("button", { name: "Save workload" }).click();
  await page.getByText(`Saved workload “${workload}”`).first().waitFor();
}

test("two tabs on one plan keep each other's changes", async () => {
  const { page: first, context } = await app.open();
  await openExample(app, first);
  await savedWith(first, "Contoso retail");
  const second = await context.newPage();
  await second.goto(app.server.url);
  await second.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();

  await setOwner(first, "Payroll", "Owner from the first tab");
  await savedWith(first, "Owner from the first tab");
  // The second tab takes the first tab's change up, and says so.
  await second.getByText("Another tab changed this plan").first().waitFor();
  await setOwner(second, "Web shop", "Owner from the second tab");
  const { text } = await savedWith(second, "Owner from the second tab");
  assert.ok(text.includes("Owner from the first tab"), "the second tab's save kept the first tab's change");

  // The first tab takes the second's up too, and leaving it (a reload) saves nothing stale.
  await first.getByText("Another tab changed this plan").first().waitFor();
  await first.reload();
  await first.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  const after = await savedWith(first, "Owner from the second tab");
  assert.ok(after.text.includes("Owner from the first tab"));
});
