//! Progress: save a named, dated baseline of the waves; see what changed since one (per wave:
//! moved and why, added, removed, dates slipped) and each wave's burn-up of workloads by stage
//! against its dates. Printable, and downloadable as Markdown.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::browser::clock;
use crate::domain::baseline::Baseline;
use crate::domain::calendar::Day;
use crate::domain::export::file_name;
use crate::domain::export::progress::{dates_line, moved_line, progress_markdown};
use crate::domain::name::Name;
use crate::domain::plan::Action;
use crate::domain::progress::{baseline_of, burn_ups, compare, WaveChanges};
use crate::ui::components::burn_up::{burn_up_chart, legend};
use crate::ui::components::fields;
use crate::ui::components::file_actions::{on_print, save_export};
use crate::ui::components::inline_confirm::InlineConfirm;
use crate::ui::components::pager::pager;
use crate::ui::state::{use_plan_and_analysis, AnalysisContext, PlanContext, PlanMsg};

/// Burn-ups per page: a screenful of charts.
const CHARTS_PER_PAGE: usize = 12;

fn today() -> Day {
    Day::parse(&clock::today()).unwrap_or_default()
}

#[function_component(ProgressPage)]
pub fn progress_page() -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let chosen = use_state(|| None::<String>);
    let chart_page = use_state(|| 0usize);
    let baselines = state.plan.baselines();
    let against = chosen
        .as_ref()
        .and_then(|key| baselines.iter().find(|b| b.name.key() == *key))
        .or(baselines.last());
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            chosen.set(Some(
                event.target_unchecked_into::<HtmlSelectElement>().value(),
            ))
        })
    };
    html! {
        <section aria-labelledby="progress-title">
            <h1 id="progress-title" tabindex="-1">{ "Progress" }</h1>
            <p class="lead">{ "Save a baseline when the plan is agreed; later, see what moved, what slipped and why, and each wave's burn-up of workloads by stage against the baseline's dates. Baselines are saved with the plan." }</p>
            <BaselineForm />
            if let Some(against) = against {
                <div class="card screen-only">
                    <div class="field">
                        <label for="progress-baseline">{ "Compare with" }</label>
                        <select id="progress-baseline" onchange={on_choose}>
                            { for baselines.iter().rev().map(|b| html! {
                                <option value={b.name.key()} selected={b.name.key() == against.name.key()}>{ format!("{} (saved {})", b.name, b.saved_on) }</option>
                            }) }
                        </select>
                    </div>
                    { actions(&state, &analysis, against) }
                </div>
                { changes_view(&state, &analysis, against) }
                { charts(&state, &analysis, against, &chart_page) }
            } else {
                <p class="card">{ "No baseline yet. Save one above: the waves, their dates and where each workload is, as they stand today." }</p>
            }
        </section>
    }
}

#[function_component(BaselineForm)]
fn baseline_form() -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let name = use_state(|| format!("Baseline {}", today()));
    let error = use_state(|| None::<String>);
    let save = {
        let (state, analysis, name, error) =
            (state.clone(), analysis.clone(), name.clone(), error.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let parsed = match Name::parse(&name) {
                Ok(parsed) => parsed,
                Err(problem) => return error.set(Some(problem.to_string())),
            };
            error.set(None);
            let replacing = state
                .plan
                .baselines()
                .iter()
                .any(|b| b.name.key() == parsed.key());
            let label = format!(
                "{} baseline “{parsed}”",
                if replacing { "Replaced" } else { "Saved" }
            );
            let baseline = baseline_of(parsed, today(), &state.plan, &analysis.0);
            state.dispatch(PlanMsg::apply(Action::SaveBaseline(baseline), label));
        })
    };
    html! {
        <form class="card screen-only" onsubmit={save} aria-label="Save a baseline">
            <div class="form-row">
                { fields::text("baseline-name", "Baseline name", &name, error.as_ref()) }
                <button type="submit">{ "Save baseline" }</button>
            </div>
            <p class="muted">{ "Saving under an existing name replaces that baseline." }</p>
        </form>
    }
}

