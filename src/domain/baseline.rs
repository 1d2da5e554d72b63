//! A baseline: the plan's waves as they stood on a day, saved under a name, so later changes
//! are measured against it (what moved, what slipped) and progress is drawn against its dates.
//! Stored with the plan; `progress` builds, compares and charts them.

use serde::{Deserialize, Serialize};

use crate::domain::calendar::{Day, DayRange};
use crate::domain::name::Name;
use crate::domain::workload::WorkloadId;

/// A plan keeps at most this many baselines: each holds every workload's wave.
pub const MAX_BASELINES: usize = 20;

/// The stages a workload passes, in order (not started, remediating, replicating, staged,
/// business tested, promoted): a baseline counts its workloads at each, per wave.
pub const STAGES: usize = 6;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    pub name: Name,
    pub saved_on: Day,
    pub waves: Vec<BaselineWave>,
    pub workloads: Vec<BaselineWorkload>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaselineWave {
    pub number: u32,
    pub days: DayRange,
    /// Its workloads at each stage on the day the baseline was saved.
    pub stages: [u32; STAGES],
}

/// Where a workload stood: its name then, and its wave (none: in no wave).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaselineWorkload {
    pub id: WorkloadId,
    pub name: String,
    pub wave: Option<u32>,
}

impl Baseline {
    pub fn wave(&self, number: u32) -> Option<&BaselineWave> {
        self.waves.iter().find(|wave| wave.number == number)
    }

    /// Whether its dates are ranges and its waves and workloads appear once each.
    pub fn is_consistent(&self) -> bool {
        let mut waves: Vec<u32> = self.waves.iter().map(|w| w.number).collect();
        let mut ids: Vec<WorkloadId> = self.workloads.iter().map(|w| w.id).collect();
        waves.sort_unstable();
        ids.sort_unstable();
        self.waves.iter().all(|w| w.days.is_valid())
            && waves.windows(2).all(|pair| pair[0] != pair[1])
            && ids.windows(2).all(|pair| pair[0] != pair[1])
    }
}
