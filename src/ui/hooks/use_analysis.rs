//! The analysis every page reads, kept one step behind an edit for a frame: the edit shows at
//! once (the form closes, the status line speaks), and the re-analysis of the whole plan runs
//! right after that frame is painted, with "Re-planning…" on screen meanwhile. Edits made before
//! it runs are analysed together, once. Another plan (opened, new, shared, or a whole plan read
//! from a file, undo included) is analysed at once, with nothing before it to compare,
//! so no page shows one plan with another's analysis; so is the first render.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::timer::after_next_paint;
use crate::domain::analysis::Analysis;
use crate::ui::state::{AnalysisContext, BeforeLastChange, PlanContext};

struct Shown {
    /// The plan's id and generation: another plan, or a whole plan opened from a file.
    which: (String, u64),
    revision: u64,
    now: Rc<Analysis>,
    /// The analysis this one replaced, for "what moved".
    before: Option<Rc<Analysis>>,
}

/// The analysis to show, the one before it, and whether the plan has changed since (a
/// re-analysis is on its way).
#[hook]
pub fn use_analysis(state: &PlanContext) -> (AnalysisContext, BeforeLastChange, bool) {
    let shown: Rc<RefCell<Option<Shown>>> = use_mut_ref(|| None);
    let refresh = use_force_update();
    let (which, revision) = ((state.plan_id.clone(), state.generation), state.revision);
    {
        let mut slot = shown.borrow_mut();
        if slot.as_ref().is_none_or(|s| s.which != which) {
            *slot = Some(Shown {
                which: which.clone(),
                revision,
                now: Rc::new(Analysis::of(&state.plan)),
                before: None,
            });
        }
    }
    let stale = shown
        .borrow()
        .as_ref()
        .is_some_and(|s| s.revision != revision);
    {
        let (shown, plan) = (shown.clone(), state.plan.clone());
        use_effect_with((which, revision), move |(which, revision)| {
            let (which, revision) = (which.clone(), *revision);
            let pending = stale.then(|| {
                after_next_paint(move || {
                    let now = Rc::new(Analysis::of(&plan));
                    if let Some(s) = shown.borrow_mut().as_mut().filter(|s| s.which == which) {
                        s.before = Some(std::mem::replace(&mut s.now, now));
                        s.revision = revision;
                    }
                    refresh.force_update();
                })
            });
            move || drop(pending)
        });
    }
    let slot = shown.borrow();
    let (now, before) = slot
        .as_ref()
        .map(|s| (s.now.clone(), s.before.clone()))
        .unwrap_or_else(|| (Rc::new(Analysis::of(&state.plan)), None));
    (AnalysisContext(now), BeforeLastChange(before), stale)
}
