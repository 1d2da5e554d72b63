//! Workloads: the table of workloads with search, filters and sorting, shown a page of rows at
//! a time so it stays fast with 10,000 workloads, and the editor for the selected one.

use yew::prelude::*;

use crate::domain::analysis::Analysis;
use crate::domain::blockers::Blocker;
use crate::domain::name::Name;
use crate::domain::plan::Plan;
use crate::domain::quantity::counted;
use crate::domain::staging::WorkloadStage;
use crate::domain::workload::{Workload, WorkloadId};
use crate::ui::components::empty_state::empty_state;
use crate::ui::components::pager::{arrange_page, clamp, pager, PAGE_ROWS};
use crate::ui::components::quick_entry::{QuickEntry, QuickTarget};
use crate::ui::components::workload_editor::WorkloadEditor;
use crate::ui::components::workload_filters::{Facts, WorkloadFilter, WorkloadFilters};
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

/// What a row shows and sorts by beyond the workload itself.
struct RowFacts<'a> {
    analysis: &'a Analysis,
    plan: &'a Plan,
}

impl RowFacts<'_> {
    fn stage(&self, workload: &Workload) -> Option<WorkloadStage> {
        self.analysis.checklists.get(&workload.id).map(|c| c.stage)
    }

    fn wave(&self, workload: &Workload) -> Option<u32> {
        self.analysis.waves.wave_of(workload.id)
    }

    fn blocked_by(&self, workload: &Workload) -> &[Blocker] {
        self.analysis
            .blockers
            .get(&workload.id)
            .map_or(&[][..], Vec::as_slice)
    }

    fn assets(&self, workload: &Workload) -> usize {
        self.plan.asset_count(workload.id)
    }

    /// The workloads the filter lets through, the rows of `page` in the chosen order.
    fn rows<'p>(
        &self,
        plan: &'p Plan,
        filter: &WorkloadFilter,
        (key, ascending): (SortKey, bool),
        page: usize,
    ) -> Vec<&'p Workload> {
        let matches = filter.matcher();
        let mut rows: Vec<&Workload> = plan
            .workloads()
            .filter(|w| {
                matches(w, &|| Facts {
                    stage: self.stage(w),
                    wave: self.wave(w),
                    blocked: !self.blocked_by(w).is_empty(),
                })
            })
            .collect();
        let page = clamp(rows.len(), page).1;
        arrange_page(&mut rows, page, |a, b| {
            let order = match key {
                SortKey::Name => caseless(a.name.as_str()).cmp(caseless(b.name.as_str())),
                SortKey::Environment => a.environment.cmp(&b.environment),
                SortKey::Criticality => a.criticality.cmp(&b.criticality),
                SortKey::Status => self.stage(a).cmp(&self.stage(b)),
                SortKey::Wave => {
                    (self.wave(a).unwrap_or(u32::MAX)).cmp(&self.wave(b).unwrap_or(u32::MAX))
                }
                SortKey::Assets => self.assets(a).cmp(&self.assets(b)),
            };
            let order = order.then(a.id.cmp(&b.id));
            if ascending {
                order
            } else {
                order.reverse()
            }
        });
        rows
    }
}

#[function_component(WorkloadsPage)]
pub fn workloads_page() -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let filter = use_state(WorkloadFilter::default);
    let sort = use_state(|| (SortKey::Name, true));
    let page = use_state(|| 0usize);
    let editing = use_state(|| Editing::Nothing);
    let facts = RowFacts {
        analysis: &analysis.0,
        plan: &state.plan,
    };
    let rows = facts.rows(&state.plan, &filter, *sort, *page);
    let (pages, current_page) = clamp(rows.len(), *page);
    let on_filter = {
        let (filter, page) = (filter.clone(), page.clone());
        Callback::from(move |next: WorkloadFilter| {
            filter.set(next);
            page.set(0);
        })
    };
    let on_page = {
        let page = page.clone();
        Callback::from(move |to: usize| page.set(to))
    };
    let add = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(Editing::New))
    };
    let wave_numbers: Vec<u32> = analysis.0.waves.waves.iter().map(|w| w.number).collect();
    html! {
        <section aria-labelledby="workloads-title" class="with-panel">
            <div class="main-column">
                <h1 id="workloads-title" tabindex="-1">{ "Workloads" }</h1>
                <p class="lead">{ "The workloads to migrate, their assets and the dependencies between them. Select a workload to edit it." }</p>
                <div class="toolbar">
                    <WorkloadFilters filter={(*filter).clone()} waves={wave_numbers} on_change={on_filter} />
                    <button type="button" onclick={add}>{ "Add workload" }</button>
                </div>
                <QuickEntry target={QuickTarget::Workloads} />
                if state.plan.workloads().len() == 0 {
                    { empty_state("No workloads yet", "A workload is what moves to the cloud in one migration: an application with its servers, databases and shares. Add one with \"Add workload\", paste several at once above, or import an inventory or a dependency export on Start (waveplan can then suggest workloads from the servers' names and traffic).", Some((Route::Start, "Import on Start"))) }
                } else {
                    { workload_table(&rows, current_page, &facts, &sort, &editing) }
                }
                { pager(current_page, pages, &on_page, "Workload pages") }
            </div>
            { editor(&state.plan, &editing) }
        </section>
    }
}

