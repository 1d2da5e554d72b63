// Measures what issue 6 asks, against the release builds (dist/ and perf/hello/dist/), in
// headless Chromium: bundle sizes, first render (median of 10 loads, with its floor), planning 10,000 workloads
// in wasm against the native figure, typing latency and autosave with 5,000 workloads.
// Run through scripts/perf, which builds everything first and passes the native figure.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, repoRoot, serveDist } from "../tests/e2e/support.mjs";

async function watchedPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return { context, page: await context.newPage() };
}

const nativePlanningMs = Number(process.argv[2] ?? "NaN");
const nativeLargePlanningMs = Number(process.argv[3] ?? "NaN");
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fixed = (value) => value.toFixed(1);

function bundle(dir) {
  let raw = 0;
  let gz = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".wasm") || n.endsWith(".js"))) {
    const bytes = readFileSync(join(dir, name));
    raw += bytes.length;
    // gzip(1) -9, as scripts/bundle-size.sh and the budget check count it (zlib differs by ~1%).
    gz += execFileSync("gzip", ["-9", "-c", join(dir, name)], { maxBuffer: 64 << 20 }).length;
  }
  return { raw, gz };
}

// Median first render of each page, loading them in turn (the VM's speed drifts between runs).
async function firstRenders(pages) {
  const times = pages.map(() => []);
  for (let run = 0; run < 10; run++) {
    for (const [i, { url, seed }] of pages.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      if (seed) await context.addInitScript((entries) => entries.forEach(([k, v]) => localStorage.setItem(k, v)), seed);
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName("waveplan-first-render").length > 0);
      times[i].push(await page.evaluate(() => performance.getEntriesByName("waveplan-first-render")[0].startTime));
      await context.close();
    }
  }
  return times.map(median);
}

