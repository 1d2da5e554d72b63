//! Findings for dependencies split across waves. Release inclusion (CAF): a workload moves
//! only once what it hard-depends on is in the cloud, or when the network lets it reach its
//! dependency at the expected performance. A split a person must mend gets a finding per
//! dependency; the splits hybrid connectivity bridges get one finding per dependent workload,
//! naming each dependency (with its wave, for hard ones), as on a 50,000-workload plan one
//! per dependency would bury the rest.

use std::fmt;

use crate::domain::finding::{Finding, Severity, Subject};
use crate::domain::waves::checks::Facts;
use crate::domain::waves::join;

pub(crate) fn split_dependencies(facts: &Facts, findings: &mut Vec<Finding>) {
    // Both edge lists are sorted by (dependent, dependency) with each edge once, so a
    // dependent's edges come together, its dependencies in id order.
    let mut hard = facts.index.hard.chunk_by(same_dependent).peekable();
    let mut soft = facts.index.soft.chunk_by(same_dependent).peekable();
    loop {
        let next = |chunks: &mut std::iter::Peekable<_>| -> Option<usize> {
            chunks.peek().map(|edges: &&[(usize, usize)]| edges[0].0)
        };
        let from = match (next(&mut hard), next(&mut soft)) {
            (Some(h), Some(s)) => h.min(s),
            (Some(h), None) => h,
            (None, Some(s)) => s,
            (None, None) => break,
        };
        let hard_edges = hard.next_if(|edges| edges[0].0 == from).unwrap_or(&[]);
        let soft_edges = soft.next_if(|edges| edges[0].0 == from).unwrap_or(&[]);
        if let Some(wave) = facts.wave_of(from) {
            dependent(facts, from, wave, hard_edges, soft_edges, findings);
        }
    }
}

fn same_dependent(x: &(usize, usize), y: &(usize, usize)) -> bool {
    x.0 == y.0
}

/// The findings of one dependent workload, moving in wave `a`.
fn dependent(
    facts: &Facts,
    from: usize,
    a: u32,
    hard: &[(usize, usize)],
    soft: &[(usize, usize)],
    findings: &mut Vec<Finding>,
) {
    let bridged = hard_splits(facts, from, a, hard, findings);
    let split: Vec<NameAt> = soft
        .iter()
        .filter(|&&(_, to)| facts.wave_of(to) != Some(a))
        .map(|&(_, to)| NameAt(facts, to))
        .collect();
    let dependent = NameAt(facts, from);
    let (what, why, fix) = match (bridged.is_empty(), split.is_empty()) {
        (true, true) => return,
        (false, true) => (
            format!("{dependent} (wave {a}) hard-depends on {} across waves, over hybrid connectivity.", join(bridged)),
            BRIDGED_WHY,
            BRIDGED_FIX,
        ),
        (true, false) => (
            format!("{dependent} has soft dependencies on {} in other waves.", join(split)),
            if facts.hybrid_ready { BRIDGED_WHY } else { "Split dependencies need hybrid connectivity, which readiness does not show as ready." },
            "Confirm the connection works at the expected performance, or pin them to the same wave.",
        ),
        (false, false) => (
            format!("{dependent} (wave {a}) hard-depends on {} and has soft dependencies on {} in other waves, over hybrid connectivity.", join(bridged), join(split)),
            BRIDGED_WHY,
            BRIDGED_FIX,
        ),
    };
    let severity = if facts.hybrid_ready {
        Severity::Info
    } else {
        Severity::Warning
    };
    let id = facts.index.ids[from];
    findings.push(Finding::new(
        severity,
        Subject::Workload(id),
        what,
        why,
        fix,
    ));
}

/// A finding for each hard dependency split in a way a person must mend; returns the splits
/// hybrid connectivity bridges, for the dependent's one finding.
fn hard_splits<'f, 'a>(
    facts: &'f Facts<'a>,
    from: usize,
    a: u32,
    hard: &[(usize, usize)],
    findings: &mut Vec<Finding>,
) -> Vec<InWave<'f, 'a>> {
    // Names are read only for a finding: most edges have none, and each read of a workload is
    // a cache miss on a large plan.
    let dependent = NameAt(facts, from);
    let id = facts.index.ids[from];
    let mut bridged = Vec::new();
    for &(_, to) in hard {
        let dependency = NameAt(facts, to);
        match facts.wave_of(to) {
            Some(b) if a < b => findings.push(Finding::new(
                Severity::Warning,
                Subject::Workload(id),
                format!("{dependent} moves in wave {a}, before {dependency} (wave {b}), which it hard-depends on."),
                "A pin put it there; a workload should not move before what it needs.",
                "Pin both to the same wave, or make the dependency soft if it can be reached over the network.",
            )),
            Some(b) if a > b && facts.hybrid_ready => bridged.push(InWave(dependency, b)),
            Some(b) if a > b => findings.push(Finding::new(
                Severity::Warning,
                Subject::Workload(id),
                format!("{dependent} (wave {a}) hard-depends on {dependency} (wave {b}) across waves, without hybrid connectivity."),
                "Readiness does not show hybrid connectivity as ready, so between the two waves neither side can reach the other: every hard dependency must move in the same wave. A pin split them.",
                "Pin both to the same wave, or make hybrid connectivity ready (readiness) and test it.",
            )),
            None => findings.push(Finding::new(
                Severity::Warning,
                Subject::Workload(id),
                format!("{dependent} (wave {a}) hard-depends on {dependency}, which is in no wave."),
                "What stays on premises must be reachable from the cloud at the expected performance.",
                "Check hybrid connectivity for this dependency, or bring the other workload into a wave.",
            )),
            _ => {}
        }
    }
    bridged
}

const BRIDGED_WHY: &str = "Between the waves one side is in the cloud and the other on premises; hybrid connectivity (readiness) reaches it, with the performance dip CAF says to agree on in advance.";
const BRIDGED_FIX: &str = "Agree with the business owner how to handle the slower path between the waves, or pin them to the same wave.";

/// A workload's name, read only when shown: `join` shows the first few of a list.
struct NameAt<'f, 'a>(&'f Facts<'a>, usize);

impl fmt::Display for NameAt<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.index.name(self.1))
    }
}

/// "Database (wave 1)".
struct InWave<'f, 'a>(NameAt<'f, 'a>, u32);

impl fmt::Display for InWave<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (wave {})", self.0, self.1)
    }
}
