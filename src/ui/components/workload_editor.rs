//! The side panel that edits one workload: one form state (`domain::forms::WorkloadForm`),
//! parsed and judged by the domain when saved, each error shown beside its field; then its
//! assets, dependencies and checkpoints.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::forms::{FieldErrors, WorkloadField, WorkloadForm};
use crate::domain::plan::{Action, Plan};
use crate::domain::quantity::counted;
use crate::domain::workload::{
    Criticality, CutoverMode, DataClassification, Environment, MigrationApproach, Workload,
    WorkloadId,
};
use crate::ui::components::asset_list::AssetList;
use crate::ui::components::checkpoints::checkpoints;
use crate::ui::components::dependency_list::DependencyList;
use crate::ui::components::dependency_picture::DependencyPicture;
use crate::ui::components::fields;
use crate::ui::components::freeze_windows::{FreezeWindows, WindowKind};
use crate::ui::components::inline_confirm::InlineConfirm;
use crate::ui::components::workload_assessment::WorkloadAssessment;
use crate::ui::components::workload_tabs::{tab_list, Tab};
use crate::ui::hooks::use_kept_form::{use_kept_form, KeptForm};
use crate::ui::state::{AnalysisContext, PlanContext, PlanMsg};

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

#[function_component(WorkloadEditor)]
pub fn workload_editor(props: &WorkloadEditorProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let w = &props.workload;
    let wave_now = use_context::<AnalysisContext>().and_then(|a| a.0.waves.wave_of(w.id));
    let pristine = WorkloadForm::of(w, props.is_new, &state.plan);
    let KeptForm {
        form,
        restored: opened,
        settle,
    } = use_workload_form(&state, props, pristine.clone());
    let errors = use_state(|| None::<FieldErrors<WorkloadField>>);
    let tab = use_first_tab(props.start_on_assets);
    let unsaved = *form != pristine;
    let discard = discard(&form, &errors, &pristine);
    let save = save(&state, &form, &errors, props, settle.clone());
    let close = props.on_close.reform(|_: MouseEvent| None);
    let delete = delete(&state, props, settle);
    let (asset_count, dependency_count) = counts(&state.plan, w.id);
    html! {
        <aside class="panel" aria-labelledby="editor-title">
            <h2 id="editor-title">{ if props.is_new { "New workload".to_owned() } else { format!("Edit {}", w.name) } }</h2>
            if opened.is_some() && unsaved {
                { restored_banner(discard) }
            }
            if !props.is_new {
                { tab_list(&tab, asset_count, dependency_count, crate::domain::assessment::answered(w)) }
            }
            <div role={(!props.is_new).then_some("tabpanel")} id="panel-details" aria-labelledby={(!props.is_new).then_some("tab-details")} hidden={*tab != Tab::Details}>
                <form onsubmit={save} class="form-grid" novalidate=true>
                    { workload_fields(&form, errors.as_ref(), &state.plan, w.id) }
                    if let Some(message) = errors.as_ref().and_then(|e| e.get(&WorkloadField::Form)) {
                        <p class="field-error wide" role="alert">{ message }</p>
                    }
                    <div class="button-row wide">
                        <button type="submit">{ if props.is_new { "Add this workload" } else { "Save workload" } }</button>
                        <button type="button" class="secondary" onclick={close}>{ "Close" }</button>
                        if !props.is_new {
                            <InlineConfirm label="Delete workload"
                                question={format!("Delete “{}” and its {} (and their dependencies)?", w.name, counted(asset_count, "asset", "assets"))}
                                on_confirm={delete} then_focus="workloads-title" />
                        }
                    </div>
                </form>
                if props.is_new {
                    <p class="muted">{ "Once added, the workload's assets, dependencies and checkpoints open here." }</p>
                }
            </div>
            if !props.is_new {
                { other_panels(&state, w, *tab, wave_now) }
            }
        </aside>
    }
}

fn restored_banner(discard: Callback<MouseEvent>) -> Html {
    html! {
        <div class="banner" role="status">
            <p>{ "Your unsaved changes to this workload are back, as you left them. Save them, or:" }</p>
            <button type="button" class="secondary" onclick={discard}>{ "Discard unsaved changes" }</button>
        </div>
    }
}

