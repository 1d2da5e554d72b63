//! Progress against a baseline: a baseline taken from the plan as it stands, what changed
//! since one (per wave: workloads moved in or out and why, added, removed, dates slipped), and
//! a burn-up per wave of its workloads by stage, from each baseline's counts and today's.

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::analysis::Analysis;
use crate::domain::baseline::{Baseline, BaselineWave, BaselineWorkload, STAGES};
use crate::domain::calendar::{Day, DayRange};
use crate::domain::name::Name;
use crate::domain::plan::Plan;
use crate::domain::staging::WorkloadStage;
use crate::domain::waves::WavePlan;
use crate::domain::workload::WorkloadId;

/// The stages in the order a baseline counts them.
pub const STAGE_ORDER: [WorkloadStage; STAGES] = [
    WorkloadStage::NotStarted,
    WorkloadStage::Remediating,
    WorkloadStage::Replicating,
    WorkloadStage::Staged,
    WorkloadStage::Tested,
    WorkloadStage::Promoted,
];

/// What `BurnPoint::reached[index]` counts, in words.
pub fn reached_label(index: usize) -> String {
    match STAGE_ORDER.get(index) {
        Some(WorkloadStage::Promoted) => "Promoted".to_owned(),
        Some(stage) => format!("{} or later", stage.label()),
        None => String::new(),
    }
}

fn stage_index(stage: WorkloadStage) -> usize {
    STAGE_ORDER.iter().position(|s| *s == stage).unwrap_or(0)
}

/// Today's count of each wave's workloads at each stage.
fn stage_counts(analysis: &Analysis) -> BTreeMap<u32, [u32; STAGES]> {
    let mut counts: BTreeMap<u32, [u32; STAGES]> = BTreeMap::new();
    for list in analysis.checklists.values() {
        if let Some(wave) = list.wave {
            counts.entry(wave).or_default()[stage_index(list.stage)] += 1;
        }
    }
    counts
}

/// The plan as it stands on `today`, as a baseline named `name`.
pub fn baseline_of(name: Name, today: Day, plan: &Plan, analysis: &Analysis) -> Baseline {
    let counts = stage_counts(analysis);
    Baseline {
        name,
        saved_on: today,
        waves: analysis
            .waves
            .waves
            .iter()
            .map(|wave| BaselineWave {
                number: wave.number,
                days: wave.days,
                stages: counts.get(&wave.number).copied().unwrap_or_default(),
            })
            .collect(),
        workloads: plan
            .workloads()
            .map(|workload| BaselineWorkload {
                id: workload.id,
                name: workload.name.to_string(),
                wave: analysis.waves.wave_of(workload.id),
            })
            .collect(),
    }
}

/// A workload that changed wave: where it was, where it is, and why it is there now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moved {
    pub name: String,
    pub from: Option<u32>,
    pub to: Option<u32>,
    pub why: String,
}

/// What changed in one wave since the baseline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WaveChanges {
    pub wave: u32,
    pub then: Option<DayRange>,
    pub now: Option<DayRange>,
    pub moved_in: Vec<Moved>,
    pub moved_out: Vec<Moved>,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

impl WaveChanges {
    /// Days the wave's end moved (later is positive); `None` if it is new or gone.
    pub fn slipped_days(&self) -> Option<i64> {
        Some(self.then?.to().days_until(self.now?.to()))
    }

    pub fn is_empty(&self) -> bool {
        self.slipped_days().unwrap_or(1) == 0
            && self.moved_in.is_empty()
            && self.moved_out.is_empty()
            && self.added.is_empty()
            && self.removed.is_empty()
    }
}

