//! The wave planner. Workloads form move groups (`groups`); groups are ordered so nothing moves
//! before what it hard-depends on, and non-production before production; pinned groups take
//! their waves first (a pin reserves its room), then the rest are packed first-fit into
//! sprint-aligned waves under capacity less the buffer, with a ramp, around freeze windows
//! (`packing`). Whatever could not be honoured becomes a finding (`checks`). Same plan in, same
//! waves out.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::domain::calendar::DayRange;
use crate::domain::finding::Finding;
use crate::domain::graph::dependencies_first;
use crate::domain::holdings::Holdings;
use crate::domain::plan::Plan;
use crate::domain::readiness::hybrid_connectivity_ready;
use crate::domain::remediation::{decide_all_in, RemediationDecision, RemediationMode};
use crate::domain::replication::WaveReplication;
use crate::domain::settings::PlannedCapacity;
use crate::domain::workload::WorkloadId;

mod checks;
pub use checks::blackout_over;
mod crossings;
mod groups;
mod index;
mod moves;
mod packing;
mod room;

pub use moves::{dates_moved, moves, Move};

use groups::{move_groups, Group, MoveGroups};
use index::Index;
use packing::Packing;

#[derive(Debug, Clone, PartialEq)]
pub struct Wave {
    /// 1-based.
    pub number: u32,
    pub days: DayRange,
    pub workloads: Vec<WorkloadId>,
    pub assets: u32,
    pub storage_gb: f64,
    /// Open remediation hours of the workloads remediated in this wave's sprints.
    pub sprint_hours: f64,
    /// How many workloads the wave plans for (the ramp, less the buffer).
    pub workload_limit: u32,
    pub capacity: PlannedCapacity,
    /// Workloads of the next wave whose remediation a factory does during this wave.
    pub factory_for: Vec<WorkloadId>,
    pub replication: WaveReplication,
}

/// Why a workload is in its wave, for a chip beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaveReason {
    /// The first wave with room, in priority order.
    FirstWithRoom,
    Pinned,
    /// After a workload it must follow: one it hard-depends on, or its non-production
    /// counterpart.
    After {
        workload: WorkloadId,
        counterpart: bool,
    },
    /// Its remediation factory works in the wave before.
    Factory,
    /// It moves with `workload` (they must move together), whose remediation factory works in
    /// the wave before; its own fixes are made in its sprint.
    WithFactory {
        workload: WorkloadId,
    },
    /// The waves before were full.
    Capacity,
    /// A freeze window or a plan-wide blackout ruled out the waves before.
    Freeze,
    /// Some waves before were full and the others frozen (a freeze window or a blackout).
    FullOrFrozen,
}

impl WaveReason {
    /// The reason in a few words; `name_of` names a workload.
    pub fn describe(self, name_of: impl Fn(WorkloadId) -> String) -> String {
        match self {
            WaveReason::FirstWithRoom => "First wave with room, by priority".into(),
            WaveReason::Pinned => "Pinned here".into(),
            WaveReason::After {
                workload,
                counterpart: false,
            } => format!("After {}, which it needs", name_of(workload)),
            WaveReason::After { workload, .. } => {
                format!("After its test counterpart {}", name_of(workload))
            }
            WaveReason::Factory => "Its fixes are made the wave before".into(),
            WaveReason::WithFactory { workload } => format!(
                "Moves with {}, whose fixes are made the wave before",
                name_of(workload)
            ),
            WaveReason::Capacity => "Waves before were full".into(),
            WaveReason::Freeze => "A freeze or blackout rules out earlier waves".into(),
            WaveReason::FullOrFrozen => {
                "Waves before were full, or closed by a freeze or blackout".into()
            }
        }
    }
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
    reason_by_index: Vec<Option<WaveReason>>,
    ids: Vec<WorkloadId>,
}

impl WavePlan {
    pub fn wave_of(&self, workload: WorkloadId) -> Option<u32> {
        let index = self.ids.binary_search(&workload).ok()?;
        self.wave_by_index.get(index).copied().flatten()
    }

