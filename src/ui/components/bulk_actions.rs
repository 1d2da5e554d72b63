//! What a person does to a selection of assets at once: assign them to a workload, make a
//! workload of them, mark them out of scope or retiring, delete them. Each is one change to the
//! plan (one undo step); the domain builds it (`domain::inventory`).

use yew::prelude::*;

use crate::domain::asset::{AssetId, Disposition};
use crate::domain::inventory::{assign, decide, delete, new_workload};
use crate::domain::name::{name_key, Name};
use crate::domain::quantity::counted;
use crate::ui::components::fields;
use crate::ui::components::inline_confirm::InlineConfirm;
use crate::ui::state::{PlanContext, PlanMsg};

#[derive(Properties, PartialEq)]
pub struct BulkActionsProps {
    pub assets: Vec<AssetId>,
    /// Called after a change was made, so the page can clear its selection.
    pub on_done: Callback<()>,
}

#[function_component(BulkActions)]
pub fn bulk_actions(props: &BulkActionsProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let target = use_state(String::new);
    let new_name = use_state(String::new);
    let error = use_state(|| None::<(&'static str, String)>);
    let count = counted(props.assets.len(), "asset", "assets");
    let on_assign = {
        let (state, target, error, assets, done, count) = (
            state.clone(),
            target.clone(),
            error.clone(),
            props.assets.clone(),
            props.on_done.clone(),
            count.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match state.plan.workload_named(&name_key(&target)) {
                Some(workload) => {
                    let label = format!("Assigned {count} to “{}”", workload.name);
                    state.dispatch(PlanMsg::apply(
                        assign(&state.plan, &assets, workload.id),
                        label,
                    ));
                    error.set(None);
                    target.set(String::new());
                    done.emit(());
                }
                None => error.set(Some((
                    "assign",
                    format!("There is no workload named “{}”.", target.trim()),
                ))),
            }
        })
    };
    let on_create = {
        let (state, new_name, error, assets, done, count) = (
            state.clone(),
            new_name.clone(),
            error.clone(),
            props.assets.clone(),
            props.on_done.clone(),
            count.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let made = Name::parse(&new_name)
                .map_err(|e| e.to_string())
                .and_then(|name| {
                    new_workload(&state.plan, &assets, name.clone())
                        .map(|action| (action, name))
                        .map_err(|e| e.to_string())
                });
            match made {
                Ok((action, name)) => {
                    state.dispatch(PlanMsg::apply(
                        action,
                        format!("Created workload “{name}” from {count}"),
                    ));
                    error.set(None);
                    new_name.set(String::new());
                    done.emit(());
                }
                Err(message) => error.set(Some(("create", message))),
            }
        })
    };
    let mark = |disposition: Disposition| {
        let (state, assets, done, count) = (
            state.clone(),
            props.assets.clone(),
            props.on_done.clone(),
            count.clone(),
        );
        Callback::from(move |_| {
            let label = format!(
                "Marked {count}: {}",
                disposition.label().to_ascii_lowercase()
            );
            state.dispatch(PlanMsg::apply(
                decide(&state.plan, &assets, disposition),
                label,
            ));
            done.emit(());
        })
    };
    let remove = {
        let (state, assets, done, count) = (
            state.clone(),
            props.assets.clone(),
            props.on_done.clone(),
            count.clone(),
        );
        Callback::from(move |_| {
            state.dispatch(PlanMsg::apply(
                delete(&assets),
                format!("Deleted {count} and their dependencies"),
            ));
            done.emit(());
        })
    };
    let error_for = |form: &str| {
        error
            .as_ref()
            .filter(|(which, _)| *which == form)
            .map(|(_, message)| message.clone())
    };
    html! {
        <section class="card bulk" aria-labelledby="bulk-title">
            <h2 id="bulk-title">{ format!("With the {count} selected") }</h2>
            <div class="bulk-forms">
                <form onsubmit={on_assign} class="form-row" novalidate=true>
                    { fields::named_input("bulk-target", "Assign to workload (name)", &target, error_for("assign").as_ref(), Some("bulk-target-names"), {
                        let target = target.clone();
                        Callback::from(move |value| target.set(value))
                    }) }
                    { fields::suggestions("bulk-target-names", state.plan.workloads().map(|w| w.name.as_str()), &target) }
                    <button type="submit">{ "Assign" }</button>
                </form>
                <form onsubmit={on_create} class="form-row" novalidate=true>
                    { fields::input("bulk-new", "New workload name", &new_name, error_for("create").as_ref(), {
                        let new_name = new_name.clone();
                        Callback::from(move |value| new_name.set(value))
                    }) }
                    <button type="submit">{ "Create workload from selection" }</button>
                </form>
            </div>
            <div class="button-row">
                <button type="button" class="secondary" onclick={mark(Disposition::OutOfScope)}>{ "Mark out of scope" }</button>
                <button type="button" class="secondary" onclick={mark(Disposition::Retire)}>{ "Mark to retire" }</button>
                <button type="button" class="secondary" onclick={mark(Disposition::Migrate)}>{ "Mark to migrate" }</button>
                <InlineConfirm label="Delete selected" question={format!("Delete {count} and their dependencies?")} on_confirm={remove} />
            </div>
        </section>
    }
}
