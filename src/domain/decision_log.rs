//! What a readiness workshop decided, as it decided it: every answer the room chose, when, who
//! decided (the name the facilitator typed) and the notes at that moment; and how long each
//! section of questions may take. Kept with the plan (its JSON) and listed in the Markdown
//! exports (`export::decision_log`), so the record of the workshop travels with the plan.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::questions::Section;

/// Decisions kept; past this the oldest are dropped (a workshop makes dozens).
pub const MAX_DECISIONS: usize = 10_000;
/// A section's timebox when the team has not set one: waveplan's default, not CAF's (the
/// guidance sets no duration for readiness questions).
pub const DEFAULT_TIMEBOX_MINUTES: u32 = 15;
pub const MAX_TIMEBOX_MINUTES: u32 = 480;
/// The longest note or name a decision keeps, in characters.
pub const MAX_DECISION_TEXT: usize = 10_000;

/// One answer the room chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// Local date and time, "2027-01-04 14:05".
    pub at: String,
    pub question: String,
    pub choice: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub decided_by: String,
}

impl Decision {
    /// Fits what a plan keeps: a time as written by the browser and texts of sane length.
    pub fn is_valid(&self) -> bool {
        self.at.chars().count() <= 32
            && !self.question.is_empty()
            && [&self.question, &self.choice, &self.note, &self.decided_by]
                .iter()
                .all(|text| text.chars().count() <= MAX_DECISION_TEXT)
    }
}

/// The workshop's record in a plan: the decisions in the order they were made and the
/// timeboxes the team set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopRecord {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub timeboxes: BTreeMap<Section, u32>,
}

impl WorkshopRecord {
    pub fn is_empty(&self) -> bool {
        self.decisions.is_empty() && self.timeboxes.is_empty()
    }

    /// Minutes the section may take.
    pub fn timebox(&self, section: Section) -> u32 {
        self.timeboxes
            .get(&section)
            .copied()
            .unwrap_or(DEFAULT_TIMEBOX_MINUTES)
    }

    /// Adds decisions at the end, dropping the oldest past `MAX_DECISIONS`.
    pub fn record(&mut self, decisions: impl IntoIterator<Item = Decision>) {
        self.decisions.extend(decisions);
        let over = self.decisions.len().saturating_sub(MAX_DECISIONS);
        self.decisions.drain(..over);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_keeps_the_newest_decisions() {
        let decision = |n: usize| Decision {
            at: format!("2027-01-04 10:{:02}", n % 60),
            question: format!("q{n}"),
            choice: "yes".into(),
            note: String::new(),
            decided_by: String::new(),
        };
        let mut record = WorkshopRecord::default();
        record.record((0..MAX_DECISIONS + 5).map(decision));
        assert_eq!(record.decisions.len(), MAX_DECISIONS);
        assert_eq!(record.decisions[0].question, "q5");
    }
}
