// A workload's dependency picture as an architect reads it: who needs it and what it needs,
// hard or soft, in which wave, what moves with it and why; each workload in the picture takes
// the keyboard focus, and the same facts are in a table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, openExample, screenshot } from "./support.mjs";

const app = appUnderTest();

test("the dependency picture shows both sides, the waves, and what moves together", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Workloads", exact: true }).click();
  await page.getByRole("button", { name: "Order management", exact: true }).click();
  await page.getByRole("tab", { name: /^Dependencies/ }).click();
  const picture = page.locator("figure.dependency-picture");
  await picture.waitFor();
  const shop = picture.getByRole("img", { name: /^Web shop needs Order management \(hard\), wave \d+$/ });
  await shop.waitFor();
  const needs = picture.getByRole("img", { name: /^Order management needs Store inventory \(hard\), wave \d+$/ });
  await needs.waitFor();
  // Tab walks the workloads in the picture.
  await shop.focus();
  assert.match(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), /^Web shop needs Order management/);
  await page.keyboard.press("Tab");
  assert.match(await page.evaluate(() => document.activeElement.getAttribute("aria-label") ?? ""), /needs/);
  await picture.getByRole("img", { name: /^Store inventory moves in wave \d+ with Order management: each hard-depends on the other: a cycle moves together$/ }).waitFor();
  await picture.getByText("The picture as a table").click();
  const rows = await picture.locator("tbody tr").count();
  assert.equal(rows, await picture.locator("g.node:not(.this)").count(), "a row per workload in the picture");
  await screenshot(page, "dependency-picture");

  // On a phone the picture keeps its size and scrolls sideways in its box: shrunk to the
  // screen, its labels were 6 px.
  await page.setViewportSize({ width: 390, height: 844 });
  const sizes = await picture.locator(".scroll-x").filter({ has: page.locator("svg") }).evaluate((box) => ({
    drawing: box.querySelector("svg").getBoundingClientRect().width,
    box: box.clientWidth,
    scrolls: box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX === "auto",
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  assert.ok(sizes.drawing >= 600, `the drawing is ${sizes.drawing} px wide`);
  assert.ok(sizes.scrolls, `the picture scrolls in its own box (${sizes.box} px)`);
  assert.equal(sizes.page, 0, "the page itself does not scroll sideways");
  await screenshot(page, "dependency-picture-phone");
});
