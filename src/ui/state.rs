//! The plan state shared by every page: a reducer over the domain `Plan` with undo and redo.
//! `reduce` has no side effects; saving happens in an effect (`hooks::use_autosave`).

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::lineage::Lineage;
use crate::domain::plan::{Action, Plan};
use crate::ui::drafts::Drafts;

/// How many earlier plans undo keeps. Snapshots share nothing, so the bound keeps memory sane.
const UNDO_LIMIT: usize = 100;

#[derive(Debug, Clone)]
pub struct PlanState {
    pub plan: Rc<Plan>,
    /// Which saved plan this is (its storage key suffix).
    pub plan_id: String,
    /// Counts changes to the plan: memoised analyses and autosave key on it.
    pub revision: u64,
    /// Which plan this is, for "what moved": a whole plan opened from a file starts a new
    /// one, so no page compares it with the plan it replaced (same ids, other workloads).
    /// Undo and redo bring back the generation a plan had.
    pub generation: u64,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// What the last change said: applied, or why it was refused.
    pub status: Option<Status>,
    /// Saved data that could not be read; kept untouched, offered for download.
    pub storage_problem: Option<StorageProblem>,
    /// What this page session remembers: unsaved edits kept per plan while the person looks
    /// elsewhere, and the export format last chosen (shared by every state, not undone).
    pub drafts: Drafts,
    /// Set while a plan that came in a share link is on every page, read-only: nothing of it is
    /// saved until the person saves a copy.
    pub shared: Option<SharedView>,
    /// The plan is what browser storage holds already (another tab saved it and this one took
    /// it up): nothing to save, and saving it back would only echo to the other tab.
    pub in_storage: bool,
}

/// A plan in the undo or redo history, with its generation and the words of the change
/// between it and the plan after it, so undo and redo say what they took back.
#[derive(Debug, Clone)]
struct Step {
    plan: Rc<Plan>,
    generation: u64,
    change: String,
}

/// Viewing a shared plan: which of this browser's plans to go back to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedView {
    pub own_plan_id: String,
}

/// The plan id while a shared plan is viewed: never a storage key.
pub const SHARED_PLAN_ID: &str = "shared-link";

