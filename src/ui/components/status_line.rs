//! A polite live region saying what the last change did, or why it was refused.

use yew::prelude::*;

use crate::ui::state::{PlanContext, Status};

pub fn status_line(state: &PlanContext) -> Html {
    let (class, text) = match &state.status {
        Some(Status::Done(text)) => ("status ok", text.as_str()),
        Some(Status::Refused(text)) => ("status refused", text.as_str()),
        None => ("status", ""),
    };
    html! { <p class={class} role="status" aria-live="polite">{ text }</p> }
}
