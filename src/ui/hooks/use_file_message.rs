//! A file input whose chosen file becomes one message to the plan: the input's `NodeRef`, and
//! the `onchange` that reads the file (asynchronously, kept alive until it is read) and
//! dispatches what `to_message` makes of it, a change or a refusal.

use yew::prelude::*;

use crate::browser::file_read::{read_chosen_file, FileReadError, PendingRead};
use crate::ui::state::{PlanContext, PlanMsg};

pub type FileToMessage = fn(String, Result<String, FileReadError>) -> PlanMsg;

#[hook]
pub fn use_file_message(
    state: &PlanContext,
    to_message: FileToMessage,
) -> (NodeRef, Callback<Event>) {
    let input = use_node_ref();
    let pending = use_mut_ref(|| None::<PendingRead>);
    let onchange = {
        let (input, pending, dispatcher) = (input.clone(), pending, state.dispatcher());
        Callback::from(move |_: Event| {
            let Some(element) = input.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            let dispatcher = dispatcher.clone();
            *pending.borrow_mut() = read_chosen_file(&element, move |file, text| {
                dispatcher.dispatch(to_message(file, text));
            });
        })
    };
    (input, onchange)
}
