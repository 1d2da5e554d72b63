//! The plan at a glance, for the overview on Start and the print-out's executive summary: each
//! wave with its dates, capacity and how many of its workloads are done; what blocks which
//! workload; readiness; the biggest risks; and the one next step that moves the plan forward.
//! Everything is read from the `Analysis`, so the overview and the pages never disagree.

use crate::domain::analysis::Analysis;
use crate::domain::blockers::Blocker;
use crate::domain::calendar::DayRange;
use crate::domain::finding::{Finding, Severity};
use crate::domain::plan::Plan;
use crate::domain::quantity::counted;
use crate::domain::readiness::ReadinessLevel;
use crate::domain::workload::WorkloadId;

/// How many findings the overview calls the top risks.
pub const TOP_RISKS: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaveCard {
    pub number: u32,
    pub days: DayRange,
    pub workloads: usize,
    pub capacity: u32,
    /// The blackout the wave overlaps: only pinned workloads move in it.
    pub blackout: Option<String>,
    /// Workloads staged and ready for business testing.
    pub done: usize,
}

/// A wave's capacity as a card says it; in a blackout, that only pins move ("capacity 4" of a
/// wave nothing may move in would be false).
pub fn capacity_or_blackout(capacity: u32, blackout: Option<&str>) -> String {
    match blackout {
        Some(blackout) => format!("blackout {blackout}: only pinned workloads move"),
        None => format!("capacity {capacity}"),
    }
}

/// The step that moves the plan forward most, in the order CAF works: know the estate, settle
/// the prerequisites, clear what blocks workloads, then stage wave by wave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// The plan has no workload and no asset.
    AddWorkloads,
    /// Assets are in no workload, so in no wave.
    GroupInventory { unassigned: usize },
    /// Blocking readiness questions are open: the waves are a draft.
    AnswerReadiness { blocking: usize },
    /// Workloads cannot move as planned.
    Unblock { workloads: usize },
    /// The earliest wave with work left.
    StageWave {
        wave: u32,
        done: usize,
        total: usize,
    },
    /// Every planned workload is staged.
    Share,
}

impl NextStep {
    pub fn describe(self) -> String {
        match self {
            NextStep::AddWorkloads => {
                "Add workloads by hand, or import an inventory or a dependency export.".into()
            }
            NextStep::GroupInventory { unassigned } => format!(
                "Group the {unassigned} assets that are in no workload: until then they are in no wave."
            ),
            NextStep::AnswerReadiness { blocking } => format!(
                "Settle the {blocking} blocking readiness questions with the team: until then every wave is a draft."
            ),
            NextStep::Unblock { workloads } => format!(
                "Clear what blocks {}, or accept that {} later.",
                counted(workloads, "workload", "workloads"),
                if workloads == 1 { "it moves" } else { "they move" }
            ),
            NextStep::StageWave { wave, done, total } => format!(
                "Stage wave {wave}: {done} of {} ready for business testing.",
                counted(total, "workload is", "workloads are")
            ),
            NextStep::Share => {
                "Every planned workload is staged: share the staging plan for business testing."
                    .into()
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Overview<'a> {
    pub waves: Vec<WaveCard>,
    pub blocked: Vec<(WorkloadId, Vec<Blocker>)>,
    pub readiness: ReadinessLevel,
    pub answered: usize,
    pub questions: usize,
    pub blocking_questions: usize,
    /// Workloads that move (not retired) and how many of them are done.
    pub moving: usize,
    pub done: usize,
    pub in_no_wave: usize,
    pub top_risks: Vec<&'a Finding>,
    pub next: NextStep,
}

impl Overview<'_> {
    /// The first sentence: how many workloads move, how many of those the waves hold and when,
    /// and how many are done. A workload held back from the waves (a separate programme, a
    /// blocker) still moves, so the waves are said to hold only the ones they hold.
    pub fn lead(&self) -> String {
        let moving = counted(self.moving, "workload", "workloads");
        let done = self.done;
        let (Some(first), Some(last)) = (self.waves.first(), self.waves.last()) else {
            return format!(
                "{moving} moving; {done} of them staged and ready for business testing."
            );
        };
        let span = format!(
            "{} from {} to {}",
            counted(self.waves.len(), "wave", "waves"),
            first.days.from(),
            last.days.to()
        );
        let in_waves: usize = self.waves.iter().map(|wave| wave.workloads).sum();
        if in_waves == self.moving {
            format!(
                "{moving} moving in {span}; {done} of them staged and ready for business testing."
            )
        } else {
            format!("{moving} moving, {in_waves} of them in {span}; {done} staged and ready for business testing.")
        }
    }
}

pub fn overview<'a>(plan: &Plan, analysis: &'a Analysis) -> Overview<'a> {
    let done_in = |number: u32| {
        analysis
            .checklists
            .values()
            .filter(|c| c.wave == Some(number) && c.is_done())
            .count()
    };
    let waves: Vec<WaveCard> = analysis
        .waves
        .waves
        .iter()
        .map(|wave| WaveCard {
            number: wave.number,
            days: wave.days,
            workloads: wave.workloads.len(),
            capacity: wave.workload_limit,
            blackout: crate::domain::waves::blackout_over(plan, &wave.days),
            done: done_in(wave.number),
        })
        .collect();
    let blocked: Vec<(WorkloadId, Vec<Blocker>)> = analysis
        .blockers
        .iter()
        .map(|(id, found)| (*id, found.clone()))
        .collect();
    let blocking_questions = analysis.readiness.blocking_gaps().count();
    let moving = plan.workloads().filter(|w| w.migrates()).count();
    let done = plan
        .workloads()
        .filter(|w| w.migrates())
        .filter(|w| analysis.checklists.get(&w.id).is_some_and(|c| c.is_done()))
        .count();
    let next = next_step(plan, analysis, &waves, &blocked, moving);
    Overview {
        waves,
        blocked,
        readiness: analysis.readiness.level,
        answered: analysis.readiness.answered,
        questions: analysis.readiness.total,
        blocking_questions,
        moving,
        done,
        in_no_wave: analysis.waves.held_back.len(),
        top_risks: analysis
            .findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .take(TOP_RISKS)
            .collect(),
        next,
    }
}

