//! The findings of the wave planner: every rule a plan bends (capacity and its buffer, pins,
//! dependencies and release inclusion, freezes, bandwidth, sequencing), said in words a
//! migration lead can act on. A rule bent without a finding is a bug (tests/wave_planning.rs
//! and the properties check it).

use std::collections::BTreeMap;

use crate::domain::asset::Asset;
use crate::domain::calendar::DayRange;
use crate::domain::finding::{Finding, Severity, Subject};
use crate::domain::holdings::Holdings;
use crate::domain::plan::Plan;
use crate::domain::quantity::{counted, format_amount};
use crate::domain::replication::{asset_transfer_gb, WaveReplication};
use crate::domain::settings::PlannedCapacity;
use crate::domain::waves::crossings;
use crate::domain::waves::groups::{Group, MoveGroups};
use crate::domain::waves::index::Index;
use crate::domain::waves::packing::Packing;
use crate::domain::waves::{join, Wave};
use crate::domain::workload::{Checkpoint, Criticality, Environment, FreezeWindow, Workload};

/// CAF: the first workload is simple, under about ten assets and self-contained.
pub const FIRST_WAVE_ASSETS: u32 = 10;

/// What the checks after packing look at.
pub(crate) struct Facts<'a> {
    pub plan: &'a Plan,
    pub holdings: &'a Holdings<'a>,
    pub index: &'a Index<'a>,
    pub groups: &'a MoveGroups,
    pub wave_by_index: &'a [Option<u32>],
    pub hybrid_ready: bool,
}

impl Facts<'_> {
    /// Whether a dependency joins the workload to one in another wave (either way).
    fn crosses_waves(&self, workload: &Workload) -> bool {
        self.index.position(workload.id).is_some_and(|i| {
            self.index
                .hard
                .iter()
                .chain(&self.index.soft)
                .any(|&(a, b)| (a == i || b == i) && self.wave_of(a) != self.wave_of(b))
        })
    }

    pub fn wave_of(&self, i: usize) -> Option<u32> {
        self.wave_by_index.get(i).copied().flatten()
    }

    fn workload(&self, i: usize) -> &Workload {
        self.index.workloads[i]
    }
}

/// The workloads' names, each once, in id order.
fn names<'a>(workloads: impl IntoIterator<Item = &'a Workload>) -> String {
    let mut workloads: Vec<&Workload> = workloads.into_iter().collect();
    workloads.sort_by_key(|w| w.id);
    workloads.dedup_by_key(|w| w.id);
    join(workloads.into_iter().map(|w| &w.name))
}

fn members<'a>(group: &'a Group, index: &'a Index) -> impl Iterator<Item = &'a Workload> + 'a {
    group.members.iter().map(|&m| index.workloads[m])
}

pub(crate) fn held_back(workload: &Workload, reason: &str) -> Finding {
    Finding::new(
        Severity::Info,
        Subject::Workload(workload.id),
        format!("{} is not in any wave.", workload.name),
        reason.to_owned(),
        "Nothing to do if this is intended; otherwise change its approach or remediation decision.",
    )
}

pub(crate) fn frozen_out(group: &Group, index: &Index, first: DayRange, horizon: usize) -> Finding {
    Finding::new(
        Severity::Warning,
        Subject::Workload(index.ids[group.members[0]]),
        format!(
            "{} is in no wave: freeze windows, blackouts or team holidays cover every wave from {} for {} (about three years), the planning horizon.",
            names(members(group, index)),
            first.from(),
            counted(horizon, "wave", "waves")
        ),
        "The business forbids changes in its freeze windows, and waveplan does not plan waves past its horizon.",
        "Shorten the freeze windows, blackouts or team holidays, or pin the workload to the wave it should move in.",
    )
}

/// What a move group or a wave needs from a wave.
struct Load {
    workloads: usize,
    assets: u32,
    storage_gb: f64,
    sprint_hours: f64,
}

