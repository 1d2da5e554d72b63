//! A workload: the unit one migration moves, with what the business and the planner need to
//! know about it. Its assets point at it (`Asset::workload`).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::domain::calendar::{Day, DayRange, TimeOfDay};
use crate::domain::labels::labelled_enum;
use crate::domain::name::Name;
use crate::domain::questions::Answer;

labelled_enum! {
    /// Where a workload's remediation happens (the analysis suggests one; a person may decide).
    pub enum RemediationMode {
        Sprint => "Same sprint", Wave => "Wave before, by a batch team", Programme => "Separate programme",
    }
}

/// A person's decision that replaces the suggested mode; the note says why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemediationOverride {
    pub mode: RemediationMode,
    pub note: String,
}

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
    /// A status set by hand in plans saved before version 3. It is read once, compared with
    /// the stage the facts show, and dropped: the stage is derived now (`staging::stage`).
    pub enum WorkloadStatus {
        NotStarted => "Not started", Remediating => "Remediating", Replicating => "Replicating",
        Staged => "Staged", InBusinessTesting => "In business testing", Promoted => "Promoted",
    }
}

labelled_enum! {
    /// How the workload is cut over (CAF: decide downtime or near-zero downtime per workload).
    pub enum CutoverMode {
        Downtime => "Downtime window", NearZeroDowntime => "Near-zero downtime",
    }
}

labelled_enum! {
    /// What people tick on a workload's way from replicated to promoted: CAF's stage
    /// deliverables, the business's readiness to test, and the promote gate (business test,
    /// the sign-offs, then the DNS/IP cut-over). Stages are derived from these facts.
    pub enum Checkpoint {
        TestsAutomated => "Automated tests run",
        Documentation => "Migration and configuration documented",
        BacklogUpdated => "Backlog updated",
        TestPlan => "Business test plan ready",
        ChangePlan => "Business change plan ready",
        BusinessTested => "Business test passed",
        DomainSignOff => "Domain sign-off",
        UserRoutingSignOff => "User routing sign-off",
        IdentitySignOff => "Identity sign-off",
        PerformanceSignOff => "Performance sign-off",
        BcdrSignOff => "BCDR sign-off",
        DataClassificationSignOff => "Data classification sign-off",
        SecuritySignOff => "Security sign-off",
        CutOver => "DNS/IP cut-over done",
    }
}

impl Checkpoint {
    /// CAF's stage deliverables: part of the definition of done.
    pub const DELIVERABLES: [Checkpoint; 3] = [
        Checkpoint::TestsAutomated,
        Checkpoint::Documentation,
        Checkpoint::BacklogUpdated,
    ];
    /// Ready for business testing: the rest of the definition of done.
    pub const BUSINESS_READY: [Checkpoint; 2] = [Checkpoint::TestPlan, Checkpoint::ChangePlan];
    /// The sign-offs of the promote gate, after the business test and before the cut-over.
    pub const SIGN_OFFS: [Checkpoint; 7] = [
        Checkpoint::DomainSignOff,
        Checkpoint::UserRoutingSignOff,
        Checkpoint::IdentitySignOff,
        Checkpoint::PerformanceSignOff,
        Checkpoint::BcdrSignOff,
        Checkpoint::DataClassificationSignOff,
        Checkpoint::SecuritySignOff,
    ];

    /// Whether the checkpoint belongs to the promote gate (after staging).
    pub fn is_promotion(self) -> bool {
        self >= Checkpoint::BusinessTested
    }
}

/// A period in which the business forbids changes to this workload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreezeWindow {
    pub days: DayRange,
    #[serde(default)]
    pub reason: String,
}

/// When a workload's cut-over happens: a day, the local time it starts and how many hours
/// it may take (the downtime, under a downtime window).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CutoverWindow {
    pub day: Day,
    pub start: TimeOfDay,
    pub hours: u32,
}

/// "2027-02-03 22:00 for 4 h", as the runbook, its Markdown and the backlog say it.
impl std::fmt::Display for CutoverWindow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} for {} h", self.day, self.start, self.hours)
    }
}

/// A cut-over longer than a week is a project of its own, not a window.
pub const MAX_CUTOVER_HOURS: u32 = 168;

/// Rollback steps a person may write for one workload (one step per line).
pub const MAX_ROLLBACK_STEPS_CHARS: usize = 4_000;

/// The business side of staging as plans before version 3 stored it; read once and turned
/// into checkpoints (test plan, change plan, business test passed).
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
    /// A wave (1-based) a person chose for this workload; the planner honours it.
    #[serde(default)]
    pub pinned_wave: Option<u32>,
    #[serde(default)]
    pub remediation_override: Option<RemediationOverride>,
    /// What has been done on the way from replicated to promoted.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub checkpoints: BTreeSet<Checkpoint>,
    /// Downtime window or near-zero downtime, once decided.
    #[serde(default)]
    pub cutover: Option<CutoverMode>,
    /// What makes the team roll back during the cut-over.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rollback_trigger: String,
    /// When the cut-over happens, once a person has set it on the cutover runbook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cutover_window: Option<CutoverWindow>,
    /// Rollback steps a person wrote, one per line; empty: the runbook proposes its own.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rollback_steps: String,
    /// For a non-production workload: its production counterpart, which must move later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterpart: Option<WorkloadId>,
    /// Workloads the business couples (one business process, one release) share this tag and
    /// move in the same wave.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub coupling: String,
    /// The per-workload assessment's answers (`QuestionBank::workload_assessment`), by
    /// question id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub assessment: BTreeMap<String, Answer>,
    /// Read from plans saved before version 3 only (`persist` turns them into checkpoints and
    /// a note); never written.
    #[serde(default, rename = "status", skip_serializing)]
    pub legacy_status: Option<WorkloadStatus>,
    #[serde(default, rename = "business", skip_serializing)]
    pub legacy_business: Option<BusinessReadiness>,
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
            pinned_wave: None,
            remediation_override: None,
            checkpoints: BTreeSet::new(),
            cutover: None,
            rollback_trigger: String::new(),
            cutover_window: None,
            rollback_steps: String::new(),
            counterpart: None,
            coupling: String::new(),
            assessment: BTreeMap::new(),
            legacy_status: None,
            legacy_business: None,
        }
    }

    pub fn has(&self, checkpoint: Checkpoint) -> bool {
        self.checkpoints.contains(&checkpoint)
    }

    /// Retired workloads are not migrated, so they get no wave.
    pub fn migrates(&self) -> bool {
        self.approach != MigrationApproach::Retire
    }
}
