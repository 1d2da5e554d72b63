//! Performance: measures this browser on waveplan's own work — planning a 10,000-workload plan,
//! saving the plan in use — and loads a large test plan to try the pages with. scripts/perf
//! reads the figures from here; anyone can run them.

use yew::prelude::*;

use crate::browser::clock::performance_now;
use crate::domain::grouping::suggest;
use crate::domain::plan::Plan;
use crate::domain::quantity::counted;
use crate::domain::synthetic::{generate, inventory, many_waves};
use crate::domain::waves::plan_waves;
use crate::ui::saved_plans::{new_id, save, switch_to};
use crate::ui::state::PlanContext;

/// The same seed and shape as `cargo bench --bench plan_waves`, so the figures compare.
const SEED: u64 = 2027;
const EDGES_PER_WORKLOAD: u32 = 10;
const RUNS: usize = 5;

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times.get(times.len() / 2).copied().unwrap_or(0.0)
}

/// The median time of `RUNS` runs of `work`, and what the last run gave.
fn timed<T>(mut work: impl FnMut() -> T) -> (f64, T) {
    let mut run = || {
        let started = performance_now();
        let gave = work();
        (performance_now() - started, gave)
    };
    let (first, mut last) = run();
    let mut times = vec![first];
    for _ in 1..RUNS {
        let (time, gave) = run();
        times.push(time);
        last = gave;
    }
    (median(times), last)
}

/// A button that measures something and keeps what it said (milliseconds and words).
fn measure(
    result: &UseStateHandle<Option<(f64, String)>>,
    run: fn() -> (f64, String),
) -> Callback<MouseEvent> {
    let result = result.clone();
    Callback::from(move |_| result.set(Some(run())))
}

fn measure_planning() -> (f64, String) {
    planning_of(10_000)
}

/// The largest plan: 50,000 workloads and about 500,000 dependencies.
fn measure_large_planning() -> (f64, String) {
    planning_of(50_000)
}

fn planning_of(workloads: u32) -> (f64, String) {
    let plan = generate(SEED, workloads, EDGES_PER_WORKLOAD);
    let (ms, waves) = timed(|| plan_waves(&plan).waves.len());
    let waves = counted(waves, "wave", "waves");
    (ms, format!("Median {ms:.1} ms for {waves}."))
}

fn measure_suggesting() -> (f64, String) {
    let plan = inventory(SEED, 10_000, 100_000);
    let (ms, groups) = timed(|| suggest(&plan).proposals.len());
    let groups = counted(groups, "group", "groups");
    (ms, format!("Median {ms:.1} ms for {groups}."))
}

/// A button that opens a generated plan as a new plan (the one in use stays saved).
fn load(state: &PlanContext, make: fn() -> Plan, said: &'static str) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| switch_to(&state, make(), new_id(), said.into()))
}

/// A card that measures one thing; `testid` marks the figure for scripts/perf.
fn measure_card(
    title: &str,
    what: String,
    button: &str,
    onclick: Callback<MouseEvent>,
    testid: &str,
    result: Option<&(f64, String)>,
) -> Html {
    html! {
        <div class="card">
            <h2>{ title }</h2>
            <p>{ what }</p>
            <button type="button" {onclick}>{ button }</button>
            if let Some((ms, said)) = result {
                <p data-testid={testid.to_owned()} data-value={format!("{ms:.1}")}>{ said }</p>
            }
        </div>
    }
}

#[function_component(PerformancePage)]
pub fn performance_page() -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let planning = use_state(|| None::<(f64, String)>);
    let large_planning = use_state(|| None::<(f64, String)>);
    let suggesting = use_state(|| None::<(f64, String)>);
    let saving = use_state(|| None::<Result<f64, String>>);
    let measure_saving = {
        let (saving, state) = (saving.clone(), state.clone());
        Callback::from(move |_| {
            let started = performance_now();
            let result = save(&state.plan_id, &state.plan)
                .map(|()| performance_now() - started)
                .map_err(|error| error.to_string());
            saving.set(Some(result));
        })
    };
    html! {
        <section aria-labelledby="performance-title">
            <h1 id="performance-title">{ "Performance" }</h1>
            <p class="lead">{ "How fast this browser does waveplan's work. Nothing is sent anywhere." }</p>
            { measure_card("Planning", format!("Plans a generated plan of 10,000 workloads with about {EDGES_PER_WORKLOAD} dependencies each, {RUNS} times."),
                "Measure planning", measure(&planning, measure_planning), "planning-ms", planning.as_ref()) }
            { measure_card("Planning a very large plan", format!("The same for 50,000 workloads (about 500,000 dependencies), {RUNS} times: a few seconds."),
                "Measure planning 50,000 workloads", measure(&large_planning, measure_large_planning), "planning-50k-ms", large_planning.as_ref()) }
            { measure_card("Suggested workloads", format!("Groups a generated inventory of 10,000 unassigned servers with 100,000 rows of traffic, {RUNS} times."),
                "Measure suggestions", measure(&suggesting, measure_suggesting), "suggesting-ms", suggesting.as_ref()) }
            <div class="card">
                <h2>{ "Saving" }</h2>
                <p>{ format!("Writes the plan in use ({} workloads) to this browser's storage, as autosave does.", state.plan.workloads().len()) }</p>
                <button type="button" onclick={measure_saving}>{ "Measure saving" }</button>
                { match &*saving {
                    None => html! {},
                    Some(Ok(ms)) => html! { <p data-testid="saving-ms" data-value={format!("{ms:.1}")}>{ format!("{ms:.1} ms") }</p> },
                    Some(Err(error)) => html! { <p class="field-error">{ error }</p> },
                } }
            </div>
            <div class="card">
                <h2>{ "A large plan" }</h2>
                <p>{ "Opens a generated plan of 5,000 workloads as a new plan (yours stays saved) to try the pages with." }</p>
                <button type="button" onclick={load(&state, || generate(SEED, 5_000, EDGES_PER_WORKLOAD), "Loaded a 5,000-workload test plan")}>{ "Load a 5,000-workload test plan" }</button>
                <p>{ "Or a generated inventory of 10,000 unassigned servers, to try the inventory and its suggestions with." }</p>
                <button type="button" class="secondary" onclick={load(&state, || inventory(SEED, 10_000, 100_000), "Loaded a 10,000-server test inventory")}>{ "Load a 10,000-server test inventory" }</button>
                <p>{ "Or 2,000 workloads in about 200 weekly waves, with blackouts and a baseline, to try the timeline and the burn-ups with." }</p>
                <button type="button" class="secondary" onclick={load(&state, || many_waves(SEED, 2_000, 200), "Loaded a 2,000-workload, 200-wave test plan")}>{ "Load a 2,000-workload, 200-wave test plan" }</button>
            </div>
        </section>
    }
}
