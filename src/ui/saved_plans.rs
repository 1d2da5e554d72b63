//! Plans kept in this browser: each under its own key (`waveplan.plan.<id>`, the versioned
//! envelope) with a small entry beside it for the list (`waveplan.meta.<id>`), and the plan in
//! use under `waveplan.current`. Data that cannot be read is never overwritten.

use serde::{Deserialize, Serialize};

use crate::browser::storage::StorageError;
use crate::browser::{clock, storage};
use crate::domain::persist::{
    from_storage_text, load_storage_text, to_json_compact, to_storage_text, LoadError,
};
use crate::domain::plan::Plan;
use crate::ui::state::{PlanContext, PlanMsg, Status, StorageProblem};

const PLAN_PREFIX: &str = "waveplan.plan.";
const META_PREFIX: &str = "waveplan.meta.";
const CURRENT: &str = "waveplan.current";
/// The plan before the last change, so that change can still be undone after a reload.
const UNDO_PREFIX: &str = "waveplan.undo.";
/// Larger plans keep no undo step across reloads: it would double what each save writes.
const UNDO_MAX_BYTES: usize = 512 * 1024;

/// Why a saved plan could not be opened, saved or deleted.
#[derive(Debug, thiserror::Error)]
pub enum SavedPlanError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Unreadable(#[from] LoadError),
    #[error("that plan is no longer saved in this browser")]
    Gone,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedPlanInfo {
    pub id: String,
    pub name: String,
    pub saved_at: f64,
    #[serde(default)]
    pub workloads: usize,
}

/// What the app starts with.
pub struct Startup {
    pub plan: Plan,
    /// The plan before its last change, when it was kept.
    pub previous: Option<Plan>,
    pub plan_id: String,
    pub problem: Option<StorageProblem>,
    /// What loading changed (names made unique), to tell the person.
    pub notes: Vec<String>,
}

pub fn new_id() -> String {
    thread_local! {
        static COUNTER: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let count = COUNTER.with(|counter| {
        counter.set(counter.get() + 1);
        counter.get()
    });
    format!("{:x}-{count}", clock::now_millis() as u64)
}

fn plan_key(id: &str) -> String {
    format!("{PLAN_PREFIX}{id}")
}

/// Plan `plan_id` as another tab just saved it, when the change to local storage (`key`, new
/// `text`) is that; `None` for anything else, or text this version cannot read (that tab's
/// problem to report, and this tab's plan stays as it is).
pub fn saved_elsewhere(plan_id: &str, key: &str, text: Option<&str>) -> Option<Plan> {
    if key != plan_key(plan_id) {
        return None;
    }
    from_storage_text(text?).ok()
}

/// The plan in use when the page was last closed; a fresh plan if there is none. If it cannot
/// be read, the app starts a new plan under a new id so the old data stays as it is.
pub fn startup() -> Startup {
    let fresh = |problem| Startup {
        plan: Plan::default(),
        previous: None,
        plan_id: new_id(),
        problem,
        notes: Vec::new(),
    };
    let current = match storage::load(CURRENT) {
        Ok(Some(id)) => id,
        Ok(None) => return fresh(None),
        Err(error) => {
            return fresh(Some(StorageProblem {
                key: CURRENT.into(),
                raw: String::new(),
                message: error.to_string(),
            }))
        }
    };
    match storage::load(&plan_key(&current)) {
        Ok(Some(text)) => match load_storage_text(&text) {
            Ok(loaded) => {
                let previous = storage::load(&format!("{UNDO_PREFIX}{current}"))
                    .ok()
                    .flatten()
                    .and_then(|text| from_storage_text(&text).ok());
                Startup { plan: loaded.plan, previous, plan_id: current, problem: None, notes: loaded.notes }
            }
            Err(error) => fresh(Some(StorageProblem {
                key: plan_key(&current),
                raw: text,
                message: format!("Your saved plan could not be read: {error}. It is kept exactly as it was; download it to keep a copy. You are working on a new plan."),
            })),
        },
        Ok(None) => fresh(None),
        Err(error) => fresh(Some(StorageProblem { key: plan_key(&current), raw: String::new(), message: error.to_string() })),
    }
}

/// Reads one saved plan; `Err` says why it cannot be opened.
pub fn open(id: &str) -> Result<Plan, SavedPlanError> {
    let text = storage::load(&plan_key(id))?.ok_or(SavedPlanError::Gone)?;
    Ok(from_storage_text(&text)?)
}

pub fn save(id: &str, plan: &Plan) -> Result<(), SavedPlanError> {
    storage::save(&plan_key(id), &to_storage_text(plan))?;
    let info = SavedPlanInfo {
        id: id.to_owned(),
        name: plan.name().to_string(),
        saved_at: clock::now_millis(),
        workloads: plan.workloads().len(),
    };
    let meta = serde_json::to_string(&info).unwrap_or_default();
    storage::save(&format!("{META_PREFIX}{id}"), &meta)?;
    Ok(storage::save(CURRENT, id)?)
}

/// Keeps `previous` (the plan before the last change) beside plan `id`, or forgets it. Best
/// effort: the plan itself is what must be saved, so a refusal here is not reported.
pub fn save_undo(id: &str, previous: Option<&Plan>) {
    let key = format!("{UNDO_PREFIX}{id}");
    let text = previous
        .map(to_json_compact)
        .filter(|text| text.len() <= UNDO_MAX_BYTES);
    let _ = match text {
        Some(text) => storage::save(&key, &text),
        None => storage::remove(&key),
    };
}

pub fn delete(id: &str) -> Result<(), SavedPlanError> {
    storage::remove(&plan_key(id))?;
    storage::remove(&format!("{UNDO_PREFIX}{id}"))?;
    Ok(storage::remove(&format!("{META_PREFIX}{id}"))?)
}

/// Every saved plan, most recently saved first. A plan whose list entry is unreadable is
/// still listed, by its id.
pub fn list() -> Vec<SavedPlanInfo> {
    let Ok(keys) = storage::keys_with_prefix(PLAN_PREFIX) else {
        return Vec::new();
    };
    let mut plans: Vec<SavedPlanInfo> = keys
        .iter()
        .filter_map(|key| key.strip_prefix(PLAN_PREFIX))
        .map(|id| {
            storage::load(&format!("{META_PREFIX}{id}"))
                .ok()
                .flatten()
                .and_then(|text| serde_json::from_str(&text).ok())
                .unwrap_or_else(|| SavedPlanInfo {
                    id: id.to_owned(),
                    name: format!("Plan {id}"),
                    saved_at: 0.0,
                    workloads: 0,
                })
        })
        .collect();
    plans.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
    plans
}

/// Switches to another plan, saving the one in use first so the debounced autosave cannot
/// lose its last change.
pub fn switch_to(state: &PlanContext, plan: Plan, plan_id: String, label: String) {
    if state.revision > 0 {
        if let Err(error) = save(&state.plan_id, &state.plan) {
            state.dispatch(PlanMsg::Say(Status::Refused(format!(
                "Could not save the current plan first: {error}"
            ))));
            return;
        }
    }
    state.dispatch(PlanMsg::Open {
        plan: Box::new(plan),
        plan_id,
        label,
    });
}
