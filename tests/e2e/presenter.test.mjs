// A readiness workshop with a projector: the facilitator opens the presenter window from the
// workshop, and the two windows (same browser, no server) stay in step for next, previous, an
// answer and the section's timer; the projector's own keys move the workshop; every answer goes
// into the decision log with who decided, and the log is in the Markdown export.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { appUnderTest, openExample, screenshot } from "./support.mjs";

const app = appUnderTest();

/** Polls `read` until it gives `wanted` (the two windows tick on their own). */
async function until(page, read, wanted, what) {
  let last;
  for (let tries = 0; tries < 100; tries += 1) {
    last = await read();
    if (wanted(last)) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`${what}: last saw ${JSON.stringify(last)}`);
}

test("the projector stays in step with the facilitator, and the decision log reaches the export", async () => {
  const { page, context } = await app.open({ viewport: { width: 1600, height: 1000 } });
  await openExample(app, page);
  await page.getByRole("link", { name: "Readiness", exact: true }).click();
  await page.getByRole("button", { name: "Start workshop" }).click();
  const [projector] = await Promise.all([
    context.waitForEvent("page"),
    page.getByRole("button", { name: "Open presenter window" }).click(),
  ]);
  await projector.getByRole("main", { name: "Workshop projector" }).waitFor();
  const facilitatorAt = () => page.getByText(/^Question \d+ of \d+$/).innerText();
  const projectorAt = () => projector.getByTestId("projector-progress").innerText();
  const shownQuestion = () => projector.getByRole("heading", { level: 1 }).innerText();
  const question = () => page.locator("#workshop-question").innerText();

  // The projector asked for what is on screen when it opened.
  const first = await facilitatorAt();
  await until(projector, projectorAt, (at) => at === first, "the projector opens on the facilitator's question");
  assert.equal(await shownQuestion(), await question());

  await page.getByRole("button", { name: "Next question" }).click();
  const second = await facilitatorAt();
  assert.notEqual(second, first);
  await until(projector, projectorAt, (at) => at === second, "next");
  assert.equal(await shownQuestion(), await question());
  await page.getByRole("button", { name: "Previous question" }).click();
  await until(projector, projectorAt, (at) => at === first, "previous");

  // An answer, by a named person: the projector marks it and shows the risks.
  await page.getByLabel("Decided by (for the decision log)").fill("Priya (CIO)");
  const picked = page.locator(".workshop .choice").first();
  const label = (await picked.locator("label").innerText()).replace(/^1\s*/, "").split("\n")[0].trim();
  await picked.locator("input").check();
  await page.getByText(/^Answered: /).first().waitFor();
  await projector.locator(".projector-choices li.selected", { hasText: label.replace(/\s+\S+$/, "") }).waitFor();
  assert.ok((await projector.locator(".projector-choices .badge").count()) > 0, "risks show once answered");

  // The timer: both windows show the same section time, and it runs.
  const facilitatorTimer = () => page.getByTestId("facilitator-timer").innerText();
  const projectorTimer = () => projector.getByTestId("projector-timer").innerText();
  await until(projector, projectorTimer, (t) => /: 00:0[2-9] of 15:00/.test(t), "the section clock runs");
  await until(projector, async () => [await facilitatorTimer(), await projectorTimer()], ([f, p]) => f === p, "both windows show the same time");
  await page.getByLabel(/^Timebox for /).fill("1");
  await page.getByLabel(/^Timebox for /).blur();
  await until(projector, projectorTimer, (t) => / of 01:00 · /.test(t), "a new timebox reaches the projector");
  await screenshot(projector, "presenter-projector");
  await screenshot(page, "presenter-facilitator");

  // The projector's keys (a clicker) move the workshop.
  await projector.keyboard.press("ArrowRight");
  await until(page, facilitatorAt, (at) => at === second, "the projector's → moves the facilitator");

  await page.getByRole("button", { name: "Leave workshop" }).click();
  // The projector stops showing the question the room left.
  await projector.getByText("Waiting for the facilitator").waitFor();
  await page.getByRole("link", { name: "Export", exact: true }).click();
  await page.getByLabel(/^Staging plan \(Markdown\)/).check();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  const markdown = await readFile(await download.path(), "utf8");
  const log = markdown.slice(markdown.indexOf("## Workshop decision log"));
  assert.ok(log.startsWith("## Workshop decision log"), "the export has the decision log");
  const row = log.split("\n").find((line) => line.includes("Priya (CIO)"));
  assert.ok(row, log);
  assert.match(row, /^\| \d{4}-\d{2}-\d{2} \d{2}:\d{2} \| .+ \| .+ \| Priya \(CIO\) \| .*\|$/);
});