const READ_ONLY: &str = "This plan came in a link and is read-only: save a copy to change it.";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Done(String),
    Refused(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageProblem {
    pub key: String,
    pub raw: String,
    pub message: String,
}

/// Two states are equal when they show the same revision of the same plan with the same
/// messages: every plan change bumps the revision, so the plans need not be compared.
impl PartialEq for PlanState {
    fn eq(&self, other: &Self) -> bool {
        self.plan_id == other.plan_id
            && self.revision == other.revision
            && Rc::ptr_eq(&self.plan, &other.plan)
            && self.status == other.status
            && self.storage_problem == other.storage_problem
            && self.shared == other.shared
            && self.undo.len() == other.undo.len()
            && self.redo.len() == other.redo.len()
    }
}

pub enum PlanMsg {
    /// Boxed: actions carry whole workloads or settings, the other messages little.
    Apply {
        action: Box<Action>,
        label: String,
    },
    /// Replaces the plan as one undoable change: the same plan, changed (a merge).
    Replace {
        plan: Box<Plan>,
        label: String,
    },
    /// A whole plan read from a file in place of this one, as one undoable change: another
    /// plan (its ids name other workloads), so a new generation.
    FromFile {
        plan: Box<Plan>,
        label: String,
    },
    /// The plan as another tab saved it: one undo step (back to this tab's version), and
    /// nothing to save.
    SavedElsewhere {
        plan: Box<Plan>,
        label: String,
    },
    /// Switches to another saved plan: a new undo history.
    Open {
        plan: Box<Plan>,
        plan_id: String,
        label: String,
    },
    /// Shows a plan from a share link on every page, read-only.
    ViewShared {
        plan: Box<Plan>,
    },
    /// Makes the shared plan one of this browser's plans, under `plan_id`.
    SaveSharedCopy {
        plan_id: String,
    },
    /// Where the plan came from changed (handed over, merged): not a change of content, so
    /// the plans in the undo history take it too and no undo step is added.
    SetLineage(Lineage),
    Undo,
    Redo,
    Say(Status),
    /// A form found a problem and shows it beside its field: the status line must not keep
    /// saying the last change went well.
    ClearStatus,
    DismissStorageProblem,
}

impl PlanMsg {
    pub fn apply(action: Action, label: impl Into<String>) -> Self {
        PlanMsg::Apply {
            action: Box::new(action),
            label: label.into(),
        }
    }
}

impl PlanState {
    pub fn new(plan: Plan, plan_id: String, storage_problem: Option<StorageProblem>) -> Self {
        Self {
            plan: Rc::new(plan),
            plan_id,
            revision: 0,
            generation: 0,
            undo: Vec::new(),
            redo: Vec::new(),
            status: None,
            storage_problem,
            drafts: Drafts::default(),
            shared: None,
            in_storage: false,
        }
    }

    /// Starts with one undo step kept from before a reload.
    pub fn with_previous(mut self, previous: Option<Plan>) -> Self {
        self.undo.extend(previous.map(|plan| Step {
            plan: Rc::new(plan),
            generation: 0,
            change: String::new(),
        }));
        self
    }

    /// The plan the next undo returns to.
    pub fn previous(&self) -> Option<&Rc<Plan>> {
        self.undo.last().map(|step| &step.plan)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn change_to(&mut self, plan: Rc<Plan>, label: String) {
        let before = std::mem::replace(&mut self.plan, plan);
        self.undo.push(Step {
            plan: before,
            generation: self.generation,
            change: label.clone(),
        });
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.revision += 1;
        self.status = Some(Status::Done(label));
    }
}

impl Reducible for PlanState {
    type Action = PlanMsg;

    fn reduce(self: Rc<Self>, msg: PlanMsg) -> Rc<Self> {
        self.next(msg)
    }
}

impl PlanState {
    /// The state after `msg`: a shared plan refuses changes, everything else as it says.
    fn next(self: Rc<Self>, msg: PlanMsg) -> Rc<Self> {
        let mut next = (*self).clone();
        let from_storage = matches!(msg, PlanMsg::SavedElsewhere { .. });
        if next.shared.is_some()
            && matches!(
                msg,
                PlanMsg::Apply { .. } | PlanMsg::Replace { .. } | PlanMsg::FromFile { .. }
            )
        {
            next.status = Some(Status::Refused(READ_ONLY.into()));
            return Rc::new(next);
        }
        match msg {
            PlanMsg::ViewShared { plan } => next = self.view_shared(*plan, next.storage_problem),
            PlanMsg::SaveSharedCopy { plan_id } => next.save_shared_copy(plan_id),
            PlanMsg::Apply { action, label } => {
                let mut changed = (*next.plan).clone();
                match changed.apply(*action) {
                    Ok(()) => next.change_to(Rc::new(changed), label),
                    Err(error) => next.status = Some(Status::Refused(error.to_string())),
                }
            }
            PlanMsg::FromFile { plan, label } => {
                next.change_to(Rc::new(*plan), label);
                next.generation = next.revision;
            }
            PlanMsg::Replace { plan, label } | PlanMsg::SavedElsewhere { plan, label } => {
                next.change_to(Rc::new(*plan), label)
            }
            PlanMsg::Open {
                plan,
                plan_id,
                label,
            } => {
                next = PlanState::new(*plan, plan_id, next.storage_problem.take());
                // What the session remembers outlives the plan: drafts are kept per plan.
                next.drafts = self.drafts.clone();
                next.revision = self.revision + 1;
                next.generation = next.revision;
                next.status = Some(Status::Done(label));
            }
            PlanMsg::SetLineage(lineage) => next.set_lineage(&lineage),
            PlanMsg::Undo => next.step_back(),
            PlanMsg::Redo => next.step_forward(),
            PlanMsg::Say(status) => next.status = Some(status),
            PlanMsg::ClearStatus => next.status = None,
            PlanMsg::DismissStorageProblem => next.storage_problem = None,
        }
        if next.revision != self.revision {
            next.in_storage = from_storage;
        }
        Rc::new(next)
    }
}

impl PlanState {
    /// A shared plan shown read-only; the plan the person had open is remembered to go back to.
    fn view_shared(&self, plan: Plan, storage_problem: Option<StorageProblem>) -> PlanState {
        let own_plan_id = match &self.shared {
            Some(view) => view.own_plan_id.clone(),
            None => self.plan_id.clone(),
        };
        let mut next = PlanState::new(plan, SHARED_PLAN_ID.into(), storage_problem);
        next.shared = Some(SharedView { own_plan_id });
        // Every shared plan has the same id: what was typed on the last one is not this one's.
        self.drafts.forget_plan(SHARED_PLAN_ID);
        next.drafts = self.drafts.clone();
        next.revision = self.revision + 1;
        next.status = Some(Status::Done("Viewing a shared plan, read-only".into()));
        next
    }

    fn set_lineage(&mut self, lineage: &Lineage) {
        let marked = |plan: &Rc<Plan>| -> Rc<Plan> {
            (**plan)
                .clone()
                .with_lineage(lineage.clone())
                .map_or_else(|| plan.clone(), Rc::new)
        };
        let current = marked(&self.plan);
        self.plan = current;
        let mark_all = |steps: &[Step]| -> Vec<Step> {
            steps
                .iter()
                .map(|step| Step {
                    plan: marked(&step.plan),
                    ..step.clone()
                })
                .collect()
        };
        self.undo = mark_all(&self.undo);
        self.redo = mark_all(&self.redo);
        self.revision += 1;
    }

    /// The shared plan being viewed becomes one of this browser's, under `plan_id`.
    fn save_shared_copy(&mut self, plan_id: String) {
        if self.shared.take().is_some() {
            self.plan_id = plan_id;
            self.revision += 1;
            self.status = Some(Status::Done(format!(
                "Saved a copy of “{}” in this browser",
                self.plan.name()
            )));
        }
    }

    /// Makes `step` the current plan, and returns the current one as a step with the same
    /// change (the change between the two, whichever way it is crossed).
    fn swap(&mut self, step: Step) -> Step {
        let change = step.change;
        self.revision += 1;
        Step {
            plan: std::mem::replace(&mut self.plan, step.plan),
            generation: std::mem::replace(&mut self.generation, step.generation),
            change,
        }
    }

    fn step_back(&mut self) {
        if let Some(previous) = self.undo.pop() {
            let current = self.swap(previous);
            self.status = Some(Status::Done(said("Undone", &current.change)));
            self.redo.push(current);
        }
    }

    fn step_forward(&mut self) {
        if let Some(following) = self.redo.pop() {
            let current = self.swap(following);
            self.status = Some(Status::Done(said("Redone", &current.change)));
            self.undo.push(current);
        }
    }
}

/// "Undone: Pinned to wave 3", or the word alone when the change has no words (the undo step
/// kept across a reload).
fn said(what: &str, change: &str) -> String {
    if change.is_empty() {
        what.to_owned()
    } else {
        format!("{what}: {change}")
    }
}

pub type PlanContext = UseReducerHandle<PlanState>;

/// The analysis of the current plan revision, shared by every page.
#[derive(Debug, Clone)]
pub struct AnalysisContext(pub Rc<crate::domain::analysis::Analysis>);

impl PartialEq for AnalysisContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The analysis of this plan before its last change (`None` right after a plan is opened), so
/// any page can say what a change moved, whichever page made it.
#[derive(Debug, Clone)]
pub struct BeforeLastChange(pub Option<Rc<crate::domain::analysis::Analysis>>);

impl PartialEq for BeforeLastChange {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::name::Name;

    fn rename(text: &str) -> PlanMsg {
        PlanMsg::apply(Action::RenamePlan(Name::parse(text).unwrap()), "renamed")
    }

    #[test]
    fn a_plan_another_tab_saved_is_in_storage_until_this_tab_changes_it() {
        let state = Rc::new(PlanState::new(Plan::default(), "p1".into(), None));
        let state = state.reduce(rename("Mine"));
        assert!(!state.in_storage);
        let mut theirs = Plan::default();
        theirs
            .apply(Action::RenamePlan(Name::parse("Theirs").unwrap()))
            .unwrap();
        let state = state.reduce(PlanMsg::SavedElsewhere {
            plan: Box::new(theirs),
            label: "taken up".into(),
        });
        assert!(state.in_storage, "nothing to save: storage holds it");
        assert_eq!(state.plan.name().as_str(), "Theirs");
        let state = state.reduce(PlanMsg::Say(Status::Done("hello".into())));
        assert!(state.in_storage, "a message is not a change");
        let state = state.reduce(PlanMsg::Undo);
        assert_eq!(
            state.plan.name().as_str(),
            "Mine",
            "undo goes back to this tab's"
        );
        assert!(!state.in_storage, "this tab's version is to be saved again");
    }

    /// "What moved" compares a plan with itself before a change: a whole plan read from a file
    /// is another plan (its ids name other workloads), in both directions of undo.
    #[test]
    fn a_whole_plan_from_a_file_is_another_generation_and_undo_brings_the_old_one_back() {
        let state = Rc::new(PlanState::new(Plan::default(), "p1".into(), None));
        let state = state.reduce(rename("Mine"));
        let mine = state.generation;
        let merged = state.clone().reduce(PlanMsg::Replace {
            plan: Box::new(Plan::default()),
            label: "Merged".into(),
        });
        assert_eq!(
            merged.generation, mine,
            "a merge changes this plan: what moved applies"
        );
        let state = state.reduce(PlanMsg::FromFile {
            plan: Box::new(Plan::default()),
            label: "Opened plan.json".into(),
        });
        let opened = state.generation;
        assert_ne!(opened, mine);
        let state = state.reduce(rename("Opened, renamed"));
        assert_eq!(
            state.generation, opened,
            "an edit keeps the plan's generation"
        );
        let state = state.reduce(PlanMsg::Undo).reduce(PlanMsg::Undo);
        assert_eq!(
            (state.plan.name().as_str(), state.generation),
            ("Mine", mine)
        );
        let state = state.reduce(PlanMsg::Redo);
        assert_eq!(state.generation, opened);
    }

    #[test]
    fn undo_redo_and_refusals() {
        let state = Rc::new(PlanState::new(Plan::default(), "p1".into(), None));
        let state = state.reduce(rename("One"));
        let state = state.reduce(PlanMsg::apply(
            Action::RenamePlan(Name::parse("Two").unwrap()),
            "Plan renamed to “Two”",
        ));
        assert_eq!((state.plan.name().as_str(), state.revision), ("Two", 2));
        let state = state.reduce(PlanMsg::Undo);
        assert_eq!(state.plan.name().as_str(), "One");
        // Undo and redo say what they took back and brought back.
        let said = |state: &PlanState| match &state.status {
            Some(Status::Done(text)) => text.clone(),
            _ => String::new(),
        };
        assert_eq!(said(&state), "Undone: Plan renamed to “Two”");
        let state = state.reduce(PlanMsg::Redo);
        assert_eq!(state.plan.name().as_str(), "Two");
        assert_eq!(said(&state), "Redone: Plan renamed to “Two”");
        let refused = state.clone().reduce(PlanMsg::apply(
            Action::RemoveWorkload(crate::domain::workload::WorkloadId(9)),
            "x",
        ));
        assert_eq!(
            refused.revision, state.revision,
            "a refused action is not a change"
        );
        assert!(matches!(refused.status, Some(Status::Refused(_))));
        let opened = refused.reduce(PlanMsg::Open {
            plan: Box::default(),
            plan_id: "p2".into(),
            label: "opened".into(),
        });
        assert!(!opened.can_undo(), "another plan starts a new history");
        assert_eq!(opened.plan_id, "p2");
    }

    #[test]
    fn unsaved_edits_on_one_shared_plan_do_not_come_back_on_the_next() {
        use crate::domain::forms::WorkloadForm;
        use crate::domain::workload::WorkloadId;
        let state = Rc::new(PlanState::new(Plan::default(), "mine".into(), None));
        let shared = state.reduce(PlanMsg::ViewShared {
            plan: Box::default(),
        });
        let workload =
            crate::domain::workload::Workload::new(WorkloadId(1), Name::parse("Payroll").unwrap());
        let typed = WorkloadForm::of(&workload, false, &Plan::default());
        shared
            .drafts
            .set(SHARED_PLAN_ID, WorkloadId(1), false, Some(typed.clone()));
        shared.drafts.set("mine", WorkloadId(1), false, Some(typed));
        let next = shared.reduce(PlanMsg::ViewShared {
            plan: Box::default(),
        });
        assert!(next
            .drafts
            .get(SHARED_PLAN_ID, WorkloadId(1), false)
            .is_none());
        assert!(
            next.drafts.get("mine", WorkloadId(1), false).is_some(),
            "the person's own plan keeps its drafts"
        );
    }

    #[test]
    fn what_the_session_remembers_outlives_opening_another_plan() {
        let state = Rc::new(PlanState::new(Plan::default(), "p1".into(), None));
        state
            .drafts
            .set_export_format(crate::domain::export::ExportFormat::Jira);
        let opened = state.reduce(PlanMsg::Open {
            plan: Box::default(),
            plan_id: "p2".into(),
            label: "opened".into(),
        });
        assert_eq!(
            opened.drafts.export_format(),
            crate::domain::export::ExportFormat::Jira
        );
    }
}

/// The plan state and its analysis, which most pages need together; `None` outside the shell.
/// Both contexts are read on every render, so the hooks run in the same order each time.
#[hook]
pub fn use_plan_and_analysis() -> Option<(PlanContext, AnalysisContext)> {
    let state = use_context::<PlanContext>();
    let analysis = use_context::<AnalysisContext>();
    state.zip(analysis)
}
