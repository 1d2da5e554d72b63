//! Workloads: the table of workloads with search, filters and sorting, shown a page of rows at
//! a time so it stays fast with 10,000 workloads, and the editor for the selected one.

use std::collections::HashMap;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::browser::text;
use crate::domain::name::Name;
use crate::domain::staging::WorkloadStage;
use crate::domain::workload::{Environment, Workload, WorkloadId};
use crate::ui::components::empty_state::empty_state;
use crate::ui::components::pager::{clamp, pager, PAGE_ROWS};
use crate::ui::components::quick_entry::{QuickEntry, QuickTarget};
use crate::ui::components::workload_editor::WorkloadEditor;
use crate::ui::route::Route;
use crate::ui::state::use_plan_and_analysis;

#[derive(Clone, Copy, PartialEq, Eq)]
enum SortKey {
    Name,
    Environment,
    Criticality,
    Status,
    Wave,
    Assets,
}

const COLUMNS: &[(SortKey, &str)] = &[
    (SortKey::Name, "Name"),
    (SortKey::Environment, "Environment"),
    (SortKey::Criticality, "Criticality"),
    (SortKey::Status, "Stage"),
    (SortKey::Wave, "Wave"),
    (SortKey::Assets, "Assets"),
];

#[derive(Clone, PartialEq)]
enum Editing {
    Nothing,
    New,
    Existing(WorkloadId),
    /// Just added: its assets come next.
    Added(WorkloadId),
}

fn select_value(event: &Event) -> String {
    event.target_unchecked_into::<HtmlSelectElement>().value()
}

