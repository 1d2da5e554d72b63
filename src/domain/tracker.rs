//! The team's work tracker (Azure DevOps Boards or Jira) and the items it holds for waveplan's
//! backlog: read from the tracker's own export, so the next backlog export names each item by
//! the tracker's id (an update, not a duplicate) and marks the ones the plan no longer has.

use serde::{Deserialize, Serialize};

use crate::domain::labels::labelled_enum;

labelled_enum! {
    pub enum Tracker { AzureDevOps => "Azure DevOps", Jira => "Jira" }
}

/// Items one tracker may hold for a plan: more is not a migration backlog.
pub const MAX_TRACKED_ITEMS: usize = 200_000;
/// The longest tracker id or key waveplan keeps ("12345", "MIG-1234").
pub const MAX_TRACKER_ID_CHARS: usize = 64;

/// One backlog item as the tracker holds it: waveplan's key for it (`workload-12`), the
/// tracker's id (Azure DevOps "ID", Jira "Issue key") and its title there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackedItem {
    pub tracker: Tracker,
    pub key: String,
    pub id: String,
    pub title: String,
}

impl TrackedItem {
    pub fn is_valid(&self) -> bool {
        let id = self.id.trim();
        !self.key.is_empty()
            && self.key.len() <= 80
            && !id.is_empty()
            && id.chars().count() <= MAX_TRACKER_ID_CHARS
            && self.title.chars().count() <= 1_000
    }
}
