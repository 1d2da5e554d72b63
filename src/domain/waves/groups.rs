//! Move groups: the workloads that move in the same wave, and the order between groups.
//!
//! - Workloads in a hard-dependency cycle move together.
//! - Without hybrid connectivity (readiness), a hard dependency cannot be reached across
//!   waves, so every hard dependency joins its two workloads into one group (the hybrid
//!   question's own rationale); with it, a dependency may move in an earlier wave.
//! - Workloads the business couples (the same coupling tag) move together (CAF: business-
//!   coupled workloads in the same timeframe).
//! - A non-production workload moves in a wave before its production counterpart.

use std::collections::HashMap;

use crate::domain::graph::strongly_connected;
use crate::domain::graph::DisjointSets;
use crate::domain::name::name_key;
use crate::domain::remediation::RemediationMode;
use crate::domain::waves::index::Index;
use crate::domain::workload::Environment;

/// A move group: workloads that move in the same wave.
pub(crate) struct Group {
    /// Workload positions, ascending.
    pub members: Vec<usize>,
    pub assets: u32,
    pub storage_gb: f64,
    /// Open remediation hours of members remediated in the migration sprint.
    pub sprint_hours: f64,
    /// The group's wave, if a member fixes it: a member cut over keeps the wave it moved in,
    /// else the latest pin wins.
    pub pin: Option<u32>,
    /// The latest pin of a member cut over.
    moved: Option<u32>,
    pub factory: bool,
    /// What packing asks of the members, gathered as they join: packing visits groups in
    /// priority order, and reading each member there costs a cache miss on large plans.
    pub traits: GroupTraits,
}

/// The members' business priority (the most urgent), whether any is production, the highest
/// criticality, and whether any has freeze windows.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GroupTraits {
    pub priority: u32,
    pub production: bool,
    pub criticality: u32,
    pub has_freezes: bool,
}

/// An order between two groups: `after` moves in the same wave as `before` or later
/// (`strict`: later).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Edge {
    pub before: usize,
    pub strict: bool,
}

pub(crate) struct MoveGroups {
    pub groups: Vec<Group>,
    /// The group of each workload, or `None` for those not planned.
    pub group_of: Vec<Option<usize>>,
    /// For each group, the groups it moves after.
    pub edges: Vec<Vec<Edge>>,
    /// Non-production / production pairs (workload indexes) whose order the dependencies or
    /// couplings make impossible.
    pub counterpart_conflicts: Vec<(usize, usize)>,
}

pub(crate) fn move_groups(
    index: &Index,
    planned: &[bool],
    modes: &[Option<RemediationMode>],
    hybrid_ready: bool,
) -> MoveGroups {
    let hard = || {
        index
            .hard
            .iter()
            .copied()
            .filter(|&(a, b)| planned[a] && planned[b])
    };
    let mut sets = joined(index, planned, hybrid_ready, &hard);
    let (groups, group_of) = collect_groups(index, planned, modes, &mut sets);
    let mut edges = vec![Vec::new(); groups.len()];
    for (a, b) in hard() {
        if let (Some(ga), Some(gb)) = (group_of[a], group_of[b]) {
            if ga != gb {
                edges[ga].push(Edge {
                    before: gb,
                    strict: false,
                });
            }
        }
    }
    let counterpart_conflicts = counterpart_edges(index, &group_of, &mut edges);
    for list in &mut edges {
        list.sort_unstable();
        list.dedup_by_key(|edge| edge.before);
    }
    MoveGroups {
        groups,
        group_of,
        edges,
        counterpart_conflicts,
    }
}

/// The workloads that must move together, as disjoint sets: hard dependencies without hybrid
/// connectivity, a shared coupling tag, and cycles between what is joined so far.
fn joined<I: Iterator<Item = (usize, usize)>>(
    index: &Index,
    planned: &[bool],
    hybrid_ready: bool,
    hard: &impl Fn() -> I,
) -> DisjointSets {
    let n = index.ids.len();
    let mut sets = DisjointSets::new(n);
    if !hybrid_ready {
        for (a, b) in hard() {
            sets.union(a, b);
        }
    }
    let mut coupled: HashMap<String, usize> = HashMap::new();
    for (i, workload) in index.workloads.iter().enumerate() {
        if planned[i] && index.briefs[i].coupled {
            let first = *coupled.entry(name_key(&workload.coupling)).or_insert(i);
            sets.union(first, i);
        }
    }
    // Cycles between the sets so far move together too.
    let mut adjacency = vec![Vec::new(); n];
    for (a, b) in hard() {
        let (ra, rb) = (sets.find(a), sets.find(b));
        if ra != rb {
            adjacency[ra].push(rb);
        }
    }
    let (component, _) = strongly_connected(&adjacency);
    let mut first_in_component: Vec<Option<usize>> = vec![None; n];
    for (i, &scc) in component.iter().enumerate() {
        if sets.find(i) == i {
            let first = *first_in_component[scc].get_or_insert(i);
            sets.union(first, i);
        }
    }
    sets
}