/// Each need beyond what a wave plans for, with that limit: "3 workloads (plans for 2)". One
/// wording for a move group too large for any wave and for a wave over its capacity.
fn beyond(load: &Load, capacity: &PlannedCapacity) -> Vec<String> {
    let mut over = Vec::new();
    if load.workloads > capacity.workloads as usize {
        let workloads = counted(load.workloads, "workload", "workloads");
        over.push(format!("{workloads} (plans for {})", capacity.workloads));
    }
    if load.assets > capacity.assets {
        let assets = counted(load.assets as usize, "asset", "assets");
        over.push(format!("{assets} (plans for {})", capacity.assets));
    }
    let amounts = [
        (load.storage_gb, capacity.storage_gb, "GB of storage", "GB"),
        (
            load.sprint_hours,
            capacity.remediation_hours,
            "h of in-sprint remediation",
            "h",
        ),
    ];
    for (needs, most, what, unit) in amounts {
        // A sum of hours may sit a rounding error above the limit it meets.
        if needs > most + 1e-9 {
            let (needs, most) = (format_amount(needs), format_amount(most));
            over.push(format!("{needs} {what} (plans for {most} {unit})"));
        }
    }
    over
}

pub(crate) fn oversized(plan: &Plan, group: &Group, index: &Index, wave: usize) -> Finding {
    let capacity = plan.settings().planned_capacity(u32::MAX);
    let load = Load {
        workloads: group.members.len(),
        assets: group.assets,
        storage_gb: group.storage_gb,
        sprint_hours: group.sprint_hours,
    };
    let over = beyond(&load, &capacity);
    let limits = format!(
        "with the {} % buffer held back, a wave plans for at most {}, {}, {} GB and {} h of in-sprint remediation, and it needs {}.",
        format_amount(plan.settings().buffer_percent),
        counted(capacity.workloads as usize, "workload", "workloads"),
        counted(capacity.assets as usize, "asset", "assets"),
        format_amount(capacity.storage_gb),
        format_amount(capacity.remediation_hours),
        join(&over)
    );
    let names = names(members(group, index));
    let (what, why, fix) = if group.members.len() == 1 {
        (
            names,
            format!("A workload moves whole; {limits}"),
            "Raise the wave capacity (Waves → Settings), or split the workload into workloads that can move apart.",
        )
    } else {
        (
            format!("The move group {names}"),
            format!("Its workloads must move together (hard dependencies or a business coupling); {limits}"),
            "Make dependencies that can be reached over the network soft, split the workloads, or raise the wave capacity.",
        )
    };
    Finding::new(
        Severity::Warning,
        Subject::Wave(wave as u32 + 1),
        format!(
            "{what} is larger than any wave plans for, so it has wave {} to itself.",
            wave + 1
        ),
        why,
        fix,
    )
}

/// Findings for a group placed at its pin: a pin not kept (the group moves with a member pinned
/// elsewhere), a pin before what the group depends on, a pin in a freeze.
/// The earliest wave (0-based) a group may move in, and why.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Earliest {
    /// After what it depends on (and non-production before production).
    pub after_dependencies: usize,
    /// With a wave before it for its remediation factory.
    pub after_factory: usize,
}

pub(crate) fn pinned(
    packing: &Packing,
    group: &Group,
    index: &Index,
    chosen: usize,
    earliest: Earliest,
) -> Vec<Finding> {
    let mut found = Vec::new();
    let wave = chosen as u32 + 1;
    for workload in members(group, index) {
        if let Some(pin) = workload.pinned_wave.filter(|&pin| pin != wave) {
            found.push(Finding::new(
                Severity::Warning,
                Subject::Workload(workload.id),
                format!("{} is pinned to wave {pin} but moves in wave {wave}, with {}.", workload.name, names(members(group, index).filter(|w| w.id != workload.id))),
                "It must move together with them (a hard-dependency cycle, hard dependencies without hybrid connectivity, or a business coupling), and they cannot all keep their pins: one cut over keeps the wave it moved in, else the latest pin wins.",
                // A cut-over's pin cannot move: what is left is the cut-over or the tie.
                if workload.has(Checkpoint::CutOver) {
                    "Untick a cut-over that has not happened, or loosen what ties them (a soft dependency, no shared coupling)."
                } else {
                    "Pin the workloads that move together to the same wave."
                },
            ));
        }
    }
    if chosen < earliest.after_dependencies {
        found.push(Finding::new(
            Severity::Warning,
            Subject::Wave(wave),
            format!("Pinned to wave {wave}, {} would move before what it must follow (wave {} at the earliest).", names(members(group, index)), earliest.after_dependencies + 1),
            "A person pinned the workload; the planner keeps pins.",
            "Move the pin to a later wave, or pin what it depends on to the same or an earlier wave.",
        ));
    } else if chosen < earliest.after_factory {
        found.push(Finding::new(
            Severity::Warning,
            Subject::Wave(wave),
            format!("Pinned to wave {wave}, {} leaves no wave before it for its remediation factory.", names(members(group, index))),
            "Its remediation is done by a factory in the wave before its migration, and wave 1 has none before it.",
            "Pin it to wave 2 or later, or override its remediation to the migration sprint (Remediation).",
        ));
    }
    found.extend(pinned_into_closed(packing, group, index, chosen));
    found
}

