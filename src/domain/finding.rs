//! Findings: what an analysis could not honour or wants a person to know, with why and how to
//! fix it, in words a migration lead understands. Analyses return them instead of failing.

use crate::domain::asset::AssetId;
use crate::domain::labels::labelled_enum;
use crate::domain::workload::WorkloadId;

labelled_enum! {
    pub enum Severity { Info => "Info", Warning => "Warning", Blocker => "Blocker" }
}

/// What a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Subject {
    Plan,
    Workload(WorkloadId),
    Asset(AssetId),
    /// A wave, 1-based.
    Wave(u32),
    Question(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub subject: Subject,
    pub what: String,
    pub why: String,
    pub fix: String,
}

impl Finding {
    pub fn new(
        severity: Severity,
        subject: Subject,
        what: impl Into<String>,
        why: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        Self {
            severity,
            subject,
            what: what.into(),
            why: why.into(),
            fix: fix.into(),
        }
    }
}
