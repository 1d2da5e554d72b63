//! Cutover: a wave's runbook, generated from the plan and editable where a person knows
//! better (the window, the rollback steps). Printable, and downloadable as Markdown for one
//! wave or all.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::export::file_name;
use crate::domain::export::runbook::runbook_markdown;
use crate::domain::quantity::counted;
use crate::domain::runbook::{wave_runbook, WaveRunbook, REPLICATION_MARGIN_DAYS};
use crate::domain::waves::Wave;
use crate::ui::components::empty_state::no_workloads;
use crate::ui::components::file_actions::{on_print, save_export};
use crate::ui::components::runbook_entry::RunbookEntry;
use crate::ui::state::{use_plan_and_analysis, AnalysisContext, PlanContext};

#[function_component(CutoverPage)]
pub fn cutover_page() -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let moving: Vec<&Wave> = analysis
        .0
        .waves
        .waves
        .iter()
        .filter(|w| !w.workloads.is_empty())
        .collect();
    let chosen = use_state(|| None::<u32>);
    let shown = chosen
        .and_then(|number| moving.iter().find(|w| w.number == number))
        .or(moving.first())
        .copied();
    let on_wave = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            chosen.set(
                event
                    .target_unchecked_into::<HtmlSelectElement>()
                    .value()
                    .parse()
                    .ok(),
            )
        })
    };
    let runbook = shown.map(|wave| wave_runbook(&state.plan, &analysis.0.checklists, wave));
    html! {
        <section aria-labelledby="cutover-title">
            <h1 id="cutover-title">{ "Cutover" }</h1>
            <p class="lead">{ format!("Each wave's runbook: when each workload cuts over, when its replication must be complete, the go/no-go checks (the definition of done and the promote gate), who does and who answers for each step, and how to roll back. Replication is complete {REPLICATION_MARGIN_DAYS} day before the cut-over: waveplan's default, not CAF's.") }</p>
            if let Some(runbook) = runbook {
                <div class="screen-only toolbar">
                    <div class="field">
                        <label for="cutover-wave">{ "Wave" }</label>
                        <select id="cutover-wave" onchange={on_wave}>
                            { for moving.iter().map(|w| html! {
                                <option value={w.number.to_string()} selected={w.number == runbook.wave}>
                                    { format!("Wave {} ({} – {}) · {}", w.number, w.days.from(), w.days.to(), counted(w.workloads.len(), "workload", "workloads")) }
                                </option>
                            }) }
                        </select>
                    </div>
                    { downloads(&state, &analysis, &runbook) }
                </div>
                <h2>{ format!("Wave {} runbook ({} – {})", runbook.wave, runbook.days.from(), runbook.days.to()) }</h2>
                { for runbook.entries.iter().map(|entry| html! { <RunbookEntry key={entry.workload.0} entry={entry.clone()} /> }) }
            } else {
                { no_workloads("Each wave's cutover runbook shows here once a workload is in a wave.") }
            }
        </section>
    }
}

/// Download this wave's or every wave's runbook as Markdown, or print this one.
fn downloads(state: &PlanContext, analysis: &AnalysisContext, runbook: &WaveRunbook) -> Html {
    let download = |all: bool| {
        let (state, analysis, this) = (state.clone(), analysis.clone(), runbook.clone());
        Callback::from(move |_: MouseEvent| {
            let plan = &state.plan;
            let runbooks: Vec<WaveRunbook> = if all {
                analysis
                    .0
                    .waves
                    .waves
                    .iter()
                    .filter(|w| !w.workloads.is_empty())
                    .map(|w| wave_runbook(plan, &analysis.0.checklists, w))
                    .collect()
            } else {
                vec![this.clone()]
            };
            let suffix = if all {
                "cutover-runbook.md".to_owned()
            } else {
                format!("cutover-runbook-wave-{}.md", this.wave)
            };
            let file = file_name(plan.name().as_str(), &suffix);
            let text = runbook_markdown(plan.name().as_str(), &runbooks);
            save_export(&state, &file, "text/markdown", &text);
        })
    };
    let print = on_print(state);
    html! {
        <div class="actions">
            <button type="button" onclick={download(false)}>{ "Download this wave (Markdown)" }</button>
            <button type="button" class="secondary" onclick={download(true)}>{ "Download all waves (Markdown)" }</button>
            <button type="button" class="secondary" onclick={print}>{ "Print this wave" }</button>
        </div>
    }
}
