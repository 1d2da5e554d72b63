//! The findings of the wave planner: what a plan bends (capacity, dependencies, freezes,
//! bandwidth) said in words a migration lead can act on.

use std::collections::BTreeMap;

use crate::domain::asset::Asset;
use crate::domain::finding::{Finding, Severity, Subject};
use crate::domain::plan::Plan;
use crate::domain::quantity::format_amount;
use crate::domain::readiness::hybrid_connectivity_ready;
use crate::domain::replication::wave_replication;
use crate::domain::wave_index::Index;
use crate::domain::waves::{join, Wave};
use crate::domain::workload::{Criticality, Environment, Workload};

/// The workloads' names, each once, in id order.
fn names<'a>(workloads: impl IntoIterator<Item = &'a Workload>) -> String {
    let mut workloads: Vec<&Workload> = workloads.into_iter().collect();
    workloads.sort_by_key(|w| w.id);
    workloads.dedup_by_key(|w| w.id);
    join(workloads.into_iter().map(|w| &w.name))
}

pub(crate) fn no_room<'a>(members: impl IntoIterator<Item = &'a Workload>) -> Finding {
    Finding::new(
        Severity::Warning,
        Subject::Plan,
        format!("No wave has room for {} outside its freeze windows within the planning horizon; it was put after the last wave.", names(members)),
        "Capacity and freeze windows leave no wave it can go in.",
        "Shorten the freeze windows, raise wave capacity or pin the workload to a wave.",
    )
}

pub(crate) fn oversized<'a>(
    plan: &Plan,
    members: impl IntoIterator<Item = &'a Workload>,
    wave: usize,
) -> Finding {
    let capacity = &plan.settings().capacity;
    Finding::new(
        Severity::Warning,
        Subject::Wave(wave as u32 + 1),
        format!("The move group {} is larger than any wave allows, so it has wave {} to itself.", names(members), wave + 1),
        format!(
            "Its workloads hard-depend on each other and must move together; a wave holds at most {} workloads, {} assets and {} GB.",
            capacity.max_workloads, capacity.max_assets, format_amount(capacity.max_storage_gb)
        ),
        "Make dependencies that can be reached over the network soft, split the workloads, or raise the wave capacity.",
    )
}

/// Per-wave replication time against the wave's length.
pub(crate) fn replication(
    plan: &Plan,
    index: &Index,
    wave_by_index: &[Option<u32>],
    waves: &mut [Wave],
    findings: &mut Vec<Finding>,
) {
    let mut by_wave: BTreeMap<u32, Vec<&Asset>> = BTreeMap::new();
    for asset in plan.assets() {
        let wave = asset
            .workload
            .and_then(|w| index.ids.binary_search(&w).ok())
            .and_then(|i| wave_by_index.get(i).copied().flatten());
        if let Some(wave) = wave {
            by_wave.entry(wave).or_default().push(asset);
        }
    }
    for wave in waves.iter_mut() {
        let assets = by_wave.remove(&wave.number).unwrap_or_default();
        wave.replication = wave_replication(assets.into_iter(), plan.settings());
        if !wave.replication.fits() {
            findings.push(Finding::new(
                Severity::Warning,
                Subject::Wave(wave.number),
                format!("Wave {}'s replication does not fit: {}", wave.number, wave.replication.summary()),
                "Storage plus the drift until promotion must cross the link migration may use within the wave.",
                "Raise the bandwidth or its usable share, move large assets to other waves, or promote sooner (single-step) to cut drift.",
            ));
        }
    }
}

