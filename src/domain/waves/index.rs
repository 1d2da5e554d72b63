//! What the wave planner knows about each workload, by position in the plan's workloads (id
//! order): its asset count, storage and open remediation hours, the dependencies between
//! workloads, and what depends on assets that belong to no workload.

use crate::domain::asset::AssetId;
use crate::domain::asset_lookup::ByAssetId;
use crate::domain::dependency::DependencyStrength;
use crate::domain::holdings::Holdings;
use crate::domain::plan::Plan;
use crate::domain::workload::{Checkpoint, Criticality, Environment, Workload, WorkloadId};

pub(crate) struct Index<'a> {
    pub workloads: Vec<&'a Workload>,
    pub ids: Vec<WorkloadId>,
    /// What the planner reads of every workload, gathered in one pass (see [`Brief`]).
    pub briefs: Vec<Brief>,
    /// Every workload's name, side by side: a large plan's findings name hundreds of
    /// thousands of workloads, and reading each name where its workload keeps it costs two
    /// cache misses apiece.
    names: String,
    name_ends: Vec<usize>,
    pub assets: Vec<u32>,
    pub storage_gb: Vec<f64>,
    /// Remediation hours not yet done, per workload.
    pub open_remediation_hours: Vec<f64>,
    /// Hard and soft edges between different workloads: (dependent, dependency), deduplicated.
    pub hard: Vec<(usize, usize)>,
    pub soft: Vec<(usize, usize)>,
    /// Hard dependencies on assets in no workload: (dependent workload, asset), deduplicated.
    pub hard_unassigned: Vec<(usize, AssetId)>,
}

impl<'a> Index<'a> {
    pub fn new(plan: &'a Plan, holdings: &Holdings) -> Self {
        let workloads: Vec<&Workload> = plan.workloads().collect();
        let ids = holdings.ids.clone();
        let mut briefs = Vec::with_capacity(ids.len());
        let (mut names, mut name_ends) = (String::new(), Vec::with_capacity(ids.len()));
        for workload in &workloads {
            briefs.push(Brief::of(workload, &ids));
            names.push_str(workload.name.as_str());
            name_ends.push(names.len());
        }
        let mut assets = vec![0u32; ids.len()];
        let mut storage_gb = vec![0.0; ids.len()];
        let mut open_remediation_hours = vec![0.0; ids.len()];
        let mut owners = ByAssetId::for_assets(holdings.held.len());
        for &(index, asset) in &holdings.held {
            assets[index] += 1;
            storage_gb[index] += asset.storage_gb;
            open_remediation_hours[index] += asset.open_remediation_hours();
            owners.insert(asset.id, index);
        }
        let (hard, soft, hard_unassigned) = edges(plan, &owners, ids.len());
        Self {
            workloads,
            ids,
            briefs,
            names,
            name_ends,
            assets,
            storage_gb,
            open_remediation_hours,
            hard,
            soft,
            hard_unassigned,
        }
    }

    pub fn position(&self, id: WorkloadId) -> Option<usize> {
        self.ids.binary_search(&id).ok()
    }

    /// The name of the workload at `i`.
    pub fn name(&self, i: usize) -> &str {
        let start = i.checked_sub(1).map_or(0, |before| self.name_ends[before]);
        &self.names[start..self.name_ends[i]]
    }
}

/// The dependencies between workloads, hard and soft, and the hard ones on assets in no
/// workload, each sorted and once.
type Edges = (
    Vec<(usize, usize)>,
    Vec<(usize, usize)>,
    Vec<(usize, AssetId)>,
);

fn edges(plan: &Plan, owners: &ByAssetId, workloads: usize) -> Edges {
    let (mut hard, mut soft, mut hard_unassigned) = (Vec::new(), Vec::new(), Vec::new());
    for dependency in plan.dependencies() {
        let Some(from) = owners.get(dependency.from) else {
            continue;
        };
        let hard_edge = dependency.strength == DependencyStrength::Hard;
        match owners.get(dependency.to) {
            None if hard_edge => hard_unassigned.push((from, dependency.to)),
            None => {}
            Some(to) if to == from => {}
            Some(to) if hard_edge => hard.push((from, to)),
            Some(to) => soft.push((from, to)),
        }
    }
    hard_unassigned.sort_unstable();
    hard_unassigned.dedup();
    (
        sorted_unique(hard, workloads),
        sorted_unique(soft, workloads),
        hard_unassigned,
    )
}

/// The edges sorted by (dependent, dependency), each once. A counting sort by dependent, then
/// a sort of each dependent's few dependencies: half a million edges sort in a fraction of the
/// time a comparison sort of them all takes.
fn sorted_unique(edges: Vec<(usize, usize)>, workloads: usize) -> Vec<(usize, usize)> {
    let mut starts = vec![0usize; workloads + 1];
    for &(from, _) in &edges {
        starts[from + 1] += 1;
    }
    for i in 0..workloads {
        starts[i + 1] += starts[i];
    }
    let mut next = starts.clone();
    let mut dependencies = vec![0usize; edges.len()];
    for &(from, to) in &edges {
        dependencies[next[from]] = to;
        next[from] += 1;
    }
    let mut sorted = Vec::with_capacity(edges.len());
    for from in 0..workloads {
        let mine = &mut dependencies[starts[from]..starts[from + 1]];
        mine.sort_unstable();
        let mut last = None;
        for &to in mine.iter() {
            if last != Some(to) {
                sorted.push((from, to));
                last = Some(to);
            }
        }
    }
    sorted
}

/// The fields of a workload the planner reads for every workload. Workloads live apart on the
/// heap, so reading one field of each costs a cache miss per workload: on 50,000 workloads a
/// pass for each field (pins, ordering, freezes, counterparts) cost more than the work itself.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Brief {
    pub priority: u32,
    pub environment: Environment,
    pub criticality: Criticality,
    pub pin: Option<u32>,
    /// Cut over: it has moved, in the wave it is pinned to.
    pub moved: bool,
    pub migrates: bool,
    pub has_freezes: bool,
    /// Whether it names a business coupling.
    pub coupled: bool,
    /// Its counterpart's position, if that is in the plan.
    pub counterpart: Option<usize>,
}

impl Brief {
    fn of(workload: &Workload, ids: &[WorkloadId]) -> Self {
        Brief {
            priority: workload.priority,
            environment: workload.environment,
            criticality: workload.criticality,
            pin: workload.pinned_wave,
            moved: workload.has(Checkpoint::CutOver),
            migrates: workload.migrates(),
            has_freezes: !workload.freeze_windows.is_empty(),
            coupled: !workload.coupling.trim().is_empty(),
            counterpart: workload
                .counterpart
                .and_then(|id| ids.binary_search(&id).ok()),
        }
    }
}

// proptest is a dev-dependency of host builds only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::sorted_unique;

    proptest::proptest! {
        /// The counting sort gives what sorting and deduplicating gives, duplicates and
        /// workloads without edges included.
        #[test]
        fn edges_come_out_sorted_and_each_once(
            edges in proptest::collection::vec((0usize..18, 0usize..37), 0..400),
        ) {
            let mut expected = edges.clone();
            expected.sort_unstable();
            expected.dedup();
            proptest::prop_assert_eq!(sorted_unique(edges, 37), expected);
        }
    }
}
