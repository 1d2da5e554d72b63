//! What the export and print buttons do once the page has made its text: the browser saves
//! the file and the status line says so (or why not); or the browser prints the page.

use yew::prelude::*;

use crate::browser::{download::download_text, page};
use crate::ui::state::{PlanContext, PlanMsg, Status};

/// Saves `text` as `file` and says "Exported …", or what the browser refused.
pub fn save_export(state: &PlanContext, file: &str, mime: &str, text: &str) {
    let status = match download_text(file, mime, text) {
        Ok(()) => Status::Done(format!("Exported {file}")),
        Err(error) => Status::Refused(error.to_string()),
    };
    state.dispatch(PlanMsg::Say(status));
}

/// Prints the page as it is (its print stylesheet hides the controls).
pub fn on_print(state: &PlanContext) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_: MouseEvent| {
        if let Err(error) = page::print() {
            state.dispatch(PlanMsg::Say(Status::Refused(error)));
        }
    })
}
