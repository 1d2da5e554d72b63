//! The wave planner. Workloads in a hard-dependency cycle form one move group; groups are
//! ordered so nothing moves before what it hard-depends on; groups are packed first-fit into
//! sprint-aligned waves under capacity, with a ramp, around freeze windows and pins. Whatever
//! could not be honoured becomes a finding. Same plan in, same waves out.

use std::collections::BTreeMap;

use crate::domain::calendar::DayRange;
use crate::domain::finding::{Finding, Severity, Subject};
use crate::domain::graph::{dependencies_first, strongly_connected};
use crate::domain::plan::Plan;
use crate::domain::remediation::{decide_all, RemediationDecision, RemediationMode};
use crate::domain::replication::WaveReplication;
use crate::domain::wave_checks;
use crate::domain::wave_index::Index;
use crate::domain::wave_packing::{Group, Packing};
use crate::domain::workload::{Environment, Workload, WorkloadId};

#[derive(Debug, Clone, PartialEq)]
pub struct Wave {
    /// 1-based.
    pub number: u32,
    pub days: DayRange,
    pub workloads: Vec<WorkloadId>,
    pub assets: u32,
    pub storage_gb: f64,
    pub workload_limit: u32,
    /// Workloads of the next wave whose remediation a factory does during this wave.
    pub factory_for: Vec<WorkloadId>,
    pub replication: WaveReplication,
}

/// A workload the planner leaves out of the waves, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldBack {
    pub workload: WorkloadId,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WavePlan {
    pub waves: Vec<Wave>,
    pub held_back: Vec<HeldBack>,
    pub findings: Vec<Finding>,
    /// The wave (1-based) of each planned workload, indexed like `ids`.
    wave_by_index: Vec<Option<u32>>,
    ids: Vec<WorkloadId>,
}

impl WavePlan {
    pub fn wave_of(&self, workload: WorkloadId) -> Option<u32> {
        let index = self.ids.binary_search(&workload).ok()?;
        self.wave_by_index.get(index).copied().flatten()
    }
}

/// Plans the waves, deciding remediation first. `Analysis::of` decides once and calls
/// [`plan_waves_with`] instead.
pub fn plan_waves(plan: &Plan) -> WavePlan {
    plan_waves_with(plan, &decide_all(plan))
}

