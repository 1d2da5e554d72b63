//! Which workload holds each asset, from one pass over the assets, for the analyses that read
//! every workload's assets at once: the remediation decisions and the wave planner. On a
//! large plan that pass (walking the asset map, finding each asset's workload) costs as much
//! as what an analysis then does with it, so one analysis run makes it once.

use crate::domain::asset::{Asset, AssetId};
use crate::domain::plan::Plan;
use crate::domain::workload::WorkloadId;

pub(crate) struct Holdings<'a> {
    /// The plan's workload ids in order: a workload's position is its index here.
    pub ids: Vec<WorkloadId>,
    /// Each asset in a workload, in asset id order, with its workload's position.
    pub held: Vec<(usize, &'a Asset)>,
    /// Assets in no workload whose disposition is still "migrate" (what the inventory asks a
    /// person to group), in id order.
    pub unassigned: Vec<AssetId>,
}

impl<'a> Holdings<'a> {
    pub fn of(plan: &'a Plan) -> Self {
        let ids: Vec<WorkloadId> = plan.workloads().map(|w| w.id).collect();
        let mut held = Vec::with_capacity(plan.assets().len());
        let mut unassigned = Vec::new();
        for asset in plan.assets() {
            match asset.workload.and_then(|w| ids.binary_search(&w).ok()) {
                Some(position) => held.push((position, asset)),
                None if asset.is_unassigned() => unassigned.push(asset.id),
                None => {}
            }
        }
        Holdings {
            ids,
            held,
            unassigned,
        }
    }
}
