//! What blocks a workload, in a word or two each, for the Workloads column, its filter and the
//! overview: a separate programme, a freeze that outlasts the horizon, open blocking readiness,
//! a dependency that will not be there in time, a pin into a freeze. Computed once per plan
//! version in the `Analysis`, so the column, the overview and the findings never disagree.

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::asset::{AssetId, Disposition};
use crate::domain::asset_lookup::ByAssetId;
use crate::domain::plan::Plan;
use crate::domain::readiness::{hybrid_connectivity_ready, Readiness, ReadinessLevel};
use crate::domain::remediation::{RemediationDecision, RemediationMode};
use crate::domain::waves::WavePlan;
use crate::domain::workload::WorkloadId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Blocker {
    /// Its remediation left the migration backlog.
    Programme,
    /// Freeze windows cover every wave within the horizon.
    FrozenOut,
    /// Blocking readiness questions are open: every wave is a draft.
    Readiness,
    /// Something it needs retires, is in no workload or no wave, or moves in a later wave, and
    /// no hybrid connectivity reaches it on-premises meanwhile: it cannot be done in its wave.
    Dependency,
    /// A pin put it into one of its freeze windows or a plan-wide blackout.
    PinnedIntoFreeze,
}

impl Blocker {
    pub fn label(self) -> &'static str {
        match self {
            Blocker::Programme => "Separate programme",
            Blocker::FrozenOut => "Frozen past the horizon",
            Blocker::Readiness => "Readiness open",
            Blocker::Dependency => "Dependency not there in time",
            Blocker::PinnedIntoFreeze => "Pinned into a freeze or blackout",
        }
    }
}

/// Every blocked workload with what blocks it, most serious first; a workload nothing blocks
/// is absent, and so is a retired one (it does not move). One pass over the workloads and one
/// over the dependencies.
pub fn find(
    plan: &Plan,
    readiness: &Readiness,
    decisions: &BTreeMap<WorkloadId, RemediationDecision>,
    waves: &WavePlan,
) -> BTreeMap<WorkloadId, Vec<Blocker>> {
    let late = late_dependencies(plan, waves);
    let mut found = BTreeMap::new();
    for workload in plan.workloads().filter(|w| w.migrates()) {
        let id = workload.id;
        let mut blockers = Vec::new();
        let wave = waves.wave_of(id);
        if decisions
            .get(&id)
            .is_some_and(|d| d.mode == RemediationMode::Programme)
        {
            blockers.push(Blocker::Programme);
        } else if wave.is_none() {
            blockers.push(Blocker::FrozenOut);
        } else if readiness.level == ReadinessLevel::Blocked {
            blockers.push(Blocker::Readiness);
        }
        if late.contains(&id) {
            blockers.push(Blocker::Dependency);
        }
        let wave_days = wave.and_then(|n| waves.waves.get(n as usize - 1).map(|w| w.days));
        if let Some(days) = wave_days.filter(|_| workload.pinned_wave == wave) {
            let blackouts = &plan.settings().blackouts;
            if workload
                .freeze_windows
                .iter()
                .chain(blackouts)
                .any(|window| window.days.overlaps(&days))
            {
                blockers.push(Blocker::PinnedIntoFreeze);
            }
        }
        if !blockers.is_empty() {
            found.insert(id, blockers);
        }
    }
    found
}

