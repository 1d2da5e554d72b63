//! What the wave planner knows about each workload, by position in the plan's workloads (id
//! order): its asset count and storage, and the dependencies between workloads.

use crate::domain::asset::AssetId;
use crate::domain::dependency::DependencyStrength;
use crate::domain::plan::Plan;
use crate::domain::workload::{Workload, WorkloadId};

/// What the planner knows about one workload, by index into the plan's workloads (id order).
pub(crate) struct Index<'a> {
    pub workloads: Vec<&'a Workload>,
    pub ids: Vec<WorkloadId>,
    pub assets: Vec<u32>,
    pub storage_gb: Vec<f64>,
    /// Hard and soft edges between different workloads: (dependent, dependency), deduplicated.
    pub hard: Vec<(usize, usize)>,
    pub soft: Vec<(usize, usize)>,
}

impl<'a> Index<'a> {
    pub fn new(plan: &'a Plan) -> Self {
        let workloads: Vec<&Workload> = plan.workloads().collect();
        let ids: Vec<WorkloadId> = workloads.iter().map(|w| w.id).collect();
        let mut assets = vec![0u32; ids.len()];
        let mut storage_gb = vec![0.0; ids.len()];
        let mut owners = AssetOwners::default();
        for asset in plan.assets() {
            let Some(index) = asset.workload.and_then(|w| ids.binary_search(&w).ok()) else {
                continue;
            };
            assets[index] += 1;
            storage_gb[index] += asset.storage_gb;
            owners.insert(asset.id, index);
        }
        let owner_of = |asset| owners.get(asset);
        let (mut hard, mut soft) = (Vec::new(), Vec::new());
        for dependency in plan.dependencies() {
            let (Some(from), Some(to)) = (owner_of(dependency.from), owner_of(dependency.to))
            else {
                continue;
            };
            if from == to {
                continue;
            }
            match dependency.strength {
                DependencyStrength::Hard => hard.push((from, to)),
                DependencyStrength::Soft => soft.push((from, to)),
            }
        }
        for edges in [&mut hard, &mut soft] {
            edges.sort_unstable();
            edges.dedup();
        }
        Self {
            workloads,
            ids,
            assets,
            storage_gb,
            hard,
            soft,
        }
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
