//! The `Plan` aggregate: everything a migration plan holds. Every change goes through
//! [`Plan::apply`], so undo/redo, autosave and tests share one path.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::name::Name;

/// One change to a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    RenamePlan(Name),
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlanError {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    name: Name,
}

impl Default for Plan {
    fn default() -> Self {
        Self {
            name: Name::parse("Untitled migration plan").unwrap_or_else(|_| unreachable!()),
        }
    }
}

impl Plan {
    pub fn name(&self) -> &Name {
        &self.name
    }

    pub fn apply(&mut self, action: Action) -> Result<(), PlanError> {
        match action {
            Action::RenamePlan(name) => self.name = name,
        }
        Ok(())
    }
}
