//! Every change a person (or an import) can make to a plan, and why a change can be refused.

use thiserror::Error;

use crate::domain::asset::{Asset, AssetId, ReplicationStatus};
use crate::domain::baseline::Baseline;
use crate::domain::decision_log::Decision;
use crate::domain::dependency::Dependency;
use crate::domain::name::Name;
use crate::domain::questions::{Answer, Section};
use crate::domain::questions::{BankError, QuestionBank};
use crate::domain::settings::{PlanSettings, SettingsError};
use crate::domain::tracker::{TrackedItem, Tracker};
use crate::domain::workload::RemediationOverride;
use crate::domain::workload::{Checkpoint, CutoverMode, CutoverWindow, Workload, WorkloadId};

/// One change to a plan, applied by `Plan::apply`.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    RenamePlan(Name),
    UpdateSettings(PlanSettings),
    AddWorkload(Workload),
    /// Replaces the workload with the same id.
    UpdateWorkload(Workload),
    /// Removes the workload, its assets and their dependencies.
    RemoveWorkload(WorkloadId),
    AddAsset(Asset),
    /// Replaces the asset with the same id (moving it to another workload, too).
    UpdateAsset(Asset),
    /// Removes the asset and every dependency that names it.
    RemoveAsset(AssetId),
    /// Adds a dependency, or replaces the one between the same two assets.
    SetDependency(Dependency),
    RemoveDependency {
        from: AssetId,
        to: AssetId,
    },
    Answer {
        question: String,
        answer: Answer,
    },
    ClearAnswer(String),
    /// A workshop's answer and its entry in the decision log, as one change.
    Decide {
        question: String,
        answer: Answer,
        decision: Decision,
    },
    /// Decisions added to the log as they were made (a saved plan read back).
    RecordDecisions(Vec<Decision>),
    /// One answer of a workload's assessment (an empty answer removes it).
    AssessWorkload {
        workload: WorkloadId,
        question: String,
        answer: Answer,
    },
    /// How many minutes a section of the workshop may take.
    SetTimebox {
        section: Section,
        minutes: u32,
    },
    OverrideRemediation {
        workload: WorkloadId,
        decision: Option<RemediationOverride>,
    },
    PinWorkload {
        workload: WorkloadId,
        wave: Option<u32>,
    },
    /// Ticks (or unticks) one step on the way from replicated to promoted.
    SetCheckpoint {
        workload: WorkloadId,
        checkpoint: Checkpoint,
        done: bool,
    },
    /// The cut-over mode and window (or none yet) and the rollback steps a person wrote, from
    /// the cutover runbook.
    PlanCutover {
        workload: WorkloadId,
        mode: Option<CutoverMode>,
        window: Option<CutoverWindow>,
        rollback_steps: String,
    },
    SetReplicationStatus {
        asset: AssetId,
        status: ReplicationStatus,
    },
    /// A team's own question bank, or `None` for the built-in one. Answers to questions the
    /// new bank does not have are dropped.
    ReplaceQuestionBank(Option<QuestionBank>),
    /// Saves a baseline, replacing the one with the same name (names ignore case).
    SaveBaseline(Baseline),
    RemoveBaseline(Name),
    /// The items one tracker holds for this plan, read from its export: they replace what
    /// was known of that tracker.
    LinkTracker {
        tracker: Tracker,
        items: Vec<TrackedItem>,
    },
    /// All of these or none: used by imports, so a failed import changes nothing.
    Batch(Vec<Action>),
}

/// The things whose names must be unique in a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Workload,
    Asset,
}

impl std::fmt::Display for NameKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NameKind::Workload => "a workload",
            NameKind::Asset => "an asset",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlanError {
    #[error("there is already a workload with id {}", .0.0)]
    DuplicateWorkload(WorkloadId),
    #[error("the workload with id {} no longer exists", .0.0)]
    UnknownWorkload(WorkloadId),
    #[error("there is already an asset with id {}", .0.0)]
    DuplicateAsset(AssetId),
    #[error("the asset with id {} no longer exists", .0.0)]
    UnknownAsset(AssetId),
    #[error("asset “{0}” cannot depend on itself")]
    SelfDependency(String),
    #[error("there is no dependency between those two assets")]
    UnknownDependency,
    #[error("there is no readiness question “{0}”")]
    UnknownQuestion(String),
    #[error("“{choice}” is not one of the answers to question “{question}”")]
    UnknownChoice { question: String, choice: String },
    #[error("settings: {0}")]
    Settings(#[from] SettingsError),
    #[error("asset “{asset}”: {field} must be a number from 0 to {max}")]
    Quantity {
        asset: String,
        field: &'static str,
        max: String,
    },
    #[error("there is already {kind} named “{name}” (names are unique, whatever their case)")]
    DuplicateName { kind: NameKind, name: String },
    #[error("ids go up to {max}; {0} is out of range", max = crate::domain::plan::MAX_ID)]
    IdOutOfRange(u32),
    #[error("workload “{0}”: a freeze window ends before it starts")]
    FreezeWindow(String),
    #[error("a workload can be pinned to waves 1 to {max}", max = crate::domain::plan::MAX_PINNED_WAVE)]
    WaveNumber,
    #[error("“{name}” was cut over in wave {wave}: that is where it moved. Untick its cut-over first if it has not happened")]
    MovedAlready { name: String, wave: u32 },
    #[error("workload “{0}”: priority runs from 1 (first) to {max}", max = crate::domain::plan::MAX_PRIORITY)]
    Priority(String),
    #[error("workload “{0}”: a production counterpart belongs to a non-production workload and names another, production workload")]
    Counterpart(String),
    #[error("workload “{0}”: a cut-over window lasts 1 to {max} whole hours", max = crate::domain::workload::MAX_CUTOVER_HOURS)]
    CutoverHours(String),
    #[error("workload “{0}”: rollback steps are at most {max} characters", max = crate::domain::workload::MAX_ROLLBACK_STEPS_CHARS)]
    RollbackSteps(String),
    #[error("a plan keeps at most {max} baselines; remove one first", max = crate::domain::baseline::MAX_BASELINES)]
    TooManyBaselines,
    #[error("baseline “{0}” is not consistent: a wave or workload twice, or a wave that ends before it starts")]
    Baseline(String),
    #[error("tracker items: at most {max} per tracker, each with a waveplan key, an id of at most {id} characters and its own tracker", max = crate::domain::tracker::MAX_TRACKED_ITEMS, id = crate::domain::tracker::MAX_TRACKER_ID_CHARS)]
    TrackerItems,
    #[error("there is no baseline named “{0}”")]
    UnknownBaseline(String),
    #[error("a workshop decision needs its question, and its texts are at most {max} characters", max = crate::domain::decision_log::MAX_DECISION_TEXT)]
    Decision,
    #[error("the plan's identity or history is damaged (at most {max} markers of at most {chars} characters)", max = crate::domain::lineage::MAX_HISTORY, chars = crate::domain::lineage::MAX_MARKER_CHARS)]
    Lineage,
    #[error("a section's timebox is 1 to {max} minutes", max = crate::domain::decision_log::MAX_TIMEBOX_MINUTES)]
    Timebox,
    #[error("an override of the remediation decision needs a note saying why")]
    OverrideNoteRequired,
    #[error("question bank: {0}")]
    QuestionBank(#[from] BankError),
    #[error("change {index} of {count}: {error}")]
    InBatch {
        index: usize,
        count: usize,
        error: Box<PlanError>,
    },
}
