//! Saving and loading a whole plan: a versioned envelope
//! `{ "format": "waveplan", "version": N, "plan": … }`. Older versions are migrated step by
//! step; a newer version than this build knows is refused with a clear message, never guessed
//! at. Loading rebuilds the plan through `Plan::apply`, so a loaded plan keeps every invariant
//! an edited one does.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use thiserror::Error;

use crate::domain::action::{Action, PlanError};
use crate::domain::asset::Asset;
use crate::domain::dependency::Dependency;
use crate::domain::name::Name;
use crate::domain::plan::Plan;
use crate::domain::questions::QuestionBank;
use crate::domain::readiness::Answer;
use crate::domain::settings::PlanSettings;
use crate::domain::workload::Workload;

pub const FORMAT: &str = "waveplan";
/// Version 1 held only the plan's name (the app shell); version 2 holds the whole model.
pub const CURRENT_VERSION: u64 = 2;

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
    #[error("the plan's field {path} is not valid: {message}")]
    Field { path: String, message: String },
    #[error("the plan is inconsistent: {0}")]
    Inconsistent(String),
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
}

/// The plan as indented JSON, for files people may read or diff.
pub fn to_json(plan: &Plan) -> String {
    serde_json::to_string_pretty(&envelope(plan)).unwrap_or_default()
}

/// The plan as compact JSON, for browser storage and share links.
pub fn to_json_compact(plan: &Plan) -> String {
    serde_json::to_string(&envelope(plan)).unwrap_or_default()
}

fn envelope(plan: &Plan) -> Value {
    let record = PlanRecord {
        name: plan.name().clone(),
        settings: plan.settings().clone(),
        workloads: plan.workloads().cloned().collect(),
        assets: plan.assets().cloned().collect(),
        dependencies: plan.dependencies().cloned().collect(),
        answers: plan.answers().clone(),
        questions: plan
            .has_custom_questions()
            .then(|| plan.questions().clone()),
    };
    json!({ "format": FORMAT, "version": CURRENT_VERSION, "plan": record })
}

pub fn from_json(text: &str) -> Result<Plan, LoadError> {
    let value: Value =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|error| {
            LoadError::NotJson {
                line: error.line(),
                column: error.column(),
                message: error.to_string(),
            }
        })?;
    let Value::Object(mut envelope) = value else {
        return Err(LoadError::NotWaveplan);
    };
    if envelope.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(LoadError::NotWaveplan);
    }
    let version = envelope
        .get("version")
        .and_then(Value::as_u64)
        .filter(|version| *version >= 1)
        .ok_or(LoadError::NoVersion)?;
    if version > CURRENT_VERSION {
        return Err(LoadError::FutureVersion {
            found: version,
            supported: CURRENT_VERSION,
        });
    }
    let mut plan = envelope.remove("plan").unwrap_or(Value::Null);
    if version < 2 {
        plan = migrate_v1_to_v2(plan);
    }
    let record: PlanRecord =
        serde_path_to_error::deserialize(plan).map_err(|error| LoadError::Field {
            path: format!("plan.{}", error.path()),
            message: error.inner().to_string(),
        })?;
    rebuild(record).map_err(|error| LoadError::Inconsistent(error.to_string()))
}

/// Version 1 (the app shell) saved `{ "name": … }` only: everything else starts empty.
fn migrate_v1_to_v2(plan: Value) -> Value {
    let name = plan.get("name").cloned().unwrap_or(Value::Null);
    json!({
        "name": name,
        "settings": PlanSettings::default(),
        "workloads": [],
        "assets": [],
        "dependencies": [],
        "answers": {},
    })
}

fn rebuild(record: PlanRecord) -> Result<Plan, PlanError> {
    let mut plan = Plan::default();
    plan.apply(Action::RenamePlan(record.name))?;
    plan.apply(Action::UpdateSettings(record.settings))?;
    if record.questions.is_some() {
        plan.apply(Action::ReplaceQuestionBank(record.questions))?;
    }
    for workload in record.workloads {
        plan.apply(Action::AddWorkload(workload))?;
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
    Ok(plan)
}
