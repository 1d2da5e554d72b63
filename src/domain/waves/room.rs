//! The room each existing wave has left (workload slots, assets, storage, in-sprint
//! remediation hours), kept as a max-tree over the waves, so the first wave at or after an
//! index with room for a group is found without looking at every wave in between. Waves on a
//! large plan often fill by assets or storage before their slots; a scan from the start for
//! every group then cost waves × groups (1.4 s for 50,000 workloads of 13 assets each).

use crate::domain::waves::groups::Group;
use crate::domain::waves::Wave;

/// Room in the four measures a wave plans for (or a group needs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Room([f64; 4]);

impl Room {
    /// No wave: no room at all.
    const NONE: Room = Room([f64::NEG_INFINITY; 4]);

    pub(crate) fn left_in(wave: &Wave) -> Room {
        let capacity = &wave.capacity;
        Room([
            f64::from(capacity.workloads) - wave.workloads.len() as f64,
            f64::from(capacity.assets) - f64::from(wave.assets),
            capacity.storage_gb - wave.storage_gb,
            capacity.remediation_hours - wave.sprint_hours,
        ])
    }

    pub(crate) fn needed_by(group: &Group) -> Room {
        Room([
            group.members.len() as f64,
            f64::from(group.assets),
            group.storage_gb,
            group.sprint_hours,
        ])
    }

    fn max(self, other: Room) -> Room {
        Room(std::array::from_fn(|i| self.0[i].max(other.0[i])))
    }

    /// Whether this much room may hold `need`. A little slack for rounding: the caller's own
    /// check (`Packing::fits`) decides at each wave, so the tree never hides a wave that fits.
    fn may_hold(&self, need: &Room) -> bool {
        self.0
            .iter()
            .zip(need.0)
            .all(|(room, need)| *room >= need - 1e-6 * need.abs().max(1.0))
    }
}

/// A max-tree over waves 0..n: each node holds, per measure, the most room any wave below it
/// has left.
#[derive(Debug, Default)]
pub(crate) struct RoomTree {
    /// Leaves: a power of two, at least the number of waves.
    leaves: usize,
    nodes: Vec<Room>,
}

impl RoomTree {
    /// Says how much room wave `index` has left (a new wave, or one something was placed in).
    pub(crate) fn set(&mut self, index: usize, room: Room) {
        if index >= self.leaves {
            self.grow(index + 1);
        }
        let mut node = self.leaves + index;
        self.nodes[node] = room;
        while node > 1 {
            node /= 2;
            let most = self.nodes[2 * node].max(self.nodes[2 * node + 1]);
            if self.nodes[node] == most {
                break; // nothing above changes either
            }
            self.nodes[node] = most;
        }
    }

    fn grow(&mut self, waves: usize) {
        let leaves = waves.next_power_of_two().max(64);
        let mut nodes = vec![Room::NONE; 2 * leaves];
        if self.leaves > 0 {
            nodes[leaves..leaves + self.leaves]
                .copy_from_slice(&self.nodes[self.leaves..2 * self.leaves]);
        }
        for node in (1..leaves).rev() {
            nodes[node] = nodes[2 * node].max(nodes[2 * node + 1]);
        }
        self.leaves = leaves;
        self.nodes = nodes;
    }

    /// The first wave in `from..to` whose room may hold `need` and that `accept` takes.
    pub(crate) fn first(
        &self,
        from: usize,
        to: usize,
        need: &Room,
        accept: &mut dyn FnMut(usize) -> bool,
    ) -> Option<usize> {
        let to = to.min(self.leaves);
        if from >= to {
            return None;
        }
        self.descend(1, 0, self.leaves, (from, to), need, accept)
    }

    fn descend(
        &self,
        node: usize,
        lo: usize,
        hi: usize,
        (from, to): (usize, usize),
        need: &Room,
        accept: &mut dyn FnMut(usize) -> bool,
    ) -> Option<usize> {
        if hi <= from || lo >= to || !self.nodes[node].may_hold(need) {
            return None;
        }
        if hi - lo == 1 {
            return accept(lo).then_some(lo);
        }
        let mid = (lo + hi) / 2;
        self.descend(2 * node, lo, mid, (from, to), need, accept)
            .or_else(|| self.descend(2 * node + 1, mid, hi, (from, to), need, accept))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn room(slots: f64, assets: f64) -> Room {
        Room([slots, assets, 1_000.0, 100.0])
    }

    #[test]
    fn the_first_wave_with_room_is_found_past_fuller_ones_and_after_growing() {
        let mut tree = RoomTree::default();
        // 300 waves with slots but 4 assets left; wave 250 has 20 assets left.
        for index in 0..300 {
            tree.set(index, room(3.0, if index == 250 { 20.0 } else { 4.0 }));
        }
        let need = room(1.0, 13.0);
        let mut any = |_| true;
        assert_eq!(tree.first(0, 300, &need, &mut any), Some(250));
        assert_eq!(tree.first(251, 300, &need, &mut any), None);
        // A wave the caller refuses (frozen, say) is passed over for the next.
        tree.set(280, room(3.0, 30.0));
        assert_eq!(tree.first(0, 300, &need, &mut |i| i != 250), Some(280));
        // Filling wave 250 takes it out.
        tree.set(250, room(2.0, 7.0));
        assert_eq!(tree.first(0, 300, &need, &mut any), Some(280));
        assert_eq!(tree.first(0, 280, &need, &mut any), None);
    }

    // proptest is a dev-dependency of host builds only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The tree finds what a scan of every wave finds, after any sets, growth included.
        #[test]
        fn the_tree_finds_what_a_scan_finds(
            rooms in proptest::collection::vec((0u8..7, 0u8..50), 1..300),
            changes in proptest::collection::vec((0usize..300, 0u8..7, 0u8..50), 0..40),
            need in (0u8..4, 0u8..30),
            from in 0usize..300,
            skip in 1usize..5,
        ) {
            let mut tree = RoomTree::default();
            let mut leaves: Vec<Room> = Vec::new();
            for (index, (slots, assets)) in rooms.iter().enumerate() {
                let room = room(f64::from(*slots), f64::from(*assets));
                tree.set(index, room);
                leaves.push(room);
            }
            for (at, slots, assets) in changes {
                let at = at % leaves.len();
                leaves[at] = room(f64::from(slots), f64::from(assets));
                tree.set(at, leaves[at]);
            }
            let need = room(f64::from(need.0), f64::from(need.1));
            let accept = |i: usize| !i.is_multiple_of(skip) || skip == 1;
            let scanned = (from..leaves.len()).find(|&i| leaves[i].may_hold(&need) && accept(i));
            let found = tree.first(from, leaves.len(), &need, &mut |i| accept(i));
            proptest::prop_assert_eq!(found, scanned);
        }
    }
}
