// A workload's assessment (the release backlog's facts, CAF): answered in the workload editor
// or walked in the workshop like the readiness questions; a red answer becomes a finding, a
// reason in the remediation decision, and holds the promotion back in the staging checklist.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, openExample } from "./support.mjs";

const app = appUnderTest();

test("a red assessment answer shows as a finding, a remediation reason and a held promotion", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: "Intranet portal", exact: true }).click();
  await page.getByRole("tab", { name: "Assessment (0/6)" }).click();
  const criteria = page.getByRole("group", { name: /^Are the business test criteria written/ });
  await criteria.getByLabel("Not written").check();
  await page.getByText("Intranet portal: Answered: Not written").first().waitFor();
  await page.getByRole("tab", { name: "Assessment (1/6)" }).waitFor();
  assert.ok((await criteria.locator(".badge").count()) > 0, "risks show once answered");

  await page.getByRole("link", { name: "Remediation", exact: true }).click();
  await page.locator("details.remediation", { hasText: "Intranet portal" }).locator("summary").click();
  await page.getByText(/The workload's assessment has 1 red: Are the business test criteria written/).first().waitFor();
  await page.getByRole("link", { name: "Staging", exact: true }).click();
  const staging = page.locator("details.staging", { hasText: "Intranet portal" });
  if (!(await staging.getAttribute("open"))) await staging.locator("summary").click();
  await staging.locator("li.missing", { hasText: /Red: Are the business test criteria written/ }).waitFor();
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.getByText(/Intranet portal: assessment says “Not written”/).first().waitFor();
});

test("the workshop walks one workload's assessment and logs its decisions", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Readiness", exact: true }).click();
  await page.getByRole("button", { name: "Start workshop" }).click();
  await page.getByLabel("Questions to walk").selectOption({ label: "Assessment of Payroll" });
  await page.getByText("Question 1 of 6").waitFor();
  await page.getByRole("heading", { name: /^Have the business owner and the technical owner agreed/ }).waitFor();
  await page.getByLabel("Decided by (for the decision log)").fill("Sam");
  await page.getByRole("heading", { level: 1, name: "Readiness workshop" }).click();
  await page.keyboard.press("1");
  await page.getByText("Answered: Both agreed").first().waitFor();
  await page.keyboard.press("ArrowRight");
  await page.getByText("Question 2 of 6").waitFor();
  await page.getByRole("button", { name: "Summary", exact: true }).click();
  await page.getByRole("heading", { name: "Assessment of Payroll: 1 of 6 answered" }).waitFor();
  await page.getByRole("button", { name: "Leave workshop" }).click();

  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: "Payroll", exact: true }).click();
  await page.getByRole("tab", { name: "Assessment (1/6)" }).click();
  assert.ok(await page.getByRole("group", { name: /^Have the business owner/ }).getByLabel("Both agreed").isChecked());
});
