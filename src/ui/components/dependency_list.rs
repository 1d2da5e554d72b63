//! A workload's dependencies: what its assets depend on, and what depends on them, with hard
//! or soft strength; add one by naming the other asset, remove any.

use yew::prelude::*;

use crate::domain::asset::AssetId;
use crate::domain::dependency::Dependency;
use crate::domain::plan::Action;
use crate::domain::workload::WorkloadId;
use crate::ui::components::dependency_form::{describe, DependencyForm};
use crate::ui::state::{PlanContext, PlanMsg};

#[derive(Properties, PartialEq)]
pub struct DependencyListProps {
    pub workload: WorkloadId,
}

#[function_component(DependencyList)]
pub fn dependency_list(props: &DependencyListProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let plan = &state.plan;
    let mine: Vec<AssetId> = plan.assets_of(props.workload).map(|a| a.id).collect();
    let is_mine = |id: &AssetId| mine.contains(id);
    let touching = plan.dependencies_touching(props.workload);
    let (outgoing, incoming): (Vec<&Dependency>, Vec<&Dependency>) = touching
        .into_iter()
        .filter(|d| is_mine(&d.from) != is_mine(&d.to))
        .partition(|d| is_mine(&d.from));
    let item = |dependency: &&Dependency| dependency_item(&state, dependency);
    html! {
        <section aria-labelledby="dependencies-title">
            <h3 id="dependencies-title">{ "Dependencies" }</h3>
            <h4>{ format!("Depends on ({})", outgoing.len()) }</h4>
            <ul class="plain">{ for outgoing.iter().map(item) }</ul>
            <h4>{ format!("Used by ({})", incoming.len()) }</h4>
            <ul class="plain">{ for incoming.iter().map(item) }</ul>
            if !mine.is_empty() {
                <DependencyForm assets={mine} />
            }
        </section>
    }
}

/// One dependency, read the same way in both lists: the asset that depends → the one it needs.
fn dependency_item(state: &PlanContext, dependency: &Dependency) -> Html {
    let remove = {
        let (state, from, to) = (state.clone(), dependency.from, dependency.to);
        Callback::from(move |_| {
            state.dispatch(PlanMsg::apply(
                Action::RemoveDependency { from, to },
                "Removed a dependency",
            ))
        })
    };
    let ports = if dependency.ports.is_empty() {
        String::new()
    } else {
        let numbers: Vec<String> = dependency.ports.iter().map(u16::to_string).collect();
        format!(", ports {}", numbers.join(", "))
    };
    let plan = &state.plan;
    html! {
        <li key={format!("{}-{}", dependency.from.0, dependency.to.0)}>
            { format!("{} → {}: {}{ports}", describe(plan, dependency.from), describe(plan, dependency.to), dependency.strength.label().to_ascii_lowercase()) }
            <button type="button" class="secondary small" onclick={remove}>{ "Remove" }</button>
        </li>
    }
}