/// One group per set of planned workloads, with its size, in-sprint remediation, pin and
/// whether a factory remediates it; and each workload's group.
fn collect_groups(
    index: &Index,
    planned: &[bool],
    modes: &[Option<RemediationMode>],
    sets: &mut DisjointSets,
) -> (Vec<Group>, Vec<Option<usize>>) {
    let n = index.ids.len();
    let mut group_of = vec![None; n];
    let mut groups: Vec<Group> = Vec::new();
    let mut group_of_root: Vec<Option<usize>> = vec![None; n];
    for i in (0..n).filter(|&i| planned[i]) {
        let root = sets.find(i);
        let g = *group_of_root[root].get_or_insert_with(|| {
            groups.push(Group {
                members: Vec::new(),
                assets: 0,
                storage_gb: 0.0,
                sprint_hours: 0.0,
                pin: None,
                moved: None,
                factory: false,
                traits: GroupTraits {
                    priority: u32::MAX,
                    production: false,
                    criticality: 0,
                    has_freezes: false,
                },
            });
            groups.len() - 1
        });
        group_of[i] = Some(g);
        let group = &mut groups[g];
        let brief = &index.briefs[i];
        group.traits = GroupTraits {
            priority: group.traits.priority.min(brief.priority),
            production: group.traits.production || brief.environment == Environment::Production,
            criticality: group.traits.criticality.max(brief.criticality as u32),
            has_freezes: group.traits.has_freezes || brief.has_freezes,
        };
        group.members.push(i);
        group.assets += index.assets[i];
        group.storage_gb += index.storage_gb[i];
        if modes[i] == Some(RemediationMode::Sprint) {
            group.sprint_hours += index.open_remediation_hours[i];
        }
        let pin = brief.pin;
        if brief.moved {
            group.moved = group.moved.max(pin);
        }
        group.pin = group.moved.or(group.pin.max(pin));
        group.factory |= modes[i] == Some(RemediationMode::Wave);
    }
    (groups, group_of)
}

/// Adds "production after its non-production counterpart" edges, except where that order
/// contradicts the dependencies (the pair is in one group, or the edge closes a cycle); those
/// pairs are returned for a finding.
fn counterpart_edges(
    index: &Index,
    group_of: &[Option<usize>],
    edges: &mut [Vec<Edge>],
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, brief) in index.briefs.iter().enumerate() {
        let production = brief
            .counterpart
            .filter(|_| brief.environment == Environment::NonProduction);
        if let (Some(p), Some(gn)) = (production, group_of[i]) {
            if let Some(gp) = group_of[p] {
                pairs.push((i, p, gn, gp));
            }
        }
    }
    let mut conflicts = Vec::new();
    let mut candidates = Vec::new();
    for &(nonprod, prod, gn, gp) in &pairs {
        if gn == gp {
            conflicts.push((nonprod, prod));
        } else {
            candidates.push((nonprod, prod, gn, gp));
        }
    }
    // An edge that closes a cycle with the dependencies cannot be kept.
    let mut adjacency: Vec<Vec<usize>> = edges
        .iter()
        .map(|list| list.iter().map(|e| e.before).collect())
        .collect();
    for &(_, _, gn, gp) in &candidates {
        adjacency[gp].push(gn);
    }
    let (component, _) = strongly_connected(&adjacency);
    for (nonprod, prod, gn, gp) in candidates {
        if component[gn] == component[gp] {
            conflicts.push((nonprod, prod));
        } else {
            edges[gp].push(Edge {
                before: gn,
                strict: true,
            });
        }
    }
    conflicts
}
