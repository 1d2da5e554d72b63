//! Saving and loading a whole plan: a versioned envelope
//! `{ "format": "waveplan", "version": N, "plan": … }`. Older versions are migrated step by
//! step; a newer version than this build knows is refused with a clear message, never guessed
//! at. Loading rebuilds the plan through `Plan::apply`, so a loaded plan keeps every invariant
//! an edited one does.

use std::collections::BTreeMap;

use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use thiserror::Error;

use crate::domain::action::{Action, PlanError};
use crate::domain::asset::Asset;
use crate::domain::baseline::Baseline;
use crate::domain::decision_log::WorkshopRecord;
use crate::domain::dependency::Dependency;
use crate::domain::lineage::Lineage;
use crate::domain::name::Name;
use crate::domain::plan::Plan;
use crate::domain::questions::QuestionBank;
use crate::domain::readiness::Answer;
use crate::domain::settings::PlanSettings;
use crate::domain::staging::WorkloadStage;
use crate::domain::tracker::{TrackedItem, Tracker};
use crate::domain::workload::{Checkpoint, Workload, WorkloadId, WorkloadStatus};

pub const FORMAT: &str = "waveplan";
/// Version 1 held only the plan's name (the app shell); version 2 the whole model with a
/// status set by hand; version 3 derives the stage and keeps checkpoints instead.
pub const CURRENT_VERSION: u64 = 3;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    #[error("this is not valid JSON (line {line}, column {column}): {message}")]
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("this is JSON but not a waveplan plan (it has no \"format\": \"waveplan\")")]
    NotWaveplan,
    #[error("the plan has no valid \"version\" number")]
    NoVersion,
    #[error("this plan was saved by a newer waveplan (format version {found}); this one reads up to version {supported}. Open it in the newer version.")]
    FutureVersion { found: u64, supported: u64 },
    #[error("the plan's data is not valid{}: {message}", at(*.line, *.column))]
    Field {
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
    #[error("the stored plan is compressed but damaged (it cannot be unpacked)")]
    Packed,
    #[error("the plan is inconsistent: {0}")]
    Inconsistent(#[from] PlanError),
    #[error("the plan is {0} bytes of JSON; waveplan reads plans of up to {MAX_PLAN_BYTES} bytes")]
    TooLarge(usize),
}

/// The largest plan read, in bytes of JSON: ten times a 5,000-workload plan (9 MB), and what a
/// browser tab can parse without running out of memory.
pub const MAX_PLAN_BYTES: usize = 96 * 1024 * 1024;

/// A plan read back, and anything the reading changed that the person should know.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub plan: Plan,
    pub notes: Vec<String>,
}

fn at(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(line), Some(column)) => format!(" (line {line}, column {column})"),
        _ => String::new(),
    }
}

/// serde_json's message without the " at line L column C" it appends (shown separately, when
/// serde_json knows it).
fn field_error(error: &serde_json::Error) -> LoadError {
    let text = error.to_string();
    let message = text
        .rfind(" at line ")
        .map_or(text.as_str(), |end| &text[..end])
        .to_owned();
    let positioned = error.line() > 0;
    LoadError::Field {
        line: positioned.then(|| error.line()),
        column: positioned.then(|| error.column()),
        message,
    }
}

/// The envelope's header; the plan itself is skipped at this stage.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default, deserialize_with = "whole_number")]
    version: Option<u64>,
}

/// The version when it is a whole number; any other value (text, a fraction, null) is no
/// version, which `from_json` reports as such rather than as a broken file.
fn whole_number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    struct WholeNumber;
    impl<'de> Visitor<'de> for WholeNumber {
        type Value = Option<u64>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a version number")
        }
        fn visit_u64<E>(self, value: u64) -> Result<Self::Value, E> {
            Ok(Some(value))
        }
        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(None)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(None)
        }
    }
    deserializer.deserialize_any(WholeNumber)
}

#[derive(Deserialize)]
struct CurrentEnvelope {
    plan: PlanRecord,
}

/// The plan as it is written down: plain lists, in id order.
#[derive(Debug, Serialize, Deserialize)]
struct PlanRecord {
    name: Name,
    #[serde(default)]
    settings: PlanSettings,
    #[serde(default)]
    workloads: Vec<Workload>,
    #[serde(default)]
    assets: Vec<Asset>,
    #[serde(default)]
    dependencies: Vec<Dependency>,
    #[serde(default)]
    answers: BTreeMap<String, Answer>,
    #[serde(default)]
    questions: Option<QuestionBank>,
    #[serde(default)]
    baselines: Vec<Baseline>,
    #[serde(default)]
    tracked: Vec<TrackedItem>,
    #[serde(default)]
    workshop: WorkshopRecord,
    #[serde(default)]
    lineage: Lineage,
}

