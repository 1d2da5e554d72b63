// The overview a migration lead lands on, and the pages a customer is shown, at the three
// screen sizes people bring: a laptop, a projector, a phone. Screenshots are kept in
// target/e2e-screenshots/ for a person to look at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, openExample, screenshot } from "./support.mjs";

const app = appUnderTest();

test("loading the example lands on an overview: next step, waves, blocked workloads, readiness, risks", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
  const next = page.getByTestId("next-step");
  await next.getByText(/^Next:/).waitFor();
  // The example's Payroll remediation left the backlog: the next step is to clear what blocks it.
  await next.getByText(/Clear what blocks \d+ workloads?, or accept that (it moves|they move) later/).waitFor();
  const waves = page.getByRole("region", { name: "Waves", exact: true });
  await waves.getByText("Wave 1", { exact: true }).waitFor();
  assert.match(await waves.innerText(), /capacity \d+ · \d+ done/);
  const blocked = page.getByRole("region", { name: /^Blocked \(\d+\)$/ });
  await blocked.locator("li", { hasText: "Payroll" }).getByText("Separate programme").waitFor();
  await page.getByRole("heading", { name: "Readiness", exact: true }).waitFor();
  await page.getByRole("heading", { name: "Top risks" }).waitFor();
  // The step's link goes where the work is.
  await next.getByRole("link", { name: "See the blocked workloads" }).click();
  await page.getByRole("heading", { level: 1, name: "Workloads" }).waitFor();
});

test("an empty plan starts on Start, not on an empty dashboard", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();
  assert.equal(await page.getByTestId("next-step").count(), 0);
  // Pages that need workloads say so, and where to get them, instead of showing empty tables.
  for (const name of ["Workloads", "Remediation", "Staging"]) {
    await page.getByRole("link", { name, exact: true }).click();
    await page.getByTestId("empty-state").getByRole("heading", { name: "No workloads yet" }).waitFor();
  }
  assert.equal(await page.locator("table.workloads").count(), 0, "no empty table");
});

test("the workloads table uses the width it has until the editor opens", async () => {
  const { page } = await app.open({ viewport: { width: 1280, height: 800 } });
  await openExample(app, page);
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  const wide = (await page.locator("table.workloads").boundingBox()).width;
  assert.ok(wide > 1100, `the table is ${wide} px wide in a 1280 px window`);
  await page.getByRole("button", { name: "Payroll", exact: true }).click();
  await page.getByRole("heading", { name: "Edit Payroll" }).waitFor();
  const beside = (await page.locator("table.workloads").boundingBox()).width;
  assert.ok(beside < wide, "the editor takes its column beside the table");
});

for (const [width, height, label] of [
  [1280, 800, "laptop"],
  [1920, 1080, "projector"],
  [390, 844, "phone"],
]) {
  test(`the overview, waves and workloads at ${width}×${height} (${label})`, async () => {
    const { page } = await app.open({ viewport: { width, height } });
    await openExample(app, page);
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    await screenshot(page, `size-${width}x${height}-overview`);
    // The navigation is one row of tabs at every size (it scrolls sideways on a phone).
    const nav = await page.locator(".main-nav ul").boundingBox();
    const tab = await page.locator(".main-nav li").first().boundingBox();
    assert.ok(nav.height < tab.height * 1.5, `navigation is ${nav.height} px tall for ${tab.height} px tabs`);
    for (const name of ["Waves", "Workloads"]) {
      await page.getByRole("link", { name, exact: true }).click();
      await page.getByRole("heading", { level: 1, name }).waitFor();
      await screenshot(page, `size-${width}x${height}-${name.toLowerCase()}`);
    }
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `${scroll} px of page in a ${client} px window`);
  });
}

test("the remediation decision shows its whole label", async () => {
  const { page } = await app.open({ viewport: { width: 1280, height: 800 } });
  await openExample(app, page);
  await page.getByRole("link", { name: "Remediation", exact: true }).click();
  const select = page.getByLabel("Decision", { exact: true }).first();
  await select.selectOption({ label: "Wave before, by a batch team" });
  const [needed, width] = await select.evaluate((element) => {
    const context = document.createElement("canvas").getContext("2d");
    context.font = getComputedStyle(element).font;
    return [context.measureText(element.selectedOptions[0].text).width, element.getBoundingClientRect().width];
  });
  assert.ok(width >= needed + 24, `the select is ${width} px for a ${needed} px label and its arrow`);
});