/// A pin into a plan-wide blackout or one of the members' freeze windows.
fn pinned_into_closed(
    packing: &Packing,
    group: &Group,
    index: &Index,
    chosen: usize,
) -> Option<Finding> {
    let wave = chosen as u32 + 1;
    // Cut over in that wave: it moved before the blackout or freeze was set, or was not cut over.
    let moved = members(group, index).any(|w| w.has(Checkpoint::CutOver));
    let (why, fix) = if moved {
        (
            "It was cut over in this wave: the migration happened there.",
            "Nothing to do if it moved before this was set; if it has not moved, untick its cut-over (Staging).",
        )
    } else {
        (
            "No workload moves in a plan-wide blackout or a freeze window, but a person pinned the workload to this wave.",
            "Pin the workload to a wave outside the blackout or freeze window, or shorten it.",
        )
    };
    if let Some(blackout) = packing.blackout(chosen, group) {
        return Some(Finding::new(
            Severity::Warning,
            Subject::Wave(wave),
            format!(
                "Pinned to wave {wave}, {} moves in the blackout {}.",
                names(members(group, index)),
                blackout_name(blackout)
            ),
            why,
            fix,
        ));
    }
    packing.frozen(chosen, group, index).then(|| {
        Finding::new(
            Severity::Warning,
            Subject::Wave(wave),
            format!(
                "Wave {wave} falls in a freeze window of {}.",
                names(members(group, index))
            ),
            why,
            fix,
        )
    })
}

/// Per-wave replication time against the hours the link may carry migration traffic.
pub(crate) fn replication(facts: &Facts, waves: &mut [Wave], findings: &mut Vec<Finding>) {
    let settings = facts.plan.settings();
    // Each wave's transfer, by wave number, summed in asset order.
    let numbers = waves.iter().map(|w| w.number as usize).max().unwrap_or(0);
    let mut transfer_gb = vec![0.0; numbers + 1];
    for &(i, asset) in &facts.holdings.held {
        if let Some(sum) = facts
            .wave_of(i)
            .and_then(|wave| transfer_gb.get_mut(wave as usize))
        {
            *sum += asset_transfer_gb(asset, settings);
        }
    }
    for wave in waves.iter_mut() {
        wave.replication = WaveReplication::of(transfer_gb[wave.number as usize], settings);
        if !wave.replication.fits() {
            findings.push(Finding::new(
                Severity::Warning,
                Subject::Wave(wave.number),
                format!("Wave {}'s replication does not fit: {}", wave.number, wave.replication.summary()),
                "Each wave must copy its storage plus the drift until promotion within the hours a day the link may carry migration traffic, at the share of it migration may use.",
                "Raise the bandwidth, its usable share or its hours a day, move large assets to other waves, or promote sooner to cut drift.",
            ));
        }
    }
}

pub(crate) fn after_packing(facts: &Facts, waves: &[Wave], findings: &mut Vec<Finding>) {
    crossings::split_dependencies(facts, findings);
    unassigned(facts, findings);
    counterparts(facts, findings);
    over_capacity(facts.plan, waves, findings);
    first_wave(facts, waves, findings);
    blackouts(facts.plan, waves, findings);
    holidays(facts.plan, waves, findings);
}

/// Each wave team holidays shrink, by how much: the planner already planned it smaller.
fn holidays(plan: &Plan, waves: &[Wave], findings: &mut Vec<Finding>) {
    let settings = plan.settings();
    for wave in waves.iter().filter(|w| w.capacity.holiday_share > 0.0) {
        let full = settings.workloads_without_holidays(wave.number);
        findings.push(Finding::new(
            Severity::Info,
            Subject::Wave(wave.number),
            format!(
                "Team holidays take {} % of wave {}'s days: it plans for {} instead of {}.",
                (wave.capacity.holiday_share * 100.0).round(),
                wave.number,
                counted(wave.workload_limit as usize, "workload", "workloads"),
                full
            ),
            "A team on holiday migrates nothing; the wave's capacity shrinks by the share of its days they cover.",
            "Nothing to do if the holidays are right; otherwise change them (Waves, settings).",
        ));
    }
}