/// The plan as it is written out: borrowed, so saving copies nothing.
#[derive(Serialize)]
struct PlanRecordOut<'p> {
    name: &'p Name,
    settings: &'p PlanSettings,
    workloads: Vec<&'p Workload>,
    assets: Vec<&'p Asset>,
    dependencies: Vec<&'p Dependency>,
    answers: &'p BTreeMap<String, Answer>,
    #[serde(skip_serializing_if = "Option::is_none")]
    questions: Option<&'p QuestionBank>,
    #[serde(skip_serializing_if = "<[Baseline]>::is_empty")]
    baselines: &'p [Baseline],
    #[serde(skip_serializing_if = "<[TrackedItem]>::is_empty")]
    tracked: &'p [TrackedItem],
    #[serde(skip_serializing_if = "WorkshopRecord::is_empty")]
    workshop: &'p WorkshopRecord,
    #[serde(skip_serializing_if = "Lineage::is_empty")]
    lineage: &'p Lineage,
}

#[derive(Serialize)]
struct EnvelopeOut<'p> {
    format: &'static str,
    version: u64,
    plan: PlanRecordOut<'p>,
}

fn envelope(plan: &Plan) -> EnvelopeOut<'_> {
    EnvelopeOut {
        format: FORMAT,
        version: CURRENT_VERSION,
        plan: PlanRecordOut {
            name: plan.name(),
            settings: plan.settings(),
            workloads: plan.workloads().collect(),
            assets: plan.assets().collect(),
            dependencies: plan.dependencies().collect(),
            answers: plan.answers(),
            questions: plan.has_custom_questions().then(|| plan.questions()),
            baselines: plan.baselines(),
            tracked: plan.tracked(),
            workshop: plan.workshop(),
            lineage: plan.lineage(),
        },
    }
}

/// The plan as indented JSON, for files people may read or diff.
pub fn to_json(plan: &Plan) -> String {
    crate::domain::pretty_json::indent(&to_json_compact(plan))
}

/// The plan as compact JSON, for share links.
pub fn to_json_compact(plan: &Plan) -> String {
    serde_json::to_string(&envelope(plan)).unwrap_or_default()
}

/// Plans whose JSON is larger than this are stored compressed: browser storage holds about
/// 5 million characters per site, and a 5,000-workload plan is 9 MB of JSON (870 KB deflated).
const COMPRESS_ABOVE_BYTES: usize = 512 * 1024;
/// Marks stored text that is compressed JSON rather than JSON.
const PACKED_PREFIX: &str = "waveplan-deflate:";

/// The plan as browser storage keeps it: JSON, or compressed JSON for large plans.
pub fn to_storage_text(plan: &Plan) -> String {
    let json = to_json_compact(plan);
    if json.len() <= COMPRESS_ABOVE_BYTES {
        return json;
    }
    // Level 1: a tenth of the size at a fraction of level 6's time, as saving runs while
    // people work.
    format!("{PACKED_PREFIX}{}", crate::domain::compress::pack(&json, 1))
}

/// Reads what `to_storage_text` wrote (or plain JSON).
pub fn from_storage_text(text: &str) -> Result<Plan, LoadError> {
    load_storage_text(text).map(|loaded| loaded.plan)
}

/// Reads what `to_storage_text` wrote (or plain JSON), with notes on what reading changed.
pub fn load_storage_text(text: &str) -> Result<Loaded, LoadError> {
    match text.trim_start().strip_prefix(PACKED_PREFIX) {
        Some(packed) => {
            let json = crate::domain::compress::unpack(packed).ok_or(LoadError::Packed)?;
            load_json(&json)
        }
        None => load_json(text),
    }
}

/// Whether `text` is a plan as browser storage keeps it when packed (a saved plan downloaded
/// from the "waveplan stopped" banner or the unreadable-data banner is such text).
pub fn is_storage_text(text: &str) -> bool {
    text.trim_start().starts_with(PACKED_PREFIX)
}

pub fn from_json(text: &str) -> Result<Plan, LoadError> {
    load_json(text).map(|loaded| loaded.plan)
}

