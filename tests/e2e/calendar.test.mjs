// A plan-wide blackout (year-end, peak season) as a migration lead sets one: no workload moves
// in the waves it overlaps, the plan says so, and what moved is listed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, openExample, screenshot } from "./support.mjs";

const app = appUnderTest();

test("a blackout empties the waves it overlaps, with a finding, and can be removed", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.locator("summary", { hasText: "Settings" }).click();
  const blackouts = page.getByRole("group", { name: /Blackout periods/ });
  await blackouts.getByLabel("From").fill("2027-02-01");
  await blackouts.getByLabel("To").fill("2027-02-07");
  await blackouts.getByLabel("Reason").fill("Year-end close");
  await blackouts.getByRole("button", { name: "Add blackout" }).click();
  await page.getByText("Blackout periods changed; waves re-planned").first().waitFor();
  const finding = page.getByText("The blackout “Year-end close” (2027-02-01 – 2027-02-07) overlaps wave 2: only workloads pinned there move in it.");
  await finding.waitFor();
  await page.getByRole("heading", { name: "What moved with your last change" }).waitFor();
  const wave2 = page.locator(".card.wave", { has: page.getByRole("heading", { name: /^Wave 2 ·/ }) });
  assert.match(await wave2.innerText(), /0 workloads · capacity/);
  await screenshot(page, "blackout");
  // A reload keeps it (it is part of the plan's settings).
  await page.reload();
  await page.locator("summary", { hasText: "Settings" }).click();
  await finding.waitFor();
  await page.getByRole("button", { name: "Remove 2027-02-01 to 2027-02-07" }).click();
  await finding.waitFor({ state: "detached" });
});
