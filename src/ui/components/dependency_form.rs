//! The form under a workload's dependencies: one of its assets depends on an asset named by
//! typing (with suggestions), hard or soft. The domain judges the entry
//! (`domain::forms::dependency_entry`); this keeps what was typed and shows why it was refused.

use yew::prelude::*;

use crate::domain::asset::AssetId;
use crate::domain::dependency::DependencyStrength;
use crate::domain::forms::dependency_entry;
use crate::domain::plan::Plan;
use crate::ui::components::fields;
use crate::ui::state::{PlanContext, PlanMsg};

#[derive(Properties, PartialEq)]
pub struct DependencyFormProps {
    /// The workload's assets, one of which depends on the asset named.
    pub assets: Vec<AssetId>,
}

/// "name (workload)", so two assets of one name in different workloads tell apart.
pub fn describe(plan: &Plan, asset: AssetId) -> String {
    let Some(found) = plan.asset(asset) else {
        return format!("asset {}", asset.0);
    };
    let owner = found
        .workload
        .and_then(|w| plan.workload(w))
        .map_or("no workload".to_owned(), |w| w.name.to_string());
    format!("{} ({owner})", found.name)
}

#[function_component(DependencyForm)]
pub fn dependency_form(props: &DependencyFormProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let from = use_state(|| None::<AssetId>);
    let target = use_state(String::new);
    let strength = use_state(|| DependencyStrength::Hard);
    let error = use_state(|| None::<String>);
    let add = {
        let (state, from, target, strength, error, first) = (
            state.clone(),
            from.clone(),
            target.clone(),
            strength.clone(),
            error.clone(),
            props.assets.first().copied(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match dependency_entry(&state.plan, (*from).or(first), &target, *strength) {
                Ok((action, said)) => {
                    error.set(None);
                    target.set(String::new());
                    state.dispatch(PlanMsg::apply(action, said));
                }
                Err(refused) => {
                    error.set(Some(refused.to_string()));
                    state.dispatch(PlanMsg::ClearStatus);
                }
            }
        })
    };
    let plan = &state.plan;
    let sources = props.assets.iter().map(|id| {
        html! { <option value={id.0.to_string()} selected={*from == Some(*id)}>{ describe(plan, *id) }</option> }
    });
    html! {
        <form class="form-row" onsubmit={add} aria-label="Add a dependency">
            <div class="field">
                <label for="dependency-from">{ "This asset" }</label>
                <select id="dependency-from" onchange={fields::on_asset(&from)}>{ for sources }</select>
            </div>
            <div class="field">
                <label for="dependency-target">{ "depends on asset (name)" }</label>
                <input id="dependency-target" type="text" list="dependency-target-names" autocomplete="off" value={(*target).clone()} oninput={fields::on_text(&target)}
                    aria-invalid={error.is_some().then_some("true")} aria-describedby={error.is_some().then_some("dependency-error")} />
                { fields::suggestions("dependency-target-names", plan.assets().map(|a| a.name.as_str()), &target) }
            </div>
            { fields::choice("dependency-strength", "Strength", DependencyStrength::ALL, DependencyStrength::label, &strength) }
            <button type="submit">{ "Add dependency" }</button>
            if let Some(message) = &*error { <p id="dependency-error" class="field-error">{ message }</p> }
        </form>
    }
}
