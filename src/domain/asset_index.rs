//! Which assets each workload holds and which assets need each asset, built once per version
//! of the plan's assets (holdings) and of its dependencies (needs), each on its own: a
//! workload edit keeps both, an asset edit keeps the needs. So the editor, the workloads table
//! and the dependency picture find a workload's assets and neighbours without scanning the
//! whole plan on every save.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

use crate::domain::asset::{Asset, AssetId};
use crate::domain::dependency::Dependency;
use crate::domain::workload::WorkloadId;

/// What the assets say: who holds each, and how many wait for a workload.
#[derive(Debug, Default)]
struct Holdings {
    /// Each workload's assets, in id order.
    by_workload: HashMap<WorkloadId, Vec<AssetId>>,
    /// Assets to migrate that no workload holds yet.
    unassigned: usize,
}

impl Holdings {
    fn of(assets: &BTreeMap<AssetId, Asset>) -> Self {
        let mut holdings = Holdings::default();
        for asset in assets.values() {
            if let Some(workload) = asset.workload {
                holdings
                    .by_workload
                    .entry(workload)
                    .or_default()
                    .push(asset.id);
            }
            holdings.unassigned += usize::from(asset.is_unassigned());
        }
        holdings
    }
}

/// For each asset, the assets that depend on it, in id order.
fn needs_of(
    dependencies: &BTreeMap<(AssetId, AssetId), Dependency>,
) -> HashMap<AssetId, Vec<AssetId>> {
    let mut needed_by: HashMap<AssetId, Vec<AssetId>> = HashMap::new();
    // Keys are (from, to) in order, so each list is filled in `from` order.
    for (from, to) in dependencies.keys() {
        needed_by.entry(*to).or_default().push(*from);
    }
    needed_by
}

/// The index a plan and its clones share until one of them changes its assets or
/// dependencies (each part is dropped with the collection it is built from). Not part of the
/// plan's value: two plans with equal content are equal whether or not either has built it.
#[derive(Clone, Default)]
pub struct IndexCell {
    holdings: Arc<OnceLock<Holdings>>,
    needed_by: Arc<OnceLock<HashMap<AssetId, Vec<AssetId>>>>,
}

impl IndexCell {
    /// The workload's assets, in id order.
    pub fn assets_of(&self, assets: &BTreeMap<AssetId, Asset>, workload: WorkloadId) -> &[AssetId] {
        self.holdings(assets)
            .by_workload
            .get(&workload)
            .map_or(&[], Vec::as_slice)
    }

    pub fn unassigned(&self, assets: &BTreeMap<AssetId, Asset>) -> usize {
        self.holdings(assets).unassigned
    }

    /// The assets that depend on `asset`, in id order.
    pub fn needed_by(
        &self,
        dependencies: &BTreeMap<(AssetId, AssetId), Dependency>,
        asset: AssetId,
    ) -> &[AssetId] {
        self.needed_by
            .get_or_init(|| needs_of(dependencies))
            .get(&asset)
            .map_or(&[], Vec::as_slice)
    }

    fn holdings(&self, assets: &BTreeMap<AssetId, Asset>) -> &Holdings {
        self.holdings.get_or_init(|| Holdings::of(assets))
    }

    pub fn assets_changed(&mut self) {
        self.holdings = Arc::default();
    }

    pub fn dependencies_changed(&mut self) {
        self.needed_by = Arc::default();
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
