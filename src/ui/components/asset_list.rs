//! A workload's assets: add, edit, move to another workload, remove. Numbers are parsed by the
//! domain when the form is submitted; errors show beside their field.

use yew::prelude::*;

use crate::domain::asset::{Asset, AssetId, AssetKind};
use crate::domain::forms::not_found;
use crate::domain::forms::{AssetField, AssetForm, FieldErrors};
use crate::domain::plan::Action;
use crate::domain::quantity::{counted, format_size};
use crate::domain::workload::WorkloadId;
use crate::ui::components::fields;
use crate::ui::components::inline_confirm::InlineConfirm;
use crate::ui::components::quick_entry::{QuickEntry, QuickTarget};
use crate::ui::state::{PlanContext, PlanMsg};

#[derive(Properties, PartialEq)]
pub struct AssetListProps {
    pub workload: WorkloadId,
}

/// One asset with its Edit and Remove (which says how many dependencies go with it).
fn asset_row(state: &PlanContext, editing: &UseStateHandle<Option<Asset>>, asset: &Asset) -> Html {
    let edit = {
        let (editing, asset) = (editing.clone(), asset.clone());
        Callback::from(move |_| editing.set(Some(asset.clone())))
    };
    let remove = {
        let (state, id, name) = (state.clone(), asset.id, asset.name.to_string());
        Callback::from(move |_| {
            state.dispatch(PlanMsg::apply(
                Action::RemoveAsset(id),
                format!("Removed asset “{name}”"),
            ))
        })
    };
    let plan = &state.plan;
    let dependencies =
        plan.dependencies_from(asset.id).count() + plan.dependencies_to(asset.id).count();
    html! {
        <tr key={asset.id.0}>
            <td>{ asset.name.as_str() }</td>
            <td>{ asset.kind.label() }</td>
            <td>{ &asset.os }</td>
            <td>{ format_size(f64::from(asset.cores)) }</td>
            <td>{ format_size(asset.memory_gb) }</td>
            <td>{ format_size(asset.storage_gb) }</td>
            <td class="actions">
                <button type="button" class="secondary small" onclick={edit} aria-label={format!("Edit {}", asset.name)}>{ "Edit" }</button>
                <InlineConfirm label="Remove" question={format!("Remove “{}” and its {}?", asset.name, counted(dependencies, "dependency", "dependencies"))} on_confirm={remove} then_focus="assets-title" />
            </td>
        </tr>
    }
}