pub fn plan_waves_with(
    plan: &Plan,
    decisions: &BTreeMap<WorkloadId, RemediationDecision>,
) -> WavePlan {
    let index = Index::new(plan);
    let n = index.ids.len();
    let mut findings = Vec::new();
    let mut held_back = Vec::new();
    let mut planned = vec![true; n];
    // The remediation mode of each workload, by index (ids are in the same order).
    let modes: Vec<Option<RemediationMode>> = index
        .ids
        .iter()
        .map(|id| decisions.get(id).map(|d| d.mode))
        .collect();
    for (i, workload) in index.workloads.iter().enumerate() {
        let reason = if !workload.migrates() {
            Some("Retired: it is not migrated.".to_owned())
        } else if modes[i] == Some(RemediationMode::Programme) {
            Some("Its remediation is a separate programme (major code change): it leaves the migration backlog until that is done.".to_owned())
        } else {
            None
        };
        if let Some(reason) = reason {
            planned[i] = false;
            findings.push(Finding::new(
                Severity::Info,
                Subject::Workload(workload.id),
                format!("{} is not in any wave.", workload.name),
                reason.clone(),
                "Nothing to do if this is intended; otherwise change its approach or remediation decision.",
            ));
            held_back.push(HeldBack {
                workload: workload.id,
                reason,
            });
        }
    }

    // Move groups: strongly connected components of the hard edges between planned workloads.
    let mut adjacency = vec![Vec::new(); n];
    for &(from, to) in &index.hard {
        if planned[from] && planned[to] {
            adjacency[from].push(to);
        }
    }
    let (component, count) = strongly_connected(&adjacency);
    let mut groups: Vec<Group> = (0..count)
        .map(|_| Group {
            members: Vec::new(),
            assets: 0,
            storage_gb: 0.0,
            pin: None,
            factory: false,
        })
        .collect();
    for i in (0..n).filter(|&i| planned[i]) {
        let group = &mut groups[component[i]];
        group.members.push(i);
        group.assets += index.assets[i];
        group.storage_gb += index.storage_gb[i];
        let workload = index.workloads[i];
        group.pin = group.pin.max(workload.pinned_wave);
        group.factory |= modes[i] == Some(RemediationMode::Wave);
    }
    let mut group_edges = vec![Vec::new(); count];
    for (from, edges) in adjacency.iter().enumerate() {
        for &to in edges {
            if component[from] != component[to] {
                group_edges[component[from]].push(component[to]);
            }
        }
    }
    // Ready groups go in business priority order, then non-production before production, then
    // the less critical and the smaller first (CAF: start simple), then by id.
    let key = |g: usize| {
        let members = &groups[g].members;
        let first = members.first().map_or(usize::MAX, |&m| m);
        let best = |f: &dyn Fn(&Workload) -> u32| {
            members
                .iter()
                .map(|&m| f(index.workloads[m]))
                .max()
                .unwrap_or(0)
        };
        (
            members
                .iter()
                .map(|&m| index.workloads[m].priority)
                .min()
                .unwrap_or(u32::MAX),
            best(&|w| u32::from(w.environment == Environment::Production)),
            best(&|w| w.criticality as u32),
            groups[g].assets,
            first,
        )
    };
    let order = dependencies_first(&group_edges, key);

    let mut packing = Packing {
        plan,
        waves: Vec::new(),
        next_open: Vec::new(),
        findings: Vec::new(),
    };
    let mut group_wave = vec![usize::MAX; count];
    for g in order {
        let group = &groups[g];
        if group.members.is_empty() {
            continue;
        }
        let after_dependencies = group_edges[g]
            .iter()
            .map(|&d| group_wave[d])
            .filter(|&w| w != usize::MAX)
            .max()
            .unwrap_or(0);
        let earliest = after_dependencies.max(usize::from(group.factory));
        let chosen = match group.pin {
            Some(pin) => pinned_wave(&mut packing, pin, earliest, group, &index),
            None => packing
                .find_wave(earliest, group, &index)
                .unwrap_or_else(|| {
                    packing.findings.push(wave_checks::no_room(
                        group.members.iter().map(|&m| index.workloads[m]),
                    ));
                    packing.waves.len().max(earliest)
                }),
        };
        if packing.oversized(group) {
            packing.findings.push(wave_checks::oversized(
                plan,
                group.members.iter().map(|&m| index.workloads[m]),
                chosen,
            ));
        }
        packing.place(chosen, group, &index);
        group_wave[g] = chosen;
    }
    findings.append(&mut packing.findings);
    let mut waves = packing.waves;

    let mut wave_by_index = vec![None; n];
    for i in (0..n).filter(|&i| planned[i]) {
        wave_by_index[i] = Some(group_wave[component[i]] as u32 + 1);
    }
    for i in (0..n).filter(|&i| planned[i] && groups[component[i]].factory) {
        let wave = group_wave[component[i]];
        if let Some(before) = wave.checked_sub(1).and_then(|w| waves.get_mut(w)) {
            before.factory_for.push(index.ids[i]);
        }
    }
    wave_checks::replication(plan, &index, &wave_by_index, &mut waves, &mut findings);
    wave_checks::after_packing(plan, &index, &wave_by_index, &waves, &mut findings);
    WavePlan {
        waves,
        held_back,
        findings,
        wave_by_index,
        ids: index.ids,
    }
}

/// A pinned group goes to its pin, even over capacity or against a dependency; both become
/// findings.
fn pinned_wave(
    packing: &mut Packing,
    pin: u32,
    earliest: usize,
    group: &Group,
    index: &Index,
) -> usize {
    let chosen = pin.saturating_sub(1) as usize;
    let names = || group.members.iter().map(|&m| &index.workloads[m].name);
    if chosen < earliest {
        packing.findings.push(Finding::new(
            Severity::Warning,
            Subject::Wave(pin),
            format!("Pinned to wave {pin}, {} would move before what it hard-depends on (wave {} at the earliest).", join(names()), earliest + 1),
            "A person pinned the workload; the planner keeps pins.",
            "Move the pin to a later wave, or pin its dependencies to the same or an earlier wave.",
        ));
    }
    if packing.frozen(chosen, group, index) {
        packing.findings.push(Finding::new(
            Severity::Warning,
            Subject::Wave(pin),
            format!("Wave {pin} falls in a freeze window of {}.", join(names())),
            "The business forbids changes then, but a person pinned the workload to this wave.",
            "Pin the workload to a wave outside its freeze window.",
        ));
    }
    chosen
}

/// "a, b, c" for up to four items, "a, b, c and 7 more" beyond; only what is shown is
/// formatted, since findings on large plans name many workloads.
pub(crate) fn join<T: std::fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    let items: Vec<T> = items.into_iter().collect();
    let shown = if items.len() > 4 { 3 } else { items.len() };
    let mut text = items
        .iter()
        .take(shown)
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > shown {
        text.push_str(&format!(" and {} more", items.len() - shown));
    }
    text
}
