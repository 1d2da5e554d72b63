//! Everything the pages and exports show about a plan, computed once: readiness, remediation
//! decisions, the wave plan and the staging checklists. The UI memoises one `Analysis` per
//! plan version instead of each page recomputing its part.

use std::collections::BTreeMap;

use crate::domain::plan::Plan;
use crate::domain::readiness::{assess, Readiness};
use crate::domain::remediation::{decide_all, RemediationDecision};
use crate::domain::staging::{checklists, StagingChecklist};
use crate::domain::waves::{plan_waves_with, WavePlan};
use crate::domain::workload::WorkloadId;

#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub readiness: Readiness,
    pub decisions: BTreeMap<WorkloadId, RemediationDecision>,
    pub waves: WavePlan,
    pub checklists: BTreeMap<WorkloadId, StagingChecklist>,
}

impl Analysis {
    pub fn of(plan: &Plan) -> Self {
        let decisions = decide_all(plan);
        let waves = plan_waves_with(plan, &decisions);
        let checklists = checklists(plan, &waves)
            .into_iter()
            .map(|checklist| (checklist.workload, checklist))
            .collect();
        Self {
            readiness: assess(plan.questions(), plan.answers()),
            decisions,
            waves,
            checklists,
        }
    }
}
