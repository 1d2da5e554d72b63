//! The Inventory page's search and filters over one `Query` the page keeps.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::browser::text;
use crate::domain::asset::{AssetKind, Disposition};
use crate::domain::inventory::{operating_systems, Query, Standing};
use crate::domain::workload::WorkloadId;
use crate::ui::components::fields::{changed, filter_choice, pick};
use crate::ui::state::PlanContext;

/// The standings offered before the workloads, with their words.
const STANDINGS: [(Standing, &str); 4] = [
    (Standing::All, "All assets"),
    (Standing::Unassigned, "Unassigned"),
    (Standing::Decided(Disposition::OutOfScope), "Out of scope"),
    (Standing::Decided(Disposition::Retire), "To retire"),
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

#[derive(Properties, PartialEq)]
pub struct InventoryFiltersProps {
    pub query: Query,
    pub on_change: Callback<Query>,
}

#[function_component(InventoryFilters)]
pub fn inventory_filters(props: &InventoryFiltersProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let (query, on_change) = (&props.query, &props.on_change);
    let on_search = changed(query, on_change, |q, v: String| {
        q.text = text::lowercase(v.trim())
    })
    .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_standing = changed(query, on_change, |q, v: String| {
        q.standing = standing_of(&v)
    })
    .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    let on_kind = changed(query, on_change, |q, kind| q.kind = kind);
    let on_os = changed(query, on_change, |q, v: String| {
        q.os = (!v.is_empty()).then_some(v)
    });
    let plan = &state.plan;
    html! {
        <div class="filters">
            <div class="field">
                <label for="inventory-search">{ "Search names, operating systems and files" }</label>
                <input id="inventory-search" type="search" value={query.text.clone()} oninput={on_search} />
            </div>
            <div class="field">
                <label for="inventory-standing">{ "Show" }</label>
                <select id="inventory-standing" onchange={on_standing}>
                    { for STANDINGS.iter().map(|(s, label)| html! {
                        <option value={standing_value(*s)} selected={query.standing == *s}>{ *label }</option>
                    }) }
                    <optgroup label="In workload">
                        { for plan.workloads().map(|w| html! {
                            <option value={w.id.0.to_string()} selected={query.standing == Standing::In(w.id)}>{ w.name.as_str() }</option>
                        }) }
                    </optgroup>
                </select>
            </div>
            { pick("inventory-kind", "Kind", AssetKind::ALL, AssetKind::label, query.kind, Some("All kinds"), on_kind) }
            { filter_choice("inventory-os", "Operating system", "Any", query.os.is_none(),
                operating_systems(plan).into_iter().map(|os| (os.to_owned(), os.to_owned(), query.os.as_deref() == Some(os))),
                on_os) }
        </div>
    }
}
