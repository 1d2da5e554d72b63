//! The cutover runbook of a wave, generated from the plan: per workload when it cuts over,
//! when its replication must be complete (counted back from the cutover with the replication
//! estimate), the go/no-go checks (the definition of done and the promote gate), when and how
//! to roll back, and who is responsible and accountable for each step. A person sets the
//! window and may write their own rollback steps; everything else follows from the plan.

use std::collections::BTreeMap;

use crate::domain::calendar::{Day, DayRange};
use crate::domain::finding::{Finding, Severity, Subject};
use crate::domain::plan::Plan;
use crate::domain::quantity::counted;
use crate::domain::replication::transfer_hours;
use crate::domain::staging::{CheckItem, StagingChecklist};
use crate::domain::waves::Wave;
use crate::domain::workload::{CutoverMode, CutoverWindow, Workload, WorkloadId};

/// waveplan's default, not CAF's: replication is complete one day before the cutover, so the
/// final delta sync and a test failover fit before the window opens.
pub const REPLICATION_MARGIN_DAYS: i64 = 1;

/// Someone who does or answers for a step: a name when the plan has one, else the role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: Option<String>,
    pub role: &'static str,
}

impl std::fmt::Display for Person {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.name {
            Some(name) => write!(f, "{name} ({})", self.role),
            None => write!(f, "{} (not named yet)", self.role),
        }
    }
}

/// One step of a workload's cutover with its owners (RACI: responsible, accountable,
/// consulted; the business owner is informed of every step).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub what: String,
    pub when: String,
    pub responsible: Person,
    pub accountable: Person,
    pub consulted: Person,
}

/// The replication estimate for a workload's first copy, in days of link time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplicationEstimate {
    Days(u32),
    /// No usable bandwidth: the time cannot be estimated.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CutoverEntry {
    pub workload: WorkloadId,
    pub name: String,
    pub mode: Option<CutoverMode>,
    pub window: Option<CutoverWindow>,
    pub estimate: ReplicationEstimate,
    /// With a window: the last day replication may finish, and the day it must start by.
    pub replication_complete_by: Option<Day>,
    pub start_replication_by: Option<Day>,
    /// Go/no-go: the definition of done and the promote gate before the cut-over itself.
    pub checks: Vec<CheckItem>,
    pub rollback_trigger: Option<String>,
    pub rollback_steps: Vec<String>,
    /// The steps are waveplan's proposal (the person wrote none).
    pub rollback_proposed: bool,
    pub steps: Vec<Step>,
    pub informed: Person,
    /// What breaks the calendar about this cut-over (see `findings`).
    pub findings: Vec<Finding>,
}

