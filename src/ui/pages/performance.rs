//! Performance: measures this browser on waveplan's own work — planning a 10,000-workload plan,
//! saving the plan in use — and loads a large test plan to try the pages with. scripts/perf
//! reads the figures from here; anyone can run them.

use yew::prelude::*;

use crate::browser::clock::performance_now;
use crate::domain::grouping::suggest;
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

#[function_component(PerformancePage)]
pub fn performance_page() -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let planning = use_state(|| None::<(f64, usize)>);
    let suggesting = use_state(|| None::<(f64, usize)>);
    let saving = use_state(|| None::<Result<f64, String>>);
    let measure_planning = {
        let planning = planning.clone();
        Callback::from(move |_| {
            let plan = generate(SEED, 10_000, EDGES_PER_WORKLOAD);
            let mut times = Vec::with_capacity(RUNS);
            let mut waves = 0;
            for _ in 0..RUNS {
                let started = performance_now();
                waves = plan_waves(&plan).waves.len();
                times.push(performance_now() - started);
            }
            planning.set(Some((median(times), waves)));
        })
    };
    let measure_suggesting = {
        let suggesting = suggesting.clone();
        Callback::from(move |_| {
            let plan = inventory(SEED, 10_000, 100_000);
            let mut times = Vec::with_capacity(RUNS);
            let mut groups = 0;
            for _ in 0..RUNS {
                let started = performance_now();
                groups = suggest(&plan).proposals.len();
                times.push(performance_now() - started);
            }
            suggesting.set(Some((median(times), groups)));
        })
    };
    let load_inventory = {
        let state = state.clone();
        Callback::from(move |_| {
            switch_to(
                &state,
                inventory(SEED, 10_000, 100_000),
                new_id(),
                "Loaded a 10,000-server test inventory".into(),
            );
        })
    };
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
    let load_large = {
        let state = state.clone();
        Callback::from(move |_| {
            let plan = generate(SEED, 5_000, EDGES_PER_WORKLOAD);
            switch_to(
                &state,
                plan,
                new_id(),
                "Loaded a 5,000-workload test plan".into(),
            );
        })
    };
    let load_waves = {
        let state = state.clone();
        Callback::from(move |_| {
            let plan = many_waves(SEED, 2_000, 200);
            let label = "Loaded a 2,000-workload, 200-wave test plan".into();
            switch_to(&state, plan, new_id(), label);
        })
    };
    html! {
        <section aria-labelledby="performance-title">
            <h1 id="performance-title">{ "Performance" }</h1>
            <p class="lead">{ "How fast this browser does waveplan's work. Nothing is sent anywhere." }</p>
            <div class="card">
                <h2>{ "Planning" }</h2>
                <p>{ format!("Plans a generated plan of 10,000 workloads with about {EDGES_PER_WORKLOAD} dependencies each, {RUNS} times.") }</p>
                <button type="button" onclick={measure_planning}>{ "Measure planning" }</button>
                if let Some((ms, waves)) = *planning {
                    <p data-testid="planning-ms" data-value={format!("{ms:.1}")}>{ format!("Median {ms:.1} ms for {waves} waves.") }</p>
                }
            </div>
            <div class="card">
                <h2>{ "Suggested workloads" }</h2>
                <p>{ format!("Groups a generated inventory of 10,000 unassigned servers with 100,000 rows of traffic, {RUNS} times.") }</p>
                <button type="button" onclick={measure_suggesting}>{ "Measure suggestions" }</button>
                if let Some((ms, groups)) = *suggesting {
                    <p data-testid="suggesting-ms" data-value={format!("{ms:.1}")}>{ format!("Median {ms:.1} ms for {groups} groups.") }</p>
                }
            </div>
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
                <button type="button" onclick={load_large}>{ "Load a 5,000-workload test plan" }</button>
                <p>{ "Or a generated inventory of 10,000 unassigned servers, to try the inventory and its suggestions with." }</p>
                <button type="button" class="secondary" onclick={load_inventory}>{ "Load a 10,000-server test inventory" }</button>
                <p>{ "Or 2,000 workloads in about 200 weekly waves, with blackouts and a baseline, to try the timeline and the burn-ups with." }</p>
                <button type="button" class="secondary" onclick={load_waves}>{ "Load a 2,000-workload, 200-wave test plan" }</button>
            </div>
        </section>
    }
}