pub(crate) fn after_packing(
    plan: &Plan,
    index: &Index,
    wave_by_index: &[Option<u32>],
    waves: &[Wave],
    findings: &mut Vec<Finding>,
) {
    let wave_of = |i: usize| wave_by_index.get(i).copied().flatten();
    let workload = |i: usize| index.workloads[i];
    for &(from, to) in &index.hard {
        match (wave_of(from), wave_of(to)) {
            (Some(a), Some(b)) if a < b => findings.push(Finding::new(
                Severity::Warning,
                Subject::Workload(workload(from).id),
                format!("{} moves in wave {a}, before {} (wave {b}), which it hard-depends on.", workload(from).name, workload(to).name),
                "A pin put it there; a workload should not move before what it needs.",
                "Pin both to the same wave, or make the dependency soft if it can be reached over the network.",
            )),
            (Some(a), None) => findings.push(Finding::new(
                Severity::Warning,
                Subject::Workload(workload(from).id),
                format!("{} (wave {a}) hard-depends on {}, which this plan does not migrate.", workload(from).name, workload(to).name),
                "What stays on premises must be reachable at the expected performance.",
                "Check hybrid connectivity for this dependency, or bring the other workload into the plan.",
            )),
            _ => {}
        }
    }
    split_soft_dependencies(plan, index, wave_by_index, findings);
    over_capacity(plan, waves, findings);
    first_wave(plan, waves, findings);
}

fn split_soft_dependencies(
    plan: &Plan,
    index: &Index,
    wave_by_index: &[Option<u32>],
    findings: &mut Vec<Finding>,
) {
    let wave_of = |i: usize| wave_by_index.get(i).copied().flatten();
    // Soft edges are sorted by (dependent, dependency) and deduplicated, so each dependent's
    // split dependencies arrive together.
    let mut split: Vec<(usize, Vec<usize>)> = Vec::new();
    for &(from, to) in &index.soft {
        if wave_of(from).is_none() || wave_of(from) == wave_of(to) {
            continue;
        }
        match split.last_mut() {
            Some((last, others)) if *last == from => others.push(to),
            _ => split.push((from, vec![to])),
        }
    }
    let hybrid_ready = hybrid_connectivity_ready(plan);
    for (from, others) in split {
        let dependent = index.workloads[from];
        findings.push(Finding::new(
            if hybrid_ready { Severity::Info } else { Severity::Warning },
            Subject::Workload(dependent.id),
            format!(
                "{} has soft dependencies on {} in other waves.",
                dependent.name,
                names(others.iter().map(|&i| index.workloads[i]))
            ),
            if hybrid_ready {
                "Hybrid connectivity is ready (readiness), so they can be reached across waves; expect a performance dip."
            } else {
                "Split dependencies need hybrid connectivity, which readiness does not show as ready."
            },
            "Confirm the connection works at the expected performance, or pin them to the same wave.",
        ));
    }
}

fn over_capacity(plan: &Plan, waves: &[Wave], findings: &mut Vec<Finding>) {
    let capacity = &plan.settings().capacity;
    for wave in waves {
        let mut over = Vec::new();
        if wave.workloads.len() > wave.workload_limit as usize {
            over.push(format!(
                "{} workloads (limit {})",
                wave.workloads.len(),
                wave.workload_limit
            ));
        }
        if wave.assets > capacity.max_assets {
            over.push(format!(
                "{} assets (limit {})",
                wave.assets, capacity.max_assets
            ));
        }
        if wave.storage_gb > capacity.max_storage_gb {
            over.push(format!(
                "{} GB (limit {})",
                format_amount(wave.storage_gb),
                format_amount(capacity.max_storage_gb)
            ));
        }
        if !over.is_empty() {
            findings.push(Finding::new(
                Severity::Warning,
                Subject::Wave(wave.number),
                format!("Wave {} is over capacity: {}.", wave.number, over.join(", ")),
                "A pin or a move group too large for any wave put more in it than the team can move.",
                "Move pins, split the move group, or add people to raise the capacity.",
            ));
        }
    }
}

fn first_wave(plan: &Plan, waves: &[Wave], findings: &mut Vec<Finding>) {
    let Some(first) = waves.first() else { return };
    let risky: Vec<&Workload> = first
        .workloads
        .iter()
        .filter_map(|&id| plan.workload(id))
        .filter(|w| w.environment == Environment::Production || w.criticality >= Criticality::High)
        .collect();
    if !risky.is_empty() {
        findings.push(Finding::new(
            Severity::Info,
            Subject::Wave(1),
            format!(
                "The first wave includes production or high-criticality workloads: {}.",
                names(risky)
            ),
            "CAF advises a simple, non-production first workload so the team learns at low risk.",
            "Lower their priority or pin a simpler workload to wave 1.",
        ));
    }
}