/// Workloads with a dependency on another workload's asset that will not be in the cloud by
/// their own wave (the same rule as the definition of done's "every dependency reachable").
/// Each asset's owner, wave and fate are read once, then each dependency by position.
fn late_dependencies(plan: &Plan, waves: &WavePlan) -> BTreeSet<WorkloadId> {
    let hybrid = hybrid_connectivity_ready(plan);
    struct Fate {
        owner: Option<WorkloadId>,
        wave: Option<u32>,
        retiring: bool,
    }
    let positions = ByAssetId::positions(plan.assets().map(|a| a.id));
    let fates: Vec<Fate> = plan
        .assets()
        .map(|asset| {
            let owner = asset.workload.and_then(|id| plan.workload(id));
            Fate {
                owner: asset.workload,
                wave: owner.and_then(|w| waves.wave_of(w.id)),
                retiring: asset.disposition == Disposition::Retire
                    || owner.is_some_and(|w| !w.migrates()),
            }
        })
        .collect();
    let fate = |id: AssetId| positions.get(id).map(|i| &fates[i]);
    let mut late = BTreeSet::new();
    for dependency in plan.dependencies() {
        let (Some(from), Some(to)) = (fate(dependency.from), fate(dependency.to)) else {
            continue;
        };
        let Some(owner) = from.owner.filter(|&w| to.owner != Some(w)) else {
            continue;
        };
        let in_time = matches!((from.wave, to.wave), (Some(mine), Some(theirs)) if theirs <= mine);
        if to.retiring || (!hybrid && !in_time) {
            late.insert(owner);
        }
    }
    late
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::analysis::Analysis;
    use crate::domain::example::example_plan;

    #[test]
    fn the_example_blocks_payroll_by_its_programme_and_retires_the_fax() {
        let plan = example_plan();
        let analysis = Analysis::of(&plan);
        let of = |name: &str| {
            let workload = plan.workload_named(&name.to_ascii_lowercase()).unwrap();
            analysis
                .blockers
                .get(&workload.id)
                .cloned()
                .unwrap_or_default()
        };
        assert_eq!(of("Payroll"), [Blocker::Programme]);
        assert_eq!(of("Fax gateway"), [], "retired: not blocked, not moving");
        assert!(of("Intranet portal").is_empty());
        assert!(analysis.blockers.values().all(|found| !found.is_empty()));
    }

    fn hybrid(choice: &str) -> crate::domain::action::Action {
        crate::domain::action::Action::Answer {
            question: crate::domain::question_bank::HYBRID_NETWORK.into(),
            answer: crate::domain::readiness::Answer {
                choice: choice.into(),
                ..Default::default()
            },
        }
    }

    fn pin(plan: &mut Plan, workload: crate::domain::workload::WorkloadId, wave: u32) {
        plan.apply(crate::domain::action::Action::PinWorkload {
            workload,
            wave: Some(wave),
        })
        .unwrap();
    }

    /// The smallest plan that shows the rule: web needs db; db moves in wave 3 (pinned), web
    /// in wave 1; no hybrid connectivity.
    fn web_needs_a_later_db() -> (Plan, crate::domain::workload::WorkloadId) {
        use crate::domain::action::Action;
        use crate::domain::dependency::{Dependency, DependencyStrength};
        let mut plan = crate::domain::synthetic::generate(7, 2, 0);
        plan.apply(hybrid("no")).unwrap();
        let ids: Vec<_> = plan.workloads().map(|w| w.id).collect();
        let asset_of = |plan: &Plan, w| plan.assets().find(|a| a.workload == Some(w)).unwrap().id;
        let (web, db) = (asset_of(&plan, ids[0]), asset_of(&plan, ids[1]));
        plan.apply(Action::SetDependency(Dependency::new(
            web,
            db,
            DependencyStrength::Soft,
        )))
        .unwrap();
        pin(&mut plan, ids[1], 3);
        pin(&mut plan, ids[0], 1);
        (plan, ids[0])
    }

    #[test]
    fn a_dependency_moving_later_blocks_until_hybrid_connectivity_reaches_it() {
        let (mut plan, web) = web_needs_a_later_db();
        let blocked = |plan: &Plan| {
            Analysis::of(plan)
                .blockers
                .get(&web)
                .cloned()
                .unwrap_or_default()
        };
        assert!(
            blocked(&plan).contains(&Blocker::Dependency),
            "{:?}",
            blocked(&plan)
        );
        pin(&mut plan, web, 3);
        assert!(
            !blocked(&plan).contains(&Blocker::Dependency),
            "same wave: in time"
        );
        pin(&mut plan, web, 1);
        plan.apply(hybrid("ready")).unwrap();
        assert!(
            !blocked(&plan).contains(&Blocker::Dependency),
            "hybrid connectivity reaches it"
        );
    }
}
