//! The wave planner on small, readable plans: one rule per test, with the findings it gives.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::Builder;
use waveplan::domain::asset::{AssetKind, RemediationCategory};
use waveplan::domain::calendar::{Day, DayRange};
use waveplan::domain::dependency::DependencyStrength::{Hard, Soft};
use waveplan::domain::finding::{Finding, Severity};
use waveplan::domain::question_bank::HYBRID_NETWORK;
use waveplan::domain::waves::{plan_waves, WavePlan};
use waveplan::domain::workload::{Environment, FreezeWindow, MigrationApproach};

fn findings_with<'a>(plan: &'a WavePlan, text: &str) -> Vec<&'a Finding> {
    plan.findings
        .iter()
        .filter(|f| f.what.contains(text))
        .collect()
}

#[test]
fn a_hard_dependency_cycle_moves_together() {
    let mut b = Builder::new();
    let (a, a_vm) = b.simple("Orders");
    let (c, c_vm) = b.simple("Billing");
    let (d, d_vm) = b.simple("Invoices");
    b.settings(|s| s.ramp.first_wave_workloads = 3);
    b.depends(a_vm, c_vm, Hard)
        .depends(c_vm, d_vm, Hard)
        .depends(d_vm, a_vm, Hard);
    let waves = plan_waves(&b.plan);
    let wave = waves.wave_of(a);
    assert!(wave.is_some());
    assert_eq!(waves.wave_of(c), wave);
    assert_eq!(waves.wave_of(d), wave);
}

#[test]
fn nothing_moves_before_what_it_hard_depends_on() {
    let mut b = Builder::new();
    b.settings(|s| s.ramp.first_wave_workloads = 1);
    let app = b.workload_with("Portal", |w| w.priority = 1);
    let app_vm = b.asset(app, "portal-vm", AssetKind::VirtualMachine, 10.0);
    let (db, db_vm) = b.simple("Shared database");
    b.change(db, |w| w.priority = 5);
    b.depends(app_vm, db_vm, Hard);
    let waves = plan_waves(&b.plan);
    assert_eq!(
        (waves.wave_of(db), waves.wave_of(app)),
        (Some(1), Some(2)),
        "the dependency goes first despite priority"
    );
    assert!(
        waves
            .findings
            .iter()
            .all(|f| f.severity != Severity::Warning),
        "{:?}",
        waves.findings
    );
}

#[test]
fn waves_ramp_up_and_follow_the_sprint_calendar() {
    let mut b = Builder::new();
    for n in 0..10 {
        b.simple(&format!("Workload {n}"));
    }
    let waves = plan_waves(&b.plan);
    let sizes: Vec<usize> = waves.waves.iter().map(|w| w.workloads.len()).collect();
    assert_eq!(sizes, [2, 4, 4], "limits 2, 4, 6 under the default ramp");
    let start = b.plan.settings().start;
    assert_eq!(
        waves.waves[0].days,
        DayRange::new(start, start.plus_days(27)).unwrap()
    );
    assert_eq!(waves.waves[1].days.from(), start.plus_days(28));
    assert_eq!(waves.waves[1].workload_limit, 4);
}

#[test]
fn non_production_and_simple_workloads_go_first() {
    let mut b = Builder::new();
    b.settings(|s| s.ramp.first_wave_workloads = 1);
    let production = b.workload_with("ERP", |w| w.environment = Environment::Production);
    b.asset(production, "erp-vm", AssetKind::VirtualMachine, 10.0);
    let test = b.workload_with("ERP test", |w| w.environment = Environment::NonProduction);
    b.asset(test, "erp-test-vm", AssetKind::VirtualMachine, 10.0);
    let waves = plan_waves(&b.plan);
    assert_eq!(waves.wave_of(test), Some(1));
    assert_eq!(waves.wave_of(production), Some(2));
}

#[test]
fn freeze_windows_are_skipped() {
    let mut b = Builder::new();
    let start = b.plan.settings().start;
    let (frozen, _) = b.simple("Finance");
    let window = DayRange::new(start.plus_days(10), start.plus_days(12)).unwrap();
    b.change(frozen, |w| {
        w.freeze_windows.push(FreezeWindow {
            days: window,
            reason: "Quarter close".into(),
        })
    });
    let (free, _) = b.simple("Intranet");
    let waves = plan_waves(&b.plan);
    assert_eq!(waves.wave_of(free), Some(1));
    assert_eq!(waves.wave_of(frozen), Some(2));
}

#[test]
fn pins_are_honoured_and_a_pin_that_breaks_a_dependency_is_reported() {
    let mut b = Builder::new();
    let (app, app_vm) = b.simple("Portal");
    let (db, db_vm) = b.simple("Database");
    b.depends(app_vm, db_vm, Hard);
    b.change(db, |w| w.pinned_wave = Some(3));
    let waves = plan_waves(&b.plan);
    assert_eq!(waves.wave_of(db), Some(3));
    assert_eq!(
        waves.wave_of(app),
        Some(3),
        "the dependent follows its pinned dependency"
    );

    b.change(app, |w| w.pinned_wave = Some(1));
    let waves = plan_waves(&b.plan);
    assert_eq!((waves.wave_of(app), waves.wave_of(db)), (Some(1), Some(3)));
    assert_eq!(
        findings_with(&waves, "Pinned to wave 1, Portal would move before").len(),
        1,
        "{:?}",
        waves.findings
    );
    assert_eq!(
        findings_with(&waves, "Portal moves in wave 1, before Database (wave 3)").len(),
        1
    );
}

