//! Where a plan came from: an identity every copy of it shares, and the markers of the versions
//! that were handed over (exported, shared, merged). Two copies that share a marker share that
//! version, which a merge then uses as their common ancestor. Not content: undo does not touch
//! it, and the plan's fingerprint leaves it out.

use serde::{Deserialize, Serialize};

/// Markers kept per plan: far more hand-overs than a team makes between two merges.
pub const MAX_HISTORY: usize = 50;
/// The longest identity or marker read from a file.
pub const MAX_MARKER_CHARS: usize = 64;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lineage {
    /// The same for every copy of one plan; empty until the plan is first handed over.
    #[serde(default)]
    pub id: String,
    /// Markers of handed-over versions, oldest first.
    #[serde(default)]
    pub history: Vec<String>,
}

impl Lineage {
    pub fn is_empty(&self) -> bool {
        self.id.is_empty() && self.history.is_empty()
    }

    pub fn is_valid(&self) -> bool {
        self.id.chars().count() <= MAX_MARKER_CHARS
            && self.history.len() <= MAX_HISTORY
            && self
                .history
                .iter()
                .all(|marker| !marker.is_empty() && marker.chars().count() <= MAX_MARKER_CHARS)
    }

    /// This lineage with `marker` as its newest version (kept once, the oldest dropped past
    /// `MAX_HISTORY`).
    pub fn with_marker(&self, marker: &str) -> Lineage {
        let mut history: Vec<String> = self
            .history
            .iter()
            .filter(|known| *known != marker)
            .cloned()
            .collect();
        history.push(marker.to_owned());
        let over = history.len().saturating_sub(MAX_HISTORY);
        history.drain(..over);
        Lineage {
            id: self.id.clone(),
            history,
        }
    }

    /// The markers both lineages hold, newest first: the candidates for a common version.
    pub fn shared_markers<'a>(&'a self, other: &'a Lineage) -> impl Iterator<Item = &'a str> {
        other
            .history
            .iter()
            .rev()
            .filter(|marker| self.history.contains(marker))
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_is_kept_once_newest_last_and_the_history_is_bounded() {
        let mut lineage = Lineage::default();
        for n in 0..MAX_HISTORY + 3 {
            lineage = lineage.with_marker(&format!("m{n}"));
        }
        lineage = lineage.with_marker("m10");
        assert_eq!(lineage.history.len(), MAX_HISTORY);
        assert_eq!(lineage.history.last().map(String::as_str), Some("m10"));
        assert_eq!(lineage.history.iter().filter(|m| *m == "m10").count(), 1);
        assert!(lineage.is_valid());
    }

    #[test]
    fn shared_markers_come_newest_first() {
        let ours = Lineage {
            id: "p".into(),
            history: vec!["a".into(), "b".into()],
        };
        let theirs = Lineage {
            id: "p".into(),
            history: vec!["a".into(), "b".into(), "c".into()],
        };
        assert_eq!(ours.shared_markers(&theirs).collect::<Vec<_>>(), ["b", "a"]);
        assert_eq!(theirs.shared_markers(&Lineage::default()).count(), 0);
    }
}
