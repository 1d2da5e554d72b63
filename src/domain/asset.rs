//! An asset: something a workload needs in the cloud (a VM, a server, a database, an app, a
//! file share), with its size, its drift and what must be fixed before it can move.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::labels::labelled_enum;
use crate::domain::name::Name;
use crate::domain::workload::WorkloadId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AssetId(pub u32);

labelled_enum! {
    pub enum AssetKind {
        VirtualMachine => "Virtual machine", PhysicalServer => "Physical server",
        Database => "Database", Application => "Application", Storage => "Storage / file share",
        Other => "Other",
    }
}

labelled_enum! {
    pub enum RemediationCategory {
        OsUpgrade => "OS / host upgrade", Configuration => "Configuration",
        CodeChange => "Code change", NetworkPath => "Network path", BackupSla => "Backup / SLA",
    }
}

labelled_enum! {
    /// Replication progress; "verified" is what staging needs.
    pub enum ReplicationStatus {
        NotStarted => "Not started", Replicating => "Replicating", Replicated => "Replicated",
        Verified => "Verified",
    }
}

labelled_enum! {
    /// Whether the asset is to be moved at all. Out-of-scope and retiring assets are decided:
    /// they are not "unassigned" and no plan finding counts them.
    #[derive(Default)]
    pub enum Disposition {
        #[default]
        Migrate => "Migrate", OutOfScope => "Out of scope", Retire => "Retire",
    }
}

/// Something that must be fixed before the asset can move.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RemediationItem {
    pub title: String,
    pub effort_hours: f64,
    pub category: RemediationCategory,
    /// Fixed: it no longer blocks the move.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Asset {
    pub id: AssetId,
    /// The workload this asset belongs to; `None` for imported assets not yet assigned.
    #[serde(default)]
    pub workload: Option<WorkloadId>,
    pub kind: AssetKind,
    pub name: Name,
    #[serde(default)]
    pub os: String,
    #[serde(default)]
    pub cores: u32,
    #[serde(default)]
    pub memory_gb: f64,
    #[serde(default)]
    pub storage_gb: f64,
    /// Share of the storage that changes per day (the drift replication must keep up with).
    #[serde(default)]
    pub daily_change_percent: f64,
    #[serde(default)]
    pub remediation: Vec<RemediationItem>,
    #[serde(default = "not_started")]
    pub replication: ReplicationStatus,
    #[serde(default, skip_serializing_if = "is_migrate")]
    pub disposition: Disposition,
    /// The file the asset was imported from, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// What the inventory said about it beyond sizes (RVTools folder, cluster, annotation,
    /// custom attributes; Azure Migrate tags): evidence for grouping assets into workloads.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

fn is_migrate(disposition: &Disposition) -> bool {
    *disposition == Disposition::Migrate
}

fn not_started() -> ReplicationStatus {
    ReplicationStatus::NotStarted
}

impl Asset {
    pub fn new(id: AssetId, kind: AssetKind, name: Name) -> Self {
        Self {
            id,
            workload: None,
            kind,
            name,
            os: String::new(),
            cores: 0,
            memory_gb: 0.0,
            storage_gb: 0.0,
            daily_change_percent: 0.0,
            remediation: Vec::new(),
            replication: ReplicationStatus::NotStarted,
            disposition: Disposition::Migrate,
            source: None,
            attributes: BTreeMap::new(),
        }
    }

    pub fn remediation_hours(&self) -> f64 {
        self.remediation.iter().map(|item| item.effort_hours).sum()
    }

    /// In no workload and still to be decided: what the inventory asks a person to group.
    pub fn is_unassigned(&self) -> bool {
        self.workload.is_none() && self.disposition == Disposition::Migrate
    }

    /// Hours of remediation still to do.
    pub fn open_remediation_hours(&self) -> f64 {
        self.remediation
            .iter()
            .filter(|item| !item.done)
            .map(|item| item.effort_hours)
            .sum()
    }
}