// The floor of the first render: the same build, with the app's start (wasm-bindgen's call of
// `main`) replaced by the first-render mark. The page loads, compiles and instantiates the same
// wasm and runs none of the app: what no change to the app's own start-up work can go below.
function startlessCopy() {
  const dir = mkdtempSync(join(tmpdir(), "waveplan-startless-"));
  cpSync(join(repoRoot, "dist"), dir, { recursive: true });
  const glue = readdirSync(dir).find((name) => name.startsWith("waveplan-") && name.endsWith(".js"));
  const text = readFileSync(join(dir, glue), "utf8");
  const start = "wasm.__wbindgen_start();";
  if (!text.includes(start)) throw new Error(`${glue} no longer calls ${start}: update perf/measure.mjs`);
  writeFileSync(join(dir, glue), text.replace(start, 'performance.mark("waveplan-first-render");'));
  // The glue changed, so its subresource-integrity hash in index.html no longer matches.
  const index = readFileSync(join(dir, "index.html"), "utf8");
  writeFileSync(join(dir, "index.html"), index.replace(/ integrity="[^"]*"/g, ""));
  return dir;
}

const app = await serveDist(join(repoRoot, "dist"));
const startlessDir = startlessCopy();
const startless = await serveDist(startlessDir);
const hello = await serveDist(join(repoRoot, "perf", "hello", "dist"));
const browser = await launchBrowser();
const results = [];
const say = (what, value) => {
  results.push([what, value]);
  console.log(`${what}: ${value}`);
};

const sizes = { app: bundle(join(repoRoot, "dist")), hello: bundle(join(repoRoot, "perf", "hello", "dist")) };
say("bundle, wasm + js (raw / gzip -9)", `${Math.floor(sizes.app.raw / 1024)} KB / ${Math.floor(sizes.app.gz / 1024)} KB`);
say("hello-world bundle (raw / gzip -9)", `${Math.floor(sizes.hello.raw / 1024)} KB / ${Math.floor(sizes.hello.gz / 1024)} KB`);
say("bundle ratio to hello-world (gzip)", `${(sizes.app.gz / sizes.hello.gz).toFixed(1)}x`);

// The example plan, saved as the app saves it, seeds each measured load.
const { page, context } = await watchedPage(browser);
await page.goto(app.url);
await page.getByRole("button", { name: "Load example plan" }).click();
await page.waitForFunction(() => {
  const id = localStorage.getItem("waveplan.current");
  return Boolean(id && localStorage.getItem(`waveplan.plan.${id}`)?.includes("Contoso retail"));
});
const seed = await page.evaluate(() => Object.entries(localStorage));
await context.close();
const [appRender, helloRender, floorRender] = await firstRenders([
  { url: app.url, seed },
  { url: hello.url, seed: null },
  { url: startless.url, seed },
]);
await startless.close();
rmSync(startlessDir, { recursive: true, force: true });
say("first render with the example plan, median of 10 loads", `${fixed(appRender)} ms`);
say("first render of hello-world, median of 10 loads", `${fixed(helloRender)} ms`);
say("first render ratio to hello-world", `${(appRender / helloRender).toFixed(1)}x`);
say("the app's wasm loaded and instantiated, none of it run (the floor), median of 10 loads", `${fixed(floorRender)} ms (${(floorRender / helloRender).toFixed(1)}x hello-world)`);

const work = await watchedPage(browser);
const p = work.page;
await p.goto(`${app.url}#/performance`);
const planning = [];
for (let run = 0; run < 3; run++) {
  await p.getByRole("button", { name: "Measure planning", exact: true }).click();
  await p.getByTestId("planning-ms").waitFor();
  planning.push(Number(await p.getByTestId("planning-ms").getAttribute("data-value")));
  await p.reload();
}
const wasmPlanning = median(planning);
say("planning 10,000 workloads / ~100,000 edges in wasm (median of 3 medians of 5)", `${fixed(wasmPlanning)} ms`);
say("wasm / native planning ratio", Number.isFinite(nativePlanningMs) ? `${(wasmPlanning / nativePlanningMs).toFixed(1)}x (native ${fixed(nativePlanningMs)} ms)` : "native figure not given");

await p.getByRole("button", { name: "Measure planning 50,000 workloads" }).click();
await p.getByTestId("planning-50k-ms").waitFor({ timeout: 120_000 });
const largePlanning = Number(await p.getByTestId("planning-50k-ms").getAttribute("data-value"));
say("planning 50,000 workloads / ~500,000 edges in wasm (median of 5)", `${fixed(largePlanning)} ms`);
say("wasm / native planning ratio at 50,000", Number.isFinite(nativeLargePlanningMs) ? `${(largePlanning / nativeLargePlanningMs).toFixed(1)}x (native ${fixed(nativeLargePlanningMs)} ms)` : "native figure not given");

await p.getByRole("button", { name: "Measure suggestions" }).click();
await p.getByTestId("suggesting-ms").waitFor();
say("suggested workloads for 10,000 servers / 100,000 traffic rows in wasm (median of 5)", `${await p.getByTestId("suggesting-ms").getAttribute("data-value")} ms`);

await p.getByRole("button", { name: "Load a 10,000-server test inventory" }).click();
await p.getByText("Loaded a 10,000-server test inventory").first().waitFor();
await p.getByRole("link", { name: /^Inventory/ }).click();
const search = p.getByLabel("Search names, operating systems and files");
await search.click();
await p.evaluate(() => {
  window.frameDelays = [];
  document.getElementById("inventory-search").addEventListener("input", (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => window.frameDelays.push(performance.now() - start));
  });
});
await search.pressSequentially("xabc-web", { delay: 60 });
const searchDelays = await p.evaluate(() => window.frameDelays);
say("filtering 10,000 assets as a person types: input to next frame, median / max", `${fixed(median(searchDelays))} ms / ${fixed(Math.max(...searchDelays))} ms (${searchDelays.length} keys)`);
await p.goto(`${app.url}#/performance`);

await p.getByRole("button", { name: "Load a 5,000-workload test plan" }).click();
await p.getByTestId("plan-name").getByText("Untitled migration plan").waitFor();
await p.goto(`${app.url}#/performance`);
await p.getByRole("button", { name: "Measure saving" }).click();
await p.getByTestId("saving-ms").waitFor();
say("saving a 5,000-workload plan (serialise + local storage)", `${await p.getByTestId("saving-ms").getAttribute("data-value")} ms`);

await p.getByRole("link", { name: "Workloads", exact: true }).click();
await p.getByRole("button", { name: "Workload 00001", exact: true }).click();
const field = p.getByLabel("Workload name");
await field.click();
await field.press("End");
await p.evaluate(() => {
  window.frameDelays = [];
  document.getElementById("workload-name").addEventListener("input", (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => window.frameDelays.push(performance.now() - start));
  });
});
await field.pressSequentially(" renamed in a workshop", { delay: 40 });
const delays = await p.evaluate(() => window.frameDelays);
say("typing in the workload editor with 5,000 workloads: input to next frame, median / max", `${fixed(median(delays))} ms / ${fixed(Math.max(...delays))} ms (${delays.length} keys)`);

