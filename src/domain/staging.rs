//! CAF's definition of done for a migration: the workload is staged and ready for business
//! testing, with every dependent asset it needs. Each workload gets a checklist; it is done
//! only when every item holds, and the checklist says what is missing.

use std::collections::BTreeMap;

use crate::domain::asset::{Asset, AssetId, ReplicationStatus};
use crate::domain::plan::Plan;
use crate::domain::readiness::hybrid_connectivity_ready;
use crate::domain::waves::{join, WavePlan};
use crate::domain::workload::{Workload, WorkloadId, WorkloadStatus};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckItem {
    pub label: &'static str,
    pub done: bool,
    /// What holds, or what is missing.
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StagingChecklist {
    pub workload: WorkloadId,
    pub wave: Option<u32>,
    pub items: Vec<CheckItem>,
}

impl StagingChecklist {
    pub fn is_done(&self) -> bool {
        self.items.iter().all(|item| item.done)
    }

    pub fn missing(&self) -> impl Iterator<Item = &CheckItem> + '_ {
        self.items.iter().filter(|item| !item.done)
    }
}

/// How many workloads of each wave are done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaveProgress {
    pub wave: u32,
    pub done: usize,
    pub total: usize,
}

struct Context<'a> {
    plan: &'a Plan,
    waves: &'a WavePlan,
    assets_by_workload: BTreeMap<WorkloadId, Vec<&'a Asset>>,
    depends_on: BTreeMap<AssetId, Vec<AssetId>>,
    hybrid_ready: bool,
}

impl<'a> Context<'a> {
    fn new(plan: &'a Plan, waves: &'a WavePlan) -> Self {
        let mut assets_by_workload: BTreeMap<WorkloadId, Vec<&Asset>> = BTreeMap::new();
        for asset in plan.assets() {
            if let Some(workload) = asset.workload {
                assets_by_workload.entry(workload).or_default().push(asset);
            }
        }
        let mut depends_on: BTreeMap<AssetId, Vec<AssetId>> = BTreeMap::new();
        for dependency in plan.dependencies() {
            depends_on
                .entry(dependency.from)
                .or_default()
                .push(dependency.to);
        }
        let hybrid_ready = hybrid_connectivity_ready(plan);
        Self {
            plan,
            waves,
            assets_by_workload,
            depends_on,
            hybrid_ready,
        }
    }

    fn checklist(&self, workload: &Workload) -> StagingChecklist {
        let assets = self
            .assets_by_workload
            .get(&workload.id)
            .map_or(&[][..], Vec::as_slice);
        let wave = self.waves.wave_of(workload.id);
        let business = workload.business;
        let flag = |label, done: bool, yes: &str, no: &str| CheckItem {
            label,
            done,
            detail: if done { yes } else { no }.to_owned(),
        };
        StagingChecklist {
            workload: workload.id,
            wave,
            items: vec![
                replicated(assets),
                self.dependencies(workload, assets, wave),
                flag(
                    "Business test plan",
                    business.test_plan,
                    "Ready.",
                    "The business owner has no test plan yet.",
                ),
                flag(
                    "Business change plan",
                    business.change_plan,
                    "Ready.",
                    "The business change plan is not ready.",
                ),
                flag(
                    "Sign-off for business testing",
                    business.signed_off,
                    "Signed off.",
                    "Not signed off yet.",
                ),
            ],
        }
    }

    /// A dependency is satisfied when its asset is staged in the cloud (verified, or its
    /// workload staged), moves in an earlier wave, or is reachable over hybrid connectivity.
    fn dependencies(&self, workload: &Workload, assets: &[&Asset], wave: Option<u32>) -> CheckItem {
        let mut unmet = Vec::new();
        let mut count = 0;
        for asset in assets {
            for &target in self
                .depends_on
                .get(&asset.id)
                .map_or(&[][..], Vec::as_slice)
            {
                let Some(needed) = self.plan.asset(target) else {
                    continue;
                };
                if needed.workload == Some(workload.id) {
                    continue;
                }
                count += 1;
                let owner = needed.workload.and_then(|id| self.plan.workload(id));
                let staged = needed.replication == ReplicationStatus::Verified
                    || owner.is_some_and(|w| w.status >= WorkloadStatus::Staged);
                let earlier = match (wave, owner.and_then(|w| self.waves.wave_of(w.id))) {
                    (Some(mine), Some(theirs)) => theirs < mine,
                    _ => false,
                };
                if !(staged || earlier || self.hybrid_ready) {
                    unmet.push(needed.name.to_string());
                }
            }
        }
        let detail = match (count, unmet.len()) {
            (0, _) => "No dependencies on other workloads' assets.".to_owned(),
            (_, 0) if self.hybrid_ready => format!("All {count} are staged, in an earlier wave, or reachable over hybrid connectivity."),
            (_, 0) => format!("All {count} are staged in the cloud or move in an earlier wave."),
            (_, _) => format!(
                "Not yet reachable: {}. They must be staged, move earlier, or be reachable over hybrid connectivity.",
                join(unmet.clone())
            ),
        };
        CheckItem {
            label: "Every dependency reachable",
            done: unmet.is_empty(),
            detail,
        }
    }
}

fn replicated(assets: &[&Asset]) -> CheckItem {
    let pending: Vec<String> = assets
        .iter()
        .filter(|asset| asset.replication != ReplicationStatus::Verified)
        .map(|asset| {
            format!(
                "{} ({})",
                asset.name,
                asset.replication.label().to_ascii_lowercase()
            )
        })
        .collect();
    let (done, detail) = if assets.is_empty() {
        (
            false,
            "No assets recorded: add the assets the workload needs.".to_owned(),
        )
    } else if pending.is_empty() {
        (
            true,
            format!("All {} assets replicated and verified.", assets.len()),
        )
    } else {
        (false, format!("Not verified yet: {}.", join(pending)))
    };
    CheckItem {
        label: "Every asset replicated and verified",
        done,
        detail,
    }
}

/// The checklist of every workload the plan migrates, in id order.
pub fn checklists(plan: &Plan, waves: &WavePlan) -> Vec<StagingChecklist> {
    let context = Context::new(plan, waves);
    plan.workloads()
        .filter(|workload| workload.migrates())
        .map(|workload| context.checklist(workload))
        .collect()
}

pub fn progress_by_wave(checklists: &[StagingChecklist]) -> Vec<WaveProgress> {
    let mut by_wave: BTreeMap<u32, (usize, usize)> = BTreeMap::new();
    for checklist in checklists {
        if let Some(wave) = checklist.wave {
            let entry = by_wave.entry(wave).or_default();
            entry.1 += 1;
            entry.0 += usize::from(checklist.is_done());
        }
    }
    by_wave
        .into_iter()
        .map(|(wave, (done, total))| WaveProgress { wave, done, total })
        .collect()
}