/// Reads a plan, renaming what an earlier version allowed and this one does not (two assets
/// or workloads with the same name), and says what it renamed.
pub fn load_json(text: &str) -> Result<Loaded, LoadError> {
    if text.len() > MAX_PLAN_BYTES {
        return Err(LoadError::TooLarge(text.len()));
    }
    let body = text.trim_start_matches('\u{feff}');
    let header: Header = serde_json::from_str(body).map_err(|error| match error.classify() {
        serde_json::error::Category::Data => LoadError::NotWaveplan,
        _ => LoadError::NotJson {
            line: error.line(),
            column: error.column(),
            message: error.to_string(),
        },
    })?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(LoadError::NotWaveplan);
    }
    let version = header
        .version
        .filter(|version| *version >= 1)
        .ok_or(LoadError::NoVersion)?;
    if version > CURRENT_VERSION {
        return Err(LoadError::FutureVersion {
            found: version,
            supported: CURRENT_VERSION,
        });
    }
    // Each version is read straight from the text, so errors carry line and column; older
    // versions are then migrated step by step as typed records.
    let mut record = if version >= 2 {
        read_current(body)?
    } else {
        serde_json::from_str::<EnvelopeV1>(body)
            .map(|envelope| migrate_v1_to_v2(envelope.plan))
            .map_err(|error| field_error(&error))?
    };
    let mut notes = unique_names(&mut record);
    let claimed = migrate_v2_to_v3(&mut record);
    let plan = rebuild(record)?;
    notes.extend(statuses_dropped(&plan, claimed));
    Ok(Loaded { plan, notes })
}

/// Version 2's business readiness becomes checkpoints; its hand-set statuses are returned so
/// the ones that claimed more than the facts show can be named.
fn migrate_v2_to_v3(record: &mut PlanRecord) -> Vec<(WorkloadId, WorkloadStatus)> {
    let mut claimed = Vec::new();
    for workload in &mut record.workloads {
        if let Some(business) = workload.legacy_business.take() {
            for (done, checkpoint) in [
                (business.test_plan, Checkpoint::TestPlan),
                (business.change_plan, Checkpoint::ChangePlan),
                (business.signed_off, Checkpoint::BusinessTested),
            ] {
                if done {
                    workload.checkpoints.insert(checkpoint);
                }
            }
        }
        if let Some(status) = workload.legacy_status.take() {
            claimed.push((workload.id, status));
        }
    }
    claimed
}

/// A note naming the workloads whose hand-set status (version 2) said more than their
/// checklists show: the stage is derived now, so those statuses are gone.
fn statuses_dropped(plan: &Plan, claimed: Vec<(WorkloadId, WorkloadStatus)>) -> Option<String> {
    let ahead = |status: WorkloadStatus| status > WorkloadStatus::NotStarted;
    if !claimed.iter().any(|(_, status)| ahead(*status)) {
        return None;
    }
    let analysis = crate::domain::analysis::Analysis::of(plan);
    let rank = |stage: WorkloadStage| match stage {
        WorkloadStage::NotStarted => WorkloadStatus::NotStarted,
        WorkloadStage::Remediating => WorkloadStatus::Remediating,
        WorkloadStage::Replicating => WorkloadStatus::Replicating,
        WorkloadStage::Staged => WorkloadStatus::Staged,
        WorkloadStage::Tested => WorkloadStatus::InBusinessTesting,
        WorkloadStage::Promoted => WorkloadStatus::Promoted,
    };
    let changed: Vec<String> = claimed
        .into_iter()
        .filter_map(|(id, status)| {
            let stage = analysis.checklists.get(&id)?.stage;
            (status > rank(stage)).then(|| {
                let name = plan.workload(id).map_or("?", |w| w.name.as_str());
                format!("{name} was marked “{status}”, its checklists show “{stage}”")
            })
        })
        .collect();
    (!changed.is_empty()).then(|| {
        format!(
            "Stages now follow the checklists instead of a status set by hand: {}. Tick what is done on the Staging page.",
            crate::domain::waves::join(changed)
        )
    })
}

