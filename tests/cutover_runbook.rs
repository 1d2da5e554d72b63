//! The cutover runbook on small plans whose arithmetic is easy to read: replication dates
//! counted back from the window with the estimate, windows that break the calendar, owners
//! from the plan and readiness, the Markdown and the backlog task. CAF asks to "decide
//! downtime vs near-zero-downtime per workload and the rollback triggers" and to "avoid
//! business freeze periods" (shared/reference/CAF-NOTES.md, "Decision rules", sequencing), and
//! puts the DNS/IP cut-over last in the promote gate ("Promote gate (after staging)"); the
//! one-day margin before the cutover is waveplan's default and the runbook says so.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::Builder;
use waveplan::domain::analysis::Analysis;
use waveplan::domain::calendar::{Day, DayRange, TimeOfDay};
use waveplan::domain::export::backlog::{backlog_csv, Tracker};
use waveplan::domain::export::runbook::runbook_markdown;
use waveplan::domain::finding::Severity;
use waveplan::domain::persist::{from_json, to_json};
use waveplan::domain::plan::Action;
use waveplan::domain::readiness::Answer;
use waveplan::domain::runbook::{wave_runbook, ReplicationEstimate, WaveRunbook};
use waveplan::domain::workload::{CutoverMode, CutoverWindow, FreezeWindow, WorkloadId};

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

/// Waves of 28 days from 2027-01-04; a 100 Mbps link, all of it, all day: 2,160 GB is 48 h
/// of link time, so 2 days.
fn plan_with_payroll() -> (Builder, WorkloadId) {
    let mut b = Builder::new();
    b.settings(|s| {
        s.bandwidth_mbps = 100.0;
        s.bandwidth_usable_percent = 100.0;
        s.replication_hours_per_day = 24.0;
    });
    let payroll = b.workload("Payroll");
    b.asset(
        payroll,
        "payroll-db",
        waveplan::domain::asset::AssetKind::VirtualMachine,
        2_160.0,
    );
    (b, payroll)
}

fn set_window(b: &mut Builder, workload: WorkloadId, on: &str, start: &str, hours: u32) {
    b.plan
        .apply(Action::PlanCutover {
            mode: None,
            workload,
            window: Some(CutoverWindow {
                day: day(on),
                start: TimeOfDay::parse(start).unwrap(),
                hours,
            }),
            rollback_steps: String::new(),
        })
        .unwrap();
}

fn runbook(b: &Builder) -> (Analysis, WaveRunbook) {
    let analysis = Analysis::of(&b.plan);
    let wave = analysis
        .waves
        .waves
        .iter()
        .find(|wave| !wave.workloads.is_empty())
        .expect("a wave moves the workload");
    let runbook = wave_runbook(&b.plan, &analysis.checklists, wave);
    (analysis, runbook)
}

#[test]
fn replication_is_complete_the_day_before_the_cutover_and_starts_earlier_by_the_estimate() {
    let (mut b, payroll) = plan_with_payroll();
    let (_, before) = runbook(&b);
    assert_eq!(before.entries[0].estimate, ReplicationEstimate::Days(2));
    assert_eq!(
        before.entries[0].replication_complete_by, None,
        "no window, no dates"
    );
    set_window(&mut b, payroll, "2027-01-20", "22:00", 4);
    let (analysis, runbook) = runbook(&b);
    let entry = &runbook.entries[0];
    assert_eq!(entry.replication_complete_by, Some(day("2027-01-19")));
    assert_eq!(entry.start_replication_by, Some(day("2027-01-17")));
    assert!(entry.findings.is_empty(), "{:#?}", entry.findings);
    assert!(!entry.go(), "nothing of the definition of done is ticked");
    let markdown = runbook_markdown(b.plan.name().as_str(), std::slice::from_ref(&runbook));
    for line in [
        "## Wave 1 (2027-01-04 – 2027-01-31)",
        "### Payroll (no-go:",
        "Cut-over: mode not decided yet · 2027-01-20 22:00 for 4 h",
        "start the first copy by 2027-01-17 · replication complete by 2027-01-19.",
        "Rollback steps (waveplan's proposal; write your own on the Cutover page):",
    ] {
        assert!(markdown.contains(line), "{line:?} in\n{markdown}");
    }
    let csv = backlog_csv(&b.plan, &analysis, Tracker::Jira);
    assert!(
        csv.contains("\"Cut over Payroll\"") && csv.contains("replication complete by 2027-01-19"),
        "{csv}"
    );
}

