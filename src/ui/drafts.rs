//! What this page session remembers, in one place (held by `ui::state::PlanState`): unsaved
//! edits of a workload, kept in memory while the person looks at another workload or another
//! page, so leaving the editor never loses what was typed (they belong to one plan; the editor
//! says when it brings one back and offers to discard it), and the export format last chosen.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::domain::export::ExportFormat;
use crate::domain::forms::{CutoverForm, WorkloadForm};
use crate::domain::workload::WorkloadId;

/// An unsaved workload form: the form as typed.
pub type WorkloadDraft = WorkloadForm;

/// Unsaved forms of one kind, each under its plan and key. A list: there are only ever a few.
#[derive(Debug)]
struct DraftList<K, F>(RefCell<Vec<((String, K), F)>>);

impl<K, F> Default for DraftList<K, F> {
    fn default() -> Self {
        Self(RefCell::new(Vec::new()))
    }
}

impl<K: PartialEq, F: Clone> DraftList<K, F> {
    fn get(&self, plan_id: &str, key: K) -> Option<F> {
        let drafts = self.0.try_borrow().ok()?;
        drafts
            .iter()
            .find(|((plan, form), _)| plan == plan_id && *form == key)
            .map(|(_, draft)| draft.clone())
    }

    fn forget_plan(&self, plan_id: &str) {
        if let Ok(mut drafts) = self.0.try_borrow_mut() {
            drafts.retain(|((plan, _), _)| plan != plan_id);
        }
    }

    fn set(&self, plan_id: &str, key: K, draft: Option<F>) {
        if let Ok(mut drafts) = self.0.try_borrow_mut() {
            drafts.retain(|((plan, form), _)| !(plan == plan_id && *form == key));
            if let Some(draft) = draft {
                drafts.push(((plan_id.to_owned(), key), draft));
            }
        }
    }
}

/// The drafts of this page session: workload editors (by workload and whether it is new) and
/// cutover forms on the runbook (by workload).
#[derive(Debug, Clone, Default)]
pub struct Drafts(Rc<Kinds>);

#[derive(Debug, Default)]
struct Kinds {
    workloads: DraftList<(WorkloadId, bool), WorkloadDraft>,
    cutovers: DraftList<WorkloadId, CutoverForm>,
    export_format: Cell<ExportFormat>,
}

impl Drafts {
    pub fn get(&self, plan_id: &str, workload: WorkloadId, is_new: bool) -> Option<WorkloadDraft> {
        self.0.workloads.get(plan_id, (workload, is_new))
    }

    /// Keeps `draft` for the form, or forgets the form's draft when it is `None`.
    pub fn set(
        &self,
        plan_id: &str,
        workload: WorkloadId,
        is_new: bool,
        draft: Option<WorkloadDraft>,
    ) {
        self.0.workloads.set(plan_id, (workload, is_new), draft);
    }

    pub fn cutover(&self, plan_id: &str, workload: WorkloadId) -> Option<CutoverForm> {
        self.0.cutovers.get(plan_id, workload)
    }

    pub fn set_cutover(&self, plan_id: &str, workload: WorkloadId, draft: Option<CutoverForm>) {
        self.0.cutovers.set(plan_id, workload, draft);
    }

    /// Forgets every unsaved form of the plan.
    pub fn forget_plan(&self, plan_id: &str) {
        self.0.workloads.forget_plan(plan_id);
        self.0.cutovers.forget_plan(plan_id);
    }

    /// The format last chosen on the Export page (any plan: it is the person's habit).
    pub fn export_format(&self) -> ExportFormat {
        self.0.export_format.get()
    }

    pub fn set_export_format(&self, format: ExportFormat) {
        self.0.export_format.set(format);
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

    #[test]
    fn the_export_format_is_remembered_for_the_session_by_every_copy_of_the_state() {
        let drafts = Drafts::default();
        assert_eq!(drafts.export_format(), ExportFormat::Markdown);
        let copy = drafts.clone();
        copy.set_export_format(ExportFormat::Json);
        assert_eq!(drafts.export_format(), ExportFormat::Json);
    }
}
