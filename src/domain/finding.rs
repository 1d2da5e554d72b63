//! Findings: what an analysis could not honour or wants a person to know, with why and how to
//! fix it, in words a migration lead understands. Analyses return them instead of failing.

use std::borrow::Cow;

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

/// `why` and `fix` are nearly always fixed sentences: borrowed, not copied into every finding
/// (a large plan has a hundred thousand of them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub subject: Subject,
    pub what: String,
    pub why: Cow<'static, str>,
    pub fix: Cow<'static, str>,
}

impl Finding {
    pub fn new(
        severity: Severity,
        subject: Subject,
        what: impl Into<String>,
        why: impl Into<Cow<'static, str>>,
        fix: impl Into<Cow<'static, str>>,
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