impl CutoverEntry {
    pub fn go(&self) -> bool {
        self.checks.iter().all(|check| check.done)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaveRunbook {
    pub wave: u32,
    pub days: DayRange,
    pub entries: Vec<CutoverEntry>,
}

/// "on 2027-01-31 from 22:00 for 8 h, to 2027-02-01": where a window starts and, when it runs
/// past midnight, the day it ends.
fn described_window(window: &CutoverWindow, days: DayRange) -> String {
    let mut text = format!(
        "on {} from {} for {} h",
        window.day, window.start, window.hours
    );
    if days.to() != days.from() {
        text.push_str(&format!(", to {}", days.to()));
    }
    text
}

/// The days a window touches: from its day to the day its last hour falls in.
pub fn window_days(window: &CutoverWindow) -> DayRange {
    let end_minute = u32::from(window.start.minutes()) + window.hours.max(1) * 60 - 1;
    let last = window.day.plus_days(i64::from(end_minute / (24 * 60)));
    DayRange::between(window.day, last)
}

/// Days of link time the first copy of a workload's assets takes.
pub fn replication_estimate(plan: &Plan, workload: WorkloadId) -> ReplicationEstimate {
    let settings = plan.settings();
    let gigabytes: f64 = plan.assets_of(workload).map(|asset| asset.storage_gb).sum();
    let hours = transfer_hours(gigabytes, settings);
    if !hours.is_finite() {
        return ReplicationEstimate::Unknown;
    }
    let days = (hours / settings.replication_hours_per_day).ceil();
    ReplicationEstimate::Days(if days >= f64::from(u32::MAX) {
        u32::MAX
    } else {
        days as u32
    })
}

/// Each workload's staging checklist, as `Analysis::checklists` holds them.
pub type Checklists = BTreeMap<WorkloadId, StagingChecklist>;

/// The runbook of one wave, its workloads in the wave's order.
pub fn wave_runbook(plan: &Plan, checklists: &Checklists, wave: &Wave) -> WaveRunbook {
    WaveRunbook {
        wave: wave.number,
        days: wave.days,
        entries: wave
            .workloads
            .iter()
            .filter_map(|id| plan.workload(*id))
            .map(|workload| entry(plan, checklists, workload, Some(wave)))
            .collect(),
    }
}

/// One workload's runbook entry; `wave` is the wave it is in, if any.
pub fn entry(
    plan: &Plan,
    checklists: &Checklists,
    workload: &Workload,
    wave: Option<&Wave>,
) -> CutoverEntry {
    let estimate = replication_estimate(plan, workload.id);
    let complete_by = workload
        .cutover_window
        .map(|window| window.day.plus_days(-REPLICATION_MARGIN_DAYS));
    let start_by = match (complete_by, estimate) {
        (Some(day), ReplicationEstimate::Days(days)) => Some(day.plus_days(-i64::from(days))),
        _ => None,
    };
    let checks = checklists
        .get(&workload.id)
        .map(|list| {
            let gate = list.gate.iter().take(list.gate.len().saturating_sub(1));
            list.items.iter().chain(gate).cloned().collect()
        })
        .unwrap_or_default();
    let (rollback_steps, rollback_proposed) = rollback_steps(workload);
    CutoverEntry {
        workload: workload.id,
        name: workload.name.to_string(),
        mode: workload.cutover,
        window: workload.cutover_window,
        estimate,
        replication_complete_by: complete_by,
        start_replication_by: start_by,
        checks,
        rollback_trigger: Some(workload.rollback_trigger.trim())
            .filter(|trigger| !trigger.is_empty())
            .map(str::to_owned),
        rollback_steps,
        rollback_proposed,
        steps: steps(plan, workload, complete_by, start_by),
        informed: business_owner(workload),
        findings: match (wave, workload.cutover_window) {
            (Some(wave), Some(window)) => window_findings(plan, wave, workload, &window),
            _ => Vec::new(),
        },
    }
}

/// The person's own steps, one per line, or waveplan's proposal for the cut-over mode.
fn rollback_steps(workload: &Workload) -> (Vec<String>, bool) {
    let written: Vec<String> = workload
        .rollback_steps
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    if !written.is_empty() {
        return (written, false);
    }
    let mut proposed = vec![
        "Stop the cut-over and tell the business owner.".to_owned(),
        "Point DNS and routing back to the source environment.".to_owned(),
    ];
    if workload.cutover == Some(CutoverMode::NearZeroDowntime) {
        proposed.push(
            "Reverse the data sync, or replay the changes made in the cloud since the cut-over, before the source takes writes again.".to_owned(),
        );
    } else {
        proposed.push("Restart the source systems; they were stopped, not changed.".to_owned());
    }
    proposed.push("Keep the cloud copy for the post-mortem; plan the next attempt.".to_owned());
    (proposed, true)
}

fn business_owner(workload: &Workload) -> Person {
    named(&workload.business_owner, "business owner")
}

fn technical_owner(workload: &Workload) -> Person {
    named(&workload.technical_owner, "technical owner")
}

fn named(name: &str, role: &'static str) -> Person {
    Person {
        name: Some(name.trim())
            .filter(|n| !n.is_empty())
            .map(str::to_owned),
        role,
    }
}

/// The accountable party readiness named for an activity: the owner written on the role
/// question's answer.
fn role_owner(plan: &Plan, question: &str, role: &'static str) -> Person {
    let owner = plan
        .answers()
        .get(question)
        .map_or("", |answer| answer.owner.as_str());
    named(owner, role)
}

fn steps(
    plan: &Plan,
    workload: &Workload,
    complete_by: Option<Day>,
    start_by: Option<Day>,
) -> Vec<Step> {
    let by =
        |day: Option<Day>| day.map_or("once the window is set".to_owned(), |d| format!("by {d}"));
    let window = workload
        .cutover_window
        .map_or("window not set yet".to_owned(), |w| w.to_string());
    let replication = role_owner(plan, "role-replication", "replication owner");
    let staging = role_owner(plan, "role-staging", "staging owner");
    let approval = role_owner(plan, "role-approval", "approver");
    let (technical, business) = (technical_owner(workload), business_owner(workload));
    let step = |what: &str, when: String, raci: [&Person; 3]| Step {
        what: what.to_owned(),
        when,
        responsible: raci[0].clone(),
        accountable: raci[1].clone(),
        consulted: raci[2].clone(),
    };
    vec![
        step(
            "Start the first copy",
            by(start_by),
            [&replication, &technical, &staging],
        ),
        step(
            "Replication complete, delta in sync",
            by(complete_by),
            [&replication, &technical, &staging],
        ),
        step(
            "Go/no-go",
            format!("before the window ({window})"),
            [&staging, &approval, &technical],
        ),
        step(
            "Cut over (DNS/IP)",
            window.clone(),
            [&technical, &business, &staging],
        ),
        step(
            "Roll back if the trigger is met",
            format!("during the window ({window})"),
            [&technical, &business, &approval],
        ),
    ]
}

/// Windows that break the calendar: in a blackout or one of the workload's freezes, outside
/// the workload's wave, or needing replication to start before the wave does.
pub fn findings(plan: &Plan, waves: &[Wave]) -> Vec<Finding> {
    let mut found = Vec::new();
    for wave in waves {
        for workload in wave.workloads.iter().filter_map(|id| plan.workload(*id)) {
            let Some(window) = workload.cutover_window else {
                continue;
            };
            found.extend(window_findings(plan, wave, workload, &window));
        }
    }
    found
}

fn window_findings(
    plan: &Plan,
    wave: &Wave,
    workload: &Workload,
    window: &CutoverWindow,
) -> Vec<Finding> {
    let days = window_days(window);
    let subject = || Subject::Workload(workload.id);
    let mut found = Vec::new();
    let closed = plan
        .settings()
        .blackouts
        .iter()
        .map(|w| ("blackout", w))
        .chain(workload.freeze_windows.iter().map(|w| ("freeze window", w)));
    for (kind, closed) in closed {
        if closed.days.overlaps(&days) {
            found.push(Finding::new(
                Severity::Warning,
                subject(),
                format!(
                    "The cut-over of {} on {} falls in the {kind} {}.",
                    workload.name,
                    window.day,
                    described(closed)
                ),
                "Nothing may change in a blackout or freeze window: the cut-over would break it.",
                "Move the cut-over window out of it on the Cutover page.",
            ));
        }
    }
    if !(wave.days.from() <= days.from() && days.to() <= wave.days.to()) {
        found.push(Finding::new(
            Severity::Warning,
            subject(),
            format!("The cut-over of {} ({}) is outside its wave {} ({} – {}).", workload.name, described_window(window, days), wave.number, wave.days.from(), wave.days.to()),
            "A workload cuts over within its wave, or the wave's plan and its capacity no longer say what happens.",
            "Move the cut-over window into the wave, or pin the workload to the wave it cuts over in.",
        ));
    }
    if let ReplicationEstimate::Days(needed) = replication_estimate(plan, workload.id) {
        let start_by = window
            .day
            .plus_days(-REPLICATION_MARGIN_DAYS - i64::from(needed));
        if start_by < wave.days.from() {
            found.push(Finding::new(
                Severity::Warning,
                subject(),
                format!("{}: replication must start by {start_by} ({} of link time) to be complete the day before its cut-over, before wave {} starts on {}.", workload.name, counted(needed as usize, "day", "days"), wave.number, wave.days.from()),
                "The first copy takes longer than the wave leaves before the cut-over.",
                "Move the cut-over later in the wave, start this workload's replication early, or raise the bandwidth.",
            ));
        }
    }
    found
}

fn described(window: &crate::domain::workload::FreezeWindow) -> String {
    let reason = window.reason.trim();
    let days = format!("{} – {}", window.days.from(), window.days.to());
    if reason.is_empty() {
        format!("({days})")
    } else {
        format!("“{reason}” ({days})")
    }
}
