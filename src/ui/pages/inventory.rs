//! Inventory: every asset, where it stands (a workload, unassigned, out of scope, retiring),
//! found by search, filters and sort, a page at a time however large the estate. A selection
//! (click, shift-click for a range, or everything that matches) is assigned, made into a
//! workload, marked out of scope or retiring, or deleted, each as one undo step. Suggested
//! workloads group what is still unassigned.

use std::collections::BTreeSet;
use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::browser::text;
use crate::domain::asset::{Asset, AssetId, AssetKind, Disposition};
use crate::domain::inventory::{
    find, operating_systems, unassigned_count, Query, SearchText, SortKey, Standing,
};
use crate::domain::quantity::{counted, format_amount};
use crate::domain::workload::WorkloadId;
use crate::ui::components::bulk_actions::BulkActions;
use crate::ui::components::pager::{clamp, pager, PAGE_ROWS};
use crate::ui::components::suggestions::SuggestionsPanel;
use crate::ui::state::use_plan_and_analysis;

const COLUMNS: &[(SortKey, &str)] = &[
    (SortKey::Name, "Name"),
    (SortKey::Kind, "Kind"),
    (SortKey::Os, "Operating system"),
    (SortKey::Cores, "Cores"),
    (SortKey::Memory, "Memory (GB)"),
    (SortKey::Storage, "Storage (GB)"),
    (SortKey::Workload, "Workload"),
];

/// "standing" select values: all, unassigned, decided dispositions, then workload ids.
fn standing_value(standing: Standing) -> String {
    match standing {
        Standing::All => "all".into(),
        Standing::Unassigned => "unassigned".into(),
        Standing::Decided(Disposition::OutOfScope) => "out-of-scope".into(),
        Standing::Decided(Disposition::Retire) => "retire".into(),
        Standing::Decided(Disposition::Migrate) => "migrate".into(),
        Standing::In(id) => id.0.to_string(),
    }
}

fn standing_of(value: &str) -> Standing {
    match value {
        "unassigned" => Standing::Unassigned,
        "out-of-scope" => Standing::Decided(Disposition::OutOfScope),
        "retire" => Standing::Decided(Disposition::Retire),
        "migrate" => Standing::Decided(Disposition::Migrate),
        other => other
            .parse()
            .map_or(Standing::All, |id| Standing::In(WorkloadId(id))),
    }
}

