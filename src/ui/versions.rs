//! Versions of plans this browser handed over or received (exported, shared, opened from a
//! file, merged), kept by marker so a later merge can find the version two copies started
//! from. The newest `KEPT` are kept; older ones are dropped (a merge then asks for a copy
//! handed over more recently).

use crate::browser::storage::{self, StorageError};
use crate::domain::merge::fingerprint;
use crate::domain::persist::{from_storage_text, to_storage_text};
use crate::domain::plan::Plan;
use crate::ui::saved_plans::new_id;
use crate::ui::state::{PlanContext, PlanMsg};

const PREFIX: &str = "waveplan.version.";
const INDEX: &str = "waveplan.versions";
const KEPT: usize = 20;

/// Keeps `plan` as a version; returns its marker.
pub fn keep(plan: &Plan) -> Result<String, StorageError> {
    let marker = fingerprint(plan);
    let key = format!("{PREFIX}{marker}");
    storage::save(&key, &to_storage_text(plan))?;
    let mut index = markers();
    index.retain(|known| *known != marker);
    index.push(marker.clone());
    let over = index.len().saturating_sub(KEPT);
    for dropped in index.drain(..over) {
        // Best effort: a version left behind only takes space.
        let _ = storage::remove(&format!("{PREFIX}{dropped}"));
    }
    let text = serde_json::to_string(&index).unwrap_or_default();
    if let Err(error) = storage::save(INDEX, &text) {
        // Not in the index, it would never be dropped: take it back out.
        let _ = storage::remove(&key);
        return Err(error);
    }
    Ok(marker)
}

fn markers() -> Vec<String> {
    storage::load(INDEX)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// The version kept under `marker`, if it is still here and readable.
pub fn recall(marker: &str) -> Option<Plan> {
    let text = storage::load(&format!("{PREFIX}{marker}")).ok().flatten()?;
    from_storage_text(&text).ok()
}

/// Why a plan could not be handed over with its identity and history.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HandOverError {
    #[error("the plan's identity or history is damaged, so it cannot be handed over")]
    History,
}

/// The plan as it is handed over (exported as JSON or shared): it gets an identity if it has
/// none, this version is kept under its marker, and the marker joins the plan's history.
/// Keeping the version writes the text first and the index after, so an index never names a
/// version that is not there.
pub fn hand_over(state: &PlanContext) -> Result<Plan, HandOverError> {
    let mut lineage = state.plan.lineage().clone();
    if lineage.id.is_empty() {
        lineage.id = new_id();
    }
    // Best effort: a browser that cannot keep the version (storage full or blocked) still
    // exports; a later merge of a copy made from it then says it cannot find the version.
    if let Ok(marker) = keep(&state.plan) {
        lineage = lineage.with_marker(&marker);
    }
    state.dispatch(PlanMsg::SetLineage(lineage.clone()));
    (*state.plan)
        .clone()
        .with_lineage(lineage)
        .ok_or(HandOverError::History)
}