/// Plans saved before names had to be unique may hold two assets (or workloads) called the
/// same; the later ones get a number ("vm1 (2)") so the plan loads whole.
fn unique_names(record: &mut PlanRecord) -> Vec<String> {
    let mut notes = Vec::new();
    let mut renamed = Vec::new();
    dedup(
        record.workloads.iter_mut().map(|w| &mut w.name),
        &mut renamed,
    );
    if !renamed.is_empty() {
        notes.push(format!(
            "Workload names must be unique now; renamed: {}.",
            renamed.join(", ")
        ));
    }
    renamed.clear();
    dedup(record.assets.iter_mut().map(|a| &mut a.name), &mut renamed);
    if !renamed.is_empty() {
        notes.push(format!(
            "Asset names must be unique now; renamed: {}.",
            renamed.join(", ")
        ));
    }
    notes
}

fn dedup<'a>(names: impl Iterator<Item = &'a mut Name>, renamed: &mut Vec<String>) {
    let mut names: Vec<&mut Name> = names.collect();
    let mut taken: std::collections::HashSet<String> =
        std::collections::HashSet::with_capacity(names.len());
    let mut clashes = Vec::new();
    for (index, name) in names.iter().enumerate() {
        if !taken.insert(name.key()) {
            clashes.push(index);
        }
    }
    for index in clashes {
        let Some(name) = names.get_mut(index) else {
            continue;
        };
        let base = name.to_string();
        // Room for " (4294967295)" within the longest name.
        let stem: String = base
            .chars()
            .take(crate::domain::name::MAX_NAME_CHARS - 13)
            .collect();
        let free = (2..=u32::MAX).find_map(|n| {
            let candidate = Name::parse(&format!("{} ({n})", stem.trim_end())).ok()?;
            taken.insert(candidate.key()).then_some(candidate)
        });
        if let Some(free) = free {
            renamed.push(format!("“{base}” → “{free}”"));
            **name = free;
        }
    }
}

fn read_current(text: &str) -> Result<PlanRecord, LoadError> {
    serde_json::from_str::<CurrentEnvelope>(text)
        .map(|envelope| envelope.plan)
        .map_err(|error| field_error(&error))
}

/// Version 1 (the app shell) saved `{ "name": … }` only.
#[derive(Deserialize)]
struct EnvelopeV1 {
    plan: PlanV1,
}

#[derive(Deserialize)]
struct PlanV1 {
    name: Name,
}

/// Everything but the name starts empty.
fn migrate_v1_to_v2(plan: PlanV1) -> PlanRecord {
    PlanRecord {
        name: plan.name,
        settings: PlanSettings::default(),
        workloads: Vec::new(),
        assets: Vec::new(),
        dependencies: Vec::new(),
        answers: BTreeMap::new(),
        questions: None,
        baselines: Vec::new(),
        tracked: Vec::new(),
        workshop: WorkshopRecord::default(),
        lineage: Lineage::default(),
    }
}

fn rebuild(record: PlanRecord) -> Result<Plan, PlanError> {
    let mut plan = Plan::default();
    plan.apply(Action::RenamePlan(record.name))?;
    plan.apply(Action::UpdateSettings(record.settings))?;
    if record.questions.is_some() {
        plan.apply(Action::ReplaceQuestionBank(record.questions))?;
    }
    // Counterparts name other workloads, so they are set once every workload is there.
    let mut paired = Vec::new();
    for mut workload in record.workloads {
        if workload.counterpart.is_some() {
            paired.push(workload.clone());
            workload.counterpart = None;
        }
        plan.apply(Action::AddWorkload(workload))?;
    }
    for workload in paired {
        plan.apply(Action::UpdateWorkload(workload))?;
    }
    for asset in record.assets {
        plan.apply(Action::AddAsset(asset))?;
    }
    for dependency in record.dependencies {
        plan.apply(Action::SetDependency(dependency))?;
    }
    for (question, answer) in record.answers {
        plan.apply(Action::Answer { question, answer })?;
    }
    for baseline in record.baselines {
        plan.apply(Action::SaveBaseline(baseline))?;
    }
    if !record.workshop.decisions.is_empty() {
        plan.apply(Action::RecordDecisions(record.workshop.decisions))?;
    }
    for (section, minutes) in record.workshop.timeboxes {
        plan.apply(Action::SetTimebox { section, minutes })?;
    }
    for tracker in Tracker::ALL.iter().copied() {
        let items: Vec<TrackedItem> = record
            .tracked
            .iter()
            .filter(|item| item.tracker == tracker)
            .cloned()
            .collect();
        if !items.is_empty() {
            plan.apply(Action::LinkTracker { tracker, items })?;
        }
    }
    plan.with_lineage(record.lineage).ok_or(PlanError::Lineage)
}
