// The plan's truth in the browser: a workload's stage follows its checklists. The promote
// gate's steps promote a staged workload; on one that is not staged they change nothing but
// a finding; a remediation item is ticked done; the Markdown export says what the pages say.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { appUnderTest, openExample } from "./support.mjs";

const app = appUnderTest();
// Opens a disclosure whether or not the page opened it already.
const expand = (details) => details.evaluate((element) => { element.open = true; });

test("the promote gate promotes only a staged workload, and the export says what the pages say", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Staging", exact: true }).click();
  const intranet = page.locator("details.staging").filter({ has: page.locator("summary strong", { hasText: /^Intranet portal$/ }) });
  await expand(intranet);
  await intranet.getByText("Business tested", { exact: true }).first().waitFor();
  // The gate: sign-offs, then the cut-over (the approach and trigger are agreed already).
  for (const step of ["Domain sign-off", "User routing sign-off", "Identity sign-off", "Performance sign-off", "BCDR sign-off", "Data classification sign-off", "Security sign-off"]) {
    await intranet.getByLabel(step, { exact: true }).check();
  }
  await intranet.getByLabel("DNS/IP cut-over done", { exact: true }).check();
  await intranet.locator("summary").getByText("Promoted", { exact: true }).waitFor();
  // It has moved: ticking the cut-over pins it to its wave, and a smaller first wave
  // (capacity 1) keeps it there and moves the workload not yet started instead.
  await page.getByText("Intranet portal: DNS/IP cut-over done ticked; pinned to wave 1, where it moved").first().waitFor();
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.locator("summary", { hasText: "Settings" }).click();
  const ramp = page.getByLabel("Workloads in wave 1 (ramp)");
  await ramp.fill("1");
  await ramp.press("Enter");
  await page.locator(".card.wave").first().getByText(/^1 workload · capacity 1 /).waitFor();
  await page.locator(".card.wave").first().getByText("Intranet portal", { exact: true }).waitFor();
  assert.equal(await page.getByLabel("Wave pin for Intranet portal").inputValue(), "1");
  assert.ok(await page.getByLabel("Wave pin for Intranet portal").isDisabled(), "its pin stays while the cut-over stands");
  await page.getByRole("link", { name: "Staging", exact: true }).click();
  await expand(intranet);
  await intranet.locator("summary").getByText(/· wave 1 ·/).waitFor();

  // A workload that has not started: promotion steps alone do not promote it, and the
  // contradiction is a finding on the Waves page.
  const lab = page.locator("details.staging").filter({ has: page.locator("summary strong", { hasText: /^Build servers$/ }) });
  await expand(lab);
  await lab.getByLabel("Security sign-off", { exact: true }).check();
  await lab.locator("summary").getByText("Not started", { exact: true }).waitFor();
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.getByText(/Build servers has promotion steps ticked \(Security sign-off\) but is not staged/).waitFor();

  // Remediation items are ticked done on the Remediation page.
  await page.getByRole("link", { name: "Remediation", exact: true }).click();
  const hr = page.locator("details.remediation").filter({ has: page.locator("summary h2", { hasText: /^HR self-service$/ }) });
  await expand(hr);
  await hr.getByLabel("Upgrade Windows Server 2012 R2 to 2022 on hr-web-01 done").check();
  await hr.locator("summary").getByText(/1 of 2 fixed/).waitFor();

  // The Markdown export says what the pages say.
  await page.getByRole("link", { name: "Export", exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  const markdown = await readFile(await download.path(), "utf8");
  assert.match(markdown, /### Intranet portal — done\n\n[^\n]*stage: Promoted/);
  assert.match(markdown, /- \[x\] DNS\/IP cut-over done: All done\./);
  assert.match(markdown, /Build servers has promotion steps ticked \(Security sign-off\) but is not staged/);
});

test("lists follow undo and redo: a wave pin and a readiness answer show the plan's value", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  // Pinned to the wave it is in, so it stays in that wave's list (the case found by using it).
  const pin = page.getByLabel("Wave pin for Web shop");
  const card = page.locator(".card.wave", { has: pin });
  const wave = (await card.getByRole("heading").first().innerText()).match(/^Wave (\d+)/)[1];
  assert.equal(await pin.inputValue(), "");
  await pin.selectOption({ label: `Pin to wave ${wave}` });
  await page.getByText(`Pinned to wave ${wave}`).first().waitFor();
  const shown = () => page.evaluate(() => document.querySelector("select[aria-label='Wave pin for Web shop']").value);
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByText(`Undone: Pinned to wave ${wave}`).first().waitFor();
  await page.waitForFunction(() => document.querySelector("select[aria-label='Wave pin for Web shop']").value === "");
  await page.getByRole("button", { name: "Redo" }).click();
  await page.getByText(`Redone: Pinned to wave ${wave}`).first().waitFor();
  await page.waitForFunction((wave) => document.querySelector("select[aria-label='Wave pin for Web shop']").value === wave, wave)
    .catch(async () => assert.fail(`the list shows “${await shown()}” after redo, the plan pins wave ${wave}`));

  // The promotion model, a setting: changed, undone, redone.
  await page.locator("summary", { hasText: "Settings" }).click();
  const model = page.getByLabel("Promotion model");
  const first = await model.inputValue();
  const next = await model.locator("option").evaluateAll((options, first) => options.map((o) => o.value).find((v) => v !== first), first);
  await model.selectOption(next);
  const shownModel = () => page.evaluate(() => document.getElementById("setting-promotion").value);
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByText(/^Undone: /).first().waitFor();
  await page.waitForFunction((first) => document.getElementById("setting-promotion").value === first, first)
    .catch(async () => assert.fail(`the list shows “${await shownModel()}” after undo, the plan has “${first}”`));
  await page.getByRole("button", { name: "Redo" }).click();
  await page.getByText(/^Redone: /).first().waitFor();
  await page.waitForFunction((next) => document.getElementById("setting-promotion").value === next, next);

  await page.getByRole("link", { name: "Readiness", exact: true }).click();
  const answer = page.locator(".question select").first();
  const was = await answer.inputValue();
  const other = await answer.locator("option").evaluateAll((options, was) => options.map((o) => o.value).find((v) => v && v !== was), was);
  await answer.selectOption(other);
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByText(/^Undone: /).first().waitFor();
  await page.waitForFunction((was) => document.querySelector(".question select").value === was, was);
});
