//! The side panel that edits one workload: labelled fields parsed by the domain when saved,
//! each error shown beside its field; then its assets and dependencies.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::domain::calendar::{Day, DayRange};
use crate::domain::name::Name;
use crate::domain::plan::Action;
use crate::domain::quantity::parse_count;
use crate::domain::workload::{
    Criticality, DataClassification, Environment, FreezeWindow, MigrationApproach, Workload,
    WorkloadId, WorkloadStatus,
};
use crate::ui::components::asset_list::AssetList;
use crate::ui::components::business_checks::business_checks;
use crate::ui::components::dependency_list::DependencyList;
use crate::ui::components::fields;
use crate::ui::components::inline_confirm::InlineConfirm;
use crate::ui::drafts::WorkloadDraft;
use crate::ui::state::{PlanContext, PlanMsg};

#[derive(Properties, PartialEq)]
pub struct WorkloadEditorProps {
    pub workload: Workload,
    pub is_new: bool,
    /// Called with the workload's id after a save, or `None` when closed or deleted.
    pub on_close: Callback<Option<WorkloadId>>,
}

fn optional_count(field: &'static str, raw: &str) -> Result<Option<u32>, String> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    parse_count(field, raw)
        .map(Some)
        .map_err(|error| error.to_string())
}

#[function_component(WorkloadEditor)]
pub fn workload_editor(props: &WorkloadEditorProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let w = &props.workload;
    let pristine = WorkloadDraft::of(w, props.is_new);
    let drafts = state.drafts.clone();
    let form = (state.plan_id.clone(), w.id, props.is_new);
    // A draft left in this form earlier comes back, unless it says what the workload says.
    let opened = (*use_state(|| {
        drafts
            .get(&form.0, form.1, form.2)
            .filter(|draft| *draft != pristine)
    }))
    .clone();
    let start = opened.clone().unwrap_or_else(|| pristine.clone());
    let name = use_state(|| start.name.clone());
    let description = use_state(|| start.description.clone());
    let business_owner = use_state(|| start.business_owner.clone());
    let technical_owner = use_state(|| start.technical_owner.clone());
    let business_unit = use_state(|| start.business_unit.clone());
    let environment = use_state(|| start.environment);
    let criticality = use_state(|| start.criticality);
    let approach = use_state(|| start.approach);
    let classification = use_state(|| start.classification);
    let status = use_state(|| start.status);
    let priority = use_state(|| start.priority.clone());
    let rto = use_state(|| start.rto.clone());
    let rpo = use_state(|| start.rpo.clone());
    let freezes = use_state(|| start.freezes.clone());
    let current = WorkloadDraft {
        name: (*name).clone(),
        description: (*description).clone(),
        business_owner: (*business_owner).clone(),
        technical_owner: (*technical_owner).clone(),
        business_unit: (*business_unit).clone(),
        environment: *environment,
        criticality: *criticality,
        approach: *approach,
        classification: *classification,
        status: *status,
        priority: (*priority).clone(),
        rto: (*rto).clone(),
        rpo: (*rpo).clone(),
        freezes: (*freezes).clone(),
    };
    let unsaved = current != pristine;
    // The unsaved form as of the last render, handed to the drafts when the editor closes.
    let latest = use_mut_ref(|| None::<WorkloadDraft>);
    if let Ok(mut latest) = latest.try_borrow_mut() {
        *latest = unsaved.then(|| current.clone());
    }
    {
        let (latest, drafts, form) = (latest.clone(), drafts.clone(), form.clone());
        use_effect_with((), move |_| {
            move || {
                if let Ok(mut latest) = latest.try_borrow_mut() {
                    drafts.set(&form.0, form.1, form.2, latest.take());
                }
            }
        });
    }
    // Saved or deleted: nothing of this form is left to keep.
    let settle = {
        let (latest, drafts, form) = (latest.clone(), drafts.clone(), form.clone());
        move || {
            if let Ok(mut latest) = latest.try_borrow_mut() {
                *latest = None;
            }
            drafts.set(&form.0, form.1, form.2, None);
        }
    };
    let discard = {
        let handles = (
            (name.clone(), description.clone(), business_owner.clone()),
            (
                technical_owner.clone(),
                business_unit.clone(),
                priority.clone(),
            ),
            (rto.clone(), rpo.clone(), freezes.clone()),
            (environment.clone(), criticality.clone(), approach.clone()),
            (classification.clone(), status.clone()),
        );
        let pristine = pristine.clone();
        Callback::from(move |_| {
            let p = pristine.clone();
            let (texts, more, numbers, choices, last) = &handles;
            texts.0.set(p.name);
            texts.1.set(p.description);
            texts.2.set(p.business_owner);
            more.0.set(p.technical_owner);
            more.1.set(p.business_unit);
            more.2.set(p.priority);
            numbers.0.set(p.rto);
            numbers.1.set(p.rpo);
            numbers.2.set(p.freezes);
            choices.0.set(p.environment);
            choices.1.set(p.criticality);
            choices.2.set(p.approach);
            last.0.set(p.classification);
            last.1.set(p.status);
        })
    };
    let errors = use_state(BTreeMap::<&'static str, String>::new);

    let save = {
        let (state, errors, on_close, base, is_new, settle) = (
            state.clone(),
            errors.clone(),
            props.on_close.clone(),
            w.clone(),
            props.is_new,
            settle.clone(),
        );
        let fields = (
            name.clone(),
            description.clone(),
            business_owner.clone(),
            technical_owner.clone(),
            business_unit.clone(),
        );
        let choices = (
            environment.clone(),
            criticality.clone(),
            approach.clone(),
            classification.clone(),
            status.clone(),
        );
        let numbers = (priority.clone(), rto.clone(), rpo.clone(), freezes.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let mut found = BTreeMap::new();
            let mut workload = base.clone();
            match Name::parse(&fields.0) {
                Ok(parsed) => workload.name = parsed,
                Err(error) => {
                    found.insert("name", error.to_string());
                }
            }
            match parse_count("Priority", &numbers.0) {
                Ok(value) if (1..=9).contains(&value) => workload.priority = value,
                _ => {
                    found.insert(
                        "priority",
                        "Priority: a whole number from 1 (first) to 9".to_owned(),
                    );
                }
            }
            for (key, raw, slot) in [
                ("rto", &numbers.1, &mut workload.rto_hours),
                ("rpo", &numbers.2, &mut workload.rpo_hours),
            ] {
                match optional_count("hours", raw) {
                    Ok(value) => *slot = value,
                    Err(_) => {
                        found.insert(key, "a whole number of hours, or empty".to_owned());
                    }
                }
            }
            workload.description = (*fields.1).clone();
            workload.business_owner = fields.2.trim().to_owned();
            workload.technical_owner = fields.3.trim().to_owned();
            workload.business_unit = fields.4.trim().to_owned();
            (
                workload.environment,
                workload.criticality,
                workload.approach,
            ) = (*choices.0, *choices.1, *choices.2);
            (workload.data_classification, workload.status) = (*choices.3, *choices.4);
            workload.freeze_windows = (*numbers.3).clone();
            if !found.is_empty() {
                errors.set(found);
                return;
            }
            errors.set(BTreeMap::new());
            let id = workload.id;
            let label = format!("Saved workload “{}”", workload.name);
            let action = if is_new {
                Action::AddWorkload(workload)
            } else {
                Action::UpdateWorkload(workload)
            };
            state.dispatch(PlanMsg::apply(action, label));
            settle();
            on_close.emit(Some(id));
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(None))
    };
    let delete = {
        let (state, on_close, id, title) = (
            state.clone(),
            props.on_close.clone(),
            w.id,
            w.name.to_string(),
        );
        Callback::from(move |_| {
            settle();
            state.dispatch(PlanMsg::apply(
                Action::RemoveWorkload(id),
                format!("Deleted workload “{title}” and its assets"),
            ));
            on_close.emit(None);
        })
    };
    let asset_count = state.plan.assets_of(w.id).count();
    let error = |key: &str| errors.get(key).cloned();
    html! {
        <aside class="panel" aria-labelledby="editor-title">
            <h2 id="editor-title">{ if props.is_new { "New workload".to_owned() } else { format!("Edit {}", w.name) } }</h2>
            if opened.is_some() && unsaved {
                <div class="banner" role="status">
                    <p>{ "Your unsaved changes to this workload are back, as you left them. Save them, or:" }</p>
                    <button type="button" class="secondary" onclick={discard}>{ "Discard unsaved changes" }</button>
                </div>
            }
            <form onsubmit={save} class="form-grid" novalidate=true>
                { fields::text("workload-name", "Workload name", &name, error("name").as_ref()) }
                { fields::choice("workload-environment", "Environment", Environment::ALL, Environment::label, &environment) }
                { fields::choice("workload-criticality", "Criticality", Criticality::ALL, Criticality::label, &criticality) }
                { fields::choice("workload-approach", "Migration approach", MigrationApproach::ALL, MigrationApproach::label, &approach) }
                { fields::choice("workload-status", "Status", WorkloadStatus::ALL, WorkloadStatus::label, &status) }
                { fields::choice("workload-classification", "Data classification", DataClassification::ALL, DataClassification::label, &classification) }
                { fields::text("workload-priority", "Priority (1 = first)", &priority, error("priority").as_ref()) }
                { fields::text("workload-rto", "RTO (hours)", &rto, error("rto").as_ref()) }
                { fields::text("workload-rpo", "RPO (hours)", &rpo, error("rpo").as_ref()) }
                { fields::text("workload-business-owner", "Business owner", &business_owner, None) }
                { fields::text("workload-technical-owner", "Technical owner", &technical_owner, None) }
                { fields::text("workload-business-unit", "Business unit", &business_unit, None) }
                { fields::text_area("workload-description", "Description", &description) }
                <FreezeWindows windows={freezes.clone()} />
                <div class="button-row wide">
                    <button type="submit">{ if props.is_new { "Add this workload" } else { "Save workload" } }</button>
                    <button type="button" class="secondary" onclick={close}>{ "Close" }</button>
                    if !props.is_new {
                        <InlineConfirm label="Delete workload"
                            question={format!("Delete “{}” and its {asset_count} assets (and their dependencies)?", w.name)}
                            on_confirm={delete} />
                    }
                </div>
            </form>
            if !props.is_new {
                <AssetList workload={w.id} />
                <DependencyList workload={w.id} />
                { business_checks(&state, w.id, w.business) }
            }
        </aside>
    }
}

#[derive(Properties, PartialEq)]
struct FreezeWindowsProps {
    windows: UseStateHandle<Vec<FreezeWindow>>,
}

/// The workload's freeze windows, edited as part of the workload's form.
#[function_component(FreezeWindows)]
fn freeze_windows(props: &FreezeWindowsProps) -> Html {
    let from = use_state(String::new);
    let to = use_state(String::new);
    let reason = use_state(String::new);
    let error = use_state(|| None::<String>);
    let add = {
        let (windows, from, to, reason, error) = (
            props.windows.clone(),
            from.clone(),
            to.clone(),
            reason.clone(),
            error.clone(),
        );
        Callback::from(move |_| {
            let parsed = Day::parse(&from)
                .and_then(|start| Day::parse(&to).map(|end| (start, end)))
                .map_err(|e| e.to_string())
                .and_then(|(start, end)| DayRange::new(start, end).map_err(|e| e.to_string()));
            match parsed {
                Ok(days) => {
                    let mut next = (*windows).clone();
                    next.push(FreezeWindow {
                        days,
                        reason: reason.trim().to_owned(),
                    });
                    windows.set(next);
                    error.set(None);
                    from.set(String::new());
                    to.set(String::new());
                    reason.set(String::new());
                }
                Err(message) => error.set(Some(message)),
            }
        })
    };
    html! {
        <fieldset class="wide">
            <legend>{ "Freeze windows (no changes allowed)" }</legend>
            <ul>
                { for props.windows.iter().enumerate().map(|(index, window)| {
                    let remove = {
                        let windows = props.windows.clone();
                        Callback::from(move |_| {
                            let mut next = (*windows).clone();
                            if index < next.len() { next.remove(index); }
                            windows.set(next);
                        })
                    };
                    html! { <li>
                        { format!("{} to {} {}", window.days.from(), window.days.to(), window.reason) }
                        <button type="button" class="secondary small" onclick={remove}>{ "Remove" }</button>
                    </li> }
                }) }
            </ul>
            <div class="form-row">
                { fields::date("freeze-from", "From", &from, None) }
                { fields::date("freeze-to", "To", &to, (*error).as_ref()) }
                { fields::text("freeze-reason", "Reason", &reason, None) }
                <button type="button" class="secondary" onclick={add}>{ "Add freeze window" }</button>
            </div>
        </fieldset>
    }
}
