//! CAF's definition of done for a migration, the promote gate after it, and the stage each
//! workload is in. Done (migrate phase): the workload is staged and ready for business testing
//! in the cloud, with every dependent asset it needs, and the stage deliverables (automated
//! tests run, migration and configuration documentation, backlog updated). Promoted: the
//! business test passed, every sign-off is given and the DNS/IP cut-over is done. The stage is
//! derived from these facts, never set by hand, so a status cannot claim more than its
//! checklist shows.

use std::collections::BTreeMap;

use crate::domain::asset::{Asset, AssetId, Disposition, ReplicationStatus};
use crate::domain::asset_lookup::ByAssetId;
use crate::domain::finding::{Finding, Severity, Subject};
use crate::domain::labels::labelled_enum;
use crate::domain::plan::{Action, Plan};
use crate::domain::quantity::{counted, format_amount};
use crate::domain::readiness::hybrid_connectivity_ready;
use crate::domain::waves::{join, WavePlan};
use crate::domain::workload::{Checkpoint, Workload, WorkloadId};

labelled_enum! {
    /// Where a workload is on its way to the cloud, derived from its checklists.
    pub enum WorkloadStage {
        NotStarted => "Not started", Remediating => "Remediating", Replicating => "Replicating",
        Staged => "Staged", Tested => "Business tested", Promoted => "Promoted",
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckItem {
    pub label: &'static str,
    pub done: bool,
    /// What holds, or what is missing.
    pub detail: String,
    /// The checkpoints a person ticks for this item (empty: derived from other facts).
    pub checkpoints: &'static [Checkpoint],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StagingChecklist {
    pub workload: WorkloadId,
    pub wave: Option<u32>,
    /// The definition of done: staged and ready for business testing.
    pub items: Vec<CheckItem>,
    /// The promote gate, after staging.
    pub gate: Vec<CheckItem>,
    pub stage: WorkloadStage,
    /// Remediation items fixed, of all.
    pub remediation: (usize, usize),
}

impl StagingChecklist {
    /// Done as CAF defines it: staged and ready for business testing.
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

/// What every checklist reads, built once: assets by position (id order), what each needs,
/// whether it retires and whether it is in the cloud whole. Positions, not maps: a plan of
/// 5,000 workloads has 50,000 dependencies, and each is looked at once per checklist.
struct Context<'a> {
    plan: &'a Plan,
    waves: &'a WavePlan,
    assets_by_workload: BTreeMap<WorkloadId, Vec<&'a Asset>>,
    assets: Vec<&'a Asset>,
    /// What the asset at each position needs, by position.
    depends_on: Vec<Vec<usize>>,
    retiring: Vec<bool>,
    hybrid_ready: bool,
    /// Assets in the cloud with everything they need, transitively: verified themselves, not
    /// retiring, and so is everything they depend on.
    in_cloud_whole: Vec<bool>,
}

/// Whether an asset is going away: marked to retire, or in a workload that retires.
fn retiring(plan: &Plan, asset: &Asset) -> bool {
    asset.disposition == Disposition::Retire
        || asset
            .workload
            .and_then(|id| plan.workload(id))
            .is_some_and(|w| !w.migrates())
}

/// For each asset: verified, not retiring, and everything it needs is too (strongly connected
/// components, sinks first, so cycles and long chains cost one pass). Only verified assets
/// that stay can be whole, so the components are found among those alone: while a large plan
/// is being planned few are verified, and the rest cost nothing.
fn in_cloud_whole(assets: &[&Asset], retiring: &[bool], adjacency: &[Vec<usize>]) -> Vec<bool> {
    let candidate: Vec<bool> = assets
        .iter()
        .zip(retiring)
        .map(|(asset, &retiring)| asset.replication == ReplicationStatus::Verified && !retiring)
        .collect();
    // The candidates, numbered among themselves.
    let mut number = vec![usize::MAX; assets.len()];
    let nodes: Vec<usize> = (0..assets.len()).filter(|&i| candidate[i]).collect();
    for (k, &i) in nodes.iter().enumerate() {
        number[i] = k;
    }
    // A candidate that needs a non-candidate is not whole; edges between candidates decide
    // the rest.
    let needs_other: Vec<bool> = nodes
        .iter()
        .map(|&i| adjacency[i].iter().any(|&j| !candidate[j]))
        .collect();
    let inner: Vec<Vec<usize>> = nodes
        .iter()
        .map(|&i| {
            adjacency[i]
                .iter()
                .filter(|&&j| candidate[j])
                .map(|&j| number[j])
                .collect()
        })
        .collect();
    let (component, count) = crate::domain::graph::strongly_connected(&inner);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (k, &c) in component.iter().enumerate() {
        members[c].push(k);
    }
    // Tarjan finishes a component after every component it reaches: index order is sinks first.
    let mut whole = vec![true; count];
    for c in 0..count {
        whole[c] = members[c].iter().all(|&k| {
            !needs_other[k]
                && inner[k]
                    .iter()
                    .all(|&j| component[j] == c || whole[component[j]])
        });
    }
    (0..assets.len())
        .map(|i| candidate[i] && whole[component[number[i]]])
        .collect()
}

/// "Ready." or "Missing: a, b." for a group of checkpoints.
fn ticked(workload: &Workload, checkpoints: &'static [Checkpoint]) -> (bool, String) {
    let missing: Vec<&str> = checkpoints
        .iter()
        .filter(|c| !workload.has(**c))
        .map(|c| c.label())
        .collect();
    if missing.is_empty() {
        (true, "All done.".to_owned())
    } else {
        (false, format!("Not yet: {}.", missing.join("; ")))
    }
}

/// No red answer to a blocking assessment question (an unanswered one does not hold it back).
fn assessment_settled(workload: &Workload) -> (bool, String) {
    let red = crate::domain::assessment::red_blocking(workload);
    let (answered, total) = crate::domain::assessment::answered(workload);
    if red.is_empty() {
        (
            true,
            format!("{answered} of {total} questions answered; none red and blocking."),
        )
    } else {
        let what: Vec<&str> = red.iter().map(|gap| gap.question.text.as_str()).collect();
        (false, format!("Red: {}", what.join(" ")))
    }
}

fn item(label: &'static str, (done, detail): (bool, String)) -> CheckItem {
    CheckItem {
        label,
        done,
        detail,
        checkpoints: &[],
    }
}

fn checked(
    label: &'static str,
    workload: &Workload,
    checkpoints: &'static [Checkpoint],
) -> CheckItem {
    CheckItem {
        checkpoints,
        ..item(label, ticked(workload, checkpoints))
    }
}

pub const REMEDIATION_DONE: &str = "Remediation done";
pub const ASSETS_VERIFIED: &str = "Every asset replicated and verified";
pub const DEPENDENCIES_REACHABLE: &str = "Every dependency reachable from the cloud";
pub const DELIVERABLES: &str = "Stage deliverables";
pub const READY_FOR_TESTING: &str = "Ready for business testing";
pub const BUSINESS_TEST: &str = "Business test passed";
pub const SIGN_OFFS: &str = "Sign-offs";
pub const CUTOVER_PLAN: &str = "Cut-over approach and rollback trigger agreed";
/// waveplan's gate step: the release backlog's facts (CAF) leave no red blocking answer.
pub const ASSESSMENT: &str = "No red blocking answer in the workload's assessment";
pub const CUTOVER: &str = "DNS/IP cut-over done";

impl<'a> Context<'a> {
    fn new(plan: &'a Plan, waves: &'a WavePlan) -> Self {
        let mut assets_by_workload: BTreeMap<WorkloadId, Vec<&Asset>> = BTreeMap::new();
        for asset in plan.assets() {
            if let Some(workload) = asset.workload {
                assets_by_workload.entry(workload).or_default().push(asset);
            }
        }
        let assets: Vec<&Asset> = plan.assets().collect();
        let positions = ByAssetId::positions(assets.iter().map(|a| a.id));
        let position = |id: AssetId| positions.get(id);
        let mut depends_on: Vec<Vec<usize>> = vec![Vec::new(); assets.len()];
        for dependency in plan.dependencies() {
            if let (Some(from), Some(to)) = (position(dependency.from), position(dependency.to)) {
                depends_on[from].push(to);
            }
        }
        let retiring: Vec<bool> = assets.iter().map(|a| retiring(plan, a)).collect();
        let in_cloud_whole = in_cloud_whole(&assets, &retiring, &depends_on);
        Self {
            plan,
            waves,
            assets_by_workload,
            assets,
            depends_on,
            retiring,
            hybrid_ready: hybrid_connectivity_ready(plan),
            in_cloud_whole,
        }
    }

    /// The first asset, reached through what the asset at `start` needs, that keeps it from
    /// working in the cloud (not verified, or retiring).
    fn first_missing(&self, start: usize) -> Option<&'a Asset> {
        let mut seen = std::collections::HashSet::from([start]);
        let mut stack = vec![start];
        while let Some(current) = stack.pop() {
            for &next in &self.depends_on[current] {
                if !seen.insert(next) {
                    continue;
                }
                let needed = self.assets[next];
                if needed.replication != ReplicationStatus::Verified || self.retiring[next] {
                    return Some(needed);
                }
                stack.push(next);
            }
        }
        None
    }

    fn checklist(&self, workload: &Workload) -> StagingChecklist {
        let assets = self
            .assets_by_workload
            .get(&workload.id)
            .map_or(&[][..], Vec::as_slice);
        let remediation = remediation_progress(assets);
        let items = vec![
            remediation_item(assets),
            replicated(assets),
            self.dependencies(workload, assets),
            checked(DELIVERABLES, workload, &Checkpoint::DELIVERABLES),
            checked(READY_FOR_TESTING, workload, &Checkpoint::BUSINESS_READY),
        ];
        let cutover_agreed = match (workload.cutover, workload.rollback_trigger.trim()) {
            (Some(mode), trigger) if !trigger.is_empty() => {
                (true, format!("{mode}; roll back if {trigger}"))
            }
            (None, _) => (
                false,
                "Decide downtime window or near-zero downtime.".to_owned(),
            ),
            (Some(mode), _) => (
                false,
                format!("{mode}; write down what triggers a rollback."),
            ),
        };
        let gate = vec![
            checked(BUSINESS_TEST, workload, &[Checkpoint::BusinessTested]),
            checked(SIGN_OFFS, workload, &Checkpoint::SIGN_OFFS),
            item(CUTOVER_PLAN, cutover_agreed),
            item(ASSESSMENT, assessment_settled(workload)),
            checked(CUTOVER, workload, &[Checkpoint::CutOver]),
        ];
        let staged = items.iter().all(|i| i.done);
        let stage = if staged && gate.iter().all(|i| i.done) {
            WorkloadStage::Promoted
        } else if staged && workload.has(Checkpoint::BusinessTested) {
            WorkloadStage::Tested
        } else if staged {
            WorkloadStage::Staged
        } else if assets
            .iter()
            .any(|a| a.replication != ReplicationStatus::NotStarted)
        {
            WorkloadStage::Replicating
        } else if remediation.0 > 0 {
            WorkloadStage::Remediating
        } else {
            WorkloadStage::NotStarted
        };
        StagingChecklist {
            workload: workload.id,
            wave: self.waves.wave_of(workload.id),
            items,
            gate,
            stage,
            remediation,
        }
    }

    /// A dependency is reachable from the cloud when the asset it needs is replicated and
    /// verified there, or when hybrid connectivity (readiness) reaches it where it is. Being
    /// scheduled in an earlier wave is not being in the cloud.
    fn dependencies(&self, workload: &Workload, assets: &[&Asset]) -> CheckItem {
        let mut unmet = Vec::new();
        let mut count = 0;
        for asset in assets {
            let Ok(from) = self.assets.binary_search_by_key(&asset.id, |a| a.id) else {
                continue;
            };
            for &target in &self.depends_on[from] {
                let needed = self.assets[target];
                if needed.workload == Some(workload.id) {
                    continue;
                }
                count += 1;
                let reason = if self.retiring[target] {
                    Unmet::Retiring
                } else if self.in_cloud_whole[target] || self.hybrid_ready {
                    continue;
                } else if needed.replication == ReplicationStatus::Verified {
                    Unmet::NeedsMore
                } else {
                    Unmet::NotThere
                };
                unmet.push(UnmetDependency {
                    context: self,
                    target,
                    reason,
                });
            }
        }
        let detail = match (count, unmet.len()) {
            (0, _) => "No dependencies on other workloads' assets.".to_owned(),
            (_, 0) if self.hybrid_ready => format!(
                "{} verified in the cloud or reachable over hybrid connectivity (readiness).",
                counted(count, "dependency is", "dependencies are")
            ),
            (_, 0) => format!(
                "{} replicated and verified in the cloud.",
                counted(count, "dependency is", "dependencies are")
            ),
            (_, _) => format!(
                "Not in the cloud yet: {}. A dependency counts once it, and everything it needs, is replicated and verified in the cloud, or when hybrid connectivity (readiness) reaches it; one that retires never counts.",
                join(&unmet)
            ),
        };
        CheckItem {
            label: DEPENDENCIES_REACHABLE,
            done: unmet.is_empty(),
            detail,
            checkpoints: &[],
        }
    }
}

/// Why a dependency does not count yet.
#[derive(Clone, Copy)]
enum Unmet {
    Retiring,
    /// Verified itself, but something it needs is not.
    NeedsMore,
    NotThere,
}

/// One unmet dependency, written out only if the detail shows it (a workload with forty unmet
/// dependencies names three).
struct UnmetDependency<'c, 'a> {
    context: &'c Context<'a>,
    target: usize,
    reason: Unmet,
}

impl std::fmt::Display for UnmetDependency<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let context = self.context;
        let needed = context.assets[self.target];
        match self.reason {
            Unmet::Retiring => write!(
                f,
                "{} (to retire: the workload must stop needing it)",
                needed.name
            ),
            Unmet::NeedsMore => {
                write!(f, "{} (verified", needed.name)?;
                if let Some(missing) = context.first_missing(self.target) {
                    write!(
                        f,
                        ", but it needs {} ({})",
                        missing.name,
                        missing.replication.label().to_ascii_lowercase()
                    )?;
                }
                f.write_str(")")
            }
            Unmet::NotThere => {
                let owner = needed.workload.and_then(|id| context.plan.workload(id));
                match (owner, owner.and_then(|w| context.waves.wave_of(w.id))) {
                    (None, _) => write!(f, "{} (in no workload", needed.name)?,
                    (Some(_), Some(wave)) => write!(f, "{} (wave {wave}", needed.name)?,
                    (Some(owner), None) if owner.migrates() => {
                        write!(f, "{} ({} is in no wave", needed.name, owner.name)?
                    }
                    (Some(_), None) => write!(f, "{} (not migrated", needed.name)?,
                }
                write!(f, ", {})", needed.replication.label().to_ascii_lowercase())
            }
        }
    }
}

