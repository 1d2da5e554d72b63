//! A number per asset (its position in a list, its workload's position), found by id without
//! searching. Asset ids are usually dense (1, 2, 3, …), so a list indexed by id is both the
//! fastest and the smallest map; sparse ids fall back to a hash map. Analyses of a large plan
//! look up both ends of every dependency (half a million), and a binary search over 175,000
//! ids each time cost them more than the rest of their work.

use std::collections::HashMap;

use crate::domain::asset::AssetId;

#[derive(Debug)]
pub(crate) struct ByAssetId {
    dense: Vec<u32>,
    /// Ids from here on go to `sparse`: a few large ids must not make a huge list.
    dense_limit: usize,
    sparse: HashMap<AssetId, usize>,
}

impl ByAssetId {
    const NONE: u32 = u32::MAX;

    /// A table for about `assets` assets.
    pub fn for_assets(assets: usize) -> Self {
        ByAssetId {
            dense: Vec::new(),
            dense_limit: assets.saturating_mul(4).saturating_add(1_024).min(1 << 24),
            sparse: HashMap::new(),
        }
    }

    /// Each asset's position in `ids`.
    pub fn positions(ids: impl ExactSizeIterator<Item = AssetId>) -> Self {
        let mut table = ByAssetId::for_assets(ids.len());
        for (position, id) in ids.enumerate() {
            table.insert(id, position);
        }
        table
    }

    pub fn insert(&mut self, asset: AssetId, value: usize) {
        let slot = asset.0 as usize;
        match u32::try_from(value) {
            Ok(value) if slot < self.dense_limit && value != Self::NONE => {
                if self.dense.len() <= slot {
                    self.dense.resize(slot + 1, Self::NONE);
                }
                self.dense[slot] = value;
            }
            _ => {
                self.sparse.insert(asset, value);
            }
        }
    }

    pub fn get(&self, asset: AssetId) -> Option<usize> {
        match self.dense.get(asset.0 as usize) {
            Some(&value) if value != Self::NONE => Some(value as usize),
            _ => self.sparse.get(&asset).copied(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dense_and_sparse_ids_are_found_and_others_are_not() {
        let ids = [
            AssetId(1),
            AssetId(2),
            AssetId(7),
            AssetId(40_000_000),
            AssetId(3),
        ];
        let table = ByAssetId::positions(ids.into_iter());
        for (position, id) in ids.iter().enumerate() {
            assert_eq!(table.get(*id), Some(position));
        }
        assert_eq!(table.get(AssetId(4)), None);
        assert_eq!(table.get(AssetId(40_000_001)), None);
        assert_eq!(table.get(AssetId(0)), None);
        assert!(table.dense.len() <= 8, "the large id went to the hash map");
    }
}