#[function_component(AssetList)]
pub fn asset_list(props: &AssetListProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let editing = use_state(|| None::<Asset>);
    let assets: Vec<&Asset> = state.plan.assets_of(props.workload).collect();
    let row = |asset: &&Asset| asset_row(&state, &editing, asset);
    let done = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(None))
    };
    let form = match &*editing {
        Some(asset) => {
            html! { <AssetEntry key={format!("edit-{}", asset.id.0)} workload={props.workload} asset={Some(asset.clone())} on_done={done} /> }
        }
        None => {
            html! { <AssetEntry key="new" workload={props.workload} asset={None::<Asset>} on_done={done} /> }
        }
    };
    html! {
        <section aria-labelledby="assets-title">
            <h3 id="assets-title" tabindex="-1">{ format!("Assets ({})", assets.len()) }</h3>
            if !assets.is_empty() {
                <div class="scroll-x">
                    <table class="table compact">
                        <thead><tr>
                            <th scope="col">{ "Name" }</th><th scope="col">{ "Kind" }</th><th scope="col">{ "OS" }</th>
                            <th scope="col">{ "Cores" }</th><th scope="col">{ "Memory (GB)" }</th><th scope="col">{ "Storage (GB)" }</th>
                            <th scope="col">{ "Actions" }</th>
                        </tr></thead>
                        <tbody>{ for assets.iter().map(row) }</tbody>
                    </table>
                </div>
            }
            { form }
            <QuickEntry target={QuickTarget::Assets(props.workload)} />
            if !assets.is_empty() { <MoveAsset workload={props.workload} /> }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct AssetFormProps {
    workload: WorkloadId,
    asset: Option<Asset>,
    on_done: Callback<()>,
}

/// The asset form's fields, each with its error.
fn asset_fields(form: &UseStateHandle<AssetForm>, errors: &FieldErrors<AssetField>) -> Html {
    let error = |field: AssetField| errors.get(&field).cloned();
    let f = &**form;
    html! {
        <>
        { fields::input("asset-name", "Asset name", &f.name, error(AssetField::Name).as_ref(), fields::edit(form, |f, v| f.name = v)) }
        { fields::pick("asset-kind", "Kind", AssetKind::ALL, AssetKind::label, Some(f.kind), None, fields::edit(form, |f, v: Option<AssetKind>| if let Some(v) = v { f.kind = v })) }
        { fields::input("asset-os", "Operating system", &f.os, None, fields::edit(form, |f, v| f.os = v)) }
        { fields::input("asset-cores", "Cores", &f.cores, error(AssetField::Cores).as_ref(), fields::edit(form, |f, v| f.cores = v)) }
        { fields::input("asset-memory", "Memory (GB)", &f.memory, error(AssetField::Memory).as_ref(), fields::edit(form, |f, v| f.memory = v)) }
        { fields::input("asset-storage", "Storage (GB)", &f.storage, error(AssetField::Storage).as_ref(), fields::edit(form, |f, v| f.storage = v)) }
        { fields::input("asset-change", "Daily change (%)", &f.change, error(AssetField::Change).as_ref(), fields::edit(form, |f, v| f.change = v)) }
        </>
    }
}

#[function_component(AssetEntry)]
fn asset_entry(props: &AssetFormProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let form = use_state(|| props.asset.as_ref().map(AssetForm::of).unwrap_or_default());
    let errors = use_state(FieldErrors::<AssetField>::new);
    let submit = submit_asset(&state, &form, &errors, props);
    let cancel = props.on_done.reform(|_: MouseEvent| ());
    let error = |field: AssetField| errors.get(&field).cloned();
    let editing = props.asset.is_some();
    html! {
        <form class="form-grid sub-form" onsubmit={submit} novalidate=true aria-label={if editing { "Edit asset" } else { "Add an asset" }}>
            { asset_fields(&form, &errors) }
            if let Some(message) = error(AssetField::Form) {
                <p class="field-error wide" role="alert">{ message }</p>
            }
            <div class="button-row wide">
                <button type="submit">{ if editing { "Save asset" } else { "Add asset" } }</button>
                if editing { <button type="button" class="secondary" onclick={cancel}>{ "Cancel" }</button> }
            </div>
        </form>
    }
}

/// Parse the form; the plan judges it (errors go beside their fields) or the asset is added
/// or saved. After an add the form is ready for the next asset: empty, the same kind, the
/// cursor in the name.
fn submit_asset(
    state: &PlanContext,
    form: &UseStateHandle<AssetForm>,
    errors: &UseStateHandle<FieldErrors<AssetField>>,
    props: &AssetFormProps,
) -> Callback<SubmitEvent> {
    let (state, form, errors, on_done, base, workload) = (
        state.clone(),
        form.clone(),
        errors.clone(),
        props.on_done.clone(),
        props.asset.clone(),
        props.workload,
    );
    Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        let asset = match form.parse(base.as_ref(), workload, &state.plan) {
            Ok(asset) => asset,
            Err(found) => {
                errors.set(found);
                state.dispatch(PlanMsg::ClearStatus);
                return;
            }
        };
        errors.set(FieldErrors::new());
        let is_new = base.is_none();
        let verb = if is_new { "Added" } else { "Saved" };
        let said = format!("{verb} asset “{}”", asset.name);
        let action = if is_new {
            Action::AddAsset(asset)
        } else {
            Action::UpdateAsset(asset)
        };
        state.dispatch(PlanMsg::apply(action, said));
        if is_new {
            form.set(AssetForm {
                kind: form.kind,
                ..AssetForm::default()
            });
            crate::browser::page::focus("asset-name");
        }
        on_done.emit(());
    })
}

#[derive(Properties, PartialEq)]
struct MoveAssetProps {
    workload: WorkloadId,
}

/// Moves one of this workload's assets to another workload, named by the user (a list of
/// every workload would be unusable with thousands of them).
#[function_component(MoveAsset)]
fn move_asset(props: &MoveAssetProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let assets = fields::asset_options(&state.plan, props.workload);
    let chosen = use_state(|| None::<AssetId>);
    let target = use_state(String::new);
    let error = use_state(|| None::<String>);
    let submit = {
        let first = assets.first().map(|a| a.0);
        let (state, chosen, target, error) =
            (state.clone(), chosen.clone(), target.clone(), error.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let destination = match state.plan.lookup_workload(&target) {
                Ok(found) => found,
                Err(near) => {
                    error.set(Some(not_found(
                        "workload",
                        &target,
                        near.map(|w| w.name.as_str()),
                    )));
                    state.dispatch(PlanMsg::ClearStatus);
                    return;
                }
            };
            let Some(mut moved) = (*chosen)
                .or(first)
                .and_then(|id| state.plan.asset(id))
                .cloned()
            else {
                return;
            };
            error.set(None);
            moved.workload = Some(destination.id);
            let label = format!("Moved “{}” to “{}”", moved.name, destination.name);
            target.set(String::new());
            state.dispatch(PlanMsg::apply(Action::UpdateAsset(moved), label));
        })
    };
    let on_target = fields::on_text(&target);
    html! {
        <form class="form-row sub-form" onsubmit={submit} aria-label="Move an asset">
            { fields::asset_choice("move-asset", "Move asset", &assets, &chosen) }
            <div class="field"><label for="move-target">{ "to workload (name)" }</label>
                <input id="move-target" type="text" list="move-target-names" autocomplete="off" value={(*target).clone()} oninput={on_target}
                    aria-invalid={error.is_some().then_some("true")} aria-describedby={error.is_some().then_some("move-error")} />
                { fields::suggestions("move-target-names", state.plan.workloads().filter(|w| w.id != props.workload).map(|w| w.name.as_str()), &target) }</div>
            <button type="submit" class="secondary">{ "Move asset" }</button>
            if let Some(message) = &*error { <p id="move-error" class="field-error">{ message }</p> }
        </form>
    }
}
