//! The side panel that edits one workload: one form state (`domain::forms::WorkloadForm`),
//! parsed and judged by the domain when saved, each error shown beside its field; then its
//! assets, dependencies and checkpoints.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::forms::{WorkloadField, WorkloadForm};
use crate::domain::plan::Action;
use crate::domain::workload::{
    Criticality, CutoverMode, DataClassification, Environment, MigrationApproach, Workload,
    WorkloadId,
};
use crate::ui::components::asset_list::AssetList;
use crate::ui::components::checkpoints::checkpoints;
use crate::ui::components::dependency_list::DependencyList;
use crate::ui::components::fields;
use crate::ui::components::freeze_windows::{FreezeWindows, WindowKind};
use crate::ui::components::inline_confirm::InlineConfirm;
use crate::ui::hooks::use_kept_form::{use_kept_form, KeptForm};
use crate::ui::state::{PlanContext, PlanMsg};

#[derive(Properties, PartialEq)]
pub struct WorkloadEditorProps {
    pub workload: Workload,
    pub is_new: bool,
    /// Called with the workload's id after a save, or `None` when closed or deleted.
    pub on_close: Callback<Option<WorkloadId>>,
    /// Opens on the Assets tab, the cursor in the asset name (right after the workload was
    /// added: its assets come next).
    #[prop_or_default]
    pub start_on_assets: bool,
}

/// The editor's tabs: the form, then what only an existing workload has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    Details,
    Assets,
    Dependencies,
    Checkpoints,
}

impl Tab {
    const ALL: [Tab; 4] = [
        Tab::Details,
        Tab::Assets,
        Tab::Dependencies,
        Tab::Checkpoints,
    ];

    fn id(self) -> &'static str {
        match self {
            Tab::Details => "details",
            Tab::Assets => "assets",
            Tab::Dependencies => "dependencies",
            Tab::Checkpoints => "checkpoints",
        }
    }
}

