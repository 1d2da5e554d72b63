//! A workload's assets: add, edit, move to another workload, remove. Numbers are parsed by the
//! domain when the form is submitted; errors show beside their field.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::domain::asset::{Asset, AssetId, AssetKind};
use crate::domain::name::Name;
use crate::domain::plan::Action;
use crate::domain::quantity::format_amount;
use crate::domain::quantity::{parse_amount, parse_count};
use crate::domain::workload::WorkloadId;
use crate::ui::components::fields;
use crate::ui::components::fields::not_found;
use crate::ui::components::inline_confirm::InlineConfirm;
use crate::ui::state::{PlanContext, PlanMsg};

#[derive(Properties, PartialEq)]
pub struct AssetListProps {
    pub workload: WorkloadId,
}

#[function_component(AssetList)]
pub fn asset_list(props: &AssetListProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let editing = use_state(|| None::<Asset>);
    let assets: Vec<&Asset> = state.plan.assets_of(props.workload).collect();
    let row = |asset: &&Asset| {
        let edit = {
            let (editing, asset) = (editing.clone(), (*asset).clone());
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
        let dependencies = state
            .plan
            .dependencies()
            .filter(|d| d.from == asset.id || d.to == asset.id)
            .count();
        html! {
            <tr key={asset.id.0}>
                <td>{ asset.name.as_str() }</td>
                <td>{ asset.kind.label() }</td>
                <td>{ &asset.os }</td>
                <td>{ asset.cores }</td>
                <td>{ format_amount(asset.memory_gb) }</td>
                <td>{ format_amount(asset.storage_gb) }</td>
                <td class="actions">
                    <button type="button" class="secondary small" onclick={edit} aria-label={format!("Edit {}", asset.name)}>{ "Edit" }</button>
                    <InlineConfirm label="Remove" question={format!("Remove “{}” and its {dependencies} dependencies?", asset.name)} on_confirm={remove} />
                </td>
            </tr>
        }
    };
    let done = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(None))
    };
    let form = match &*editing {
        Some(asset) => {
            html! { <AssetForm key={format!("edit-{}", asset.id.0)} workload={props.workload} asset={Some(asset.clone())} on_done={done} /> }
        }
        None => {
            html! { <AssetForm key="new" workload={props.workload} asset={None::<Asset>} on_done={done} /> }
        }
    };
    html! {
        <section aria-labelledby="assets-title">
            <h3 id="assets-title">{ format!("Assets ({})", assets.len()) }</h3>
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

#[function_component(AssetForm)]
fn asset_form(props: &AssetFormProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let a = props.asset.as_ref();
    let name = use_state(|| a.map(|a| a.name.to_string()).unwrap_or_default());
    let kind = use_state(|| a.map_or(AssetKind::VirtualMachine, |a| a.kind));
    let os = use_state(|| a.map(|a| a.os.clone()).unwrap_or_default());
    let cores = use_state(|| a.map(|a| a.cores.to_string()).unwrap_or_default());
    let memory = use_state(|| a.map(|a| format_amount(a.memory_gb)).unwrap_or_default());
    let storage = use_state(|| a.map(|a| format_amount(a.storage_gb)).unwrap_or_default());
    let change = use_state(|| {
        a.map(|a| format_amount(a.daily_change_percent))
            .unwrap_or_default()
    });
    let errors = use_state(BTreeMap::<&'static str, String>::new);
    let submit = {
        let (state, errors, on_done, base, workload) = (
            state.clone(),
            errors.clone(),
            props.on_done.clone(),
            props.asset.clone(),
            props.workload,
        );
        let values = (
            name.clone(),
            kind.clone(),
            os.clone(),
            cores.clone(),
            memory.clone(),
            storage.clone(),
            change.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let mut found = BTreeMap::new();
            let parsed_name = Name::parse(&values.0)
                .map_err(|e| found.insert("name", e.to_string()))
                .ok();
            let number =
                |raw: &str, key: &'static str, found: &mut BTreeMap<&'static str, String>| {
                    if raw.trim().is_empty() {
                        return 0.0;
                    }
                    parse_amount(key, raw).unwrap_or_else(|e| {
                        found.insert(key, e.to_string());
                        0.0
                    })
                };
            let cores = if values.3.trim().is_empty() {
                0
            } else {
                parse_count("cores", &values.3).unwrap_or_else(|e| {
                    found.insert("cores", e.to_string());
                    0
                })
            };
            let memory = number(&values.4, "memory", &mut found);
            let storage = number(&values.5, "storage", &mut found);
            let change = number(&values.6, "daily change", &mut found);
            if change > 100.0 {
                found.insert("daily change", "daily change: at most 100 %".into());
            }
            let Some(name) = parsed_name.filter(|_| found.is_empty()) else {
                errors.set(found);
                return;
            };
            errors.set(BTreeMap::new());
            let is_new = base.is_none();
            let mut asset = base
                .clone()
                .unwrap_or_else(|| Asset::new(state.plan.next_asset_id(), *values.1, name.clone()));
            asset.workload = asset.workload.or(Some(workload));
            (asset.name, asset.kind, asset.os) = (name, *values.1, values.2.trim().to_owned());
            (
                asset.cores,
                asset.memory_gb,
                asset.storage_gb,
                asset.daily_change_percent,
            ) = (cores, memory, storage, change);
            let label = format!(
                "{} asset “{}”",
                if is_new { "Added" } else { "Saved" },
                asset.name
            );
            let action = if is_new {
                Action::AddAsset(asset)
            } else {
                Action::UpdateAsset(asset)
            };
            state.dispatch(PlanMsg::apply(action, label));
            for value in [
                &values.0, &values.2, &values.3, &values.4, &values.5, &values.6,
            ] {
                value.set(String::new());
            }
            on_done.emit(());
        })
    };
    let cancel = {
        let on_done = props.on_done.clone();
        Callback::from(move |_| on_done.emit(()))
    };
    let error = |key: &str| errors.get(key).cloned();
    let editing = props.asset.is_some();
    html! {
        <form class="form-grid sub-form" onsubmit={submit} novalidate=true aria-label={if editing { "Edit asset" } else { "Add an asset" }}>
            { fields::text("asset-name", "Asset name", &name, error("name").as_ref()) }
            { fields::choice("asset-kind", "Kind", AssetKind::ALL, AssetKind::label, &kind) }
            { fields::text("asset-os", "Operating system", &os, None) }
            { fields::text("asset-cores", "Cores", &cores, error("cores").as_ref()) }
            { fields::text("asset-memory", "Memory (GB)", &memory, error("memory").as_ref()) }
            { fields::text("asset-storage", "Storage (GB)", &storage, error("storage").as_ref()) }
            { fields::text("asset-change", "Daily change (%)", &change, error("daily change").as_ref()) }
            <div class="button-row wide">
                <button type="submit">{ if editing { "Save asset" } else { "Add asset" } }</button>
                if editing { <button type="button" class="secondary" onclick={cancel}>{ "Cancel" }</button> }
            </div>
        </form>
    }
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
