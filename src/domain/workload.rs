//! A workload: the unit one migration moves, with what the business and the planner need to
//! know about it. Its assets point at it (`Asset::workload`).

use serde::{Deserialize, Serialize};

use crate::domain::calendar::DayRange;
use crate::domain::labels::labelled_enum;
use crate::domain::name::Name;
use crate::domain::remediation::RemediationOverride;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WorkloadId(pub u32);

labelled_enum! {
    pub enum Environment { Production => "Production", NonProduction => "Non-production" }
}

labelled_enum! {
    pub enum Criticality {
        Low => "Low", Medium => "Medium", High => "High", MissionCritical => "Mission-critical",
    }
}

labelled_enum! {
    /// The five Rs plus retire: how the workload reaches the cloud, if at all.
    pub enum MigrationApproach {
        Rehost => "Rehost", Refactor => "Refactor", Rearchitect => "Rearchitect",
        Rebuild => "Rebuild", Replace => "Replace", Retire => "Retire",
    }
}

labelled_enum! {
    pub enum DataClassification {
        Public => "Public", General => "General", Confidential => "Confidential",
        HighlyConfidential => "Highly confidential",
    }
}

labelled_enum! {
    /// Where the workload is on the way to CAF's definition of done (staged) and beyond.
    pub enum WorkloadStatus {
        NotStarted => "Not started", Remediating => "Remediating", Replicating => "Replicating",
        Staged => "Staged", InBusinessTesting => "In business testing", Promoted => "Promoted",
    }
}

/// A period in which the business forbids changes to this workload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreezeWindow {
    pub days: DayRange,
    #[serde(default)]
    pub reason: String,
}

/// The business side of staging: the parts of the definition of done people sign off.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BusinessReadiness {
    pub test_plan: bool,
    pub change_plan: bool,
    pub signed_off: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workload {
    pub id: WorkloadId,
    pub name: Name,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub business_owner: String,
    #[serde(default)]
    pub technical_owner: String,
    #[serde(default)]
    pub business_unit: String,
    pub environment: Environment,
    pub criticality: Criticality,
    pub approach: MigrationApproach,
    /// Recovery time and point objectives, in hours, where the business has set them.
    #[serde(default)]
    pub rto_hours: Option<u32>,
    #[serde(default)]
    pub rpo_hours: Option<u32>,
    pub data_classification: DataClassification,
    #[serde(default)]
    pub freeze_windows: Vec<FreezeWindow>,
    /// 1 is the most important; the planner moves higher priorities first where it can.
    pub priority: u32,
    pub status: WorkloadStatus,
    /// A wave (1-based) a person chose for this workload; the planner honours it.
    #[serde(default)]
    pub pinned_wave: Option<u32>,
    #[serde(default)]
    pub remediation_override: Option<RemediationOverride>,
    #[serde(default)]
    pub business: BusinessReadiness,
}

impl Workload {
    /// A new workload with the defaults a team would start from: non-production, medium
    /// criticality, rehost, not started.
    pub fn new(id: WorkloadId, name: Name) -> Self {
        Self {
            id,
            name,
            description: String::new(),
            business_owner: String::new(),
            technical_owner: String::new(),
            business_unit: String::new(),
            environment: Environment::NonProduction,
            criticality: Criticality::Medium,
            approach: MigrationApproach::Rehost,
            rto_hours: None,
            rpo_hours: None,
            data_classification: DataClassification::General,
            freeze_windows: Vec::new(),
            priority: 3,
            status: WorkloadStatus::NotStarted,
            pinned_wave: None,
            remediation_override: None,
            business: BusinessReadiness::default(),
        }
    }

    /// Retired workloads are not migrated, so they get no wave.
    pub fn migrates(&self) -> bool {
        self.approach != MigrationApproach::Retire
    }
}
