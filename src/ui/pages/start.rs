//! The start page: once the plan has something in it, the overview first; then name the plan, start a new one, load the example, import a file, and
//! open or delete the plans saved in this browser.

use yew::prelude::*;

use crate::domain::example::example_plan;
use crate::domain::name::Name;
use crate::domain::plan::{Action, Plan};
use crate::ui::components::merge_panel::MergePanel;
use crate::ui::pages::import_panel::ImportPanel;
use crate::ui::pages::overview::overview_panel;
use crate::ui::saved_plans::{self, switch_to, SavedPlanInfo};
use crate::ui::state::{AnalysisContext, PlanContext, PlanMsg, Status};

#[function_component(StartPage)]
pub fn start_page() -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let analysis = use_context::<AnalysisContext>();
    let new_plan = {
        let state = state.clone();
        Callback::from(move |_| {
            switch_to(
                &state,
                Plan::default(),
                saved_plans::new_id(),
                "Started a new plan".into(),
            )
        })
    };
    let load_example = {
        let state = state.clone();
        Callback::from(move |_| {
            switch_to(
                &state,
                example_plan(),
                saved_plans::new_id(),
                "Loaded the example plan".into(),
            )
        })
    };
    let has_plan = state.plan.workloads().len() > 0 || state.plan.assets().next().is_some();
    html! {
        <section aria-labelledby="start-title">
            if has_plan {
                <h1 id="start-title">{ "Overview" }</h1>
                if let Some(analysis) = &analysis { { overview_panel(&state, analysis) } }
                <h2>{ "Plans and files" }</h2>
            } else {
                <h1 id="start-title">{ "Start" }</h1>
                <p class="lead">
                    { "waveplan plans the execution of a cloud migration: model workloads and their assets, \
                       check readiness, decide where remediation happens, plan replication and waves, and \
                       track each workload until it is staged for business testing. Everything stays in \
                       this browser." }
                </p>
            }
            <div class="card-grid">
                <div class="card">
                    <h2>{ "This plan" }</h2>
                    <RenameForm />
                    <div class="button-row">
                        <button type="button" onclick={new_plan}>{ "New plan" }</button>
                        <button type="button" class="secondary" onclick={load_example}>{ "Load example plan" }</button>
                    </div>
                </div>
                <ImportPanel />
            </div>
            <MergePanel />
            <SavedPlans />
        </section>
    }
}

#[function_component(RenameForm)]
fn rename_form() -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let draft = use_state(|| state.plan.name().to_string());
    {
        // Follow the plan's name when another plan is opened or a change is undone.
        let (draft, name) = (draft.clone(), state.plan.name().to_string());
        use_effect_with(name, move |name| draft.set(name.clone()));
    }
    let error = use_state(|| None::<String>);
    let oninput = crate::ui::components::fields::on_text(&draft);
    let onsubmit = {
        let (draft, error, state) = (draft.clone(), error.clone(), state.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match Name::parse(&draft) {
                Ok(name) => {
                    error.set(None);
                    let label = format!("Plan renamed to “{name}”");
                    state.dispatch(PlanMsg::apply(Action::RenamePlan(name), label));
                }
                Err(problem) => error.set(Some(problem.to_string())),
            }
        })
    };
    html! {
        <form class="form-row" {onsubmit}>
            <label for="plan-name-input">{ "Plan name" }</label>
            <input id="plan-name-input" type="text" value={(*draft).clone()} {oninput}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then_some("plan-name-error")} />
            <button type="submit">{ "Rename plan" }</button>
            if let Some(message) = &*error {
                <p id="plan-name-error" class="field-error">{ message }</p>
            }
        </form>
    }
}

/// Opening a saved plan switches to it (yours is saved already).
fn open_plan(state: &PlanContext, id: &str) -> Callback<MouseEvent> {
    let (state, id) = (state.clone(), id.to_owned());
    Callback::from(move |_| match saved_plans::open(&id) {
        Ok(plan) => {
            let label = format!("Opened “{}”", plan.name());
            switch_to(&state, plan, id.clone(), label);
        }
        Err(error) => state.dispatch(PlanMsg::Say(Status::Refused(format!(
            "Could not open that plan: {error}"
        )))),
    })
}

