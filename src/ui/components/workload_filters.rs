//! The Workloads page's search and filters: one value the page keeps, changed a field at a time.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::text;
use crate::domain::staging::WorkloadStage;
use crate::domain::workload::{Environment, Workload};
use crate::ui::components::fields::{changed, filter_choice, pick};

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
    /// A matcher for many workloads: the search text is lowered once, and a workload's facts
    /// (looked up in the analysis) are asked for only when a filter needs them.
    pub fn matcher<'a>(&'a self) -> impl Fn(&Workload, &dyn Fn() -> Facts) -> bool + 'a {
        let needle = text::lowercase(self.search.trim());
        let needs_facts = self.stage.is_some() || self.wave.is_some() || self.only_blocked;
        move |workload, facts| {
            let shown = (needle.is_empty()
                || text::lowercase(workload.name.as_str()).contains(&needle))
                && self.environment.is_none_or(|e| workload.environment == e);
            if !shown || !needs_facts {
                return shown;
            }
            let facts = facts();
            self.stage.is_none_or(|s| facts.stage == Some(s))
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
    let on_search = changed(filter, &props.on_change, |f, search| f.search = search)
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    let on_blocked = changed(filter, &props.on_change, |f, ()| {
        f.only_blocked = !f.only_blocked
    })
    .reform(|_: Event| ());
    html! {
        <>
            <div class="field">
                <label for="workload-search">{ "Search workloads" }</label>
                <input id="workload-search" type="search" value={filter.search.clone()} oninput={on_search} />
            </div>
            { pick("filter-status", "Stage", WorkloadStage::ALL, WorkloadStage::label, filter.stage, Some("All stages"),
                changed(filter, &props.on_change, |f, stage| f.stage = stage)) }
            { pick("filter-environment", "Environment", Environment::ALL, Environment::label, filter.environment, Some("All environments"),
                changed(filter, &props.on_change, |f, environment| f.environment = environment)) }
            { filter_choice("filter-wave", "Wave", "All waves", filter.wave.is_none(),
                props.waves.iter().map(|n| (n.to_string(), format!("Wave {n}"), filter.wave == Some(*n))),
                changed(filter, &props.on_change, |f, wave: String| f.wave = wave.parse().ok())) }
            <div class="check">
                <input type="checkbox" id="filter-blocked" checked={filter.only_blocked} onchange={on_blocked} />
                <label for="filter-blocked">{ "Blocked only" }</label>
            </div>
        </>
    }
}
