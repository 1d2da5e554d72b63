// Running a readiness workshop as a facilitator does: resume where the room stopped, answer
// with the keyboard even after clicking elsewhere, see no risk colour before the room answers,
// name an owner, and leave with a summary of every follow-up to send round.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { appUnderTest, openExample, screenshot } from "./support.mjs";

const app = appUnderTest();

const questionNumber = async (page) => {
  const text = await page.getByText(/^Question \d+ of \d+$/).innerText();
  return Number(text.match(/^Question (\d+)/)[1]);
};

test("a workshop resumes, keeps its keys, hides risk until answered and ends with follow-ups", async () => {
  const { page } = await app.open({ viewport: { width: 1920, height: 1080 } });
  await openExample(app, page);
  await page.getByRole("link", { name: "Readiness", exact: true }).click();
  await page.getByRole("button", { name: "Start workshop" }).click();
  const start = await questionNumber(page);
  // It resumes at the first question the example left unanswered.
  assert.equal(await page.locator(".workshop input[type=radio]:checked").count(), 0, "resumed at an unanswered question");
  assert.equal(await page.locator(".workshop .choice .badge").count(), 0, "no risk colour before the room answers");
  const question = await page.locator("#workshop-question").innerText();
  await screenshot(page, "workshop-before-answer");

  // Focus leaves the question (a click on the page's heading): the keys still work.
  await page.getByRole("heading", { level: 1, name: "Readiness workshop" }).click();
  const choices = await page.locator(".workshop .choice").count();
  await page.keyboard.press(String(choices));
  await page.getByText(/^Answered: /).first().waitFor();
  assert.equal(await page.locator(".workshop .choice .badge").count(), choices, "answered: every choice shows its risk");
  const risk = await page.locator(".workshop .choice.selected .badge").innerText();

  // Typing a digit into the notes is text, not an answer.
  const note = page.getByLabel("Notes from the room");
  await note.click();
  // Typed slowly, across several ticks of the section clock: the clock must not undo typing.
  await note.pressSequentially("1 vendor, 2 sites", { delay: 120 });
  await note.blur();
  await page.getByText("Notes saved").first().waitFor();
  assert.equal(await page.locator(".workshop .choice.selected .badge").innerText(), risk, "the answer did not change");
  await page.getByLabel("Owner (who follows up)").pressSequentially("Network team", { delay: 120 });
  await page.getByLabel("Owner (who follows up)").blur();
  await page.getByText("Owner: Network team").first().waitFor();
  await screenshot(page, "workshop-answered");

  await page.getByRole("heading", { level: 1, name: "Readiness workshop" }).click();
  await page.keyboard.press("ArrowRight");
  await page.getByText(`Question ${start + 1} of`, { exact: false }).waitFor();

  await page.getByRole("button", { name: "Summary", exact: true }).click();
  await page.getByRole("heading", { name: "Workshop summary" }).waitFor();
  await page.getByRole("heading", { name: /^Follow-ups \(\d+\)$/ }).waitFor();
  const followUp = page.locator(".follow-ups li", { hasText: question });
  if (risk !== "Green") {
    await followUp.getByText("Network team").waitFor();
    await followUp.getByText("Notes: 1 vendor, 2 sites").waitFor();
  } else {
    assert.equal(await followUp.count(), 0, "a green answer needs no follow-up");
  }
  await screenshot(page, "workshop-summary");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the outcome (Markdown)" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "contoso-retail-first-release-workshop-outcome.md");
  const markdown = await readFile(await download.path(), "utf8");
  assert.match(markdown, /^# Readiness workshop: Contoso retail: first release/);
  assert.match(markdown, /## Follow-ups \(\d+\)/);
  if (risk !== "Green") assert.match(markdown, /- Owner: Network team/);

  // Leaving and coming back resumes after what the room has answered.
  await page.getByRole("button", { name: "Leave workshop" }).click();
  await page.getByRole("button", { name: "Start workshop" }).click();
  assert.ok((await questionNumber(page)) > start, "resumes past the question just answered");
});