    /// Why the workload is in its wave.
    pub fn reason_of(&self, workload: WorkloadId) -> Option<WaveReason> {
        let index = self.ids.binary_search(&workload).ok()?;
        self.reason_by_index.get(index).copied().flatten()
    }
}

/// Plans the waves, deciding remediation first. `Analysis::of` shares the decisions and the
/// assets' workloads with the rest of the analysis and calls [`plan_waves_in`] instead.
pub fn plan_waves(plan: &Plan) -> WavePlan {
    let holdings = Holdings::of(plan);
    plan_waves_in(plan, &holdings, &decide_all_in(plan, &holdings))
}

pub fn plan_waves_with(
    plan: &Plan,
    decisions: &BTreeMap<WorkloadId, RemediationDecision>,
) -> WavePlan {
    plan_waves_in(plan, &Holdings::of(plan), decisions)
}

/// [`plan_waves_with`], with the assets' workloads already found (the analysis shares them
/// with the remediation decisions).
pub(crate) fn plan_waves_in(
    plan: &Plan,
    holdings: &Holdings,
    decisions: &BTreeMap<WorkloadId, RemediationDecision>,
) -> WavePlan {
    let index = Index::new(plan, holdings);
    let mut findings = Vec::new();
    let modes: Vec<Option<RemediationMode>> = index
        .ids
        .iter()
        .map(|id| decisions.get(id).map(|d| d.mode))
        .collect();
    let (planned, mut held_back) = hold_back(&index, &modes, &mut findings);
    let hybrid_ready = hybrid_connectivity_ready(plan);
    let groups = move_groups(&index, &planned, &modes, hybrid_ready);
    let mut packing = Packing::new(plan);
    let placed = pack(&mut packing, &groups, &index, &mut findings);
    let mut waves = packing.waves;
    let (wave_by_index, reason_by_index) = assign(&index, &groups, &placed, &modes, &mut held_back);
    mark_factories(&index, &groups, &placed, &modes, &mut waves);
    let facts = checks::Facts {
        plan,
        holdings,
        index: &index,
        groups: &groups,
        wave_by_index: &wave_by_index,
        hybrid_ready,
    };
    checks::replication(&facts, &mut waves, &mut findings);
    checks::after_packing(&facts, &waves, &mut findings);
    WavePlan {
        waves,
        held_back,
        findings,
        wave_by_index,
        reason_by_index,
        ids: index.ids,
    }
}

/// Workloads no wave takes: retired ones, and those whose remediation is a separate
/// programme. Returns which workloads are planned, and the ones held back with why.
fn hold_back(
    index: &Index,
    modes: &[Option<RemediationMode>],
    findings: &mut Vec<Finding>,
) -> (Vec<bool>, Vec<HeldBack>) {
    let mut planned = vec![true; index.ids.len()];
    let mut held_back = Vec::new();
    for (i, brief) in index.briefs.iter().enumerate() {
        let reason = if !brief.migrates {
            "Retired: it is not migrated.".to_owned()
        } else if modes[i] == Some(RemediationMode::Programme) {
            "Its remediation is a separate programme (major code change): it leaves the migration backlog until that is done.".to_owned()
        } else {
            continue;
        };
        planned[i] = false;
        findings.push(checks::held_back(index.workloads[i], &reason));
        held_back.push(HeldBack {
            workload: index.ids[i],
            reason,
        });
    }
    (planned, held_back)
}

/// Each workload's wave (1-based) and why, from its group's; a group no wave took holds its
/// workloads back.
fn assign(
    index: &Index,
    groups: &MoveGroups,
    placed: &[Option<(usize, WaveReason)>],
    modes: &[Option<RemediationMode>],
    held_back: &mut Vec<HeldBack>,
) -> (Vec<Option<u32>>, Vec<Option<WaveReason>>) {
    let n = index.ids.len();
    let mut wave_by_index = vec![None; n];
    let mut reason_by_index = vec![None; n];
    for i in 0..n {
        let Some(g) = groups.group_of[i] else {
            continue;
        };
        match placed[g] {
            Some((wave, reason)) => {
                wave_by_index[i] = Some(wave as u32 + 1);
                reason_by_index[i] = Some(own_reason(reason, i, &groups.groups[g], index, modes));
            }
            None => held_back.push(HeldBack {
                workload: index.ids[i],
                reason: "Frozen for the whole planning horizon: no wave within three years of the first one with room is outside its freeze windows, the blackouts and the team's holidays.".to_owned(),
            }),
        }
    }
    (wave_by_index, reason_by_index)
}

