//! Staging: each workload against CAF's definition of done — staged and ready for business
//! testing with every dependent asset — with what blocks it, the replication estimate per
//! asset, and how many workloads are done in each wave.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::asset::ReplicationStatus;
use crate::domain::plan::Action;
use crate::domain::quantity::{counted, format_amount, format_count};
use crate::domain::replication::plan_asset;
use crate::domain::staging::{progress_by_wave, StagingChecklist, WaveProgress};
use crate::domain::workload::WorkloadId;
use crate::ui::components::badge::badge;
use crate::ui::components::checkpoints::checkpoints;
use crate::ui::components::empty_state::no_workloads;
use crate::ui::components::fields;
use crate::ui::components::pager::{clamp, pager, PAGE_ROWS};
use crate::ui::state::{use_plan_and_analysis, AnalysisContext, PlanContext, PlanMsg};

#[function_component(StagingPage)]
pub fn staging_page() -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let wave_filter = use_state(|| None::<u32>);
    let page = use_state(|| 0usize);
    let lists: Vec<StagingChecklist> = analysis.0.checklists.values().cloned().collect();
    let progress = progress_by_wave(&lists);
    let done = lists.iter().filter(|c| c.is_done()).count();
    let mut shown: Vec<&StagingChecklist> = lists
        .iter()
        .filter(|c| wave_filter.is_none_or(|w| c.wave == Some(w)))
        .collect();
    shown.sort_by_key(|c| (c.wave.unwrap_or(u32::MAX), c.workload));
    let (pages, current) = clamp(shown.len(), *page);
    let on_wave = {
        let (wave_filter, page) = (wave_filter.clone(), page.clone());
        Callback::from(move |value: String| {
            wave_filter.set(value.parse().ok());
            page.set(0);
        })
    };
    let on_page = {
        let page = page.clone();
        Callback::from(move |to| page.set(to))
    };
    html! {
        <section aria-labelledby="staging-title">
            <h1 id="staging-title">{ "Staging" }</h1>
            <p class="lead">{ "A migration is done when the workload is staged and ready for business testing, with every dependent asset it needs (CAF). It is promoted once it passes the promote gate: business test, sign-offs, then the DNS/IP cut-over. Each workload's stage follows from its checklists." }</p>
            if lists.is_empty() {
                { no_workloads("Each workload's definition of done and promote gate show here, wave by wave.") }
            } else {
            { progress_card(done, lists.len(), &progress) }
            { fields::filter_choice("staging-wave", "Show wave", "All waves", wave_filter.is_none(),
                progress.iter().map(|p| (p.wave.to_string(), format!("Wave {}", p.wave), *wave_filter == Some(p.wave))), on_wave) }
            { for shown.iter().skip(current * PAGE_ROWS).take(PAGE_ROWS).map(|c| workload_staging(&state, &analysis, c.workload)) }
            { pager(current, pages, &on_page, "Staging pages") }
            }
        </section>
    }
}

/// How many workloads are done, in all and wave by wave.
fn progress_card(done: usize, total: usize, progress: &[WaveProgress]) -> Html {
    html! {
        <div class="card">
            <h2>{ format!("{} of {} done", format_count(done), counted(total, "workload", "workloads")) }</h2>
            <ul class="progress-list">
                { for progress.iter().map(|p| html! {
                    <li>
                        <span>{ format!("Wave {}: {} of {} done", p.wave, p.done, p.total) }</span>
                        <progress max={p.total.to_string()} value={p.done.to_string()} aria-label={format!("Wave {} progress", p.wave)} />
                    </li>
                }) }
            </ul>
        </div>
    }
}

/// One workload's checklist (a plain function: it keeps no state; keyed by the workload so a
/// filtered or re-sorted list keeps each panel open or closed as the person left it).
fn workload_staging(state: &PlanContext, analysis: &AnalysisContext, id: WorkloadId) -> Html {
    let (Some(workload), Some(checklist)) =
        (state.plan.workload(id), analysis.0.checklists.get(&id))
    else {
        return html! {};
    };
    let is_done = checklist.is_done();
    let (fixed, total) = checklist.remediation;
    html! {
        <details key={id.0} class="card staging" open={!is_done && checklist.wave.is_some_and(|w| w <= 2)}>
            <summary>
                <strong>{ workload.name.as_str() }</strong>{ " " }
                { badge(checklist.stage.label(), if is_done { "ok" } else { "warn" }) }
                { checklist.wave.map_or(" · no wave".to_owned(), |w| format!(" · wave {w}")) }
                { format!(" · {} of {} done-checks", checklist.items.iter().filter(|i| i.done).count(), checklist.items.len()) }
                if total > 0 { { format!(" · remediation {fixed} of {total} fixed") } }
            </summary>
            <h3>{ "Definition of done" }</h3>
            { check_items(&checklist.items) }
            <h3>{ "Promote gate" }</h3>
            { check_items(&checklist.gate) }
            { replication_table(state, workload.id) }
            { checkpoints(state, workload, checklist.wave) }
        </details>
    }
}

fn check_items(list: &[crate::domain::staging::CheckItem]) -> Html {
    html! {
        <ul class="checklist">
            { for list.iter().map(|item| html! {
                <li class={if item.done { "done" } else { "missing" }}>
                    <span aria-hidden="true">{ if item.done { "✓ " } else { "✗ " } }</span>
                    <strong>{ item.label }</strong>{ if item.done { " (done): " } else { " (missing): " } }{ &item.detail }
                </li>
            }) }
        </ul>
    }
}

/// Choosing a replication status sets it for the asset.
fn on_status(state: &PlanContext, asset: crate::domain::asset::AssetId) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |event: Event| {
        let index = event
            .target_unchecked_into::<HtmlSelectElement>()
            .selected_index();
        if let Some(status) = usize::try_from(index)
            .ok()
            .and_then(|i| ReplicationStatus::ALL.get(i))
        {
            state.dispatch(PlanMsg::apply(
                Action::SetReplicationStatus {
                    asset,
                    status: *status,
                },
                format!("Replication: {status}"),
            ));
        }
    })
}

/// Each asset's replication approach, estimate and status (which a person sets).
fn replication_table(state: &PlanContext, workload: WorkloadId) -> Html {
    html! {
        <div class="scroll-x">
            <table class="table compact">
                <thead><tr><th scope="col">{ "Asset" }</th><th scope="col">{ "Replication" }</th><th scope="col">{ "Estimate (h)" }</th><th scope="col">{ "Status" }</th></tr></thead>
                <tbody>
                    { for state.plan.assets_of(workload).map(|asset| {
                        let planned = plan_asset(asset, state.plan.settings());
                        let id = format!("replication-{}", asset.id.0);
                        html! { <tr>
                            <td>{ asset.name.as_str() }</td>
                            <td title={planned.reason.clone()}>{ planned.approach.label() }</td>
                            <td>{ format_amount(planned.hours) }</td>
                            <td>
                                <label for={id.clone()} class="visually-hidden">{ format!("Replication status of {}", asset.name) }</label>
                                <select {id} onchange={on_status(state, asset.id)}>
                                    { for ReplicationStatus::ALL.iter().map(|s| html! { <option selected={*s == asset.replication} key={fields::option_key(s.label(), *s == asset.replication)}>{ s.label() }</option> }) }
                                </select>
                            </td>
                        </tr> }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
