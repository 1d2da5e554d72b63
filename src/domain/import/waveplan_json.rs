//! waveplan's own JSON (the persistence envelope): replaces the whole plan.

use crate::domain::import::{ImportError, ImportProblem};
use crate::domain::persist::{load_storage_text, LoadError, Loaded};

/// Reads a plan file: waveplan's JSON, or a plan as browser storage keeps it (which the
/// "download the saved plan" buttons give).
pub fn import(file: &str, text: &str) -> Result<Loaded, ImportError> {
    load_storage_text(text).map_err(|error| match error {
        LoadError::NotJson { line, .. } => ImportError::at(
            file,
            line as u64,
            None,
            ImportProblem::Plan(Box::new(error)),
        ),
        other => ImportError::file(file, ImportProblem::Plan(Box::new(other))),
    })
}