/// Deleting a saved plan, once confirmed, removes it from this browser.
fn delete_plan(
    state: &PlanContext,
    confirming: &UseStateHandle<Option<String>>,
    info: &SavedPlanInfo,
) -> Callback<MouseEvent> {
    let (state, confirming, id, name) = (
        state.clone(),
        confirming.clone(),
        info.id.clone(),
        info.name.clone(),
    );
    Callback::from(move |_| {
        confirming.set(None);
        let status = match saved_plans::delete(&id) {
            Ok(()) => Status::Done(format!("Deleted “{name}” from this browser")),
            Err(error) => Status::Refused(format!("Could not delete: {error}")),
        };
        state.dispatch(PlanMsg::Say(status));
    })
}

/// The plans saved in this browser, the one open now first and as it is: its autosave follows
/// each change by 300 ms and does not draw this list again, so the list does not wait for it
/// (an import, a rename or a new plan shows at once).
fn plans_shown(state: &PlanContext) -> Vec<SavedPlanInfo> {
    let mut plans = saved_plans::list();
    let open_now = plans.iter().position(|info| info.id == state.plan_id);
    // A plan being looked at through a share link, or not changed since it opened empty, is
    // not saved here.
    if open_now.is_none() && (state.revision == 0 || state.shared.is_some()) {
        return plans;
    }
    let saved = open_now.map(|at| plans.remove(at));
    plans.insert(
        0,
        SavedPlanInfo {
            id: state.plan_id.clone(),
            name: state.plan.name().to_string(),
            workloads: state.plan.workloads().len(),
            saved_at: saved.map_or(0.0, |info| info.saved_at),
        },
    );
    plans
}

#[function_component(SavedPlans)]
fn saved_plans_list() -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let confirming = use_state(|| None::<String>);
    let plans = plans_shown(&state);
    if plans.is_empty() {
        return html! {};
    }
    let row = |info: &SavedPlanInfo| {
        let is_current = info.id == state.plan_id;
        let open = open_plan(&state, &info.id);
        let ask = {
            let (confirming, id) = (confirming.clone(), info.id.clone());
            Callback::from(move |_| confirming.set(Some(id.clone())))
        };
        let cancel = {
            let confirming = confirming.clone();
            Callback::from(move |_| confirming.set(None))
        };
        let delete = delete_plan(&state, &confirming, info);
        let asking = confirming.as_deref() == Some(info.id.as_str());
        html! {
            <tr key={info.id.clone()}>
                <td>{ &info.name }{ if is_current { " (open now)" } else { "" } }</td>
                <td>{ info.workloads }</td>
                <td>{ if is_current { "as you work".to_owned() } else { crate::browser::clock::local_stamp(info.saved_at) } }</td>
                <td class="actions">
                    if asking {
                        <span class="confirm" role="group" aria-label="Confirm delete">
                            { format!("Delete “{}” and its {} workloads?", info.name, info.workloads) }
                            <button type="button" class="danger" onclick={delete}>{ "Delete for good" }</button>
                            <button type="button" class="secondary" onclick={cancel}>{ "Keep it" }</button>
                        </span>
                    } else {
                        <button type="button" onclick={open} disabled={is_current} aria-label={format!("Open {}", info.name)}>{ "Open" }</button>
                        <button type="button" class="secondary" onclick={ask} disabled={is_current} aria-label={format!("Delete {}", info.name)}>{ "Delete" }</button>
                    }
                </td>
            </tr>
        }
    };
    html! {
        <section class="card" aria-labelledby="saved-title">
            <h2 id="saved-title">{ "Plans saved in this browser" }</h2>
            <div class="scroll-x">
                <table class="table">
                    <thead><tr><th scope="col">{ "Plan" }</th><th scope="col">{ "Workloads" }</th><th scope="col">{ "Saved" }</th><th scope="col">{ "Actions" }</th></tr></thead>
                    <tbody>{ for plans.iter().map(row) }</tbody>
                </table>
            </div>
        </section>
    }
}
