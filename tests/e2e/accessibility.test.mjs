// axe-core on every page of the example plan, plus the workload editor, workshop mode and the
// projector window (the merge review is checked in merge.test.mjs, where it has a conflict):
// zero violations (WCAG 2 A/AA rules and axe's best practices).
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, axeViolations, openExample } from "./support.mjs";

const app = appUnderTest();
const violations = axeViolations;
test("every page has zero axe violations", async () => {
  // axe is injected as a script, which the app's CSP rightly forbids: this context bypasses it.
  const { page } = await app.open({ bypassCSP: true });
  await page.goto(app.server.url);
  await page.getByRole("button", { name: "Load example plan" }).click();
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
  const found = {};
  for (const name of ["Start", "Workloads", "Readiness", "Remediation", "Waves", "Staging", "Cutover", "Progress", "Export"]) {
    await page.getByRole("link", { name, exact: true }).click();
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    found[name] = await violations(page);
  }
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: "Payroll", exact: true }).click();
  await page.getByRole("heading", { name: "Edit Payroll" }).waitFor();
  found["Workload editor"] = await violations(page);
  await page.getByRole("tab", { name: /^Dependencies/ }).click();
  await page.locator("figure.dependency-picture").waitFor();
  found["Dependency picture"] = await violations(page);
  await page.getByRole("tab", { name: /^Assessment/ }).click();
  await page.getByRole("heading", { name: "Assessment", exact: true }).waitFor();
  found["Workload assessment"] = await violations(page);
  await page.getByRole("link", { name: "Readiness", exact: true }).click();
  await page.getByRole("button", { name: "Start workshop" }).click();
  found["Workshop"] = await violations(page);
  // The projector window, showing the facilitator's question (same context: the channel
  // joins them), then the workshop's summary on both.
  const projector = await page.context().newPage();
  await projector.goto(`${app.server.url}#/projector`);
  await projector.getByTestId("projector-timer").waitFor();
  found["Projector"] = await violations(projector);
  await page.getByRole("button", { name: "Summary", exact: true }).click();
  await projector.getByRole("heading", { level: 1, name: "Workshop summary" }).waitFor();
  found["Projector summary"] = await violations(projector);
  const failing = Object.entries(found).filter(([, list]) => list.length > 0);
  assert.deepEqual(failing, [], JSON.stringify(Object.fromEntries(failing), null, 2));
});

for (const [width, height, why] of [
  [640, 400, "200% zoom on a 1280×800 laptop"],
  [320, 640, "a 320 px wide phone (WCAG reflow)"],
]) {
  test(`every page reads at ${why}: no sideways scrolling of the page`, async () => {
    const { page } = await app.open({ viewport: { width, height } });
    await page.goto(app.server.url);
    await page.getByRole("button", { name: "Load example plan" }).click();
    const fits = async (name) => {
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `${name}: ${scroll} px wide in a ${client} px window`);
    };
    for (const name of ["Start", "Workloads", "Readiness", "Remediation", "Waves", "Staging", "Cutover", "Progress", "Export"]) {
      await page.getByRole("link", { name, exact: true }).click();
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await fits(name);
    }
    // Wide tables scroll inside their own box, so the workload editor fits too.
    await page.getByRole("link", { name: "Workloads", exact: true }).click();
    await page.getByRole("button", { name: "Payroll", exact: true }).click();
    await page.getByRole("heading", { name: "Edit Payroll" }).waitFor();
    await fits("the workload editor");
  });
}

test("the keyboard alone reaches and uses the controls, with a visible focus", async () => {
  const { page } = await app.open();
  await page.goto(app.server.url);
  await page.getByRole("heading", { level: 1, name: "Start" }).waitFor();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to content");
  let reached = false;
  for (let presses = 0; presses < 40 && !reached; presses++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement.textContent === "Load example plan");
  }
  assert.ok(reached, "Tab reaches “Load example plan”");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none", "the focused button shows where focus is");
  await page.keyboard.press("Enter");
  await page.getByTestId("plan-name").getByText("Contoso retail: first release").waitFor();
});

test("each readiness note and owner field is described by its own question", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Readiness", exact: true }).click();
  // 25 fields named "Notes from the room": a screen reader must also hear which question.
  const described = await page.locator(".question textarea.note, .question .owner input").evaluateAll((fields) =>
    fields.map((field) => document.getElementById(field.getAttribute("aria-describedby") ?? "")?.textContent ?? ""),
  );
  assert.ok(described.length >= 50, `${described.length} fields`);
  assert.ok(described.every((text) => text.length > 10), "every field has its question");
  assert.equal(new Set(described).size, described.length / 2, "one question per note and owner pair");
});
