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
