//! The plan state shared by every page: a reducer over the domain `Plan` with undo and redo.
//! `reduce` has no side effects; saving happens in an effect in `app.rs`.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::plan::{Action, Plan};

/// How many earlier plans undo keeps. Snapshots are whole plans, so the bound keeps memory sane.
const UNDO_LIMIT: usize = 100;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanState {
    pub plan: Plan,
    undo: Vec<Plan>,
    redo: Vec<Plan>,
    /// What the last change said, for the status line: an applied action or why it was refused.
    pub status: Option<Status>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Done(String),
    Refused(String),
}

pub enum PlanMsg {
    /// Boxed: actions carry whole workloads or settings, the other messages nothing.
    Apply {
        action: Box<Action>,
        label: String,
    },
    Undo,
    Redo,
}

impl PlanState {
    pub fn new(plan: Plan) -> Self {
        Self {
            plan,
            ..Self::default()
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

impl Reducible for PlanState {
    type Action = PlanMsg;

    fn reduce(self: Rc<Self>, msg: PlanMsg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            PlanMsg::Apply { action, label } => {
                let before = next.plan.clone();
                match next.plan.apply(*action) {
                    Ok(()) => {
                        next.undo.push(before);
                        if next.undo.len() > UNDO_LIMIT {
                            next.undo.remove(0);
                        }
                        next.redo.clear();
                        next.status = Some(Status::Done(label));
                    }
                    Err(error) => next.status = Some(Status::Refused(error.to_string())),
                }
            }
            PlanMsg::Undo => {
                if let Some(previous) = next.undo.pop() {
                    next.redo.push(std::mem::replace(&mut next.plan, previous));
                    next.status = Some(Status::Done("Undone".into()));
                }
            }
            PlanMsg::Redo => {
                if let Some(following) = next.redo.pop() {
                    next.undo.push(std::mem::replace(&mut next.plan, following));
                    next.status = Some(Status::Done("Redone".into()));
                }
            }
        }
        Rc::new(next)
    }
}

pub type PlanContext = UseReducerHandle<PlanState>;