#[test]
fn a_window_in_a_blackout_or_a_freeze_or_outside_its_wave_is_a_warning() {
    let (mut b, payroll) = plan_with_payroll();
    // A blackout or freeze in a wave moves the workload out of it; a pin keeps it there.
    b.change(payroll, |w| w.pinned_wave = Some(1));
    b.settings(|s| {
        s.blackouts.push(FreezeWindow {
            days: DayRange::new(day("2027-01-21"), day("2027-01-22")).unwrap(),
            reason: "Payroll run".into(),
        })
    });
    // 22:00 for 4 hours reaches 02:00 the next day, into the blackout.
    set_window(&mut b, payroll, "2027-01-20", "22:00", 4);
    let (analysis, runbook) = runbook(&b);
    let whats: Vec<&str> = runbook.entries[0]
        .findings
        .iter()
        .map(|f| f.what.as_str())
        .collect();
    assert_eq!(
        whats,
        ["The cut-over of Payroll on 2027-01-20 falls in the blackout “Payroll run” (2027-01-21 – 2027-01-22)."]
    );
    assert!(analysis
        .findings
        .iter()
        .any(|f| f.severity == Severity::Warning && f.what == whats[0]));
    // Ending at midnight stays on its day.
    set_window(&mut b, payroll, "2027-01-20", "22:00", 2);
    assert!(runbook_of(&b).entries[0].findings.is_empty());

    b.change(payroll, |w| {
        w.freeze_windows.push(FreezeWindow {
            days: DayRange::new(day("2027-01-10"), day("2027-01-10")).unwrap(),
            reason: String::new(),
        })
    });
    set_window(&mut b, payroll, "2027-01-10", "08:00", 1);
    let entry = &runbook_of(&b).entries[0];
    assert!(entry.findings.iter().any(|f| f.what == "The cut-over of Payroll on 2027-01-10 falls in the freeze window (2027-01-10 – 2027-01-10)."), "{:#?}", entry.findings);

    set_window(&mut b, payroll, "2027-02-10", "08:00", 1);
    let entry = &runbook_of(&b).entries[0];
    assert!(entry.findings.iter().any(|f| f.what == "The cut-over of Payroll (on 2027-02-10 from 08:00 for 1 h) is outside its wave 1 (2027-01-04 – 2027-01-31)."), "{:#?}", entry.findings);
    // Starting on the wave's last day and running past midnight: the day it ends is named,
    // as that is the day outside the wave.
    set_window(&mut b, payroll, "2027-01-31", "22:00", 8);
    let entry = &runbook_of(&b).entries[0];
    assert!(entry.findings.iter().any(|f| f.what == "The cut-over of Payroll (on 2027-01-31 from 22:00 for 8 h, to 2027-02-01) is outside its wave 1 (2027-01-04 – 2027-01-31)."), "{:#?}", entry.findings);

    // Two days of copying, complete the day before: a cut-over on the wave's second day
    // needs replication to start before the wave.
    set_window(&mut b, payroll, "2027-01-05", "08:00", 1);
    let entry = &runbook_of(&b).entries[0];
    assert!(
        entry.findings.iter().any(|f| f
            .what
            .starts_with("Payroll: replication must start by 2027-01-02 (2 days of link time)")),
        "{:#?}",
        entry.findings
    );
}

fn runbook_of(b: &Builder) -> WaveRunbook {
    runbook(b).1
}

#[test]
fn owners_come_from_the_workload_and_the_roles_readiness_named() {
    let (mut b, payroll) = plan_with_payroll();
    b.change(payroll, |w| {
        w.business_owner = "Bea".into();
        w.technical_owner = "Tom".into();
        w.cutover = Some(CutoverMode::NearZeroDowntime);
    });
    b.plan
        .apply(Action::Answer {
            question: "role-replication".into(),
            answer: Answer {
                choice: "named".into(),
                note: String::new(),
                owner: "Ana".into(),
            },
        })
        .unwrap();
    let entry = &runbook_of(&b).entries[0];
    let step = |what: &str| entry.steps.iter().find(|s| s.what == what).unwrap();
    assert_eq!(
        step("Start the first copy").responsible.to_string(),
        "Ana (replication owner)"
    );
    assert_eq!(
        step("Start the first copy").accountable.to_string(),
        "Tom (technical owner)"
    );
    assert_eq!(
        step("Go/no-go").accountable.to_string(),
        "approver (not named yet)"
    );
    assert_eq!(
        step("Go/no-go").consulted.to_string(),
        "Tom (technical owner)"
    );
    assert_eq!(
        step("Cut over (DNS/IP)").accountable.to_string(),
        "Bea (business owner)"
    );
    assert!(entry.rollback_proposed);
    assert!(
        entry
            .rollback_steps
            .iter()
            .any(|s| s.starts_with("Reverse the data sync")),
        "near-zero downtime rolls back data too"
    );

    b.plan
        .apply(Action::PlanCutover {
            mode: None,
            workload: payroll,
            window: None,
            rollback_steps: "  Switch DNS back \n\n Call Bea ".into(),
        })
        .unwrap();
    let entry = &runbook_of(&b).entries[0];
    assert!(!entry.rollback_proposed);
    assert_eq!(entry.rollback_steps, ["Switch DNS back", "Call Bea"]);
}

#[test]
fn the_plan_refuses_windows_it_cannot_keep_and_saves_the_rest() {
    let (mut b, payroll) = plan_with_payroll();
    for hours in [0, 169] {
        let refused = b.plan.clone().apply(Action::PlanCutover {
            mode: None,
            workload: payroll,
            window: Some(CutoverWindow {
                day: day("2027-01-20"),
                start: TimeOfDay::parse("22:00").unwrap(),
                hours,
            }),
            rollback_steps: String::new(),
        });
        assert_eq!(
            refused.unwrap_err().to_string(),
            "workload “Payroll”: a cut-over window lasts 1 to 168 whole hours"
        );
    }
    let long = b.plan.clone().apply(Action::PlanCutover {
        mode: None,
        workload: payroll,
        window: None,
        rollback_steps: "x".repeat(4_001),
    });
    assert!(long
        .unwrap_err()
        .to_string()
        .contains("at most 4000 characters"));
    set_window(&mut b, payroll, "2027-01-20", "22:00", 168);
    let json = to_json(&b.plan);
    assert!(json.contains("\"start\": \"22:00\""), "{json}");
    assert_eq!(
        from_json(&json).unwrap().workload(payroll),
        b.plan.workload(payroll)
    );
    let bad_time = json.replace("\"start\": \"22:00\"", "\"start\": \"25:00\"");
    assert!(from_json(&bad_time)
        .unwrap_err()
        .to_string()
        .contains("“25:00” is not a time"));
}
