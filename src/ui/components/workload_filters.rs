//! The Workloads page's search and filters: one value the page keeps, changed a field at a time.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::browser::text;
use crate::domain::staging::WorkloadStage;
use crate::domain::workload::{Environment, Workload};

/// Which workloads the table shows.
#[derive(Clone, PartialEq, Default)]
pub struct WorkloadFilter {
    pub search: String,
    pub stage: Option<WorkloadStage>,
    pub environment: Option<Environment>,
    pub wave: Option<u32>,
    pub only_blocked: bool,
}

/// What the filter asks of a workload, answered by the page from its analysis.
pub struct Facts {
    pub stage: Option<WorkloadStage>,
    pub wave: Option<u32>,
    pub blocked: bool,
}

impl WorkloadFilter {
    /// A matcher for many workloads: the search text is lowered once.
    pub fn matcher(&self) -> impl Fn(&Workload, Facts) -> bool + '_ {
        let needle = text::lowercase(self.search.trim());
        move |workload, facts| {
            (needle.is_empty() || text::lowercase(workload.name.as_str()).contains(&needle))
                && self.stage.is_none_or(|s| facts.stage == Some(s))
                && self.environment.is_none_or(|e| workload.environment == e)
                && self.wave.is_none_or(|n| facts.wave == Some(n))
                && (!self.only_blocked || facts.blocked)
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct WorkloadFiltersProps {
    pub filter: WorkloadFilter,
    /// The plan's wave numbers, to filter by.
    pub waves: Vec<u32>,
    pub on_change: Callback<WorkloadFilter>,
}

#[function_component(WorkloadFilters)]
pub fn workload_filters(props: &WorkloadFiltersProps) -> Html {
    let filter = &props.filter;
    let change = |edit: fn(&mut WorkloadFilter, String)| {
        let (filter, on_change) = (filter.clone(), props.on_change.clone());
        Callback::from(move |event: Event| {
            let mut next = filter.clone();
            edit(
                &mut next,
                event.target_unchecked_into::<HtmlSelectElement>().value(),
            );
            on_change.emit(next);
        })
    };
    let on_search = {
        let (filter, on_change) = (filter.clone(), props.on_change.clone());
        Callback::from(move |event: InputEvent| {
            let search = event.target_unchecked_into::<HtmlInputElement>().value();
            on_change.emit(WorkloadFilter {
                search,
                ..filter.clone()
            });
        })
    };
    let on_blocked = {
        let (filter, on_change) = (filter.clone(), props.on_change.clone());
        Callback::from(move |_: Event| {
            let only_blocked = !filter.only_blocked;
            on_change.emit(WorkloadFilter {
                only_blocked,
                ..filter.clone()
            });
        })
    };
    html! {
        <>
            <div class="field">
                <label for="workload-search">{ "Search workloads" }</label>
                <input id="workload-search" type="search" value={filter.search.clone()} oninput={on_search} />
            </div>
            { choice("filter-status", "Stage", "All stages", filter.stage.is_none(),
                WorkloadStage::ALL.iter().map(|s| (s.label().to_owned(), s.label().to_owned(), filter.stage == Some(*s))),
                change(|f, v| f.stage = WorkloadStage::from_label(&v))) }
            { choice("filter-environment", "Environment", "All environments", filter.environment.is_none(),
                Environment::ALL.iter().map(|e| (e.label().to_owned(), e.label().to_owned(), filter.environment == Some(*e))),
                change(|f, v| f.environment = Environment::from_label(&v))) }
            { choice("filter-wave", "Wave", "All waves", filter.wave.is_none(),
                props.waves.iter().map(|n| (n.to_string(), format!("Wave {n}"), filter.wave == Some(*n))),
                change(|f, v| f.wave = v.parse().ok())) }
            <div class="check">
                <input type="checkbox" id="filter-blocked" checked={filter.only_blocked} onchange={on_blocked} />
                <label for="filter-blocked">{ "Blocked only" }</label>
            </div>
        </>
    }
}

/// A labelled select: "all" first, then each (value, label, selected).
fn choice(
    id: &'static str,
    label: &'static str,
    all: &'static str,
    all_selected: bool,
    options: impl Iterator<Item = (String, String, bool)>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} {onchange}>
                <option value="" selected={all_selected}>{ all }</option>
                { for options.map(|(value, text, selected)| html! { <option {value} {selected}>{ text }</option> }) }
            </select>
        </div>
    }
}
