//! Packing move groups into waves: first fit at or after the earliest wave a group may go in,
//! under each wave's planned capacity (capacity less the buffer, with the ramp) and outside its
//! members' freeze windows. Waves exist only once something is placed in them, so looking far
//! ahead for a wave outside a freeze creates none. The existing waves are searched through
//! their room left (`room.rs`); past them, wave by wave up to the freeze horizon.

use crate::domain::calendar::DayRange;
use crate::domain::plan::Plan;
use crate::domain::replication::WaveReplication;
use crate::domain::settings::{PlannedCapacity, FREEZE_HORIZON_DAYS};
use crate::domain::waves::groups::Group;
use crate::domain::waves::index::Index;
use crate::domain::waves::room::{Room, RoomTree};
use crate::domain::waves::Wave;
use crate::domain::workload::FreezeWindow;

pub(crate) struct Packing<'p> {
    pub plan: &'p Plan,
    pub waves: Vec<Wave>,
    /// The room each existing wave has left, to find the first with room for a group.
    rooms: RoomTree,
    /// The steady-state capacity a wave plans for (the ramp is over), for "oversized".
    steady: PlannedCapacity,
}

/// What a wave plans for once the ramp is over, the team at work: a group larger than this
/// fits no wave and goes into an empty one.
fn steady_capacity(plan: &Plan) -> PlannedCapacity {
    let mut settings = plan.settings().clone();
    settings.holidays.clear();
    settings.planned_capacity(u32::MAX)
}

impl<'p> Packing<'p> {
    pub(crate) fn new(plan: &'p Plan) -> Self {
        Self {
            plan,
            waves: Vec::new(),
            rooms: RoomTree::default(),
            steady: steady_capacity(plan),
        }
    }

    /// The days of wave `index` (0-based), whether or not it exists yet.
    pub(crate) fn days_of(&self, index: usize) -> DayRange {
        let settings = self.plan.settings();
        let length = i64::from(settings.wave_days());
        let from = settings.start.plus_days(index as i64 * length);
        DayRange::new(from, from.plus_days(length - 1)).unwrap_or_else(|_| {
            DayRange::new(from, from).unwrap_or_else(|_| unreachable!("a one-day range is valid"))
        })
    }

    /// How many waves a freeze may push a group past the first wave with room for it.
    pub(crate) fn horizon_waves(&self) -> usize {
        let wave_days = i64::from(self.plan.settings().wave_days()).max(1);
        ((FREEZE_HORIZON_DAYS + wave_days - 1) / wave_days) as usize
    }

    fn wave(&mut self, index: usize) -> &mut Wave {
        while self.waves.len() <= index {
            let number = self.waves.len() as u32 + 1;
            let capacity = self.plan.settings().planned_capacity(number);
            self.waves.push(Wave {
                number,
                days: self.days_of(self.waves.len()),
                workloads: Vec::new(),
                assets: 0,
                storage_gb: 0.0,
                sprint_hours: 0.0,
                workload_limit: capacity.workloads,
                capacity,
                factory_for: Vec::new(),
                replication: WaveReplication::default(),
            });
            let last = self.waves.len() - 1;
            self.rooms.set(last, Room::left_in(&self.waves[last]));
        }
        let last = self.waves.len() - 1;
        &mut self.waves[index.min(last)]
    }

    /// Whether the group fits in wave `index` beside what is there (nothing, if the wave does
    /// not exist yet). An oversized group fits only an empty wave.
    pub(crate) fn fits(&self, index: usize, group: &Group) -> bool {
        let existing = self.waves.get(index);
        let empty = existing.is_none_or(|wave| wave.workloads.is_empty());
        let capacity = match existing {
            Some(wave) => wave.capacity,
            None => self.plan.settings().planned_capacity(index as u32 + 1),
        };
        if self.oversized(group) {
            // A wave to itself, but not one the team's holidays take whole.
            return empty && capacity.holiday_share < 1.0;
        }
        let (workloads, assets, storage, hours) = existing.map_or((0, 0, 0.0, 0.0), |wave| {
            (
                wave.workloads.len(),
                wave.assets,
                wave.storage_gb,
                wave.sprint_hours,
            )
        });
        workloads + group.members.len() <= capacity.workloads as usize
            && assets + group.assets <= capacity.assets
            && storage + group.storage_gb <= capacity.storage_gb
            && hours + group.sprint_hours <= capacity.remediation_hours
    }

    /// The days the group's move takes in wave `index`: its wave, the wave before when a
    /// factory remediates it then, and the days until promotion when staged or flight
    /// promotion promotes after the wave.
    fn move_days(&self, index: usize, group: &Group) -> DayRange {
        let settings = self.plan.settings();
        let wave = self.days_of(index);
        let from = if group.factory && index > 0 {
            self.days_of(index - 1).from()
        } else {
            wave.from()
        };
        let promotion = match settings.promotion {
            crate::domain::promotion::PromotionModel::SingleStep => 0,
            _ => i64::from(settings.promotion_delay_days),
        };
        DayRange::new(from, wave.to().plus_days(promotion)).unwrap_or(wave)
    }