/// Every wave of the baseline or the plan, with what changed in it (unchanged waves too).
pub fn compare(baseline: &Baseline, plan: &Plan, waves: &WavePlan) -> Vec<WaveChanges> {
    let mut by_wave: BTreeMap<u32, WaveChanges> = BTreeMap::new();
    for wave in &baseline.waves {
        entry(&mut by_wave, wave.number).then = Some(wave.days);
    }
    for wave in &waves.waves {
        entry(&mut by_wave, wave.number).now = Some(wave.days);
    }
    let before: BTreeMap<WorkloadId, &BaselineWorkload> =
        baseline.workloads.iter().map(|w| (w.id, w)).collect();
    for workload in plan.workloads() {
        let now = waves.wave_of(workload.id);
        let Some(then) = before.get(&workload.id) else {
            if let Some(now) = now {
                entry(&mut by_wave, now)
                    .added
                    .push(workload.name.to_string());
            }
            continue;
        };
        if then.wave == now {
            continue;
        }
        let moved = Moved {
            name: workload.name.to_string(),
            from: then.wave,
            to: now,
            why: why_now(plan, waves, workload.id),
        };
        if let Some(from) = then.wave {
            entry(&mut by_wave, from).moved_out.push(moved.clone());
        }
        if let Some(to) = now {
            entry(&mut by_wave, to).moved_in.push(moved);
        }
    }
    let present: BTreeSet<WorkloadId> = plan.workloads().map(|w| w.id).collect();
    for gone in baseline
        .workloads
        .iter()
        .filter(|w| !present.contains(&w.id))
    {
        if let Some(wave) = gone.wave {
            entry(&mut by_wave, wave).removed.push(gone.name.clone());
        }
    }
    by_wave.into_values().collect()
}

fn entry(by_wave: &mut BTreeMap<u32, WaveChanges>, number: u32) -> &mut WaveChanges {
    by_wave.entry(number).or_insert_with(|| WaveChanges {
        wave: number,
        ..WaveChanges::default()
    })
}

/// Why a workload is where it is now: its wave's reason, or why it is in no wave.
fn why_now(plan: &Plan, waves: &WavePlan, id: WorkloadId) -> String {
    let name_of = |other: WorkloadId| {
        plan.workload(other)
            .map_or_else(|| format!("workload {}", other.0), |w| w.name.to_string())
    };
    match waves.reason_of(id) {
        Some(reason) => reason.describe(name_of),
        None => waves
            .held_back
            .iter()
            .find(|held| held.workload == id)
            .map_or_else(|| "In no wave.".to_owned(), |held| held.reason.clone()),
    }
}

/// One point of a burn-up: on `day`, how many of the wave's workloads had reached at least
/// each stage (`reached[i]`: at stage `STAGE_ORDER[i]` or later).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BurnPoint {
    pub day: Day,
    /// The baseline's name, or "Today".
    pub label: String,
    pub reached: [u32; STAGES],
}

/// A wave's burn-up: points from each baseline and today, the wave's workloads today, and its
/// end as the compared baseline had it and as planned now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BurnUp {
    pub wave: u32,
    pub scope: u32,
    /// The wave's workloads in the compared baseline.
    pub baseline_scope: u32,
    pub baseline_days: Option<DayRange>,
    pub planned_days: Option<DayRange>,
    pub points: Vec<BurnPoint>,
}

fn reached(counts: [u32; STAGES]) -> [u32; STAGES] {
    let mut reached = [0; STAGES];
    let mut running = 0;
    for index in (0..STAGES).rev() {
        running += counts[index];
        reached[index] = running;
    }
    reached
}

/// The burn-up of every wave the plan or `against` has, points oldest first.
pub fn burn_ups(plan: &Plan, analysis: &Analysis, against: &Baseline, today: Day) -> Vec<BurnUp> {
    let counts = stage_counts(analysis);
    let mut numbers: BTreeSet<u32> = against.waves.iter().map(|w| w.number).collect();
    numbers.extend(analysis.waves.waves.iter().map(|w| w.number));
    numbers
        .into_iter()
        .map(|number| {
            let mut points: Vec<BurnPoint> = plan
                .baselines()
                .iter()
                .filter_map(|baseline| {
                    let wave = baseline.wave(number)?;
                    Some(BurnPoint {
                        day: baseline.saved_on,
                        label: baseline.name.to_string(),
                        reached: reached(wave.stages),
                    })
                })
                .collect();
            let now = counts.get(&number).copied().unwrap_or_default();
            points.push(BurnPoint {
                day: today,
                label: "Today".to_owned(),
                reached: reached(now),
            });
            points.sort_by_key(|point| point.day);
            let planned = analysis.waves.waves.iter().find(|w| w.number == number);
            BurnUp {
                wave: number,
                scope: now.iter().sum(),
                baseline_scope: against.wave(number).map_or(0, |w| w.stages.iter().sum()),
                baseline_days: against.wave(number).map(|w| w.days),
                planned_days: planned.map(|w| w.days),
                points,
            }
        })
        .collect()
}
