//! The start page: name the plan. Input is parsed by the domain; a bad name is shown beside the
//! field and changes nothing.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::name::Name;
use crate::domain::plan::Action;
use crate::ui::state::{PlanContext, PlanMsg};

#[function_component(StartPage)]
pub fn start_page() -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let draft = use_state(|| state.plan.name().to_string());
    let error = use_state(|| None::<String>);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            draft.set(event.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let onsubmit = {
        let (draft, error, state) = (draft.clone(), error.clone(), state.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match Name::parse(&draft) {
                Ok(name) => {
                    error.set(None);
                    let label = format!("Plan renamed to “{name}”");
                    state.dispatch(PlanMsg::Apply {
                        action: Box::new(Action::RenamePlan(name)),
                        label,
                    });
                }
                Err(problem) => error.set(Some(problem.to_string())),
            }
        })
    };
    html! {
        <section aria-labelledby="start-title">
            <h1 id="start-title">{ "Start" }</h1>
            <p class="lead">
                { "waveplan plans the execution of a cloud migration: model workloads and their assets, \
                   check readiness, decide where remediation happens, plan replication and waves, and \
                   track each workload until it is staged for business testing. Everything stays in \
                   this browser." }
            </p>
            <form class="card form-row" {onsubmit}>
                <label for="plan-name-input">{ "Plan name" }</label>
                <input id="plan-name-input" type="text" value={(*draft).clone()} {oninput}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then_some("plan-name-error")} />
                <button type="submit">{ "Rename plan" }</button>
                if let Some(message) = &*error {
                    <p id="plan-name-error" class="field-error">{ message }</p>
                }
            </form>
        </section>
    }
}