fn remediation_progress(assets: &[&Asset]) -> (usize, usize) {
    let items = assets.iter().flat_map(|a| a.remediation.iter());
    let (done, total) = items.fold((0, 0), |(done, total), item| {
        (done + usize::from(item.done), total + 1)
    });
    (done, total)
}

fn remediation_item(assets: &[&Asset]) -> CheckItem {
    let open = assets
        .iter()
        .flat_map(|asset| asset.remediation.iter().map(move |item| (asset, item)))
        .filter(|(_, item)| !item.done)
        .map(|(asset, item)| {
            Lazy(move |f: &mut std::fmt::Formatter<'_>| {
                write!(
                    f,
                    "{} on {} ({} h)",
                    item.title,
                    asset.name,
                    format_amount(item.effort_hours)
                )
            })
        });
    let open: Vec<_> = open.collect();
    let (done, total) = remediation_progress(assets);
    let detail = match (total, open.len()) {
        (0, _) => "Nothing to remediate.".to_owned(),
        (_, 0) => format!("All {} fixed.", counted(total, "item", "items")),
        _ => format!("{done} of {total} fixed; open: {}.", join(&open)),
    };
    item(REMEDIATION_DONE, (open.is_empty(), detail))
}

fn replicated(assets: &[&Asset]) -> CheckItem {
    let pending: Vec<_> = assets
        .iter()
        .filter(|asset| asset.replication != ReplicationStatus::Verified)
        .map(|asset| {
            Lazy(move |f: &mut std::fmt::Formatter<'_>| {
                write!(
                    f,
                    "{} ({})",
                    asset.name,
                    asset.replication.label().to_ascii_lowercase()
                )
            })
        })
        .collect();
    let result = if assets.is_empty() {
        (
            false,
            "No assets recorded: add the assets the workload needs.".to_owned(),
        )
    } else if pending.is_empty() {
        (
            true,
            format!(
                "All {} replicated and verified.",
                counted(assets.len(), "asset", "assets")
            ),
        )
    } else {
        (false, format!("Not verified yet: {}.", join(&pending)))
    };
    item(ASSETS_VERIFIED, result)
}

