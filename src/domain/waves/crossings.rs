//! Findings for dependencies split across waves. Release inclusion (CAF): a workload moves
//! only once what it hard-depends on is in the cloud, or when the network lets it reach its
//! dependency at the expected performance. A hard dependency split in a way a person must
//! mend (a pin, no hybrid connectivity, a dependency in no wave) gets a finding of its own.
//! A dependent's other splits (hard ones hybrid connectivity bridges, soft ones, which need
//! it) get one finding together, naming each dependency (hard ones with their wave): on a
//! 50,000-workload plan one finding per dependency would bury the rest.

use std::fmt::{self, Write};

use crate::domain::finding::{Finding, Severity, Subject};
use crate::domain::waves::checks::Facts;
use crate::domain::waves::join_into;

pub(crate) fn split_dependencies(facts: &Facts, findings: &mut Vec<Finding>) {
    // Both edge lists are sorted by (dependent, dependency) with each edge once, so a
    // dependent's edges come together, its dependencies in id order.
    let mut hard = facts.index.hard.chunk_by(same_dependent).peekable();
    let mut soft = facts.index.soft.chunk_by(same_dependent).peekable();
    loop {
        let heads = [hard.peek(), soft.peek()];
        let Some(from) = heads.into_iter().flatten().map(|edges| edges[0].0).min() else {
            break;
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
    let split: Vec<usize> = soft
        .iter()
        .map(|&(_, to)| to)
        .filter(|&to| facts.wave_of(to) != Some(a))
        .collect();
    if bridged.is_empty() && split.is_empty() {
        return;
    }
    let (what, why, fix) = sentence(facts, from, a, &bridged, &split);
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

/// The dependent's one finding on its bridged and soft splits: what, why and the fix.
fn sentence(
    facts: &Facts,
    from: usize,
    a: u32,
    bridged: &[(usize, u32)],
    split: &[usize],
) -> (String, &'static str, &'static str) {
    // Appended rather than formatted: a large plan words tens of thousands of these, and in
    // wasm the formatting machinery costs more than the copying.
    let names = facts.index;
    let name = |text: &mut String, &i: &usize| text.push_str(names.name(i));
    let in_wave = |text: &mut String, &(i, wave): &(usize, u32)| {
        text.push_str(names.name(i));
        let _ = write!(text, " (wave {wave})");
    };
    let mut what = String::with_capacity(160);
    what.push_str(names.name(from));
    if !bridged.is_empty() {
        let _ = write!(what, " (wave {a}) hard-depends on ");
        join_into(&mut what, bridged, in_wave);
    }
    let (why, fix) = match (bridged.is_empty(), split.is_empty()) {
        (false, true) => {
            what.push_str(" across waves, over hybrid connectivity.");
            (BRIDGED_WHY, BRIDGED_FIX)
        }
        (true, _) => {
            what.push_str(" has soft dependencies on ");
            join_into(&mut what, split, name);
            what.push_str(" in other waves.");
            let why = if facts.hybrid_ready {
                BRIDGED_WHY
            } else {
                "Split dependencies need hybrid connectivity, which readiness does not show as ready."
            };
            (why, "Confirm the connection works at the expected performance, or pin them to the same wave.")
        }
        (false, false) => {
            what.push_str(" across waves; it also has soft dependencies on ");
            join_into(&mut what, split, name);
            what.push_str(" in other waves, all over hybrid connectivity.");
            (BRIDGED_WHY, BRIDGED_FIX)
        }
    };
    (what, why, fix)
}

/// A finding for each hard dependency split in a way a person must mend; returns the splits
/// hybrid connectivity bridges (the dependency and its wave), for the dependent's one finding.
fn hard_splits(
    facts: &Facts,
    from: usize,
    a: u32,
    hard: &[(usize, usize)],
    findings: &mut Vec<Finding>,
) -> Vec<(usize, u32)> {
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
            Some(b) if a > b && facts.hybrid_ready => bridged.push((to, b)),
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

const BRIDGED_WHY: &str = "Between the waves one side is in the cloud and the other on premises; hybrid connectivity (readiness) connects them, with the performance dip CAF says to agree on in advance.";
const BRIDGED_FIX: &str = "Agree with the business owner how to handle the slower path between the waves, or pin them to the same wave.";

/// A workload's name, read only when a finding shows it.
struct NameAt<'f, 'a>(&'f Facts<'a>, usize);

impl fmt::Display for NameAt<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.index.name(self.1))
    }
}