#[function_component(WorkloadEditor)]
pub fn workload_editor(props: &WorkloadEditorProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let w = &props.workload;
    let pristine = WorkloadForm::of(w, props.is_new, &state.plan);
    let keep: Rc<dyn Fn(Option<WorkloadForm>)> = {
        let (drafts, plan_id, id, is_new) = (
            state.drafts.clone(),
            state.plan_id.clone(),
            w.id,
            props.is_new,
        );
        Rc::new(move |draft| drafts.set(&plan_id, id, is_new, draft))
    };
    let kept = || state.drafts.get(&state.plan_id, w.id, props.is_new);
    let KeptForm {
        form,
        restored: opened,
        settle,
    } = use_kept_form(pristine.clone(), kept, keep);
    let errors = use_state(|| None::<crate::domain::forms::FieldErrors<WorkloadField>>);
    let tab = use_state(|| {
        if props.start_on_assets {
            Tab::Assets
        } else {
            Tab::Details
        }
    });
    {
        let start_on_assets = props.start_on_assets;
        use_effect_with((), move |_| {
            if start_on_assets {
                crate::browser::page::focus("asset-name");
            }
        });
    }
    let unsaved = *form != pristine;
    let discard = {
        let (form, errors, pristine) = (form.clone(), errors.clone(), pristine.clone());
        Callback::from(move |_| {
            form.set(pristine.clone());
            errors.set(None);
        })
    };
    let save = {
        let (state, form, errors, on_close, base, is_new, settle) = (
            state.clone(),
            form.clone(),
            errors.clone(),
            props.on_close.clone(),
            w.clone(),
            props.is_new,
            settle.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let workload = match form.parse(&base, &state.plan, is_new) {
                Ok(workload) => workload,
                Err(found) => {
                    errors.set(Some(found));
                    return;
                }
            };
            errors.set(None);
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
    // Arrow keys move between tabs, as in every tab list.
    let on_tab_key = {
        let tab = tab.clone();
        Callback::from(move |event: KeyboardEvent| {
            let step: isize = match event.key().as_str() {
                "ArrowRight" => 1,
                "ArrowLeft" => -1,
                _ => return,
            };
            event.prevent_default();
            let at = Tab::ALL.iter().position(|t| *t == *tab).unwrap_or(0) as isize;
            let next = Tab::ALL[(at + step).rem_euclid(Tab::ALL.len() as isize) as usize];
            tab.set(next);
            crate::browser::page::focus(&format!("tab-{}", next.id()));
        })
    };
    let asset_ids: Vec<_> = state.plan.assets_of(w.id).map(|a| a.id).collect();
    let asset_count = asset_ids.len();
    let dependency_count = state
        .plan
        .dependencies()
        .filter(|d| asset_ids.contains(&d.from) || asset_ids.contains(&d.to))
        .count();
    let error = |field: WorkloadField| errors.as_ref().and_then(|e| e.get(&field)).cloned();
    let f = &*form;
    let production_names = state
        .plan
        .workloads()
        .filter(|other| other.environment == Environment::Production && other.id != w.id)
        .map(|other| other.name.as_str());
    html! {
        <aside class="panel" aria-labelledby="editor-title">
            <h2 id="editor-title">{ if props.is_new { "New workload".to_owned() } else { format!("Edit {}", w.name) } }</h2>
            if opened.is_some() && unsaved {
                <div class="banner" role="status">
                    <p>{ "Your unsaved changes to this workload are back, as you left them. Save them, or:" }</p>
                    <button type="button" class="secondary" onclick={discard}>{ "Discard unsaved changes" }</button>
                </div>
            }
            if !props.is_new {
                <div role="tablist" aria-label="Workload sections" class="tabs" onkeydown={on_tab_key}>
                    { for Tab::ALL.iter().map(|t| {
                        let selected = *tab == *t;
                        let pick = {
                            let (tab, t) = (tab.clone(), *t);
                            Callback::from(move |_| tab.set(t))
                        };
                        let label = match t {
                            Tab::Details => "Details".to_owned(),
                            Tab::Assets => format!("Assets ({asset_count})"),
                            Tab::Dependencies => format!("Dependencies ({dependency_count})"),
                            Tab::Checkpoints => "Checkpoints".to_owned(),
                        };
                        html! {
                            <button type="button" role="tab" id={format!("tab-{}", t.id())} aria-controls={format!("panel-{}", t.id())}
                                aria-selected={selected.to_string()} tabindex={if selected { "0" } else { "-1" }} onclick={pick}>{ label }</button>
                        }
                    }) }
                </div>
            }
            <div role={(!props.is_new).then_some("tabpanel")} id="panel-details" aria-labelledby={(!props.is_new).then_some("tab-details")} hidden={*tab != Tab::Details}>
                <form onsubmit={save} class="form-grid" novalidate=true>
                    { fields::input("workload-name", "Workload name", &f.name, error(WorkloadField::Name).as_ref(), fields::edit(&form, |f, v| f.name = v)) }
                    { fields::pick("workload-environment", "Environment", Environment::ALL, Environment::label, Some(f.environment), None, fields::edit(&form, |f, v: Option<Environment>| if let Some(v) = v { f.environment = v })) }
                    { fields::pick("workload-criticality", "Criticality", Criticality::ALL, Criticality::label, Some(f.criticality), None, fields::edit(&form, |f, v: Option<Criticality>| if let Some(v) = v { f.criticality = v })) }
                    { fields::pick("workload-approach", "Migration approach", MigrationApproach::ALL, MigrationApproach::label, Some(f.approach), None, fields::edit(&form, |f, v: Option<MigrationApproach>| if let Some(v) = v { f.approach = v })) }
                    { fields::pick("workload-classification", "Data classification", DataClassification::ALL, DataClassification::label, Some(f.classification), None, fields::edit(&form, |f, v: Option<DataClassification>| if let Some(v) = v { f.classification = v })) }
                    { fields::input("workload-priority", "Priority (1 = first)", &f.priority, error(WorkloadField::Priority).as_ref(), fields::edit(&form, |f, v| f.priority = v)) }
                    { fields::input("workload-rto", "RTO (hours)", &f.rto, error(WorkloadField::Rto).as_ref(), fields::edit(&form, |f, v| f.rto = v)) }
                    { fields::input("workload-rpo", "RPO (hours)", &f.rpo, error(WorkloadField::Rpo).as_ref(), fields::edit(&form, |f, v| f.rpo = v)) }
                    { fields::input("workload-business-owner", "Business owner", &f.business_owner, None, fields::edit(&form, |f, v| f.business_owner = v)) }
                    { fields::input("workload-technical-owner", "Technical owner", &f.technical_owner, None, fields::edit(&form, |f, v| f.technical_owner = v)) }
                    { fields::input("workload-business-unit", "Business unit", &f.business_unit, None, fields::edit(&form, |f, v| f.business_unit = v)) }
                    { fields::pick("workload-cutover", "Cut-over", CutoverMode::ALL, CutoverMode::label, f.cutover, Some("Not decided yet"), fields::edit(&form, |f, v| f.cutover = v)) }
                    { fields::input("workload-rollback", "Roll back if", &f.rollback_trigger, None, fields::edit(&form, |f, v| f.rollback_trigger = v)) }
                    <div class="field-with-list">
                        { fields::named_input("workload-counterpart", "Production counterpart (for non-production)", &f.counterpart, error(WorkloadField::Counterpart).as_ref(), Some("counterpart-names"), fields::edit(&form, |f, v| f.counterpart = v)) }
                        { fields::suggestions("counterpart-names", production_names, &f.counterpart) }
                    </div>
                    { fields::input("workload-coupling", "Business coupling tag (moves with the same tag)", &f.coupling, None, fields::edit(&form, |f, v| f.coupling = v)) }
                    { fields::area("workload-description", "Description", &f.description, fields::edit(&form, |f, v| f.description = v)) }
                    <FreezeWindows windows={f.freezes.clone()} on_change={fields::edit(&form, |f, v| f.freezes = v)} error={error(WorkloadField::Freezes)}
                    kind={WindowKind::Freeze} />
                    if let Some(message) = error(WorkloadField::Form) {
                        <p class="field-error wide" role="alert">{ message }</p>
                    }
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
                if props.is_new {
                    <p class="muted">{ "Once added, the workload's assets, dependencies and checkpoints open here." }</p>
                }
            </div>
            if !props.is_new {
                <div role="tabpanel" id="panel-assets" aria-labelledby="tab-assets" hidden={*tab != Tab::Assets}>
                    <AssetList workload={w.id} />
                </div>
                <div role="tabpanel" id="panel-dependencies" aria-labelledby="tab-dependencies" hidden={*tab != Tab::Dependencies}>
                    <crate::ui::components::dependency_picture::DependencyPicture workload={w.id} />
                    <DependencyList workload={w.id} />
                </div>
                <div role="tabpanel" id="panel-checkpoints" aria-labelledby="tab-checkpoints" hidden={*tab != Tab::Checkpoints}>
                    { checkpoints(&state, w) }
                </div>
            }
        </aside>
    }
}
