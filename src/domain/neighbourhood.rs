//! A workload's neighbourhood, for its dependency picture: the workloads it needs and the ones
//! that need it (hard or soft, through which assets, in which wave), and the ones that move in
//! its wave with it and why (the move-group rules of `waves::groups`, seen from one workload).

use std::collections::BTreeMap;

use crate::domain::dependency::DependencyStrength;
use crate::domain::plan::Plan;
use crate::domain::readiness::hybrid_connectivity_ready;
use crate::domain::waves::WavePlan;
use crate::domain::workload::WorkloadId;

/// Another workload joined to this one by dependencies between their assets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neighbour {
    pub workload: WorkloadId,
    pub name: String,
    pub wave: Option<u32>,
    /// Hard if any of the dependencies is.
    pub strength: DependencyStrength,
    /// "web-01 → sql-01", each dependency between the two.
    pub links: Vec<String>,
}

/// A workload that moves in this one's wave because a rule joins them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovesWith {
    pub workload: WorkloadId,
    pub name: String,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Neighbourhood {
    pub wave: Option<u32>,
    /// Workloads this one needs (its assets depend on theirs).
    pub needs: Vec<Neighbour>,
    /// Workloads that need this one.
    pub needed_by: Vec<Neighbour>,
    pub moves_with: Vec<MovesWith>,
}

/// Neighbours shown at most, each way: the picture stays readable; the count says the rest.
pub const MAX_NEIGHBOURS: usize = 12;

pub fn neighbourhood(plan: &Plan, waves: &WavePlan, workload: WorkloadId) -> Neighbourhood {
    let owner = |asset| plan.asset(asset).and_then(|a| a.workload);
    let asset_name = |asset| {
        plan.asset(asset)
            .map_or_else(|| "?".to_owned(), |a| a.name.to_string())
    };
    let mut needs: BTreeMap<WorkloadId, Neighbour> = BTreeMap::new();
    let mut needed_by: BTreeMap<WorkloadId, Neighbour> = BTreeMap::new();
    for dependency in plan.dependencies_touching(workload) {
        let (Some(from), Some(to)) = (owner(dependency.from), owner(dependency.to)) else {
            continue;
        };
        let (side, other) = match (from == workload, to == workload) {
            (true, false) => (&mut needs, to),
            (false, true) => (&mut needed_by, from),
            _ => continue,
        };
        let entry = side.entry(other).or_insert_with(|| Neighbour {
            workload: other,
            name: plan
                .workload(other)
                .map_or_else(|| "?".to_owned(), |w| w.name.to_string()),
            wave: waves.wave_of(other),
            strength: DependencyStrength::Soft,
            links: Vec::new(),
        });
        if dependency.strength == DependencyStrength::Hard {
            entry.strength = DependencyStrength::Hard;
        }
        entry.links.push(format!(
            "{} → {}",
            asset_name(dependency.from),
            asset_name(dependency.to)
        ));
    }
    let wave = waves.wave_of(workload);
    let moves_with = moves_with(plan, waves, workload, &needs, &needed_by);
    Neighbourhood {
        wave,
        needs: needs.into_values().collect(),
        needed_by: needed_by.into_values().collect(),
        moves_with,
    }
}

/// Why each workload in the same wave is there with this one, where a rule says so.
fn moves_with(
    plan: &Plan,
    waves: &WavePlan,
    workload: WorkloadId,
    needs: &BTreeMap<WorkloadId, Neighbour>,
    needed_by: &BTreeMap<WorkloadId, Neighbour>,
) -> Vec<MovesWith> {
    let Some((this, wave)) = plan.workload(workload).zip(waves.wave_of(workload)) else {
        return Vec::new();
    };
    let hybrid = hybrid_connectivity_ready(plan);
    let tag = this.coupling.trim().to_lowercase();
    let hard = |map: &BTreeMap<WorkloadId, Neighbour>, id| {
        map.get(&id)
            .is_some_and(|n| n.strength == DependencyStrength::Hard)
    };
    waves
        .waves
        .iter()
        .find(|w| w.number == wave)
        .map(|w| w.workloads.as_slice())
        .unwrap_or_default()
        .iter()
        .filter(|id| **id != workload)
        .filter_map(|&id| {
            let other = plan.workload(id)?;
            let why = if !tag.is_empty() && other.coupling.trim().to_lowercase() == tag {
                format!("the business couples them (tag “{}”)", this.coupling.trim())
            } else if hard(needs, id) && hard(needed_by, id) {
                "each hard-depends on the other: a cycle moves together".to_owned()
            } else if !hybrid && (hard(needs, id) || hard(needed_by, id)) {
                "a hard dependency, and without hybrid connectivity it cannot be reached across waves".to_owned()
            } else {
                return None;
            };
            Some(MovesWith { workload: id, name: other.name.to_string(), why })
        })
        .collect()
}
