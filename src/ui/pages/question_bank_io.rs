//! Importing a team's own question bank (JSON, as exported). A bank that does not check out is
//! refused with the reason; answers to questions the new bank lacks are dropped (undoable).

use yew::prelude::*;

use crate::browser::file_read::FileReadError;
use crate::domain::plan::Action;
use crate::domain::questions::QuestionBank;
use crate::ui::hooks::use_file_message::use_file_message;
use crate::ui::state::{PlanContext, PlanMsg, Status};

/// What reading `file` says: the team's questions in use, or why the bank was not changed.
fn bank_message(file: String, text: Result<String, FileReadError>) -> PlanMsg {
    let read = text
        .map_err(|e| format!("{file}: {e}"))
        .and_then(|text| QuestionBank::from_json(&text).map_err(|e| format!("{file}: {e}")));
    match read {
        Ok(bank) => PlanMsg::apply(
            Action::ReplaceQuestionBank(Some(bank)),
            format!("Using the questions from {file}"),
        ),
        Err(message) => PlanMsg::Say(Status::Refused(format!(
            "The question bank was not changed. {message}"
        ))),
    }
}

#[function_component(QuestionBankIo)]
pub fn question_bank_io() -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let (input, onchange) = use_file_message(&state, bank_message);
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
