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

/// When the waves' dates changed, in a sentence: a sprint-length or start-date change moves every
/// wave in time without moving a workload to another wave, which "0 workloads moved" hides.
pub fn dates_moved(before: &WavePlan, after: &WavePlan) -> Option<String> {
    let span = |plan: &WavePlan| {
        Some((
            plan.waves.first()?.days.from(),
            plan.waves.last()?.days.to(),
        ))
    };
    let (was, now) = (span(before)?, span(after)?);
    (was != now).then(|| {
        format!(
            "The waves now run from {} to {} (they ran from {} to {}).",
            now.0, now.1, was.0, was.1
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::action::Action;
    use crate::domain::example::example_plan;
    use crate::domain::plan::Plan;
    use crate::domain::settings::PlanSettings;
    use crate::domain::waves::plan_waves;

    /// The example's waves before and after a change to its settings.
    fn replanned(change: impl FnOnce(&mut PlanSettings)) -> (Plan, WavePlan, WavePlan) {
        let plan = example_plan();
        let before = plan_waves(&plan);
        let mut changed = plan.clone();
        let mut settings = plan.settings().clone();
        change(&mut settings);
        changed.apply(Action::UpdateSettings(settings)).unwrap();
        let after = plan_waves(&changed);
        (plan, before, after)
    }

    #[test]
    fn a_smaller_capacity_moves_workloads_later_and_nothing_else_moves() {
        let (plan, before, after) = replanned(|settings| {
            settings.capacity.max_workloads = 1;
            settings.ramp.first_wave_workloads = 1;
        });
        let ids: Vec<_> = plan.workloads().map(|w| w.id).collect();
        let moved = moves(&before, &after, ids.iter().copied());
        assert!(!moved.is_empty(), "one workload per wave must move some");
        for m in &moved {
            assert!(m.to > m.from || m.to.is_none(), "{m:?} moved earlier");
        }
        assert!(moves(&before, &before, ids).is_empty());
    }

    #[test]
    fn longer_sprints_move_the_waves_dates_and_say_so() {
        let (_, before, after) = replanned(|settings| settings.sprint_days = 21);
        let (start, end, was_end) = (
            after.waves[0].days.from(),
            after.waves.last().unwrap().days.to(),
            before.waves.last().unwrap().days.to(),
        );
        assert!(end > was_end);
        assert_eq!(
            dates_moved(&before, &after),
            Some(format!(
                "The waves now run from {start} to {end} (they ran from {start} to {was_end})."
            ))
        );
        assert_eq!(dates_moved(&before, &before), None);
    }
}