/// The plan-wide blackout a wave's days overlap, named: no workload moves in it but those
/// pinned there, so the wave's capacity means nothing to the others.
pub fn blackout_over(plan: &Plan, days: &DayRange) -> Option<String> {
    plan.settings()
        .blackouts
        .iter()
        .find(|blackout| days.overlaps(&blackout.days))
        .map(blackout_name)
}

/// "“Year-end close” (2027-12-15 – 2028-01-10)".
fn blackout_name(blackout: &FreezeWindow) -> String {
    let dates = format!("{} – {}", blackout.days.from(), blackout.days.to());
    if blackout.reason.trim().is_empty() {
        dates
    } else {
        format!("“{}” ({dates})", blackout.reason.trim())
    }
}

/// What each blackout does to the plan: the waves it overlaps move only what was pinned there.
fn blackouts(plan: &Plan, waves: &[Wave], findings: &mut Vec<Finding>) {
    for blackout in &plan.settings().blackouts {
        let hit: Vec<u32> = waves
            .iter()
            .filter(|wave| wave.days.overlaps(&blackout.days))
            .map(|wave| wave.number)
            .collect();
        if hit.is_empty() {
            continue;
        }
        findings.push(Finding::new(
            Severity::Info,
            Subject::Plan,
            format!(
                "The blackout {} overlaps {}: only workloads pinned there move in {}.",
                blackout_name(blackout),
                counted_waves(&hit),
                if hit.len() == 1 { "it" } else { "them" }
            ),
            "No workload moves in a plan-wide blackout; the planner moves the others to later waves.",
            "Nothing to do if the blackout is right; otherwise shorten it (Waves, settings).",
        ));
    }
}

/// "wave 3" or "waves 3, 4 and 5".
fn counted_waves(numbers: &[u32]) -> String {
    match numbers {
        [one] => format!("wave {one}"),
        _ => format!("waves {}", join(numbers.iter())),
    }
}

fn unassigned(facts: &Facts, findings: &mut Vec<Finding>) {
    let index = facts.index;
    let mut by_dependent: BTreeMap<usize, Vec<&Asset>> = BTreeMap::new();
    for &(from, asset) in &index.hard_unassigned {
        if let Some(asset) = facts.plan.asset(asset) {
            by_dependent.entry(from).or_default().push(asset);
        }
    }
    for (from, assets) in by_dependent {
        let dependent = facts.workload(from);
        findings.push(Finding::new(
            Severity::Warning,
            Subject::Workload(dependent.id),
            format!(
                "{} hard-depends on {} in no workload: {}.",
                dependent.name,
                counted(assets.len(), "asset", "assets"),
                join(assets.iter().map(|a| &a.name))
            ),
            "An asset in no workload is in no wave, so nothing moves it; the dependency is met only if it stays reachable where it is.",
            "Assign the assets to a workload (Inventory), or confirm hybrid connectivity reaches them.",
        ));
    }
    let unassigned = &facts.holdings.unassigned;
    if !unassigned.is_empty() {
        let names: Vec<String> = unassigned
            .iter()
            .take(4)
            .filter_map(|id| facts.plan.asset(*id))
            .map(|a| a.name.to_string())
            .collect();
        let more = unassigned.len().saturating_sub(names.len());
        let list = if more > 0 {
            format!("{} and {more} more", names.join(", "))
        } else {
            names.join(", ")
        };
        findings.push(Finding::new(
            Severity::Warning,
            Subject::Plan,
            format!(
                "{} in no workload, so in no wave: {list}.",
                counted(unassigned.len(), "asset is", "assets are")
            ),
            "Waves move workloads; an asset nobody has assigned is not planned at all.",
            "Group them into workloads on the Inventory page (it can suggest groups), or mark what will not move out of scope.",
        ));
    }
}

