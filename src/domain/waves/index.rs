//! What the wave planner knows about each workload, by position in the plan's workloads (id
//! order): its asset count, storage and open remediation hours, the dependencies between
//! workloads, and what depends on assets that belong to no workload.

use crate::domain::asset::AssetId;
use crate::domain::dependency::DependencyStrength;
use crate::domain::plan::Plan;
use crate::domain::workload::{Workload, WorkloadId};

pub(crate) struct Index<'a> {
    pub workloads: Vec<&'a Workload>,
    pub ids: Vec<WorkloadId>,
    pub assets: Vec<u32>,
    pub storage_gb: Vec<f64>,
    /// Remediation hours not yet done, per workload.
    pub open_remediation_hours: Vec<f64>,
    /// Hard and soft edges between different workloads: (dependent, dependency), deduplicated.
    pub hard: Vec<(usize, usize)>,
    pub soft: Vec<(usize, usize)>,
    /// Hard dependencies on assets in no workload: (dependent workload, asset), deduplicated.
    pub hard_unassigned: Vec<(usize, AssetId)>,
    /// Assets in no workload, in id order.
    pub unassigned: Vec<AssetId>,
}

impl<'a> Index<'a> {
    pub fn new(plan: &'a Plan) -> Self {
        let workloads: Vec<&Workload> = plan.workloads().collect();
        let ids: Vec<WorkloadId> = workloads.iter().map(|w| w.id).collect();
        let mut assets = vec![0u32; ids.len()];
        let mut storage_gb = vec![0.0; ids.len()];
        let mut open_remediation_hours = vec![0.0; ids.len()];
        let mut owners = AssetOwners::default();
        let mut unassigned = Vec::new();
        for asset in plan.assets() {
            let Some(index) = asset.workload.and_then(|w| ids.binary_search(&w).ok()) else {
                if asset.is_unassigned() {
                    unassigned.push(asset.id);
                }
                continue;
            };
            assets[index] += 1;
            storage_gb[index] += asset.storage_gb;
            open_remediation_hours[index] += asset.open_remediation_hours();
            owners.insert(asset.id, index);
        }
        let owner_of = |asset| owners.get(asset);
        let (mut hard, mut soft, mut hard_unassigned) = (Vec::new(), Vec::new(), Vec::new());
        for dependency in plan.dependencies() {
            let Some(from) = owner_of(dependency.from) else {
                continue;
            };
            let hard_edge = dependency.strength == DependencyStrength::Hard;
            match owner_of(dependency.to) {
                None if hard_edge => hard_unassigned.push((from, dependency.to)),
                None => {}
                Some(to) if to == from => {}
                Some(to) if hard_edge => hard.push((from, to)),
                Some(to) => soft.push((from, to)),
            }
        }
        hard_unassigned.sort_unstable();
        hard_unassigned.dedup();
        for edges in [&mut hard, &mut soft] {
            edges.sort_unstable();
            edges.dedup();
        }
        Self {
            workloads,
            ids,
            assets,
            storage_gb,
            open_remediation_hours,
            hard,
            soft,
            hard_unassigned,
            unassigned,
        }
    }

    pub fn position(&self, id: WorkloadId) -> Option<usize> {
        self.ids.binary_search(&id).ok()
    }
}

/// The workload index owning each asset. Asset ids are usually dense (1, 2, 3, …), so a
/// plain vector indexed by id is both the fastest and the smallest map; sparse ids fall back
/// to a hash map.
#[derive(Default)]
struct AssetOwners {
    dense: Vec<u32>,
    sparse: std::collections::HashMap<AssetId, usize>,
}

impl AssetOwners {
    const NONE: u32 = u32::MAX;
    const DENSE_LIMIT: usize = 1 << 24;

    fn insert(&mut self, asset: AssetId, owner: usize) {
        let slot = asset.0 as usize;
        match u32::try_from(owner) {
            Ok(owner) if slot < Self::DENSE_LIMIT && owner != Self::NONE => {
                if self.dense.len() <= slot {
                    self.dense.resize(slot + 1, Self::NONE);
                }
                self.dense[slot] = owner;
            }
            _ => {
                self.sparse.insert(asset, owner);
            }
        }
    }

    fn get(&self, asset: AssetId) -> Option<usize> {
        match self.dense.get(asset.0 as usize) {
            Some(&owner) if owner != Self::NONE => Some(owner as usize),
            _ => self.sparse.get(&asset).copied(),
        }
    }
}