#[function_component(WorkloadsPage)]
pub fn workloads_page() -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let search = use_state(String::new);
    let status = use_state(|| None::<WorkloadStage>);
    let environment = use_state(|| None::<Environment>);
    let wave = use_state(|| None::<u32>);
    let only_blocked = use_state(|| false);
    let sort = use_state(|| (SortKey::Name, true));
    let page = use_state(|| 0usize);
    let editing = use_state(|| Editing::Nothing);
    let asset_counts = {
        let plan = state.plan.clone();
        use_memo((state.plan_id.clone(), state.revision), move |_| {
            let mut counts: HashMap<WorkloadId, usize> = HashMap::new();
            for asset in plan.assets() {
                if let Some(id) = asset.workload {
                    *counts.entry(id).or_default() += 1;
                }
            }
            counts
        })
    };
    let waves = &analysis.0.waves;
    let stage_of = |w: &Workload| analysis.0.checklists.get(&w.id).map(|c| c.stage);
    let blocked_by = |w: &Workload| {
        analysis
            .0
            .blockers
            .get(&w.id)
            .map_or(&[][..], Vec::as_slice)
    };
    let needle = text::lowercase(search.trim());
    let mut rows: Vec<&Workload> = state
        .plan
        .workloads()
        .filter(|w| needle.is_empty() || text::lowercase(w.name.as_str()).contains(&needle))
        .filter(|w| status.is_none_or(|s| stage_of(w) == Some(s)))
        .filter(|w| environment.is_none_or(|e| w.environment == e))
        .filter(|w| wave.is_none_or(|n| waves.wave_of(w.id) == Some(n)))
        .filter(|w| !*only_blocked || !blocked_by(w).is_empty())
        .collect();
    let (key, ascending) = *sort;
    rows.sort_by(|a, b| {
        let order = match key {
            SortKey::Name => caseless(a.name.as_str()).cmp(caseless(b.name.as_str())),
            SortKey::Environment => a.environment.cmp(&b.environment),
            SortKey::Criticality => a.criticality.cmp(&b.criticality),
            SortKey::Status => stage_of(a).cmp(&stage_of(b)),
            SortKey::Wave => waves
                .wave_of(a.id)
                .unwrap_or(u32::MAX)
                .cmp(&waves.wave_of(b.id).unwrap_or(u32::MAX)),
            SortKey::Assets => asset_counts.get(&a.id).cmp(&asset_counts.get(&b.id)),
        };
        let order = order.then(a.id.cmp(&b.id));
        if ascending {
            order
        } else {
            order.reverse()
        }
    });
    let (pages, current_page) = clamp(rows.len(), *page);
    let shown = rows.iter().skip(current_page * PAGE_ROWS).take(PAGE_ROWS);

    let on_search = {
        let (search, page) = (search.clone(), page.clone());
        Callback::from(move |event: InputEvent| {
            search.set(event.target_unchecked_into::<HtmlInputElement>().value());
            page.set(0);
        })
    };
    let on_status = {
        let (status, page) = (status.clone(), page.clone());
        Callback::from(move |event: Event| {
            status.set(WorkloadStage::from_label(&select_value(&event)));
            page.set(0);
        })
    };
    let on_environment = {
        let (environment, page) = (environment.clone(), page.clone());
        Callback::from(move |event: Event| {
            environment.set(Environment::from_label(&select_value(&event)));
            page.set(0);
        })
    };
    let on_wave = {
        let (wave, page) = (wave.clone(), page.clone());
        Callback::from(move |event: Event| {
            wave.set(select_value(&event).parse().ok());
            page.set(0);
        })
    };
    let add = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(Editing::New))
    };
    let close = {
        let editing = editing.clone();
        Callback::from(move |saved: Option<WorkloadId>| {
            let next = match (saved, &*editing) {
                (Some(id), Editing::New) => Editing::Added(id),
                (Some(id), _) => Editing::Existing(id),
                (None, _) => Editing::Nothing,
            };
            editing.set(next)
        })
    };
    let header = |(column, title): &(SortKey, &str)| {
        let active = key == *column;
        let onclick = {
            let (sort, column) = (sort.clone(), *column);
            Callback::from(move |_| sort.set((column, if active { !ascending } else { true })))
        };
        let aria_sort = active.then_some(if ascending { "ascending" } else { "descending" });
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="sort" {onclick}>{ *title }{ if active { if ascending { " ▲" } else { " ▼" } } else { "" } }</button>
            </th>
        }
    };
    let row = |workload: &&Workload| {
        let select = {
            let (editing, id) = (editing.clone(), workload.id);
            Callback::from(move |_| editing.set(Editing::Existing(id)))
        };
        let selected =
            matches!(*editing, Editing::Existing(id) | Editing::Added(id) if id == workload.id);
        html! {
            <tr key={workload.id.0} class={classes!(selected.then_some("selected"))}>
                <td><button type="button" class="link" onclick={select} aria-pressed={selected.to_string()}>{ workload.name.as_str() }</button></td>
                <td>{ workload.environment.label() }</td>
                <td>{ workload.criticality.label() }</td>
                <td>{ stage_of(workload).map_or("Not migrated", WorkloadStage::label) }</td>
                <td>{ for blocked_by(workload).iter().map(|b| html! { <span class="chip bad">{ b.label() }</span> }) }</td>
                <td>{ waves.wave_of(workload.id).map_or("—".to_owned(), |n| n.to_string()) }</td>
                <td>{ asset_counts.get(&workload.id).copied().unwrap_or(0) }</td>
            </tr>
        }
    };
    let on_page = {
        let page = page.clone();
        Callback::from(move |to: usize| page.set(to))
    };
    let editor = match &*editing {
        Editing::Nothing => html! {},
        Editing::New => {
            let draft = Workload::new(
                state.plan.next_workload_id(),
                Name::parse("New workload").unwrap_or_else(|_| state.plan.name().clone()),
            );
            html! { <WorkloadEditor key="new" workload={draft} is_new=true on_close={close} /> }
        }
        Editing::Existing(id) | Editing::Added(id) => match state.plan.workload(*id) {
            Some(workload) => {
                let start_on_assets = *editing == Editing::Added(*id);
                html! { <WorkloadEditor key={id.0} workload={workload.clone()} is_new=false on_close={close} {start_on_assets} /> }
            }
            None => html! {},
        },
    };
    html! {
        <section aria-labelledby="workloads-title" class="with-panel">
            <div class="main-column">
                <h1 id="workloads-title">{ "Workloads" }</h1>
                <p class="lead">{ "The workloads to migrate, their assets and the dependencies between them. Select a workload to edit it." }</p>
                <div class="toolbar">
                    <div class="field">
                        <label for="workload-search">{ "Search workloads" }</label>
                        <input id="workload-search" type="search" value={(*search).clone()} oninput={on_search} />
                    </div>
                    <div class="field">
                        <label for="filter-status">{ "Stage" }</label>
                        <select id="filter-status" onchange={on_status}>
                            <option value="" selected={status.is_none()}>{ "All stages" }</option>
                            { for WorkloadStage::ALL.iter().map(|s| html! { <option selected={*status == Some(*s)}>{ s.label() }</option> }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="filter-environment">{ "Environment" }</label>
                        <select id="filter-environment" onchange={on_environment}>
                            <option value="" selected={environment.is_none()}>{ "All environments" }</option>
                            { for Environment::ALL.iter().map(|e| html! { <option selected={*environment == Some(*e)}>{ e.label() }</option> }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="filter-wave">{ "Wave" }</label>
                        <select id="filter-wave" onchange={on_wave}>
                            <option value="" selected={wave.is_none()}>{ "All waves" }</option>
                            { for waves.waves.iter().map(|w| html! { <option value={w.number.to_string()} selected={*wave == Some(w.number)}>{ format!("Wave {}", w.number) }</option> }) }
                        </select>
                    </div>
                    <div class="check">
                        <input type="checkbox" id="filter-blocked" checked={*only_blocked} onchange={{
                            let (only_blocked, page) = (only_blocked.clone(), page.clone());
                            Callback::from(move |_: Event| { only_blocked.set(!*only_blocked); page.set(0); })
                        }} />
                        <label for="filter-blocked">{ "Blocked only" }</label>
                    </div>
                    <button type="button" onclick={add}>{ "Add workload" }</button>
                </div>
                <QuickEntry target={QuickTarget::Workloads} />
                if state.plan.workloads().len() == 0 {
                    { empty_state("No workloads yet", "A workload is what moves to the cloud in one migration: an application with its servers, databases and shares. Add one with \"Add workload\", paste several at once above, or import an inventory or a dependency export on Start (waveplan can then suggest workloads from the servers' names and traffic).", Some((Route::Start, "Import on Start"))) }
                } else {
                <p class="muted" aria-live="polite">
                    { if rows.is_empty() {
                        "No workloads match.".to_owned()
                    } else {
                        format!("Showing {}–{} of {} workloads", current_page * PAGE_ROWS + 1, (current_page * PAGE_ROWS + PAGE_ROWS).min(rows.len()), rows.len())
                    } }
                </p>
                <div class="scroll-x">
                    <table class="table workloads">
                        <thead><tr>
                            { for COLUMNS.iter().take(4).map(header) }
                            <th scope="col">{ "Blocked by" }</th>
                            { for COLUMNS.iter().skip(4).map(header) }
                        </tr></thead>
                        <tbody>{ for shown.map(row) }</tbody>
                    </table>
                </div>
                }
                { pager(current_page, pages, &on_page, "Workload pages") }
            </div>
            { editor }
        </section>
    }
}

/// Name order ignoring the case of ASCII letters, without allocating per comparison.
fn caseless(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.bytes().map(|b| b.to_ascii_lowercase())
}
