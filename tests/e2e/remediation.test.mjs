// Remediation items as a team keeps them: add one (with the effort written as people write
// it), see it counted in the decision, tick it done, remove it; a form with nothing to fix or
// an effort that is not one says so and adds nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, openExample, savedWith } from "./support.mjs";

const app = appUnderTest();

test("a remediation item is added, ticked done and removed; a bad one is refused with why", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Remediation", exact: true }).click();
  const card = page.locator("details.remediation", { has: page.getByRole("heading", { name: "File shares", exact: true }) });
  await card.locator("summary").click();
  const form = card.getByRole("form", { name: "Add a remediation item to File shares" });
  await form.getByRole("button", { name: "Add item" }).click();
  await form.getByText("Say what must be fixed.").waitFor();
  await form.getByLabel("What must be fixed").fill("Re-point DFS namespace");
  await form.getByLabel("Effort (16h or 2d)").fill("a while");
  await form.getByRole("button", { name: "Add item" }).click();
  await form.locator(".field-error").waitFor();
  assert.equal(await card.getByRole("cell", { name: "Re-point DFS namespace", exact: true }).count(), 0, "nothing added");
  await form.getByLabel("Effort (16h or 2d)").fill("2d");
  await form.getByLabel("Effort (16h or 2d)").press("Enter");
  await page.getByText("Added remediation item “Re-point DFS namespace”").first().waitFor();
  // Added with Enter: the cursor is back in the first field, for the next item.
  await page.waitForFunction(() => document.activeElement?.id?.endsWith("-title"));
  assert.equal(await form.getByLabel("What must be fixed").evaluate((field) => field === document.activeElement), true);
  await card.getByRole("cell", { name: "Re-point DFS namespace", exact: true }).waitFor();
  await savedWith(page, "Re-point DFS namespace");
  await card.getByRole("checkbox", { name: /^Re-point DFS namespace on .* done$/ }).check();
  await page.getByText("Remediation item “Re-point DFS namespace” done").first().waitFor();
  await card.getByRole("button", { name: "Remove Re-point DFS namespace" }).click();
  await page.getByText("Removed remediation item “Re-point DFS namespace”").first().waitFor();
  assert.equal(await card.getByRole("cell", { name: "Re-point DFS namespace", exact: true }).count(), 0);
});
