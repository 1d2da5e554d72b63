//! What a person does to a selection of assets at once: assign them to a workload, make a
//! workload of them, mark them out of scope or retiring, delete them. Each is one change to the
//! plan (one undo step); the domain builds it (`domain::inventory`).

use yew::prelude::*;

use crate::domain::asset::{AssetId, Disposition};
use crate::domain::forms::not_found;
use crate::domain::inventory::{assign, decide, delete, new_workload};
use crate::domain::name::Name;
use crate::domain::plan::{Action, Plan};
use crate::domain::quantity::counted;
use crate::ui::components::inline_confirm::InlineConfirm;
use crate::ui::components::name_form::NameForm;
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
    let count = counted(props.assets.len(), "asset", "assets");
    let mark = |disposition: Disposition| {
        let run = change(&state, props, move |plan, assets, count, ()| {
            let said = format!(
                "Marked {count}: {}",
                disposition.label().to_ascii_lowercase()
            );
            Ok((decide(plan, assets, disposition), said))
        });
        // Marking cannot be refused.
        Callback::from(move |_: MouseEvent| drop(run.emit(())))
    };
    let remove = change(&state, props, |_, assets, count, ()| {
        let said = format!("Deleted {count} and their dependencies");
        Ok((delete(assets), said))
    });
    html! {
        <section class="card bulk" aria-labelledby="bulk-title">
            <h2 id="bulk-title">{ format!("With the {count} selected") }</h2>
            <div class="bulk-forms">
                <NameForm id="bulk-target" label="Assign to workload (name)" button="Assign" suggest_workloads=true on_submit={change(&state, props, assign_to)} />
                <NameForm id="bulk-new" label="New workload name" button="Create workload from selection" on_submit={change(&state, props, make_workload)} />
            </div>
            <div class="button-row">
                <button type="button" class="secondary" onclick={mark(Disposition::OutOfScope)}>{ "Mark out of scope" }</button>
                <button type="button" class="secondary" onclick={mark(Disposition::Retire)}>{ "Mark to retire" }</button>
                <button type="button" class="secondary" onclick={mark(Disposition::Migrate)}>{ "Mark to migrate" }</button>
                <InlineConfirm label="Delete selected" question={format!("Delete {count} and their dependencies?")} on_confirm={Callback::from(move |()| drop(remove.emit(())))} then_focus="inventory-title" />
            </div>
        </section>
    }
}

/// Each action is one change to the selection, said in words (`count` names the selection),
/// or refused with the reason; after a change the page clears its selection.
fn change<T: 'static>(
    state: &PlanContext,
    props: &BulkActionsProps,
    make: impl Fn(&Plan, &[AssetId], &str, T) -> Result<(Action, String), String> + 'static,
) -> Callback<T, Result<(), String>> {
    let (state, assets, done) = (state.clone(), props.assets.clone(), props.on_done.clone());
    let count = counted(assets.len(), "asset", "assets");
    Callback::from(move |input: T| {
        let (action, said) = make(&state.plan, &assets, &count, input)?;
        state.dispatch(PlanMsg::apply(action, said));
        done.emit(());
        Ok(())
    })
}

fn assign_to(
    plan: &Plan,
    assets: &[AssetId],
    count: &str,
    typed: String,
) -> Result<(Action, String), String> {
    let workload = plan
        .lookup_workload(&typed)
        .map_err(|near| not_found("workload", &typed, near.map(|w| w.name.as_str())))?;
    let said = format!("Assigned {count} to “{}”", workload.name);
    Ok((assign(plan, assets, workload.id), said))
}

fn make_workload(
    plan: &Plan,
    assets: &[AssetId],
    count: &str,
    typed: String,
) -> Result<(Action, String), String> {
    let name = Name::parse(&typed).map_err(|e| e.to_string())?;
    let action = new_workload(plan, assets, name.clone()).map_err(|e| e.to_string())?;
    Ok((action, format!("Created workload “{name}” from {count}")))
}