    /// Whether a member's freeze window, or a plan-wide blackout, falls in the days the group's
    /// move takes in wave `index`.
    pub(crate) fn frozen(&self, index: usize, group: &Group, index_of: &Index) -> bool {
        let days = self.move_days(index, group);
        self.blackout(index, group).is_some()
            || group.members.iter().any(|&member| {
                index_of.workloads[member]
                    .freeze_windows
                    .iter()
                    .any(|window| window.days.overlaps(&days))
            })
    }

    /// The plan-wide blackout the group's move in wave `index` would fall in, if any.
    pub(crate) fn blackout(&self, index: usize, group: &Group) -> Option<&'p FreezeWindow> {
        let days = self.move_days(index, group);
        self.plan
            .settings()
            .blackouts
            .iter()
            .find(|window| window.days.overlaps(&days))
    }

    /// Larger than any wave plans for, even with the ramp over.
    pub(crate) fn oversized(&self, group: &Group) -> bool {
        group.members.len() > self.steady.workloads as usize
            || group.assets > self.steady.assets
            || group.storage_gb > self.steady.storage_gb
            || group.sprint_hours > self.steady.remediation_hours
    }

    /// The first wave at or after `index` with room for the group that `accept` takes, up to
    /// `last`: among the waves that exist, found through their room; past them (empty waves,
    /// which only the ramp and holidays make small) one by one.
    fn next_with_room(
        &self,
        index: usize,
        last: usize,
        group: &Group,
        accept: &dyn Fn(&Self, usize) -> bool,
    ) -> Option<usize> {
        let existing = self.waves.len();
        let need = Room::needed_by(group);
        let found = if self.oversized(group) {
            // Only an empty wave takes it: rare, looked for one by one.
            (index..existing).find(|&i| self.fits(i, group) && accept(self, i))
        } else {
            let mut takes = |i| self.fits(i, group) && accept(self, i);
            self.rooms.first(index, existing, &need, &mut takes)
        };
        found.or_else(|| {
            (index.max(existing)..=last).find(|&i| self.fits(i, group) && accept(self, i))
        })
    }

    /// The first wave at or after `from` whose workload limit, as the ramp grows it and
    /// holidays aside, takes the group: before it, a wave is too small whatever else is in it.
    fn ramp_fit(&self, from: usize, group: &Group) -> usize {
        let settings = self.plan.settings();
        let takes = |index: usize| {
            settings.workloads_without_holidays(index as u32 + 1) as usize >= group.members.len()
        };
        // The ramp reaches the steady limit, which takes every group that is not oversized
        // (an oversized one fits any empty wave); the bound is for settings that never do.
        (from..from + 10_000).find(|&i| takes(i)).unwrap_or(from)
    }

    /// The first wave at or after `earliest` with room for the group and none of its members
    /// frozen; with that first wave with room and whether a wave between the two was full (to
    /// say why a group went later). Past the waves
    /// that exist (and the ramp's small ones) only freezes, blackouts and team holidays can
    /// stand in the way: the search looks a horizon past that, and `Err` holds the wave from
    /// which they covered every wave of it.
    pub(crate) fn find_wave(
        &mut self,
        earliest: usize,
        group: &Group,
        index_of: &Index,
    ) -> Result<(usize, usize, bool), usize> {
        let beyond_existing = self.ramp_fit(earliest.max(self.waves.len()), group);
        let give_up = beyond_existing + self.horizon_waves();
        let Some(first_with_room) = self.next_with_room(earliest, give_up, group, &|_, _| true)
        else {
            return Err(beyond_existing);
        };
        let has_freezes = !self.plan.settings().blackouts.is_empty() || group.traits.has_freezes;
        if !has_freezes {
            return Ok((first_with_room, first_with_room, false));
        }
        let from = self.ramp_fit(first_with_room.max(self.waves.len()), group);
        let limit = from + self.horizon_waves();
        let thawed = |packing: &Self, i| !packing.frozen(i, group, index_of);
        match self.next_with_room(first_with_room, limit, group, &thawed) {
            Some(chosen) => {
                let full_between = (first_with_room + 1..chosen).any(|i| !self.fits(i, group));
                Ok((chosen, first_with_room, full_between))
            }
            None => Err(from),
        }
    }

    pub(crate) fn place(&mut self, index: usize, group: &Group, index_of: &Index) {
        let wave = self.wave(index);
        wave.workloads
            .extend(group.members.iter().map(|&m| index_of.ids[m]));
        wave.assets += group.assets;
        wave.storage_gb += group.storage_gb;
        wave.sprint_hours += group.sprint_hours;
        let room = Room::left_in(wave);
        self.rooms.set(index, room);
    }
}
