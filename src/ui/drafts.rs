//! Unsaved edits of a workload, kept in memory while the person looks at another workload or
//! another page, so leaving the editor never loses what was typed. They belong to one plan and
//! to this page session (held by `ui::state::PlanState`); the editor says when it brings one
//! back and offers to discard it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::domain::forms::WorkloadForm;
use crate::domain::workload::WorkloadId;

/// An unsaved workload form: the form as typed.
pub type WorkloadDraft = WorkloadForm;

/// Which form a draft belongs to: the plan, the workload, and whether it is a new workload.
type FormKey = (String, WorkloadId, bool);

/// The drafts of this page session. A list: there are only ever a few.
#[derive(Debug, Clone, Default)]
pub struct Drafts(Rc<RefCell<Vec<(FormKey, WorkloadDraft)>>>);

impl Drafts {
    pub fn get(&self, plan_id: &str, workload: WorkloadId, is_new: bool) -> Option<WorkloadDraft> {
        let drafts = self.0.try_borrow().ok()?;
        let key = (plan_id.to_owned(), workload, is_new);
        drafts
            .iter()
            .find(|(form, _)| *form == key)
            .map(|(_, draft)| draft.clone())
    }

    /// Keeps `draft` for the form, or forgets the form's draft when it is `None`.
    pub fn set(
        &self,
        plan_id: &str,
        workload: WorkloadId,
        is_new: bool,
        draft: Option<WorkloadDraft>,
    ) {
        if let Ok(mut drafts) = self.0.try_borrow_mut() {
            let key = (plan_id.to_owned(), workload, is_new);
            drafts.retain(|(form, _)| *form != key);
            if let Some(draft) = draft {
                drafts.push((key, draft));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::name::Name;
    use crate::domain::plan::Plan;
    use crate::domain::workload::Workload;

    #[test]
    fn drafts_are_kept_per_plan_and_form_and_forgotten_on_request() {
        let plan = Plan::default();
        let workload = Workload::new(WorkloadId(7), Name::parse("Payroll").unwrap());
        assert_eq!(WorkloadDraft::of(&workload, false, &plan).name, "Payroll");
        assert_eq!(
            WorkloadDraft::of(&workload, true, &plan).name,
            "",
            "a new workload starts empty"
        );

        let drafts = Drafts::default();
        let mut typed = WorkloadDraft::of(&workload, false, &plan);
        typed.business_owner = "Jane".into();
        drafts.set("plan-a", WorkloadId(7), false, Some(typed.clone()));
        assert_eq!(
            drafts.get("plan-a", WorkloadId(7), false),
            Some(typed.clone())
        );
        assert_eq!(
            drafts.get("plan-b", WorkloadId(7), false),
            None,
            "another plan"
        );
        assert_eq!(
            drafts.get("plan-a", WorkloadId(7), true),
            None,
            "the new-workload form"
        );

        typed.rto = "four".into();
        drafts.set("plan-a", WorkloadId(7), false, Some(typed.clone()));
        assert_eq!(
            drafts.get("plan-a", WorkloadId(7), false),
            Some(typed),
            "replaced, not added"
        );
        drafts.set("plan-a", WorkloadId(7), false, None);
        assert_eq!(drafts.get("plan-a", WorkloadId(7), false), None);
    }
}