/// The form, kept across pages in the session's drafts until saved or discarded.
#[hook]
fn use_workload_form(
    state: &PlanContext,
    props: &WorkloadEditorProps,
    pristine: WorkloadForm,
) -> KeptForm<WorkloadForm> {
    let (id, is_new) = (props.workload.id, props.is_new);
    let keep: Rc<dyn Fn(Option<WorkloadForm>)> = {
        let (drafts, plan_id) = (state.drafts.clone(), state.plan_id.clone());
        Rc::new(move |draft| drafts.set(&plan_id, id, is_new, draft))
    };
    let kept = || state.drafts.get(&state.plan_id, id, is_new);
    use_kept_form(pristine, kept, keep)
}

/// The tab shown first: Assets (the cursor in the asset name) right after a workload is
/// added, Details otherwise.
#[hook]
fn use_first_tab(start_on_assets: bool) -> UseStateHandle<Tab> {
    let tab = use_state(|| {
        if start_on_assets {
            Tab::Assets
        } else {
            Tab::Details
        }
    });
    use_effect_with((), move |_| {
        if start_on_assets {
            crate::browser::page::focus("asset-name");
        }
    });
    tab
}

/// Puts the form back to the saved workload, errors cleared.
fn discard(
    form: &UseStateHandle<WorkloadForm>,
    errors: &UseStateHandle<Option<FieldErrors<WorkloadField>>>,
    pristine: &WorkloadForm,
) -> Callback<MouseEvent> {
    let (form, errors, pristine) = (form.clone(), errors.clone(), pristine.clone());
    Callback::from(move |_| {
        form.set(pristine.clone());
        errors.set(None);
    })
}

/// How many assets the workload has, and dependencies touching them.
fn counts(plan: &Plan, id: WorkloadId) -> (usize, usize) {
    (plan.asset_count(id), plan.dependencies_touching(id).len())
}

/// The tabs only an existing workload has.
fn other_panels(state: &PlanContext, w: &Workload, tab: Tab, wave_now: Option<u32>) -> Html {
    html! {
        <>
            <div role="tabpanel" id="panel-assets" aria-labelledby="tab-assets" hidden={tab != Tab::Assets}>
                <AssetList workload={w.id} />
            </div>
            <div role="tabpanel" id="panel-dependencies" aria-labelledby="tab-dependencies" hidden={tab != Tab::Dependencies}>
                <DependencyPicture workload={w.id} />
                <DependencyList workload={w.id} />
            </div>
            <div role="tabpanel" id="panel-assessment" aria-labelledby="tab-assessment" hidden={tab != Tab::Assessment}>
                <WorkloadAssessment workload={w.id} />
            </div>
            <div role="tabpanel" id="panel-checkpoints" aria-labelledby="tab-checkpoints" hidden={tab != Tab::Checkpoints}>
                { checkpoints(state, w, wave_now) }
            </div>
        </>
    }
}