#[test]
fn a_group_too_large_for_any_wave_gets_its_own_wave_and_findings() {
    let mut b = Builder::new();
    b.settings(|s| s.capacity.max_workloads = 2);
    let (first, _) = b.simple("Small one");
    let ids: Vec<_> = (0..3).map(|n| b.simple(&format!("Core {n}"))).collect();
    for pair in ids.windows(2) {
        b.depends(pair[0].1, pair[1].1, Hard);
    }
    b.depends(ids[2].1, ids[0].1, Hard);
    let waves = plan_waves(&b.plan);
    let core_wave = waves.wave_of(ids[0].0).unwrap();
    assert_ne!(waves.wave_of(first), Some(core_wave));
    let wave = &waves.waves[core_wave as usize - 1];
    assert_eq!(wave.workloads.len(), 3);
    assert_eq!(
        findings_with(&waves, "is larger than any wave allows").len(),
        1
    );
    assert_eq!(
        findings_with(
            &waves,
            &format!("Wave {core_wave} is over capacity: 3 workloads")
        )
        .len(),
        1
    );
}

#[test]
fn factory_remediation_happens_in_the_wave_before() {
    let mut b = Builder::new();
    let mut upgraded = Vec::new();
    for n in 0..3 {
        let (workload, vm) = b.simple(&format!("Legacy {n}"));
        b.item(
            vm,
            "Windows 2012 to 2022",
            6.0,
            RemediationCategory::OsUpgrade,
        );
        upgraded.push(workload);
    }
    let (plain, _) = b.simple("Modern");
    let waves = plan_waves(&b.plan);
    assert_eq!(waves.wave_of(plain), Some(1));
    for workload in &upgraded {
        let wave = waves.wave_of(*workload).unwrap();
        assert!(wave >= 2, "factory work needs a wave before");
        assert!(waves.waves[wave as usize - 2]
            .factory_for
            .contains(workload));
    }
}

#[test]
fn retired_and_programme_workloads_are_held_back_with_a_reason() {
    let mut b = Builder::new();
    let retired = b.workload_with("Old fax server", |w| w.approach = MigrationApproach::Retire);
    let (rewrite, vm) = b.simple("Mainframe billing");
    b.item(
        vm,
        "Rewrite COBOL batch",
        400.0,
        RemediationCategory::CodeChange,
    );
    let waves = plan_waves(&b.plan);
    assert_eq!(
        (waves.wave_of(retired), waves.wave_of(rewrite)),
        (None, None)
    );
    let reasons: Vec<&str> = waves.held_back.iter().map(|h| h.reason.as_str()).collect();
    assert!(
        reasons[0].contains("Retired") && reasons[1].contains("separate programme"),
        "{reasons:?}"
    );
    assert_eq!(findings_with(&waves, "is not in any wave").len(), 2);
}

#[test]
fn split_soft_dependencies_need_hybrid_connectivity() {
    let mut b = Builder::new();
    b.settings(|s| s.ramp.first_wave_workloads = 1);
    let (_, a) = b.simple("Reporting");
    let (_, c) = b.simple("Warehouse");
    b.depends(a, c, Soft);
    let waves = plan_waves(&b.plan);
    let found = findings_with(&waves, "has soft dependencies on Warehouse");
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].severity,
        Severity::Warning,
        "hybrid connectivity not answered yet"
    );
    b.answer(HYBRID_NETWORK, "ready");
    let waves = plan_waves(&b.plan);
    assert_eq!(
        findings_with(&waves, "has soft dependencies")[0].severity,
        Severity::Info
    );
}

#[test]
fn replication_that_does_not_fit_a_wave_is_reported() {
    let mut b = Builder::new();
    b.settings(|s| {
        s.bandwidth_mbps = 10.0;
        s.bandwidth_usable_percent = 100.0;
    });
    let workload = b.workload("Archive");
    b.asset(workload, "archive-share", AssetKind::Storage, 3_600.0);
    let waves = plan_waves(&b.plan);
    assert!(!waves.waves[0].replication.fits());
    assert_eq!(
        findings_with(&waves, "128 h more than the 672 h").len(),
        1,
        "{:?}",
        waves.findings
    );
}

#[test]
fn a_production_first_wave_is_pointed_out() {
    let mut b = Builder::new();
    let erp = b.workload_with("ERP", |w| w.environment = Environment::Production);
    b.asset(erp, "erp", AssetKind::VirtualMachine, 1.0);
    let waves = plan_waves(&b.plan);
    assert_eq!(
        findings_with(&waves, "first wave includes production").len(),
        1
    );
}

#[test]
fn an_empty_plan_has_no_waves() {
    let waves = plan_waves(&Builder::new().plan);
    assert!(waves.waves.is_empty() && waves.findings.is_empty() && waves.held_back.is_empty());
    assert_eq!(Day::default().to_string(), "2027-01-04");
}
