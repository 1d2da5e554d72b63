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
  assert.match(await wave2.innerText(), /0 workloads · blackout “Year-end close” \(2027-02-01 – 2027-02-07\): only pinned workloads move/);
  await screenshot(page, "blackout");
  // A reload keeps it (it is part of the plan's settings).
  await page.reload();
  await page.locator("summary", { hasText: "Settings" }).click();
  await finding.waitFor();
  await page.getByRole("button", { name: "Remove 2027-02-01 to 2027-02-07" }).click();
  await finding.waitFor({ state: "detached" });
});

/// The sprint labels under the timeline, left to right, each with its box; they must not run
/// into each other (a 200-wave plan's "S121 · 2031-08-13" is wider than the room it once got).
async function axisLabelsApart(figure, what) {
  const boxes = await figure.locator("svg[role=img] .axis text").evaluateAll((texts) =>
    texts.map((t) => { const b = t.getBoundingClientRect(); return { text: t.textContent, left: b.left, right: b.right }; }));
  assert.ok(boxes.length >= 2, `${what}: labels are drawn`);
  boxes.sort((a, b) => a.left - b.left);
  for (let i = 1; i < boxes.length; i++) {
    assert.ok(boxes[i - 1].right <= boxes[i].left, `${what}: "${boxes[i - 1].text}" runs into "${boxes[i].text}"`);
  }
}

test("the timeline's sprint labels never run into each other, at any zoom, on a 200-wave plan", async () => {
  const { page } = await app.open();
  await page.goto(`${app.server.url}#/performance`);
  await page.getByRole("button", { name: "Load a 2,000-workload, 200-wave test plan" }).click();
  await page.getByText("Loaded a 2,000-workload, 200-wave test plan").first().waitFor();
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  const figure = page.locator("figure.timeline");
  for (const zoom of ["Whole plan", "Months", "Weeks"]) {
    await figure.getByRole("button", { name: zoom }).click();
    await figure.getByRole("button", { name: zoom, pressed: true }).waitFor();
    await axisLabelsApart(figure, zoom);
  }
});

test("the timeline shows every wave, zooms, scrolls with the keys, marks today and reads as a table", async () => {
  const { page } = await app.open({ viewport: { width: 900, height: 800 } });
  await openExample(app, page);
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  // Start the plan a week ago, so today falls inside the first wave.
  const today = new Date();
  const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  const weekAgo = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 7);
  await page.locator("summary", { hasText: "Settings" }).click();
  await page.getByLabel("Start date").fill(iso(weekAgo));
  await page.getByLabel("Start date").press("Enter");
  const figure = page.locator("figure.timeline");
  await figure.getByText(`Today ${iso(today)}`).waitFor();
  const waves = Number((await figure.locator("figcaption").innerText()).match(/Timeline: (\d+) waves/)[1]);
  assert.ok(waves >= 3);
  // Every wave is in the drawing and in the table.
  assert.equal(await figure.locator("g.band").count(), waves);
  await figure.getByText("Timeline as a table").click();
  assert.equal(await figure.locator(".timeline-text tbody tr").count(), waves);
  // Every workload's bar stands out from its wave's band, in odd and even waves alike (the
  // even bands' shade once painted the non-production bars of wave 2 near-white).
  const fills = await figure.locator("g.band").evaluateAll((bands) =>
    bands.flatMap((band) => {
      const shade = getComputedStyle(band.querySelector(":scope > rect")).fill;
      return [...band.querySelectorAll("g.bar rect")].map((bar) => ({ wave: band.className.baseVal, shade, bar: getComputedStyle(bar).fill }));
    }),
  );
  assert.ok(fills.some(({ wave }) => wave.includes("even")), "a bar in an even wave is drawn");
  for (const { wave, shade, bar } of fills) assert.notEqual(bar, shade, `a bar in "${wave}" has its band's colour`);

  const width = () => figure.locator("svg[role=img]").first().evaluate((svg) => svg.getBoundingClientRect().width);
  const whole = await width();
  await figure.getByRole("button", { name: "Weeks" }).click();
  assert.equal(await figure.getByRole("button", { name: "Weeks" }).getAttribute("aria-pressed"), "true");
  const weeks = await width();
  assert.ok(weeks > whole, `zooming in widens the drawing (${whole} → ${weeks})`);
  // The box takes the focus and scrolls sideways with the arrow keys.
  const box = figure.getByRole("region", { name: /Timeline of all waves/ });
  await box.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelector(".timeline-box").scrollLeft > 0);
  await screenshot(page, "timeline-weeks");
});

test("a team holiday shrinks the waves it covers, with a finding, and shows on the timeline", async () => {
  const { page } = await app.open();
  await openExample(app, page);
  await page.getByRole("link", { name: "Waves", exact: true }).click();
  await page.locator("summary", { hasText: "Settings" }).click();
  const holidays = page.getByRole("group", { name: /Team holidays/ });
  // The example's first wave is 2027-01-04 – 2027-01-31: two weeks off are half of it.
  await holidays.getByLabel("From").fill("2027-01-04");
  await holidays.getByLabel("To").fill("2027-01-17");
  await holidays.getByLabel("Reason").fill("New year break");
  await holidays.getByRole("button", { name: "Add team holiday" }).click();
  await page.getByText("Team holidays changed; waves re-planned").first().waitFor();
  await page.getByText(/^Team holidays take 50 % of wave 1's days: it plans for \d+ workloads? instead of \d+\.$/).waitFor();
  const wave1 = page.locator(".card.wave", { has: page.getByRole("heading", { name: /^Wave 1 ·/ }) });
  assert.match(await wave1.innerText(), /capacity \d+ \(team holidays take 50 % of it\)/);
  assert.equal(await page.locator("figure.timeline g.holiday rect").count(), 1);
});
