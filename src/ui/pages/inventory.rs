//! Inventory: every asset, where it stands (a workload, unassigned, out of scope, retiring),
//! found by search, filters and sort, a page at a time however large the estate. A selection
//! (click, shift-click for a range, or everything that matches) is assigned, made into a
//! workload, marked out of scope or retiring, or deleted, each as one undo step. Suggested
//! workloads group what is still unassigned.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::text;
use crate::domain::asset::{Asset, AssetId, Disposition};
use crate::domain::inventory::{find, Query, SearchText, SortKey, Standing};
use crate::domain::plan::Plan;
use crate::domain::quantity::{counted, format_size};
use crate::ui::components::bulk_actions::BulkActions;
use crate::ui::components::inventory_filters::InventoryFilters;
use crate::ui::components::pager::{clamp, pager, PAGE_ROWS};
use crate::ui::components::suggestions::SuggestionsPanel;
use crate::ui::state::{use_plan_and_analysis, PlanContext};

const COLUMNS: &[(SortKey, &str)] = &[
    (SortKey::Name, "Name"),
    (SortKey::Kind, "Kind"),
    (SortKey::Os, "Operating system"),
    (SortKey::Cores, "Cores"),
    (SortKey::Memory, "Memory (GB)"),
    (SortKey::Storage, "Storage (GB)"),
    (SortKey::Workload, "Workload"),
];

/// The ticked assets, and the row last clicked (an index into the found assets) for
/// shift-click ranges.
struct Selection {
    ticked: UseStateHandle<BTreeSet<AssetId>>,
    anchor: Rc<RefCell<Option<usize>>>,
}

#[hook]
fn use_selection() -> Selection {
    Selection {
        ticked: use_state(BTreeSet::new),
        anchor: use_mut_ref(|| None),
    }
}

impl Selection {
    /// A click ticks or unticks one row; a shift-click every row from the last one clicked.
    fn toggle(
        &self,
        found: &Rc<Vec<AssetId>>,
        position: usize,
        id: AssetId,
    ) -> Callback<MouseEvent> {
        let (ticked, anchor, found) = (self.ticked.clone(), self.anchor.clone(), found.clone());
        Callback::from(move |event: MouseEvent| {
            let from = anchor
                .borrow()
                .filter(|_| event.shift_key())
                .unwrap_or(position);
            let select = !ticked.contains(&id);
            ticked.set(select_range(&ticked, &found, from, position, select));
            *anchor.borrow_mut() = Some(position);
        })
    }

    fn select_all(&self, found: &Rc<Vec<AssetId>>) -> Callback<MouseEvent> {
        let (ticked, found) = (self.ticked.clone(), found.clone());
        Callback::from(move |_| ticked.set(found.iter().copied().collect()))
    }

    fn clear(&self) -> Callback<()> {
        let ticked = self.ticked.clone();
        Callback::from(move |()| ticked.set(BTreeSet::new()))
    }
}

/// The assets that match the query, in its order; recomputed when the plan or query changes.
#[hook]
fn use_found(state: &PlanContext, query: &Query) -> Rc<Vec<AssetId>> {
    // Lower-cased once per plan version: typing then costs a substring test per asset.
    let search: Rc<SearchText> = {
        let plan = state.plan.clone();
        use_memo((state.plan_id.clone(), state.revision), move |_| {
            SearchText::of(&plan, &|t: &str| text::lowercase(t))
        })
    };
    let plan = state.plan.clone();
    use_memo(
        (state.plan_id.clone(), state.revision, query.clone()),
        move |(_, _, query)| find(&plan, query, &search).iter().map(|a| a.id).collect(),
    )
}

#[function_component(InventoryPage)]
pub fn inventory_page() -> Html {
    let Some((state, _)) = use_plan_and_analysis() else {
        return html! {};
    };
    let waiting = state.plan.unassigned_count();
    let query = use_state(|| first_query(waiting));
    let page = use_state(|| 0usize);
    let selection = use_selection();
    let found = use_found(&state, &query);
    let (pages, current) = clamp(found.len(), *page);
    let clear = selection.clear();
    // Another search or filter starts a new selection: an action must never reach assets the
    // person can no longer see (ticked, then filtered away, they were marked or deleted too).
    let on_filter = {
        let (query, page, clear) = (query.clone(), page.clone(), clear.clone());
        Callback::from(move |next: Query| {
            query.set(next);
            page.set(0);
            clear.emit(());
        })
    };
    let on_page = {
        let page = page.clone();
        Callback::from(move |to| page.set(to))
    };
    let plan = &state.plan;
    let rows = found
        .iter()
        .enumerate()
        .skip(current * PAGE_ROWS)
        .take(PAGE_ROWS)
        .filter_map(|(position, id)| {
            plan.asset(*id)
                .map(|asset| (asset, selection.toggle(&found, position, asset.id)))
        });
    // Only what the search and filters show, even if the plan changed under the selection.
    let selected = &visible(&selection.ticked, &found);
    html! {
        <section aria-labelledby="inventory-title">
            <h1 id="inventory-title" tabindex="-1">{ "Inventory" }</h1>
            <p class="lead">{ "Every server and asset the plan knows, where it stands, and which are still waiting for a workload. Waves move workloads: an asset in no workload is in no wave." }</p>
            <p class="summary-line" data-testid="unassigned-count">
                { format!("{} in all; {waiting} unassigned.", counted(plan.assets().len(), "asset", "assets")) }
            </p>
            if waiting > 0 { <SuggestionsPanel /> }
            <InventoryFilters query={(*query).clone()} on_change={on_filter} />
            { selection_bar(found.len(), selected.len(), selection.select_all(&found), clear.clone()) }
            if !selected.is_empty() {
                <BulkActions assets={selected.iter().copied().collect::<Vec<_>>()} on_done={clear} />
            }
            if found.is_empty() {
                <p class="empty">{ nothing_found(plan) }</p>
            } else {
                { asset_table(plan, &query, selected, rows) }
            }
            { pager(current, pages, &on_page, "Inventory pages") }
        </section>
    }
}

