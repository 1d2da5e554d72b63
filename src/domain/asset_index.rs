//! Which assets each workload holds and which dependencies reach each asset, built once per
//! version of the plan's assets and dependencies. A workload edit keeps both collections, so
//! the editor, the workloads table and the dependency picture find a workload's assets and
//! neighbours without scanning the whole plan on every save.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

use crate::domain::asset::{Asset, AssetId};
use crate::domain::dependency::Dependency;
use crate::domain::workload::WorkloadId;

#[derive(Debug, Default)]
pub struct AssetIndex {
    /// Each workload's assets, in id order.
    by_workload: HashMap<WorkloadId, Vec<AssetId>>,
    /// For each asset, the assets that depend on it, in id order.
    needed_by: HashMap<AssetId, Vec<AssetId>>,
    /// Assets to migrate that no workload holds yet.
    unassigned: usize,
}

impl AssetIndex {
    fn of(
        assets: &BTreeMap<AssetId, Asset>,
        dependencies: &BTreeMap<(AssetId, AssetId), Dependency>,
    ) -> Self {
        let mut index = AssetIndex::default();
        for asset in assets.values() {
            if let Some(workload) = asset.workload {
                index
                    .by_workload
                    .entry(workload)
                    .or_default()
                    .push(asset.id);
            }
            index.unassigned += usize::from(asset.is_unassigned());
        }
        // Keys are (from, to) in order, so each list is filled in `from` order.
        for (from, to) in dependencies.keys() {
            index.needed_by.entry(*to).or_default().push(*from);
        }
        index
    }

    pub fn assets_of(&self, workload: WorkloadId) -> &[AssetId] {
        self.by_workload.get(&workload).map_or(&[], Vec::as_slice)
    }

    pub fn needed_by(&self, asset: AssetId) -> &[AssetId] {
        self.needed_by.get(&asset).map_or(&[], Vec::as_slice)
    }

    pub fn unassigned(&self) -> usize {
        self.unassigned
    }
}

/// The index a plan and its clones share until one of them changes its assets or
/// dependencies. Not part of the plan's value: two plans with equal content are equal whether
/// or not either has built it.
#[derive(Clone, Default)]
pub struct IndexCell(Arc<OnceLock<AssetIndex>>);

impl IndexCell {
    pub fn get(
        &self,
        assets: &BTreeMap<AssetId, Asset>,
        dependencies: &BTreeMap<(AssetId, AssetId), Dependency>,
    ) -> &AssetIndex {
        self.0.get_or_init(|| AssetIndex::of(assets, dependencies))
    }
}

impl PartialEq for IndexCell {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for IndexCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("IndexCell")
    }
}
