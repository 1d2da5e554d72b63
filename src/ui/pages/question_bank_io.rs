//! Importing a team's own question bank (JSON, as exported). A bank that does not check out is
//! refused with the reason; answers to questions the new bank lacks are dropped (undoable).

use yew::prelude::*;

use crate::browser::file_read::{read_chosen_file, PendingRead};
use crate::domain::plan::Action;
use crate::domain::questions::QuestionBank;
use crate::ui::state::{PlanContext, PlanMsg, Status};

#[function_component(QuestionBankIo)]
pub fn question_bank_io() -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let input = use_node_ref();
    let pending = use_mut_ref(|| None::<PendingRead>);
    let onchange = {
        let (input, pending, dispatcher) = (input.clone(), pending.clone(), state.dispatcher());
        Callback::from(move |_: Event| {
            let Some(element) = input.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            let dispatcher = dispatcher.clone();
            *pending.borrow_mut() = read_chosen_file(&element, move |file, text| {
                let message = match text.map_err(|e| format!("{file}: {e}")).and_then(|text| {
                    QuestionBank::from_json(&text).map_err(|e| format!("{file}: {e}"))
                }) {
                    Ok(bank) => PlanMsg::apply(
                        Action::ReplaceQuestionBank(Some(bank)),
                        format!("Using the questions from {file}"),
                    ),
                    Err(message) => PlanMsg::Say(Status::Refused(format!(
                        "The question bank was not changed. {message}"
                    ))),
                };
                dispatcher.dispatch(message);
            });
        })
    };
    let reset = {
        let state = state.clone();
        Callback::from(move |_| {
            state.dispatch(PlanMsg::apply(
                Action::ReplaceQuestionBank(None),
                "Back to the built-in questions",
            ))
        })
    };
    html! {
        <>
            <label for="bank-file" class="button secondary">{ "Import questions (JSON)" }</label>
            <input id="bank-file" class="visually-hidden" type="file" accept=".json,application/json" ref={input} {onchange} />
            if state.plan.has_custom_questions() {
                <button type="button" class="secondary" onclick={reset}>{ "Use built-in questions" }</button>
            }
        </>
    }
}