/// Text written only when shown: `join` names the first few of a long list.
struct Lazy<F>(F);

impl<F: Fn(&mut std::fmt::Formatter<'_>) -> std::fmt::Result> std::fmt::Display for Lazy<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (self.0)(f)
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

/// Facts that contradict each other: promote-gate steps ticked for a workload that is not
/// staged (Promoted is reachable only through staging), or the cut-over done before the gate.
pub fn findings(plan: &Plan, checklists: &[StagingChecklist]) -> Vec<Finding> {
    checklists
        .iter()
        .filter_map(|checklist| Some((plan.workload(checklist.workload)?, checklist)))
        .flat_map(|(workload, checklist)| {
            let mut found = out_of_order(workload, checklist);
            // In no wave (a separate programme), there is no wave to pin it to.
            found.extend(moved_in_no_wave(workload).filter(|_| checklist.wave.is_some()));
            found
        })
        .collect()
}

/// The wave ticking (or unticking) `checkpoint` pins the workload to, if it does: ticking the
/// cut-over pins it to `wave_now`, the wave it is in, unless it is pinned there already.
pub fn pins_to(
    workload: &Workload,
    checkpoint: Checkpoint,
    done: bool,
    wave_now: Option<u32>,
) -> Option<u32> {
    let moving = checkpoint == Checkpoint::CutOver && done;
    wave_now.filter(|&wave| moving && workload.pinned_wave != Some(wave))
}

/// The change for ticking (or unticking) `checkpoint`, with the pin it sets (`pins_to`): where
/// the cut-over happened is where the workload moved, and no later re-plan (a smaller ramp,
/// other workloads' pins) may put a migration that has happened in another wave.
pub fn tick(
    workload: &Workload,
    checkpoint: Checkpoint,
    done: bool,
    wave_now: Option<u32>,
) -> Action {
    let id = workload.id;
    let set = Action::SetCheckpoint {
        workload: id,
        checkpoint,
        done,
    };
    match pins_to(workload, checkpoint, done, wave_now) {
        // The pin first: once the cut-over is ticked, the pin can no longer change.
        Some(wave) => Action::Batch(vec![
            Action::PinWorkload {
                workload: id,
                wave: Some(wave),
            },
            set,
        ]),
        None => set,
    }
}

/// A workload cut over with no pin: ticked in a plan saved before ticking the cut-over pinned
/// the workload, or merged in. Its wave is still only the planner's choice.
fn moved_in_no_wave(workload: &Workload) -> Option<Finding> {
    (workload.has(Checkpoint::CutOver) && workload.pinned_wave.is_none()).then(|| {
        Finding::new(
            Severity::Warning,
            Subject::Workload(workload.id),
            format!("{}'s cut-over is done, but the plan does not hold the wave it moved in: a re-plan may put it in another wave.", workload.name),
            "A migration that has happened stays in its wave. waveplan pins a workload to its wave when its cut-over is ticked; this one was ticked before waveplan did, or merged in.",
            "Pin it to the wave it moved in (Waves).",
        )
    })
}

/// Steps ticked before the ones they follow: promotion before staging, sign-offs before the
/// business test, the cut-over before the rest of the promote gate.
fn out_of_order(workload: &Workload, checklist: &StagingChecklist) -> Vec<Finding> {
    let mut findings = Vec::new();
    let warn = |what: String, why: &'static str, fix: &'static str| {
        Finding::new(
            Severity::Warning,
            Subject::Workload(workload.id),
            what,
            why,
            fix,
        )
    };
    let early: Vec<&str> = workload
        .checkpoints
        .iter()
        .filter(|c| c.is_promotion())
        .map(|c| c.label())
        .collect();
    if !checklist.is_done() && !early.is_empty() {
        let missing: Vec<&str> = checklist.missing().map(|i| i.label).collect();
        findings.push(warn(
            format!(
                "{} has promotion steps ticked ({}) but is not staged: {} missing. Its stage is {}.",
                workload.name,
                early.join("; "),
                missing.join("; "),
                checklist.stage
            ),
            "Promotion comes after staging: a workload is promoted only once it is staged and has passed the promote gate.",
            "Finish the staging checklist, or untick the promotion steps that have not really happened.",
        ));
    }
    let signed: Vec<&str> = Checkpoint::SIGN_OFFS
        .iter()
        .filter(|c| workload.has(**c))
        .map(|c| c.label())
        .collect();
    if checklist.is_done() && !workload.has(Checkpoint::BusinessTested) && !signed.is_empty() {
        findings.push(warn(
            format!("{} has sign-offs ticked ({}) before its business test passed.", workload.name, signed.join("; ")),
            "The promote gate signs off a workload the business has tested: the business test comes first.",
            "Tick the business test once it has passed, or untick the sign-offs given too early.",
        ));
    }
    let gate_open: Vec<&str> = checklist
        .gate
        .iter()
        .filter(|i| !i.done && i.label != CUTOVER)
        .map(|i| i.label)
        .collect();
    if workload.has(Checkpoint::CutOver) && !gate_open.is_empty() {
        findings.push(warn(
            format!("{}'s DNS/IP cut-over is ticked before the rest of its promote gate: {}.", workload.name, gate_open.join("; ")),
            "The cut-over is the last step of the promote gate, after the business test and the sign-offs.",
            "Complete the gate, or untick the cut-over if it has not happened.",
        ));
    }
    findings
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

// proptest is a dev-dependency of host builds only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::asset::{AssetId, AssetKind};
    use crate::domain::name::Name;

    proptest::proptest! {
        /// An asset is in the cloud whole exactly when it and everything it reaches through
        /// what it needs is verified and stays, cycles and chains included.
        #[test]
        fn whole_means_everything_reached_is_verified_and_stays(
            facts in proptest::collection::vec((proptest::bool::weighted(0.7), proptest::bool::weighted(0.1)), 1..12),
            edges in proptest::collection::vec((0usize..12, 0usize..12), 0..30),
        ) {
            let n = facts.len();
            let owned: Vec<Asset> = facts
                .iter()
                .enumerate()
                .map(|(i, &(verified, _))| {
                    let mut asset = Asset::new(AssetId(i as u32 + 1), AssetKind::VirtualMachine, Name::parse("a").unwrap());
                    if verified {
                        asset.replication = ReplicationStatus::Verified;
                    }
                    asset
                })
                .collect();
            let assets: Vec<&Asset> = owned.iter().collect();
            let retiring: Vec<bool> = facts.iter().map(|&(_, retiring)| retiring).collect();
            let mut adjacency = vec![Vec::new(); n];
            for (from, to) in edges {
                adjacency[from % n].push(to % n);
            }
            let fine = |i: usize| assets[i].replication == ReplicationStatus::Verified && !retiring[i];
            let expected: Vec<bool> = (0..n)
                .map(|start| {
                    let mut seen = vec![false; n];
                    let mut stack = vec![start];
                    while let Some(i) = stack.pop() {
                        if std::mem::replace(&mut seen[i], true) {
                            continue;
                        }
                        stack.extend(&adjacency[i]);
                    }
                    (0..n).filter(|&i| seen[i]).all(fine)
                })
                .collect();
            proptest::prop_assert_eq!(in_cloud_whole(&assets, &retiring, &adjacency), expected);
        }
    }
}