/// CAF: non-production before its production counterpart.
fn counterparts(facts: &Facts, findings: &mut Vec<Finding>) {
    for &(nonprod, prod) in &facts.groups.counterpart_conflicts {
        let (test, live) = (facts.workload(nonprod), facts.workload(prod));
        findings.push(Finding::new(
            Severity::Warning,
            Subject::Workload(live.id),
            format!("{} cannot move before its production counterpart {}.", test.name, live.name),
            "Hard dependencies or a business coupling tie them into one wave (or put production first), so non-production cannot go first as CAF advises.",
            "Remove the coupling or make a dependency soft, or accept the risk and clear the counterpart.",
        ));
    }
    for (i, brief) in facts.index.briefs.iter().enumerate() {
        let Some(p) = brief.counterpart else {
            continue;
        };
        if let (Some(a), Some(b)) = (facts.wave_of(i), facts.wave_of(p)) {
            let workload = facts.workload(i);
            let conflict = facts.groups.counterpart_conflicts.contains(&(i, p));
            if a >= b && !conflict {
                findings.push(Finding::new(
                    Severity::Warning,
                    Subject::Workload(workload.id),
                    format!("{} (wave {a}) does not move before its production counterpart {} (wave {b}).", workload.name, facts.workload(p).name),
                    "CAF moves non-production before production, so the team learns on it; a pin put them in this order.",
                    "Pin the non-production workload to an earlier wave.",
                ));
            }
        }
    }
}

fn over_capacity(plan: &Plan, waves: &[Wave], findings: &mut Vec<Finding>) {
    let buffer = format_amount(plan.settings().buffer_percent);
    for wave in waves {
        let load = Load {
            workloads: wave.workloads.len(),
            assets: wave.assets,
            storage_gb: wave.storage_gb,
            sprint_hours: wave.sprint_hours,
        };
        let over = beyond(&load, &wave.capacity);
        if !over.is_empty() {
            findings.push(Finding::new(
                Severity::Warning,
                Subject::Wave(wave.number),
                format!("Wave {} is over capacity: {}.", wave.number, over.join(", ")),
                format!("Capacity less the {buffer} % buffer is what a wave plans for; a pin or a move group too large for any wave put more in it, eating the buffer kept for what goes wrong."),
                "Move pins, split the move group, or raise the capacity (more people, more remediation hours).",
            ));
        }
    }
}

/// CAF: start with a simple workload — non-production, low criticality, under about ten
/// assets, self-contained.
fn first_wave(facts: &Facts, waves: &[Wave], findings: &mut Vec<Finding>) {
    // The team's first migration: the first wave that moves something (an earlier one may
    // hold only factory work, or be too small under the ramp for the first move group).
    let Some(first) = waves.iter().find(|w| !w.workloads.is_empty()) else {
        return;
    };
    let number = first.number;
    let workloads: Vec<&Workload> = first
        .workloads
        .iter()
        .filter_map(|&id| facts.plan.workload(id))
        .collect();
    let which = |keep: &dyn Fn(&Workload) -> bool| -> Vec<&Workload> {
        workloads.iter().copied().filter(|w| keep(w)).collect()
    };
    let risky =
        which(&|w| w.environment == Environment::Production || w.criticality >= Criticality::High);
    let large = which(&|w| {
        facts
            .index
            .position(w.id)
            .is_some_and(|i| facts.index.assets[i] >= FIRST_WAVE_ASSETS)
    });
    let entangled = which(&|w| facts.crosses_waves(w));
    let rules = [
        (risky, format!("The first migration (wave {number}) includes production or high-criticality workloads:"),
            "CAF advises a simple, non-production first workload so the team learns at low risk.".to_owned(),
            "Lower their priority or pin a simpler workload to wave 1."),
        (large, format!("The first migration (wave {number}) includes workloads of {FIRST_WAVE_ASSETS} assets or more:"),
            format!("CAF advises a first workload of under about {FIRST_WAVE_ASSETS} assets, so the first migration is small enough to learn from."),
            "Pin a smaller workload to the first wave, or lower the priority of the large ones."),
        (entangled, format!("First-migration workloads (wave {number}) depend on, or are needed by, workloads in other waves:"),
            "CAF advises a self-contained first workload, so the first migration does not also test hybrid connectivity.".to_owned(),
            "Pin a workload without dependencies to wave 1."),
    ];
    for (found, what, why, fix) in rules {
        if !found.is_empty() {
            findings.push(Finding::new(
                Severity::Info,
                Subject::Wave(number),
                format!("{what} {}.", names(found)),
                why,
                fix,
            ));
        }
    }
}
