//! Says, in plain words, that saved data could not be read, and offers it for download. The
//! data itself is never overwritten.

use yew::prelude::*;

use crate::browser::download::download_text;
use crate::ui::state::{PlanContext, PlanMsg, Status};

pub fn storage_banner(state: &PlanContext) -> Html {
    let Some(problem) = state.storage_problem.clone() else {
        return html! {};
    };
    let download = {
        let (raw, dispatcher) = (problem.raw.clone(), state.dispatcher());
        Callback::from(move |_| {
            if let Err(error) =
                download_text("waveplan-unreadable-plan.json", "application/json", &raw)
            {
                dispatcher.dispatch(PlanMsg::Say(Status::Refused(error.to_string())));
            }
        })
    };
    let dismiss = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(PlanMsg::DismissStorageProblem))
    };
    html! {
        <div class="banner warning" role="alert">
            <p>{ &problem.message }</p>
            <p class="muted">{ format!("Stored under “{}”.", problem.key) }</p>
            if !problem.raw.is_empty() {
                <button type="button" onclick={download}>{ "Download the unreadable data" }</button>
            }
            <button type="button" class="secondary" onclick={dismiss}>{ "Dismiss" }</button>
        </div>
    }
}

/// Makes the shared plan one of this browser's plans and opens its workloads.
pub fn save_shared_copy(dispatcher: &yew::UseReducerDispatcher<crate::ui::state::PlanState>) {
    dispatcher.dispatch(PlanMsg::SaveSharedCopy {
        plan_id: crate::ui::saved_plans::new_id(),
    });
    crate::browser::page::go_to(&crate::ui::route::Route::Workloads.href());
}

/// Says a shared plan is being viewed, read-only, on every page, with the two ways out.
pub fn shared_banner(state: &PlanContext) -> Html {
    let Some(view) = state.shared.clone() else {
        return html! {};
    };
    let save_copy = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| save_shared_copy(&dispatcher))
    };
    let go_back = {
        let state = state.clone();
        Callback::from(
            move |_| match crate::ui::saved_plans::open(&view.own_plan_id) {
                Ok(plan) => state.dispatch(PlanMsg::Open {
                    plan: Box::new(plan),
                    plan_id: view.own_plan_id.clone(),
                    label: "Back to your plan".into(),
                }),
                Err(_) => state.dispatch(PlanMsg::Open {
                    plan: Box::default(),
                    plan_id: crate::ui::saved_plans::new_id(),
                    label: "Back to a new plan of your own".into(),
                }),
            },
        )
    };
    html! {
        <div class="banner info shared-banner" role="region" aria-label="Shared plan">
            <p><strong>{ format!("Viewing a shared plan, “{}”, read-only. ", state.plan.name()) }</strong>
                { "Nothing you do here is saved; your own plans are not changed." }</p>
            <div class="button-row">
                <button type="button" onclick={save_copy}>{ "Save a copy" }</button>
                <button type="button" class="secondary" onclick={go_back}>{ "Back to your plan" }</button>
            </div>
        </div>
    }
}
