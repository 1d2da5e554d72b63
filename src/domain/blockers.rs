//! What blocks a workload, in a word or two each, for the Workloads column, its filter and the
//! overview: a separate programme, a freeze that outlasts the horizon, open readiness, a
//! dependency not yet in the cloud, a pin into a freeze. Derived from the analysis, so the
//! column, the overview and the findings never disagree.

use crate::domain::analysis::Analysis;
use crate::domain::plan::Plan;
use crate::domain::readiness::ReadinessLevel;
use crate::domain::remediation::RemediationMode;
use crate::domain::staging::DEPENDENCIES_REACHABLE;
use crate::domain::workload::{Workload, WorkloadId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Blocker {
    /// Its remediation left the migration backlog.
    Programme,
    /// Freeze windows cover every wave within the horizon.
    FrozenOut,
    /// Blocking readiness questions are open: every wave is a draft.
    Readiness,
    /// Something it needs is not in the cloud yet (and hybrid connectivity does not reach it).
    Dependency,
    /// A pin put it into one of its freeze windows.
    PinnedIntoFreeze,
}

impl Blocker {
    pub fn label(self) -> &'static str {
        match self {
            Blocker::Programme => "Separate programme",
            Blocker::FrozenOut => "Frozen past the horizon",
            Blocker::Readiness => "Readiness open",
            Blocker::Dependency => "Needs what is not in the cloud",
            Blocker::PinnedIntoFreeze => "Pinned into a freeze",
        }
    }
}

/// What blocks `workload`, most serious first; empty when nothing does (a retired workload is
/// not blocked: it does not move).
pub fn blockers(analysis: &Analysis, workload: &Workload) -> Vec<Blocker> {
    if !workload.migrates() {
        return Vec::new();
    }
    let id = workload.id;
    let mut found = Vec::new();
    if analysis
        .decisions
        .get(&id)
        .is_some_and(|d| d.mode == RemediationMode::Programme)
    {
        found.push(Blocker::Programme);
    } else if analysis.waves.wave_of(id).is_none() {
        found.push(Blocker::FrozenOut);
    }
    if analysis.readiness.level == ReadinessLevel::Blocked && found.is_empty() {
        found.push(Blocker::Readiness);
    }
    let checklist = analysis.checklists.get(&id);
    if checklist.is_some_and(|c| {
        c.items
            .iter()
            .any(|item| item.label == DEPENDENCIES_REACHABLE && !item.done)
    }) {
        found.push(Blocker::Dependency);
    }
    if let Some(wave) = analysis
        .waves
        .wave_of(id)
        .and_then(|n| analysis.waves.waves.get(n as usize - 1))
    {
        let pinned = workload.pinned_wave == Some(wave.number);
        if pinned
            && workload
                .freeze_windows
                .iter()
                .any(|window| window.days.overlaps(&wave.days))
        {
            found.push(Blocker::PinnedIntoFreeze);
        }
    }
    found
}

/// Every blocked workload with what blocks it, in id order.
pub fn blocked(plan: &Plan, analysis: &Analysis) -> Vec<(WorkloadId, Vec<Blocker>)> {
    plan.workloads()
        .map(|w| (w.id, blockers(analysis, w)))
        .filter(|(_, found)| !found.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_plan;

    #[test]
    fn the_example_blocks_payroll_by_its_programme_and_retires_the_fax() {
        let plan = example_plan();
        let analysis = Analysis::of(&plan);
        let by_name = |name: &str| {
            let workload = plan.workload_named(&name.to_ascii_lowercase()).unwrap();
            blockers(&analysis, workload)
        };
        assert_eq!(by_name("Payroll"), [Blocker::Programme]);
        assert_eq!(
            by_name("Fax gateway"),
            [],
            "retired: not blocked, not moving"
        );
        assert!(by_name("Intranet portal").is_empty());
        let blocked = blocked(&plan, &analysis);
        assert!(blocked.iter().all(|(_, found)| !found.is_empty()));
    }
}
