//! Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z for undo and redo anywhere on the page.

use yew::prelude::*;

use crate::browser::keys::{self, Shortcut};
use crate::ui::state::{PlanContext, PlanMsg};

#[hook]
pub fn use_shortcuts(state: &PlanContext) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = keys::listen(move |shortcut| {
            dispatcher.dispatch(match shortcut {
                Shortcut::Undo => PlanMsg::Undo,
                Shortcut::Redo => PlanMsg::Redo,
            })
        });
        move || drop(listener)
    });
}