/// A group is placed after the wave its factory works in when any member's remediation is a
/// factory's; a member whose own fixes are made in its sprint moves there with that member.
fn own_reason(
    reason: WaveReason,
    i: usize,
    group: &Group,
    index: &Index,
    modes: &[Option<RemediationMode>],
) -> WaveReason {
    if reason != WaveReason::Factory || modes[i] == Some(RemediationMode::Wave) {
        return reason;
    }
    group
        .members
        .iter()
        .find(|&&m| modes[m] == Some(RemediationMode::Wave))
        .map_or(reason, |&m| WaveReason::WithFactory {
            workload: index.ids[m],
        })
}

/// The wave before a factory-remediated group hosts its factory work: for the members whose
/// own remediation is the factory's, not the ones fixed in their sprint.
fn mark_factories(
    index: &Index,
    groups: &MoveGroups,
    placed: &[Option<(usize, WaveReason)>],
    modes: &[Option<RemediationMode>],
    waves: &mut [Wave],
) {
    for (g, group) in groups.groups.iter().enumerate() {
        let Some((wave, _)) = placed[g].filter(|_| group.factory) else {
            continue;
        };
        if let Some(before) = wave.checked_sub(1).and_then(|w| waves.get_mut(w)) {
            let factory = group
                .members
                .iter()
                .filter(|&&m| modes[m] == Some(RemediationMode::Wave));
            before.factory_for.extend(factory.map(|&m| index.ids[m]));
        }
    }
}

/// The groups in the order they are placed: what a group needs before it, then by priority.
fn packing_order(groups: &MoveGroups) -> Vec<usize> {
    dependencies_first(
        groups.edges.len(),
        |g| groups.edges[g].iter().map(|edge| edge.before),
        |g| order_key(&groups.groups[g]),
    )
}

/// Places every group: pinned ones first (`place_pins`), then the rest in dependency order.
/// Returns each group's wave (0-based) and why, `None` for a group no wave within the freeze
/// horizon can take.
fn pack(
    packing: &mut Packing,
    groups: &MoveGroups,
    index: &Index,
    findings: &mut Vec<Finding>,
) -> Vec<Option<(usize, WaveReason)>> {
    let (mut group_wave, mut reasons) = place_pins(packing, groups, index);
    for g in packing_order(groups) {
        let group = &groups.groups[g];
        let after_dependencies = groups.edges[g]
            .iter()
            .filter_map(|edge| group_wave[edge.before].map(|w| w + usize::from(edge.strict)))
            .max()
            .unwrap_or(0);
        let earliest = after_dependencies.max(usize::from(group.factory));
        if let Some(pin) = group.pin {
            let chosen = pin.saturating_sub(1) as usize;
            let earliest = checks::Earliest {
                after_dependencies,
                after_factory: usize::from(group.factory),
            };
            findings.extend(checks::pinned(packing, group, index, chosen, earliest));
            continue;
        }
        let (chosen, first_with_room, full_between) =
            match packing.find_wave(earliest, group, index) {
                Ok(found) => found,
                Err(first_with_room) => {
                    findings.push(checks::frozen_out(
                        group,
                        index,
                        packing.days_of(first_with_room),
                        packing.horizon_waves(),
                    ));
                    continue;
                }
            };
        if packing.oversized(group) {
            findings.push(checks::oversized(packing.plan, group, index, chosen));
        }
        packing.place(chosen, group, index);
        group_wave[g] = Some(chosen);
        let placed = Placed {
            chosen,
            first_with_room,
            full_between,
            earliest,
            after_dependencies,
        };
        reasons[g] = Some(reason_for(groups, g, index, &group_wave, placed));
    }
    group_wave
        .into_iter()
        .zip(reasons)
        .map(|(wave, reason)| wave.zip(reason))
        .collect()
}

