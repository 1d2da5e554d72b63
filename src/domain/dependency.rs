//! Dependencies between assets, and so between the workloads that own them.

use serde::{Deserialize, Serialize};

use crate::domain::asset::AssetId;
use crate::domain::labels::labelled_enum;

labelled_enum! {
    /// Hard: must move in the same wave or an earlier one (or be reachable at the expected
    /// performance). Soft: can be split across waves over hybrid connectivity.
    pub enum DependencyStrength { Hard => "Hard", Soft => "Soft" }
}

/// `from` depends on (calls, reads from) `to`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dependency {
    pub from: AssetId,
    pub to: AssetId,
    pub strength: DependencyStrength,
    /// Destination ports seen, when the dependency came from a dependency-analysis export.
    #[serde(default)]
    pub ports: Vec<u16>,
    #[serde(default)]
    pub connections: u64,
}

impl Dependency {
    pub fn new(from: AssetId, to: AssetId, strength: DependencyStrength) -> Self {
        Self {
            from,
            to,
            strength,
            ports: Vec::new(),
            connections: 0,
        }
    }

    pub fn key(&self) -> (AssetId, AssetId) {
        (self.from, self.to)
    }
}