/// The form's fields, each with its error beside it.
fn workload_fields(
    form: &UseStateHandle<WorkloadForm>,
    errors: Option<&FieldErrors<WorkloadField>>,
    plan: &Plan,
    id: WorkloadId,
) -> Html {
    // A non-production workload names its production counterpart from these.
    let production_names = plan
        .workloads()
        .filter(|other| other.environment == Environment::Production && other.id != id)
        .map(|other| other.name.as_str());
    let error = |field: WorkloadField| errors.and_then(|e| e.get(&field)).cloned();
    let f = &**form;
    html! {
        <>
                    { fields::input("workload-name", "Workload name", &f.name, error(WorkloadField::Name).as_ref(), fields::edit(form, |f, v| f.name = v)) }
                    { fields::pick("workload-environment", "Environment", Environment::ALL, Environment::label, Some(f.environment), None, fields::edit(form, |f, v: Option<Environment>| if let Some(v) = v { f.environment = v })) }
                    { fields::pick("workload-criticality", "Criticality", Criticality::ALL, Criticality::label, Some(f.criticality), None, fields::edit(form, |f, v: Option<Criticality>| if let Some(v) = v { f.criticality = v })) }
                    { fields::pick("workload-approach", "Migration approach", MigrationApproach::ALL, MigrationApproach::label, Some(f.approach), None, fields::edit(form, |f, v: Option<MigrationApproach>| if let Some(v) = v { f.approach = v })) }
                    { fields::pick("workload-classification", "Data classification", DataClassification::ALL, DataClassification::label, Some(f.classification), None, fields::edit(form, |f, v: Option<DataClassification>| if let Some(v) = v { f.classification = v })) }
                    { fields::input("workload-priority", "Priority (1 = first)", &f.priority, error(WorkloadField::Priority).as_ref(), fields::edit(form, |f, v| f.priority = v)) }
                    { fields::input("workload-rto", "RTO (hours)", &f.rto, error(WorkloadField::Rto).as_ref(), fields::edit(form, |f, v| f.rto = v)) }
                    { fields::input("workload-rpo", "RPO (hours)", &f.rpo, error(WorkloadField::Rpo).as_ref(), fields::edit(form, |f, v| f.rpo = v)) }
                    { fields::input("workload-business-owner", "Business owner", &f.business_owner, None, fields::edit(form, |f, v| f.business_owner = v)) }
                    { fields::input("workload-technical-owner", "Technical owner", &f.technical_owner, None, fields::edit(form, |f, v| f.technical_owner = v)) }
                    { fields::input("workload-business-unit", "Business unit", &f.business_unit, None, fields::edit(form, |f, v| f.business_unit = v)) }
                    { fields::pick("workload-cutover", "Cut-over", CutoverMode::ALL, CutoverMode::label, f.cutover, Some("Not decided yet"), fields::edit(form, |f, v| f.cutover = v)) }
                    { fields::input("workload-rollback", "Roll back if", &f.rollback_trigger, None, fields::edit(form, |f, v| f.rollback_trigger = v)) }
                    <div class="field-with-list">
                        { fields::named_input("workload-counterpart", "Production counterpart (for non-production)", &f.counterpart, error(WorkloadField::Counterpart).as_ref(), Some("counterpart-names"), fields::edit(form, |f, v| f.counterpart = v)) }
                        { fields::suggestions("counterpart-names", production_names, &f.counterpart) }
                    </div>
                    { fields::input("workload-coupling", "Business coupling tag (moves with the same tag)", &f.coupling, None, fields::edit(form, |f, v| f.coupling = v)) }
                    { fields::area("workload-description", "Description", &f.description, fields::edit(form, |f, v| f.description = v)) }
                    <FreezeWindows windows={f.freezes.clone()} on_change={fields::edit(form, |f, v| f.freezes = v)} error={error(WorkloadField::Freezes)}
                    kind={WindowKind::Freeze} />
        </>
    }
}

/// Parse the form; the plan judges it (errors go beside their fields) or the change is applied.
fn save(
    state: &PlanContext,
    form: &UseStateHandle<WorkloadForm>,
    errors: &UseStateHandle<Option<FieldErrors<WorkloadField>>>,
    props: &WorkloadEditorProps,
    settle: Rc<dyn Fn()>,
) -> Callback<SubmitEvent> {
    let (state, form, errors, on_close, base, is_new) = (
        state.clone(),
        form.clone(),
        errors.clone(),
        props.on_close.clone(),
        props.workload.clone(),
        props.is_new,
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
}

fn delete(state: &PlanContext, props: &WorkloadEditorProps, settle: Rc<dyn Fn()>) -> Callback<()> {
    let (state, on_close, id, title) = (
        state.clone(),
        props.on_close.clone(),
        props.workload.id,
        props.workload.name.to_string(),
    );
    Callback::from(move |_| {
        settle();
        state.dispatch(PlanMsg::apply(
            Action::RemoveWorkload(id),
            format!("Deleted workload “{title}” and its assets"),
        ));
        on_close.emit(None);
    })
}
