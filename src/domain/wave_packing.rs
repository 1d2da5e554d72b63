//! Packing move groups into waves: first fit at or after the earliest wave a group may go in,
//! under each wave's capacity and outside its members' freeze windows.

use crate::domain::calendar::DayRange;
use crate::domain::finding::Finding;
use crate::domain::plan::Plan;
use crate::domain::replication::WaveReplication;
use crate::domain::wave_index::Index;
use crate::domain::waves::Wave;

/// How far past its earliest wave a group may be pushed (by capacity or freezes) before the
/// planner gives up looking and reports it; about twenty years of monthly waves.
const SEARCH_LIMIT: usize = 260;

/// A move group: workloads that move in the same wave.
pub(crate) struct Group {
    pub members: Vec<usize>,
    pub assets: u32,
    pub storage_gb: f64,
    pub pin: Option<u32>,
    pub factory: bool,
}

pub(crate) struct Packing<'p> {
    pub plan: &'p Plan,
    pub waves: Vec<Wave>,
    /// Skip pointers over waves whose workload slots are all taken (union-find with path
    /// halving): `next_open[i] == i` while wave `i` has a free slot. Without them, packing
    /// rescans full waves and slows down more than linearly on large plans.
    pub next_open: Vec<usize>,
    pub findings: Vec<Finding>,
}

impl Packing<'_> {
    pub(crate) fn wave(&mut self, index: usize) -> &mut Wave {
        let settings = self.plan.settings();
        while self.waves.len() <= index {
            let number = self.waves.len() as u32 + 1;
            let length = i64::from(settings.wave_days());
            let from = settings.start.plus_days(i64::from(number - 1) * length);
            let days = DayRange::new(from, from.plus_days(length - 1)).unwrap_or_else(|_| {
                DayRange::new(from, from)
                    .unwrap_or_else(|_| unreachable!("a one-day range is valid"))
            });
            self.waves.push(Wave {
                number,
                days,
                workloads: Vec::new(),
                assets: 0,
                storage_gb: 0.0,
                workload_limit: settings.workload_limit(number),
                factory_for: Vec::new(),
                replication: WaveReplication {
                    transfer_gb: 0.0,
                    hours_needed: 0.0,
                    hours_available: 0.0,
                },
            });
        }
        let last = self.waves.len() - 1;
        &mut self.waves[index.min(last)]
    }

    pub(crate) fn fits(&mut self, index: usize, group: &Group) -> bool {
        let capacity = self.plan.settings().capacity.clone();
        let wave = self.wave(index);
        wave.workloads.len() + group.members.len() <= wave.workload_limit as usize
            && wave.assets + group.assets <= capacity.max_assets
            && wave.storage_gb + group.storage_gb <= capacity.max_storage_gb
    }

    pub(crate) fn frozen(&mut self, index: usize, group: &Group, index_of: &Index) -> bool {
        let days = self.wave(index).days;
        group.members.iter().any(|&member| {
            index_of.workloads[member]
                .freeze_windows
                .iter()
                .any(|window| window.days.overlaps(&days))
        })
    }

    pub(crate) fn oversized(&self, group: &Group) -> bool {
        let capacity = &self.plan.settings().capacity;
        group.members.len() > capacity.max_workloads as usize
            || group.assets > capacity.max_assets
            || group.storage_gb > capacity.max_storage_gb
    }

    /// The first wave at or after `index` with a free workload slot.
    pub(crate) fn open_from(&mut self, mut index: usize) -> usize {
        while let Some(&next) = self.next_open.get(index) {
            if next == index {
                break;
            }
            let skip = self.next_open.get(next).copied().unwrap_or(next);
            self.next_open[index] = skip;
            index = skip;
        }
        index
    }

    /// The first wave at or after `earliest` where the group fits and no member is frozen.
    pub(crate) fn find_wave(
        &mut self,
        earliest: usize,
        group: &Group,
        index_of: &Index,
    ) -> Option<usize> {
        let oversized = self.oversized(group);
        let limit = earliest + SEARCH_LIMIT;
        let mut index = self.open_from(earliest);
        while index <= limit {
            let empty = self.wave(index).workloads.is_empty();
            let room = if oversized {
                empty
            } else {
                self.fits(index, group)
            };
            if room && !self.frozen(index, group, index_of) {
                return Some(index);
            }
            index = self.open_from(index + 1);
        }
        None
    }

    pub(crate) fn place(&mut self, index: usize, group: &Group, index_of: &Index) {
        let wave = self.wave(index);
        wave.workloads
            .extend(group.members.iter().map(|&m| index_of.ids[m]));
        wave.assets += group.assets;
        wave.storage_gb += group.storage_gb;
        let full = wave.workloads.len() >= wave.workload_limit as usize;
        while self.next_open.len() <= index + 1 {
            self.next_open.push(self.next_open.len());
        }
        if full {
            self.next_open[index] = index + 1;
        }
    }
}