/// Pinned groups first, so a pin reserves its room: each group's wave (0-based) and reason.
fn place_pins(
    packing: &mut Packing,
    groups: &MoveGroups,
    index: &Index,
) -> (Vec<Option<usize>>, Vec<Option<WaveReason>>) {
    let count = groups.groups.len();
    let mut group_wave: Vec<Option<usize>> = vec![None; count];
    let mut reasons: Vec<Option<WaveReason>> = vec![None; count];
    for (g, group) in groups.groups.iter().enumerate() {
        if let Some(pin) = group.pin {
            let chosen = pin.saturating_sub(1) as usize;
            packing.place(chosen, group, index);
            group_wave[g] = Some(chosen);
            reasons[g] = Some(WaveReason::Pinned);
        }
    }
    (group_wave, reasons)
}

/// Where a group went (0-based waves) and what bounded it.
#[derive(Clone, Copy)]
struct Placed {
    chosen: usize,
    first_with_room: usize,
    /// A wave between the first with room and the chosen one was full (the others frozen).
    full_between: bool,
    earliest: usize,
    after_dependencies: usize,
}

/// The strongest cause of a group's wave: a freeze pushed it, or full waves, or what it must
/// follow, or its factory; else it simply took the first wave with room.
fn reason_for(
    groups: &MoveGroups,
    g: usize,
    index: &Index,
    group_wave: &[Option<usize>],
    placed: Placed,
) -> WaveReason {
    let followed = groups.edges[g].iter().find(|edge| {
        group_wave[edge.before].map(|w| w + usize::from(edge.strict))
            == Some(placed.after_dependencies)
    });
    let crowded = placed.first_with_room > placed.earliest || placed.full_between;
    if placed.chosen > placed.first_with_room && crowded {
        WaveReason::FullOrFrozen
    } else if placed.chosen > placed.first_with_room {
        WaveReason::Freeze
    } else if placed.first_with_room > placed.earliest {
        WaveReason::Capacity
    } else if let Some(edge) =
        followed.filter(|_| placed.after_dependencies == placed.earliest && placed.earliest > 0)
    {
        let first = groups.groups[edge.before]
            .members
            .first()
            .copied()
            .unwrap_or(0);
        WaveReason::After {
            workload: index.ids[first],
            counterpart: edge.strict,
        }
    } else if groups.groups[g].factory && placed.earliest > 0 {
        WaveReason::Factory
    } else {
        WaveReason::FirstWithRoom
    }
}

/// Ready groups go in business priority order, then non-production before production, then
/// the less critical and the smaller first (CAF: start simple), then by id: groups are
/// numbered in the order of their first member, and ties go by group number.
fn order_key(group: &Group) -> (u32, u32, u32, u32) {
    let traits = &group.traits;
    (
        traits.priority,
        u32::from(traits.production),
        traits.criticality,
        group.assets,
    )
}

/// "a, b, c" for up to four items, "a, b, c and 7 more" beyond; only what is shown is
/// formatted, since findings on large plans name many workloads.
pub(crate) fn join<T: std::fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    let items: Vec<T> = items.into_iter().collect();
    let mut text = String::with_capacity(64);
    join_into(&mut text, &items, |text, item| {
        let _ = write!(text, "{item}");
    });
    text
}

/// [`join`], appended to `text`, each item shown written by `write`.
pub(crate) fn join_into<T>(text: &mut String, items: &[T], write: impl Fn(&mut String, &T)) {
    let shown = if items.len() > 4 { 3 } else { items.len() };
    for (i, item) in items[..shown].iter().enumerate() {
        if i > 0 {
            text.push_str(", ");
        }
        write(text, item);
    }
    if items.len() > shown {
        let _ = write!(text, " and {} more", items.len() - shown);
    }
}