/// One page of the matching workloads, with a sort button on each column.
fn workload_table(
    rows: &[&Workload],
    page: usize,
    facts: &RowFacts,
    sort: &UseStateHandle<(SortKey, bool)>,
    editing: &UseStateHandle<Editing>,
) -> Html {
    let header = |column: &(SortKey, &str)| sort_header(column, sort);
    let row = |workload: &&Workload| workload_row(workload, facts, editing);
    let first = page * PAGE_ROWS;
    html! {
        <>
            <p class="muted" aria-live="polite">
                { if rows.is_empty() {
                    "No workloads match.".to_owned()
                } else {
                    format!("Showing {}–{} of {}", first + 1, (first + PAGE_ROWS).min(rows.len()), counted(rows.len(), "workload", "workloads"))
                } }
            </p>
            <div class="scroll-x">
                <table class="table workloads">
                    <thead><tr>
                        { for COLUMNS.iter().take(4).map(header) }
                        <th scope="col">{ "Blocked by" }</th>
                        { for COLUMNS.iter().skip(4).map(header) }
                    </tr></thead>
                    <tbody>{ for rows.iter().skip(first).take(PAGE_ROWS).map(row) }</tbody>
                </table>
            </div>
        </>
    }
}

fn sort_header((column, title): &(SortKey, &str), sort: &UseStateHandle<(SortKey, bool)>) -> Html {
    let (key, ascending) = **sort;
    let active = key == *column;
    let onclick = {
        let (sort, column) = (sort.clone(), *column);
        Callback::from(move |_| sort.set((column, !active || !ascending)))
    };
    let aria_sort = active.then_some(if ascending { "ascending" } else { "descending" });
    let arrow = match (active, ascending) {
        (false, _) => "",
        (true, true) => " ▲",
        (true, false) => " ▼",
    };
    html! {
        <th scope="col" aria-sort={aria_sort}>
            <button type="button" class="sort" {onclick}>{ *title }{ arrow }</button>
        </th>
    }
}

fn workload_row(workload: &Workload, facts: &RowFacts, editing: &UseStateHandle<Editing>) -> Html {
    let select = {
        let (editing, id) = (editing.clone(), workload.id);
        Callback::from(move |_| editing.set(Editing::Existing(id)))
    };
    let selected =
        matches!(**editing, Editing::Existing(id) | Editing::Added(id) if id == workload.id);
    html! {
        <tr key={workload.id.0} class={classes!(selected.then_some("selected"))}>
            <td><button type="button" class="link" onclick={select} aria-pressed={selected.to_string()}>{ workload.name.as_str() }</button></td>
            <td>{ workload.environment.label() }</td>
            <td>{ workload.criticality.label() }</td>
            <td>{ facts.stage(workload).map_or("Not migrated", WorkloadStage::label) }</td>
            <td>{ for facts.blocked_by(workload).iter().map(|b| html! { <span class="chip bad">{ b.label() }</span> }) }</td>
            <td>{ facts.wave(workload).map_or("—".to_owned(), |n| n.to_string()) }</td>
            <td>{ facts.assets(workload) }</td>
        </tr>
    }
}

/// The editor beside the table: for a new workload, the selected one, or nothing.
fn editor(plan: &Plan, editing: &UseStateHandle<Editing>) -> Html {
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
    match &**editing {
        Editing::Nothing => html! {},
        Editing::New => {
            let draft = Workload::new(
                plan.next_workload_id(),
                Name::parse("New workload").unwrap_or_else(|_| plan.name().clone()),
            );
            html! { <WorkloadEditor key="new" workload={draft} is_new=true on_close={close} /> }
        }
        Editing::Existing(id) | Editing::Added(id) => match plan.workload(*id) {
            Some(workload) => {
                let start_on_assets = **editing == Editing::Added(*id);
                html! { <WorkloadEditor key={id.0} workload={workload.clone()} is_new=false on_close={close} {start_on_assets} /> }
            }
            None => html! {},
        },
    }
}

/// Name order ignoring the case of ASCII letters, without allocating per comparison.
fn caseless(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.bytes().map(|b| b.to_ascii_lowercase())
}
