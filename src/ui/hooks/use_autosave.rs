//! Saves the plan after every change, debounced so typing is not slowed by saving, and at
//! once when the page is hidden or closed, so a reload never loses the last change. The plan
//! before the last change is kept too, so that change can be undone after a reload.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{page, timer};
use crate::domain::plan::Plan;
use crate::ui::saved_plans;
use crate::ui::state::{PlanContext, PlanMsg, Status};

/// Quiet time after the last change before saving.
const DEBOUNCE_MILLIS: u32 = 300;

fn save(
    dispatcher: &UseReducerDispatcher<crate::ui::state::PlanState>,
    id: &str,
    plan: &Plan,
    previous: Option<&Plan>,
) {
    saved_plans::save_undo(id, previous);
    if let Err(error) = saved_plans::save(id, plan) {
        dispatcher.dispatch(PlanMsg::Say(Status::Refused(format!(
            "Could not save in this browser: {error}. Your changes are still here; export the plan as JSON to keep them."
        ))));
    }
}

#[hook]
pub fn use_autosave(state: &PlanContext) {
    let plan: Rc<Plan> = state.plan.clone();
    let previous: Option<Rc<Plan>> = state.previous().cloned();
    let dispatcher = state.dispatcher();
    let viewing_shared = state.shared.is_some();
    use_effect_with(
        (state.plan_id.clone(), state.revision),
        move |(id, revision)| {
            // Revision 0 is the plan as loaded: nothing to save yet. A shared plan being viewed
            // is not this browser's until the person saves a copy.
            let pending = (*revision > 0 && !viewing_shared).then(|| {
                let (id, plan, previous, dispatcher) = (
                    id.clone(),
                    plan.clone(),
                    previous.clone(),
                    dispatcher.clone(),
                );
                let on_hide = {
                    let (id, plan, previous, dispatcher) = (
                        id.clone(),
                        plan.clone(),
                        previous.clone(),
                        dispatcher.clone(),
                    );
                    page::on_page_hide(move || save(&dispatcher, &id, &plan, previous.as_deref()))
                };
                let debounced = timer::after(DEBOUNCE_MILLIS, move || {
                    save(&dispatcher, &id, &plan, previous.as_deref())
                });
                (debounced, on_hide)
            });
            move || drop(pending)
        },
    );
}