// Saving an edit: from the click (the event's own time stamp) to the next frame after the
// status line says it is saved (apply and render: the edit on screen), and to the next frame
// after the re-analysis of the whole plan replaced "Re-planning…" (waves, checklists, findings
// up to date). Nine saves, each after another small edit.
await p.evaluate(() => {
  window.saveTimes = [];
  window.replanTimes = [];
  document.addEventListener("click", (event) => {
    if (event.target.textContent === "Save workload") window.saving = { started: event.timeStamp, shown: false };
  }, true);
  const frameAfter = (list, started) => requestAnimationFrame(() => list.push(performance.now() - started));
  new MutationObserver(() => {
    const saving = window.saving;
    if (!saving) return;
    const status = document.querySelector(".status")?.textContent ?? "";
    if (!saving.shown && status.startsWith("Saved workload")) {
      saving.shown = true;
      frameAfter(window.saveTimes, saving.started);
    }
    if (saving.shown && !document.querySelector("[data-testid=replanning]")) {
      window.saving = undefined;
      frameAfter(window.replanTimes, saving.started);
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
});
for (let save = 0; save < 9; save++) {
  if (save > 0) {
    await p.getByRole("button", { name: "Workload 00001", exact: false }).first().click();
    await field.fill(`Workload 00001 edit ${save}`);
  }
  await p.getByRole("button", { name: "Save workload" }).click();
  await p.waitForFunction((count) => window.replanTimes.length >= count, save + 1);
}
const saves = await p.evaluate(() => window.saveTimes);
const replans = await p.evaluate(() => window.replanTimes);
say("saving one workload edit with 5,000 workloads: click to the edit on screen (apply, render), median / max of 9", `${fixed(median(saves))} ms / ${fixed(Math.max(...saves))} ms`);
say("the same saves: click to the re-analysed plan on screen (waves, checklists, findings), median / max", `${fixed(median(replans))} ms / ${fixed(Math.max(...replans))} ms`);

// The timeline of every wave and the burn-ups: 2,000 workloads in about 200 weekly waves with
// a baseline. From the click on the page's link to the next frame after the page is drawn.
await p.goto(`${app.url}#/performance`);
await p.getByRole("button", { name: "Load a 2,000-workload, 200-wave test plan" }).click();
await p.getByText("Loaded a 2,000-workload, 200-wave test plan").first().waitFor();
await p.getByTestId("replanning").waitFor({ state: "detached" });
async function pageRender(link, drawn) {
  const times = [];
  for (let run = 0; run < 5; run++) {
    await p.getByRole("link", { name: "Start", exact: true }).click();
    await p.getByRole("heading", { level: 1 }).first().waitFor();
    await p.evaluate((selector) => {
      window.rendered = undefined;
      document.addEventListener("click", (event) => {
        const started = event.timeStamp;
        const watch = () => (document.querySelector(selector) ? requestAnimationFrame(() => { window.rendered = performance.now() - started; }) : requestAnimationFrame(watch));
        watch();
      }, { capture: true, once: true });
    }, drawn);
    await p.getByRole("link", { name: link, exact: true }).click();
    await p.waitForFunction(() => window.rendered !== undefined);
    times.push(await p.evaluate(() => window.rendered));
  }
  return times;
}
const waveCount = async () => Number((await p.locator("figure.timeline figcaption").innerText()).match(/(\d+) waves/)[1]);
const timelineTimes = await pageRender("Waves", "figure.timeline svg g.band");
say(`the whole Waves page with its timeline of all ${await waveCount()} waves (2,000 workloads): click to drawn, median / max of 5`, `${fixed(median(timelineTimes))} ms / ${fixed(Math.max(...timelineTimes))} ms`);
// The timeline alone: a zoom button re-draws only the timeline (its own state), so click to
// the next frame after the pressed button changed is the timeline's render of every wave.
const zoomTimes = [];
for (let run = 0; run < 6; run++) {
  const to = run % 2 === 0 ? "Months" : "Whole plan";
  await p.evaluate((label) => {
    window.rendered = undefined;
    document.addEventListener("click", (event) => {
      const started = event.timeStamp;
      const watch = () => ([...document.querySelectorAll(".zoom button[aria-pressed=true]")].some((b) => b.textContent === label) ? requestAnimationFrame(() => { window.rendered = performance.now() - started; }) : requestAnimationFrame(watch));
      watch();
    }, { capture: true, once: true });
  }, to);
  await p.getByRole("button", { name: to, exact: true }).click();
  await p.waitForFunction(() => window.rendered !== undefined);
  zoomTimes.push(await p.evaluate(() => window.rendered));
}
say(`the timeline alone, re-drawn at another zoom (${await waveCount()} waves, 2,000 workloads): click to next frame, median / max of 6`, `${fixed(median(zoomTimes))} ms / ${fixed(Math.max(...zoomTimes))} ms`);
const burnUpTimes = await pageRender("Progress", "figure.burn-up svg");
say("the Progress page with the burn-ups (12 a page) and what changed: click to drawn, median / max of 5", `${fixed(median(burnUpTimes))} ms / ${fixed(Math.max(...burnUpTimes))} ms`);

await browser.close();
await app.close();
await hello.close();
console.log("\n| measure | value |\n|---|---|");
for (const [what, value] of results) console.log(`| ${what} | ${value} |`);