/// What is still waiting for a workload comes first.
fn first_query(waiting: usize) -> Query {
    let standing = if waiting > 0 {
        Standing::Unassigned
    } else {
        Standing::All
    };
    Query {
        standing,
        ..Query::default()
    }
}

fn selection_bar(
    found: usize,
    selected: usize,
    select_all: Callback<MouseEvent>,
    clear: Callback<()>,
) -> Html {
    html! {
        <div class="button-row">
            <span role="status">{ format!("{} match; {selected} selected.", counted(found, "asset", "assets")) }</span>
            <button type="button" class="secondary" onclick={select_all} disabled={found == 0}>{ format!("Select all {found} that match") }</button>
            <button type="button" class="secondary" onclick={clear.reform(|_| ())} disabled={selected == 0}>{ "Clear selection" }</button>
        </div>
    }
}

fn nothing_found(plan: &Plan) -> &'static str {
    if plan.assets().len() == 0 {
        "No assets yet: import an inventory on the Start page, or add assets to a workload."
    } else {
        "No asset matches these filters."
    }
}

/// The ticked assets among those `found`.
fn visible(ticked: &BTreeSet<AssetId>, found: &[AssetId]) -> BTreeSet<AssetId> {
    if ticked.is_empty() {
        return BTreeSet::new();
    }
    found
        .iter()
        .copied()
        .filter(|id| ticked.contains(id))
        .collect()
}

/// `selected` with the assets of `found` from position `from` to `to` (either order) selected,
/// or cleared when `select` is false: a click is a range of one, a shift-click a longer one.
fn select_range(
    selected: &BTreeSet<AssetId>,
    found: &[AssetId],
    from: usize,
    to: usize,
    select: bool,
) -> BTreeSet<AssetId> {
    let mut next = selected.clone();
    let (low, high) = (from.min(to), from.max(to));
    for asset in found.iter().skip(low).take(high - low + 1) {
        if select {
            next.insert(*asset);
        } else {
            next.remove(asset);
        }
    }
    next
}

/// One page of assets, each with its selection box (and the callback that toggles it).
fn asset_table<'a>(
    plan: &Plan,
    query: &UseStateHandle<Query>,
    selected: &BTreeSet<AssetId>,
    rows: impl Iterator<Item = (&'a Asset, Callback<MouseEvent>)>,
) -> Html {
    let sort_state = |key: SortKey| -> Option<&'static str> {
        (query.sort == key).then_some(if query.descending {
            "descending"
        } else {
            "ascending"
        })
    };
    html! {
        <div class="scroll-x">
            <table class="table">
                <caption class="visually-hidden">{ "Assets; click a column heading to sort, shift-click boxes to select a range" }</caption>
                <thead>
                    <tr>
                        <th scope="col"><span class="visually-hidden">{ "Selected" }</span></th>
                        { for COLUMNS.iter().map(|(key, label)| html! {
                            <th scope="col" aria-sort={sort_state(*key)}>
                                <button type="button" class="link" onclick={sort_by(query, *key)}>{ *label }</button>
                            </th>
                        }) }
                        <th scope="col">{ "Source" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.map(|(asset, toggle)| asset_row(plan, asset, selected.contains(&asset.id), toggle)) }
                </tbody>
            </table>
        </div>
    }
}

/// Sort by `key`; a second click on the same column reverses.
fn sort_by(query: &UseStateHandle<Query>, key: SortKey) -> Callback<MouseEvent> {
    let query = query.clone();
    Callback::from(move |_| {
        let mut next = (*query).clone();
        next.descending = next.sort == key && !next.descending;
        next.sort = key;
        query.set(next);
    })
}

fn asset_row(plan: &Plan, asset: &Asset, checked: bool, toggle: Callback<MouseEvent>) -> Html {
    let standing = match (
        asset.workload.and_then(|id| plan.workload(id)),
        asset.disposition,
    ) {
        (Some(workload), _) => html! { { workload.name.as_str() } },
        (None, Disposition::Migrate) => {
            html! { <span class="badge warn">{ "Unassigned" }</span> }
        }
        (None, disposition) => {
            html! { <span class="badge muted">{ disposition.label() }</span> }
        }
    };
    html! {
        <tr key={asset.id.0} class={checked.then_some("selected")}>
            <td><input type="checkbox" {checked} onclick={toggle} aria-label={format!("Select {}", asset.name)} /></td>
            <th scope="row">{ asset.name.as_str() }</th>
            <td>{ asset.kind.label() }</td>
            <td>{ &asset.os }</td>
            <td class="number">{ format_size(f64::from(asset.cores)) }</td>
            <td class="number">{ format_size(asset.memory_gb) }</td>
            <td class="number">{ format_size(asset.storage_gb) }</td>
            <td>{ standing }</td>
            <td class="muted">{ asset.source.as_deref().unwrap_or("") }</td>
        </tr>
    }
}