/// The one thing to do next, in the order the work goes: workloads, grouping the inventory,
/// blocking readiness, blocked workloads, the first wave not done, sharing the plan.
fn next_step(
    plan: &Plan,
    analysis: &Analysis,
    waves: &[WaveCard],
    blocked: &[(WorkloadId, Vec<Blocker>)],
    moving: usize,
) -> NextStep {
    let unassigned = plan.unassigned_count();
    if plan.workloads().len() == 0 && plan.assets().next().is_none() {
        NextStep::AddWorkloads
    } else if unassigned > 0 {
        NextStep::GroupInventory { unassigned }
    } else if analysis.readiness.level == ReadinessLevel::Blocked {
        NextStep::AnswerReadiness {
            blocking: analysis.readiness.blocking_gaps().count(),
        }
    } else if !blocked.is_empty() {
        NextStep::Unblock {
            workloads: blocked.len(),
        }
    } else if let Some(wave) = waves.iter().find(|w| w.done < w.workloads) {
        NextStep::StageWave {
            wave: wave.number,
            done: wave.done,
            total: wave.workloads,
        }
    } else if moving == 0 {
        NextStep::AddWorkloads
    } else {
        NextStep::Share
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_plan;

    #[test]
    fn an_empty_plan_asks_for_workloads() {
        let plan = Plan::default();
        let analysis = Analysis::of(&plan);
        let overview = overview(&plan, &analysis);
        assert_eq!(overview.next, NextStep::AddWorkloads);
        assert!(overview.waves.is_empty());
    }

    #[test]
    fn the_example_counts_match_the_checklists_and_the_waves() {
        let plan = example_plan();
        let analysis = Analysis::of(&plan);
        let overview = overview(&plan, &analysis);
        let placed: usize = overview.waves.iter().map(|w| w.workloads).sum();
        assert_eq!(
            placed + overview.in_no_wave,
            plan.workloads().len(),
            "every workload is in a wave or said to be in none"
        );
        // Payroll is held back from the waves (a separate programme) and still moves: the lead
        // says how many of the moving workloads the waves hold, not that all of them are there.
        assert!(
            placed < overview.moving,
            "the example holds a moving workload back"
        );
        assert!(
            overview.lead().starts_with(&format!(
                "{} workloads moving, {placed} of them in {} waves from ",
                overview.moving,
                overview.waves.len()
            )),
            "{}",
            overview.lead()
        );
        let done_in_waves: usize = overview.waves.iter().map(|w| w.done).sum();
        assert_eq!(done_in_waves, overview.done);
        assert!(overview.top_risks.len() <= TOP_RISKS);
        assert!(overview
            .top_risks
            .iter()
            .all(|f| f.severity >= Severity::Warning));
    }

    #[test]
    fn the_next_step_follows_the_order_caf_works_in() {
        let inventory = crate::domain::synthetic::inventory(1, 40, 80);
        let analysis = Analysis::of(&inventory);
        assert!(matches!(
            overview(&inventory, &analysis).next,
            NextStep::GroupInventory { unassigned } if unassigned == inventory.unassigned_count()
        ));

        let mut plan = example_plan();
        plan.apply(crate::domain::action::Action::Answer {
            question: "operations-baseline".into(),
            answer: crate::domain::readiness::Answer {
                choice: "no".into(),
                note: String::new(),
                owner: String::new(),
            },
        })
        .unwrap();
        let analysis = Analysis::of(&plan);
        assert_eq!(analysis.readiness.level, ReadinessLevel::Blocked);
        assert!(matches!(
            overview(&plan, &analysis).next,
            NextStep::AnswerReadiness { blocking } if blocking >= 1
        ));
    }
}