#[function_component(InventoryPage)]
pub fn inventory_page() -> Html {
    let Some((state, _)) = use_plan_and_analysis() else {
        return html! {};
    };
    let waiting = unassigned_count(&state.plan);
    let query = use_state(|| Query {
        standing: if waiting > 0 {
            Standing::Unassigned
        } else {
            Standing::All
        },
        ..Query::default()
    });
    let page = use_state(|| 0usize);
    let selected = use_state(BTreeSet::<AssetId>::new);
    // The row last clicked, for shift-click ranges (an index into `found`).
    let anchor = use_mut_ref(|| None::<usize>);
    // Lower-cased once per plan version: typing then costs a substring test per asset.
    let search: Rc<SearchText> = {
        let plan = state.plan.clone();
        use_memo((state.plan_id.clone(), state.revision), move |_| {
            SearchText::of(&plan, &|t: &str| text::lowercase(t))
        })
    };
    let found: Rc<Vec<AssetId>> = {
        let (plan, search) = (state.plan.clone(), search.clone());
        use_memo(
            (state.plan_id.clone(), state.revision, (*query).clone()),
            move |(_, _, query)| find(&plan, query, &search).iter().map(|a| a.id).collect(),
        )
    };
    let (pages, current) = clamp(found.len(), *page);
    let set_query = |change: fn(&mut Query, String)| {
        let (query, page) = (query.clone(), page.clone());
        move |value: String| {
            let mut next = (*query).clone();
            change(&mut next, value);
            query.set(next);
            page.set(0);
        }
    };
    let on_search = {
        let set = set_query(|q, v| q.text = text::lowercase(v.trim()));
        Callback::from(move |e: InputEvent| {
            set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_standing = {
        let set = set_query(|q, v| q.standing = standing_of(&v));
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_kind = {
        let set = set_query(|q, v| q.kind = AssetKind::from_label(&v));
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_os = {
        let set = set_query(|q, v| q.os = (!v.is_empty()).then_some(v));
        Callback::from(move |e: Event| set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let sort_by = |key: SortKey| {
        let query = query.clone();
        Callback::from(move |_| {
            let mut next = (*query).clone();
            next.descending = next.sort == key && !next.descending;
            next.sort = key;
            query.set(next);
        })
    };
    let toggle = |position: usize, id: AssetId| {
        let (selected, anchor, found) = (selected.clone(), anchor.clone(), found.clone());
        Callback::from(move |event: MouseEvent| {
            let mut next = (*selected).clone();
            let select = !next.contains(&id);
            let from = anchor
                .borrow()
                .filter(|_| event.shift_key())
                .unwrap_or(position);
            let (low, high) = (from.min(position), from.max(position));
            for asset in found.iter().skip(low).take(high - low + 1) {
                if select {
                    next.insert(*asset);
                } else {
                    next.remove(asset);
                }
            }
            *anchor.borrow_mut() = Some(position);
            selected.set(next);
        })
    };
    let select_all = {
        let (selected, found) = (selected.clone(), found.clone());
        Callback::from(move |_| selected.set(found.iter().copied().collect()))
    };
    let clear = {
        let selected = selected.clone();
        Callback::from(move |_| selected.set(BTreeSet::new()))
    };
    let on_page = {
        let page = page.clone();
        Callback::from(move |to| page.set(to))
    };
    let on_done = {
        let selected = selected.clone();
        Callback::from(move |_| selected.set(BTreeSet::new()))
    };
    let plan = &state.plan;
    let row = |position: usize, asset: &Asset| {
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
        let checked = selected.contains(&asset.id);
        html! {
            <tr key={asset.id.0} class={checked.then_some("selected")}>
                <td><input type="checkbox" {checked} onclick={toggle(position, asset.id)} aria-label={format!("Select {}", asset.name)} /></td>
                <th scope="row">{ asset.name.as_str() }</th>
                <td>{ asset.kind.label() }</td>
                <td>{ &asset.os }</td>
                <td class="number">{ asset.cores }</td>
                <td class="number">{ format_amount(asset.memory_gb) }</td>
                <td class="number">{ format_amount(asset.storage_gb) }</td>
                <td>{ standing }</td>
                <td class="muted">{ asset.source.as_deref().unwrap_or("") }</td>
            </tr>
        }
    };
    let sort_state = |key: SortKey| -> Option<&'static str> {
        (query.sort == key).then_some(if query.descending {
            "descending"
        } else {
            "ascending"
        })
    };
    let selection: Vec<AssetId> = selected.iter().copied().collect();
    html! {
        <section aria-labelledby="inventory-title">
            <h1 id="inventory-title">{ "Inventory" }</h1>
            <p class="lead">{ "Every server and asset the plan knows, where it stands, and which are still waiting for a workload. Waves move workloads: an asset in no workload is in no wave." }</p>
            <p class="summary-line" data-testid="unassigned-count">
                { format!("{} in all; {waiting} unassigned.", counted(plan.assets().len(), "asset", "assets")) }
            </p>
            if waiting > 0 { <SuggestionsPanel /> }
            <div class="filters">
                <div class="field">
                    <label for="inventory-search">{ "Search names, operating systems and files" }</label>
                    <input id="inventory-search" type="search" value={query.text.clone()} oninput={on_search} />
                </div>
                <div class="field">
                    <label for="inventory-standing">{ "Show" }</label>
                    <select id="inventory-standing" onchange={on_standing}>
                        { for [Standing::All, Standing::Unassigned, Standing::Decided(Disposition::OutOfScope), Standing::Decided(Disposition::Retire)].iter().map(|s| {
                            let label = match s {
                                Standing::All => "All assets",
                                Standing::Unassigned => "Unassigned",
                                Standing::Decided(Disposition::OutOfScope) => "Out of scope",
                                _ => "To retire",
                            };
                            html! { <option value={standing_value(*s)} selected={query.standing == *s}>{ label }</option> }
                        }) }
                        <optgroup label="In workload">
                            { for plan.workloads().map(|w| html! {
                                <option value={w.id.0.to_string()} selected={query.standing == Standing::In(w.id)}>{ w.name.as_str() }</option>
                            }) }
                        </optgroup>
                    </select>
                </div>
                <div class="field">
                    <label for="inventory-kind">{ "Kind" }</label>
                    <select id="inventory-kind" onchange={on_kind}>
                        <option value="" selected={query.kind.is_none()}>{ "All kinds" }</option>
                        { for AssetKind::ALL.iter().map(|k| html! { <option selected={query.kind == Some(*k)}>{ k.label() }</option> }) }
                    </select>
                </div>
                <div class="field">
                    <label for="inventory-os">{ "Operating system" }</label>
                    <select id="inventory-os" onchange={on_os}>
                        <option value="" selected={query.os.is_none()}>{ "Any" }</option>
                        { for operating_systems(plan).into_iter().map(|os| html! { <option value={os.to_owned()} selected={query.os.as_deref() == Some(os)}>{ os }</option> }) }
                    </select>
                </div>
            </div>
            <div class="button-row">
                <span role="status">{ format!("{} match; {} selected.", counted(found.len(), "asset", "assets"), selected.len()) }</span>
                <button type="button" class="secondary" onclick={select_all} disabled={found.is_empty()}>{ format!("Select all {} that match", found.len()) }</button>
                <button type="button" class="secondary" onclick={clear} disabled={selected.is_empty()}>{ "Clear selection" }</button>
            </div>
            if !selection.is_empty() {
                <BulkActions assets={selection} on_done={on_done} />
            }
            if found.is_empty() {
                <p class="empty">{ if plan.assets().len() == 0 { "No assets yet: import an inventory on the Start page, or add assets to a workload." } else { "No asset matches these filters." } }</p>
            } else {
                <div class="scroll-x">
                    <table class="table">
                        <caption class="visually-hidden">{ "Assets; click a column heading to sort, shift-click boxes to select a range" }</caption>
                        <thead>
                            <tr>
                                <th scope="col"><span class="visually-hidden">{ "Selected" }</span></th>
                                { for COLUMNS.iter().map(|(key, label)| html! {
                                    <th scope="col" aria-sort={sort_state(*key)}>
                                        <button type="button" class="link" onclick={sort_by(*key)}>{ *label }</button>
                                    </th>
                                }) }
                                <th scope="col">{ "Source" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for found.iter().enumerate().skip(current * PAGE_ROWS).take(PAGE_ROWS).filter_map(|(position, id)| plan.asset(*id).map(|asset| row(position, asset))) }
                        </tbody>
                    </table>
                </div>
            }
            { pager(current, pages, &on_page, "Inventory pages") }
        </section>
    }
}
