//! Everything the pages and exports show about a plan, computed once: readiness, remediation
//! decisions, the wave plan, the staging checklists and every finding. The UI memoises one
//! `Analysis` per plan version instead of each page recomputing its part, and the exports read
//! the same values, so a page and an export never say different things.

use std::collections::BTreeMap;

use crate::domain::blockers::Blocker;
use crate::domain::finding::Finding;
use crate::domain::holdings::Holdings;
use crate::domain::plan::Plan;
use crate::domain::readiness::{assess, Readiness};
use crate::domain::remediation::{decide_all_in, RemediationDecision};
use crate::domain::staging::{checklists, StagingChecklist};
use crate::domain::waves::{plan_waves_in, WavePlan};
use crate::domain::workload::WorkloadId;

#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub readiness: Readiness,
    pub decisions: BTreeMap<WorkloadId, RemediationDecision>,
    pub waves: WavePlan,
    pub checklists: BTreeMap<WorkloadId, StagingChecklist>,
    /// What blocks each blocked workload (absent: nothing does).
    pub blockers: BTreeMap<WorkloadId, Vec<Blocker>>,
    /// Every finding: readiness, cadence, waves and staging; blockers first.
    pub findings: Vec<Finding>,
}

impl Analysis {
    pub fn of(plan: &Plan) -> Self {
        let readiness = assess(plan.questions(), plan.answers());
        // Which workload holds each asset, found once for both.
        let holdings = Holdings::of(plan);
        let decisions = decide_all_in(plan, &holdings);
        let waves = plan_waves_in(plan, &holdings, &decisions);
        let lists = checklists(plan, &waves);
        let blockers = crate::domain::blockers::find(plan, &readiness, &decisions, &waves);
        let mut findings = crate::domain::readiness::findings(&readiness);
        findings.extend(crate::domain::cadence::findings(plan.settings()));
        findings.extend(waves.findings.iter().cloned());
        findings.extend(crate::domain::staging::findings(plan, &lists));
        findings.extend(crate::domain::runbook::findings(plan, &waves.waves));
        findings.extend(crate::domain::assessment::findings(plan));
        findings.extend(crate::domain::replication::findings(plan));
        // Stable: within a severity, the order the analyses found them in.
        findings.sort_by_key(|finding| std::cmp::Reverse(finding.severity));
        Self {
            readiness,
            decisions,
            waves,
            checklists: lists
                .into_iter()
                .map(|checklist| (checklist.workload, checklist))
                .collect(),
            blockers,
            findings,
        }
    }
}
