//! A workload's dependencies: what its assets depend on, and what depends on them, with hard
//! or soft strength; add one by naming the other asset, remove any.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::asset::AssetId;
use crate::domain::dependency::{Dependency, DependencyStrength};
use crate::domain::plan::{Action, Plan};
use crate::domain::workload::WorkloadId;
use crate::ui::components::fields;
use crate::ui::components::fields::not_found;
use crate::ui::state::{PlanContext, PlanMsg};

#[derive(Properties, PartialEq)]
pub struct DependencyListProps {
    pub workload: WorkloadId,
}

fn describe(plan: &Plan, asset: AssetId) -> String {
    let Some(found) = plan.asset(asset) else {
        return format!("asset {}", asset.0);
    };
    let owner = found
        .workload
        .and_then(|w| plan.workload(w))
        .map_or("no workload".to_owned(), |w| w.name.to_string());
    format!("{} ({owner})", found.name)
}

#[function_component(DependencyList)]
pub fn dependency_list(props: &DependencyListProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let from = use_state(|| None::<AssetId>);
    let target = use_state(String::new);
    let strength = use_state(|| DependencyStrength::Hard);
    let error = use_state(|| None::<String>);
    let plan = &state.plan;
    let mine: Vec<AssetId> = plan.assets_of(props.workload).map(|a| a.id).collect();
    let is_mine = |id: &AssetId| mine.contains(id);
    let outgoing: Vec<&Dependency> = plan
        .dependencies()
        .filter(|d| is_mine(&d.from) && !is_mine(&d.to))
        .collect();
    let incoming: Vec<&Dependency> = plan
        .dependencies()
        .filter(|d| is_mine(&d.to) && !is_mine(&d.from))
        .collect();
    // Each dependency reads the same way in both lists: the asset that depends → the one it needs.
    let item = |dependency: &&Dependency| {
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
            format!(
                ", ports {}",
                dependency
                    .ports
                    .iter()
                    .map(u16::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        html! {
            <li key={format!("{}-{}", dependency.from.0, dependency.to.0)}>
                { format!("{} → {}: {}{ports}", describe(plan, dependency.from), describe(plan, dependency.to), dependency.strength.label().to_ascii_lowercase()) }
                <button type="button" class="secondary small" onclick={remove}>{ "Remove" }</button>
            </li>
        }
    };
    let add = {
        let (state, from, target, strength, error, mine) = (
            state.clone(),
            from.clone(),
            target.clone(),
            strength.clone(),
            error.clone(),
            mine.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(source) = (*from).or_else(|| mine.first().copied()) else {
                error.set(Some("Add an asset to this workload first.".into()));
                return;
            };
            let found = match state.plan.lookup_asset(&target) {
                Ok(found) => found,
                Err(near) => {
                    error.set(Some(not_found(
                        "asset",
                        &target,
                        near.map(|a| a.name.as_str()),
                    )));
                    state.dispatch(PlanMsg::ClearStatus);
                    return;
                }
            };
            let source_name = state
                .plan
                .asset(source)
                .map_or_else(String::new, |a| a.name.to_string());
            let label = match state.plan.dependency(source, found.id) {
                Some(known) if known.strength == *strength => {
                    error.set(Some(format!(
                        "{source_name} already depends on {} ({}).",
                        found.name,
                        strength.label().to_ascii_lowercase()
                    )));
                    state.dispatch(PlanMsg::ClearStatus);
                    return;
                }
                Some(_) => format!(
                    "{source_name} now depends on {} ({})",
                    found.name,
                    strength.label().to_ascii_lowercase()
                ),
                None => format!(
                    "Added: {source_name} depends on {} ({})",
                    found.name,
                    strength.label().to_ascii_lowercase()
                ),
            };
            error.set(None);
            target.set(String::new());
            state.dispatch(PlanMsg::apply(
                Action::SetDependency(Dependency::new(source, found.id, *strength)),
                label,
            ));
        })
    };
    let on_from = fields::on_asset(&from);
    let on_target = fields::on_text(&target);
    let on_strength = {
        let strength = strength.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            strength
                .set(DependencyStrength::from_label(&value).unwrap_or(DependencyStrength::Hard));
        })
    };
    html! {
        <section aria-labelledby="dependencies-title">
            <h3 id="dependencies-title">{ "Dependencies" }</h3>
            <h4>{ format!("Depends on ({})", outgoing.len()) }</h4>
            <ul class="plain">{ for outgoing.iter().map(item) }</ul>
            <h4>{ format!("Used by ({})", incoming.len()) }</h4>
            <ul class="plain">{ for incoming.iter().map(item) }</ul>
            if !mine.is_empty() {
                <form class="form-row" onsubmit={add} aria-label="Add a dependency">
                    <div class="field">
                        <label for="dependency-from">{ "This asset" }</label>
                        <select id="dependency-from" onchange={on_from}>
                            { for mine.iter().map(|id| html! { <option value={id.0.to_string()} selected={*from == Some(*id)}>{ describe(plan, *id) }</option> }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="dependency-target">{ "depends on asset (name)" }</label>
                        <input id="dependency-target" type="text" list="dependency-target-names" autocomplete="off" value={(*target).clone()} oninput={on_target}
                            aria-invalid={error.is_some().then_some("true")} aria-describedby={error.is_some().then_some("dependency-error")} />
                        { fields::suggestions("dependency-target-names", plan.assets().map(|a| a.name.as_str()), &target) }
                    </div>
                    <div class="field">
                        <label for="dependency-strength">{ "Strength" }</label>
                        <select id="dependency-strength" onchange={on_strength}>
                            { for DependencyStrength::ALL.iter().map(|s| html! { <option selected={*strength == *s}>{ s.label() }</option> }) }
                        </select>
                    </div>
                    <button type="submit">{ "Add dependency" }</button>
                    if let Some(message) = &*error { <p id="dependency-error" class="field-error">{ message }</p> }
                </form>
            }
        </section>
    }
}
