//! waveplan's own JSON (the persistence envelope): replaces the whole plan.

use crate::domain::import::ImportError;
use crate::domain::persist::{from_json, LoadError};
use crate::domain::plan::Plan;

pub fn import(file: &str, text: &str) -> Result<Plan, ImportError> {
    from_json(text).map_err(|error| match error {
        LoadError::NotJson { line, .. } => {
            ImportError::at(file, line as u64, None, error.to_string())
        }
        other => ImportError::file(file, other.to_string()),
    })
}
