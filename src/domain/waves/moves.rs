//! What moved between two wave plans of the same plan: the difference a change made, shown
//! after every change that re-plans (a setting, a pin, a remediation override, an undo).

use crate::domain::waves::WavePlan;
use crate::domain::workload::WorkloadId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    pub workload: WorkloadId,
    /// `None`: in no wave.
    pub from: Option<u32>,
    pub to: Option<u32>,
}

/// Every workload of `ids` whose wave differs between `before` and `after`, in the order given.
pub fn moves(
    before: &WavePlan,
    after: &WavePlan,
    ids: impl IntoIterator<Item = WorkloadId>,
) -> Vec<Move> {
    ids.into_iter()
        .filter_map(|workload| {
            let (from, to) = (before.wave_of(workload), after.wave_of(workload));
            (from != to).then_some(Move { workload, from, to })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::action::Action;
    use crate::domain::example::example_plan;
    use crate::domain::waves::plan_waves;

    #[test]
    fn a_smaller_capacity_moves_workloads_later_and_nothing_else_moves() {
        let plan = example_plan();
        let before = plan_waves(&plan);
        let mut tighter = plan.clone();
        let mut settings = plan.settings().clone();
        settings.capacity.max_workloads = 1;
        settings.ramp.first_wave_workloads = 1;
        tighter.apply(Action::UpdateSettings(settings)).unwrap();
        let after = plan_waves(&tighter);
        let ids: Vec<_> = plan.workloads().map(|w| w.id).collect();
        let moved = moves(&before, &after, ids.iter().copied());
        assert!(!moved.is_empty(), "one workload per wave must move some");
        for m in &moved {
            assert!(m.to > m.from || m.to.is_none(), "{m:?} moved earlier");
        }
        assert!(moves(&before, &before, ids).is_empty());
    }
}
