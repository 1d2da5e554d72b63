//! Saves the plan after every change, debounced so typing is not slowed by saving, and at
//! once when the page is hidden or closed, so a reload never loses the last change. The plan
//! before the last change is kept too, so that change can be undone after a reload. When
//! another tab saves the same plan, this one takes that version up (one undo step back to its
//! own), so two tabs never save their stale copies over each other's changes.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{page, storage, timer};
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
    let nothing_to_save = state.shared.is_some() || state.in_storage;
    // Whether a change of this tab waits for its debounced save.
    let waiting: Rc<Cell<bool>> = use_memo((), |_| Cell::new(false));
    use_saved_elsewhere(state, waiting.clone());
    use_effect_with(
        (state.plan_id.clone(), state.revision),
        move |(id, revision)| {
            // Revision 0 is the plan as loaded: nothing to save yet. A shared plan being viewed
            // is not this browser's until the person saves a copy; a plan another tab saved is
            // in storage already.
            let saves = *revision > 0 && !nothing_to_save;
            waiting.set(saves);
            let pending = saves.then(|| {
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
                    save(&dispatcher, &id, &plan, previous.as_deref());
                    waiting.set(false);
                });
                (debounced, on_hide)
            });
            move || drop(pending)
        },
    );
}

/// Takes up the plan when another tab saves it. If this tab has a change of its own waiting for
/// its save (the two saved within 300 ms of each other), this tab's change is saved over the
/// other's, and the person is told so.
#[hook]
fn use_saved_elsewhere(state: &PlanContext, waiting: Rc<Cell<bool>>) {
    let dispatcher = state.dispatcher();
    use_effect_with(state.plan_id.clone(), move |plan_id| {
        let plan_id = plan_id.clone();
        let listener = storage::on_change_elsewhere(move |key, text| {
            let Some(plan) = saved_plans::saved_elsewhere(&plan_id, &key, text.as_deref()) else {
                return;
            };
            let msg = if waiting.get() {
                PlanMsg::Say(Status::Refused(
                    "Another tab saved this plan just as this one changed it: this tab's version is the one kept. Reload the other tab to see it.".into(),
                ))
            } else {
                PlanMsg::SavedElsewhere {
                    plan: Box::new(plan),
                    label: "Another tab changed this plan: this is its latest version (undo goes back to this tab's).".into(),
                }
            };
            dispatcher.dispatch(msg);
        });
        move || drop(listener)
    });
}