/// Download as Markdown, print, or remove the baseline.
fn actions(state: &PlanContext, analysis: &AnalysisContext, against: &Baseline) -> Html {
    let download = {
        let (state, analysis, against) = (state.clone(), analysis.clone(), against.clone());
        Callback::from(move |_: MouseEvent| {
            let plan = &state.plan;
            let changes = compare(&against, plan, &analysis.0.waves);
            let charts = burn_ups(plan, &analysis.0, &against, today());
            let file = file_name(plan.name().as_str(), "progress.md");
            let text = progress_markdown(plan.name().as_str(), &against, &changes, &charts);
            save_export(&state, &file, "text/markdown", &text);
        })
    };
    let print = on_print(state);
    let remove = {
        let (state, name) = (state.clone(), against.name.clone());
        Callback::from(move |()| {
            let label = format!("Removed baseline “{name}”");
            state.dispatch(PlanMsg::apply(Action::RemoveBaseline(name.clone()), label));
        })
    };
    html! {
        <div class="actions">
            <button type="button" onclick={download}>{ "Download progress (Markdown)" }</button>
            <button type="button" class="secondary" onclick={print}>{ "Print" }</button>
            <InlineConfirm label="Remove this baseline" question={format!("Remove baseline “{}”? The plan stays as it is.", against.name)} on_confirm={remove} then_focus="progress-title" />
        </div>
    }
}

fn changes_view(state: &PlanContext, analysis: &AnalysisContext, against: &Baseline) -> Html {
    let changes = compare(against, &state.plan, &analysis.0.waves);
    let changed: Vec<&WaveChanges> = changes.iter().filter(|c| !c.is_empty()).collect();
    html! {
        <div class="card">
            <h2>{ format!("What changed since “{}” ({})", against.name, against.saved_on) }</h2>
            if changed.is_empty() {
                <p>{ "Nothing: every wave has the workloads and dates it had." }</p>
            }
            { for changed.iter().map(|change| html! {
                <section class="wave-changes" aria-label={format!("Wave {} changes", change.wave)}>
                    <h3>{ format!("Wave {}: {}", change.wave, dates_line(change)) }</h3>
                    <ul>
                        { for change.moved_in.iter().map(|m| html! { <li>{ format!("Moved in: {}", moved_line(m, m.from, "from")) }</li> }) }
                        { for change.moved_out.iter().map(|m| html! { <li>{ format!("Moved out: {}", moved_line(m, m.to, "to")) }</li> }) }
                        { for change.added.iter().map(|n| html! { <li>{ format!("Added: {n}") }</li> }) }
                        { for change.removed.iter().map(|n| html! { <li>{ format!("Removed from the plan: {n}") }</li> }) }
                    </ul>
                </section>
            }) }
        </div>
    }
}

fn charts(
    state: &PlanContext,
    analysis: &AnalysisContext,
    against: &Baseline,
    page: &UseStateHandle<usize>,
) -> Html {
    let today = today();
    let all = burn_ups(&state.plan, &analysis.0, against, today);
    let pages = all.len().div_ceil(CHARTS_PER_PAGE).max(1);
    let current = (**page).min(pages - 1);
    let on_page = {
        let page = page.clone();
        Callback::from(move |to| page.set(to))
    };
    html! {
        <div class="card">
            <h2>{ "Burn-up by wave" }</h2>
            <p class="muted">{ "Workloads that reached each stage or a later one, at each saved baseline and today." }</p>
            { legend() }
            <div class="burn-ups">
                { for all.iter().skip(current * CHARTS_PER_PAGE).take(CHARTS_PER_PAGE).map(|b| burn_up_chart(b, today)) }
            </div>
            { pager(current, pages, &on_page, "Burn-up pages") }
        </div>
    }
}
