//! The wave planner on small, readable plans: one rule per test, named after the rule, with
//! the findings it gives. CAF's rules come from shared/reference/CAF-NOTES.md ("Decision rules":
//! release inclusion, sequencing, cadence); the rest are waveplan's own and say so.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::Builder;
use waveplan::domain::analysis::Analysis;
use waveplan::domain::asset::{Asset, AssetId, AssetKind, RemediationCategory};
use waveplan::domain::calendar::{Day, DayRange};
use waveplan::domain::dependency::DependencyStrength::{Hard, Soft};
use waveplan::domain::finding::{Finding, Severity, Subject};
use waveplan::domain::plan::Action;
use waveplan::domain::question_bank::HYBRID_NETWORK;
use waveplan::domain::waves::{plan_waves, WavePlan, WaveReason};
use waveplan::domain::workload::{Environment, FreezeWindow, MigrationApproach, WorkloadId};

fn findings_with<'a>(plan: &'a WavePlan, text: &str) -> Vec<&'a Finding> {
    plan.findings
        .iter()
        .filter(|f| f.what.contains(text))
        .collect()
}

/// No buffer, a first wave of `first` workloads: plans whose arithmetic is easy to read.
fn plain(first: u32) -> Builder {
    let mut b = Builder::new();
    b.settings(|s| {
        s.buffer_percent = 0.0;
        s.ramp.first_wave_workloads = first;
    });
    b
}

#[test]
fn a_hard_dependency_cycle_moves_together() {
    let mut b = plain(3);
    b.answer(HYBRID_NETWORK, "ready");
    let (a, a_vm) = b.simple("Orders");
    let (c, c_vm) = b.simple("Billing");
    let (d, d_vm) = b.simple("Invoices");
    b.depends(a_vm, c_vm, Hard)
        .depends(c_vm, d_vm, Hard)
        .depends(d_vm, a_vm, Hard);
    let waves = plan_waves(&b.plan);
    let wave = waves.wave_of(a);
    assert!(wave.is_some());
    assert_eq!(waves.wave_of(c), wave);
    assert_eq!(waves.wave_of(d), wave);
}

/// CAF, release inclusion: with hybrid connectivity a dependency may move first and be reached
/// across waves; nothing moves before what it hard-depends on.
#[test]
fn with_hybrid_connectivity_a_hard_dependency_moves_first() {
    let mut b = plain(1);
    b.answer(HYBRID_NETWORK, "ready");
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

/// CAF, release inclusion, and the hybrid question's own rationale: without hybrid
/// connectivity a dependency in another wave cannot be reached, so every hard dependency moves
/// in the same wave; a pin that splits one is a finding.
#[test]
fn without_hybrid_connectivity_a_hard_dependency_moves_in_the_same_wave() {
    let mut b = plain(2);
    b.answer(HYBRID_NETWORK, "no");
    let (app, app_vm) = b.simple("Portal");
    let (db, db_vm) = b.simple("Database");
    b.depends(app_vm, db_vm, Hard);
    let waves = plan_waves(&b.plan);
    assert_eq!(waves.wave_of(app), waves.wave_of(db));
    assert!(findings_with(&waves, "across waves").is_empty());

    // A person pins them apart (each pin kept only for a workload alone in its group, so
    // here the later pin wins and the earlier one is reported as not kept).
    b.change(db, |w| w.pinned_wave = Some(1));
    b.change(app, |w| w.pinned_wave = Some(2));
    let waves = plan_waves(&b.plan);
    assert_eq!((waves.wave_of(db), waves.wave_of(app)), (Some(2), Some(2)));
    assert_eq!(
        findings_with(
            &waves,
            "Database is pinned to wave 1 but moves in wave 2, with Portal."
        )
        .len(),
        1,
        "{:#?}",
        waves.findings
    );
}

/// Pins may split a hard dependency only where hybrid connectivity reaches across waves; when
/// it stops being ready, the two move together again and the pin not kept is said.
#[test]
fn hybrid_connectivity_decides_whether_pins_may_split_a_hard_dependency() {
    let mut b = plain(2);
    b.answer(HYBRID_NETWORK, "ready");
    let (app, app_vm) = b.simple("Portal");
    let (db, db_vm) = b.simple("Database");
    b.depends(app_vm, db_vm, Hard);
    b.change(db, |w| w.pinned_wave = Some(1));
    b.change(app, |w| w.pinned_wave = Some(3));
    let waves = plan_waves(&b.plan);
    let split = findings_with(
        &waves,
        "Portal (wave 3) hard-depends on Database (wave 1) across waves, over hybrid connectivity.",
    );
    assert_eq!(split.len(), 1, "{:#?}", waves.findings);
    assert_eq!(
        split[0].severity,
        Severity::Info,
        "hybrid reaches it: agree on the performance dip"
    );
    // The same split with hybrid connectivity gone: the groups merge and a pin is not kept.
    b.answer(HYBRID_NETWORK, "untested");
    let waves = plan_waves(&b.plan);
    assert_eq!(waves.wave_of(db), Some(3));
    assert_eq!(
        findings_with(&waves, "Database is pinned to wave 1").len(),
        1
    );
}

/// The ramp and CAF's buffer: wave n plans for (first + (n − 1) × step) workloads up to the
/// capacity (first 4: CAF's 2 per two-week iteration for a new team; the step and the cap are
/// waveplan's), less the buffer (20 %, CAF's 20–30 %), and waves follow the sprint calendar.
#[test]
fn waves_ramp_up_keep_the_buffer_free_and_follow_the_sprint_calendar() {
    let mut b = Builder::new();
    for n in 0..10 {
        b.simple(&format!("Workload {n}"));
    }
    let waves = plan_waves(&b.plan);
    let limits: Vec<u32> = waves.waves.iter().map(|w| w.workload_limit).collect();
    // 4, 6, 8 workloads less 20 %: 3.2, 4.8, 6.4 → 3, 4, 6.
    assert_eq!(limits, [3, 4, 6]);
    let sizes: Vec<usize> = waves.waves.iter().map(|w| w.workloads.len()).collect();
    assert_eq!(sizes, [3, 4, 3]);
    let start = b.plan.settings().start;
    assert_eq!(
        waves.waves[0].days,
        DayRange::new(start, start.plus_days(27)).unwrap()
    );
    assert_eq!(waves.waves[1].days.from(), start.plus_days(28));
    b.settings(|s| s.buffer_percent = 0.0);
    let sizes: Vec<usize> = plan_waves(&b.plan)
        .waves
        .iter()
        .map(|w| w.workloads.len())
        .collect();
    assert_eq!(sizes, [4, 6], "without a buffer: 4, 6");
}

/// CAF, sequencing: non-production before production. Without a counterpart the planner only
/// prefers it; with one, production waits for a later wave.
#[test]
fn non_production_moves_before_its_production_counterpart() {
    let mut b = plain(2);
    let production = b.workload_with("ERP", |w| {
        w.environment = Environment::Production;
        w.priority = 1;
    });
    b.asset(production, "erp-vm", AssetKind::VirtualMachine, 10.0);
    let test = b.workload_with("ERP test", |w| {
        w.environment = Environment::NonProduction;
        w.priority = 2;
    });
    b.asset(test, "erp-test-vm", AssetKind::VirtualMachine, 10.0);
    let waves = plan_waves(&b.plan);
    assert_eq!(
        waves.wave_of(test),
        waves.wave_of(production),
        "room for both in wave 1"
    );
    b.change(test, |w| w.counterpart = Some(production));
    let waves = plan_waves(&b.plan);
    assert_eq!(
        (waves.wave_of(test), waves.wave_of(production)),
        (Some(1), Some(2))
    );
    // A pin that puts production first is said.
    b.change(production, |w| w.pinned_wave = Some(1));
    b.change(test, |w| w.pinned_wave = Some(2));
    let waves = plan_waves(&b.plan);
    assert_eq!(
        findings_with(
            &waves,
            "ERP test (wave 2) does not move before its production counterpart ERP (wave 1)"
        )
        .len(),
        1
    );
}

/// CAF, sequencing: business-coupled workloads in the same timeframe.
#[test]
fn business_coupled_workloads_move_in_the_same_wave() {
    let mut b = plain(1);
    let (warehouse, _) = b.simple("Data warehouse");
    b.simple("Unrelated");
    let (reports, _) = b.simple("Sales reporting");
    let waves = plan_waves(&b.plan);
    assert_ne!(waves.wave_of(warehouse), waves.wave_of(reports));
    for id in [warehouse, reports] {
        b.change(id, |w| w.coupling = "BI platform".into());
    }
    let waves = plan_waves(&b.plan);
    assert_eq!(waves.wave_of(warehouse), waves.wave_of(reports));
}

/// CAF, sequencing: avoid business freeze periods.
#[test]
fn freeze_windows_are_skipped() {
    let mut b = plain(2);
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

/// CAF, sequencing: avoid business freeze periods — plan-wide ones too (a blackout: year-end,
/// peak season). No workload moves in a wave a blackout overlaps, unless pinned there, which is
/// a finding and a blocker; the blackout's effect is said.
#[test]
fn a_blackout_is_a_freeze_for_every_workload() {
    let mut b = plain(2);
    let start = b.plan.settings().start;
    let (first, _) = b.simple("Intranet");
    let (second, _) = b.simple("Wiki");
    let (pinned, _) = b.simple("Payroll");
    b.change(pinned, |w| w.pinned_wave = Some(1));
    b.settings(|s| {
        s.blackouts.push(FreezeWindow {
            days: DayRange::new(start.plus_days(3), start.plus_days(5)).unwrap(),
            reason: "Year-end close".into(),
        })
    });
    let analysis = Analysis::of(&b.plan);
    let waves = &analysis.waves;
    assert_eq!(waves.wave_of(first), Some(2), "{:#?}", waves.findings);
    assert_eq!(waves.wave_of(second), Some(2));
    assert_eq!(waves.wave_of(pinned), Some(1), "a pin is kept");
    assert_eq!(
        findings_with(
            waves,
            "Pinned to wave 1, Payroll moves in the blackout “Year-end close”"
        )
        .len(),
        1,
        "{:#?}",
        waves.findings
    );
    assert_eq!(
        findings_with(
            waves,
            "The blackout “Year-end close” (2027-01-07 – 2027-01-09) overlaps wave 1"
        )
        .len(),
        1,
        "{:#?}",
        waves.findings
    );
    assert!(
        analysis.blockers[&pinned].contains(&waveplan::domain::blockers::Blocker::PinnedIntoFreeze)
    );
    // The overview's wave card does not claim the wave's capacity: only pins move in it.
    use waveplan::domain::overview::{capacity_or_blackout, overview};
    let cards = overview(&b.plan, &analysis).waves;
    let said: Vec<String> = cards
        .iter()
        .map(|card| capacity_or_blackout(card.capacity, card.blackout.as_deref()))
        .collect();
    assert_eq!(
        said[..2],
        [
            "blackout “Year-end close” (2027-01-07 – 2027-01-09): only pinned workloads move"
                .to_owned(),
            format!("capacity {}", cards[1].capacity)
        ]
    );
    // The staging plan's Markdown says it too (it said "(limit 2)").
    let markdown = waveplan::domain::export::markdown::staging_plan(&b.plan, &analysis);
    assert!(
        markdown.contains("1 workload (blackout “Year-end close” (2027-01-07 – 2027-01-09): only pinned workloads move)"),
        "{markdown}"
    );
    let pinned_into = |id| {
        analysis.blockers.get(&id).is_some_and(|found| {
            found.contains(&waveplan::domain::blockers::Blocker::PinnedIntoFreeze)
        })
    };
    assert!(!pinned_into(first));
    let markdown = waveplan::domain::export::markdown::staging_plan(&b.plan, &analysis);
    assert!(
        markdown.contains("- 2027-01-07 – 2027-01-09: Year-end close"),
        "{markdown}"
    );
    let mut settings = b.plan.settings().clone();
    settings.blackouts = vec![
        FreezeWindow {
            days: DayRange::new(start, start).unwrap(),
            reason: String::new()
        };
        101
    ];
    assert!(
        b.plan
            .clone()
            .apply(Action::UpdateSettings(settings))
            .is_err(),
        "at most 100 blackouts"
    );
}

/// waveplan's rule: a team on holiday migrates nothing, so a wave's capacity shrinks by the
/// share of its days the team's holidays cover; a holiday that never ends holds workloads back
/// with a finding instead of searching for ever.
#[test]
fn team_holidays_shrink_a_waves_capacity_by_the_days_they_cover() {
    let mut b = plain(4);
    b.settings(|s| s.capacity.max_workloads = 4);
    let start = b.plan.settings().start;
    let ids: Vec<WorkloadId> = (1..=6).map(|n| b.simple(&format!("App {n}")).0).collect();
    // Half of wave 1's 28 days: it plans for 2 workloads instead of 4.
    b.settings(|s| {
        s.holidays.push(FreezeWindow {
            days: DayRange::new(start, start.plus_days(13)).unwrap(),
            reason: "Summer shutdown".into(),
        })
    });
    let waves = plan_waves(&b.plan);
    assert_eq!(waves.waves[0].workload_limit, 2);
    assert_eq!(waves.waves[0].workloads.len(), 2);
    assert_eq!(waves.waves[1].workloads.len(), 4);
    assert_eq!(
        findings_with(
            &waves,
            "Team holidays take 50 % of wave 1's days: it plans for 2 workloads instead of 4."
        )
        .len(),
        1,
        "{:#?}",
        waves.findings
    );
    // A holiday without end: nothing fits anywhere, and the planner stops at its horizon.
    b.settings(|s| {
        s.holidays = vec![FreezeWindow {
            days: DayRange::new(start, start.plus_days(3_000_000)).unwrap(),
            reason: String::new(),
        }]
    });
    let waves = plan_waves(&b.plan);
    assert!(waves.waves.iter().all(|w| w.workloads.is_empty()));
    assert_eq!(waves.held_back.len(), ids.len());
}

/// waveplan's planning horizon bounds a search that freezes, blackouts or holidays block, not
/// one that waves too full for the workload make long: with no freeze at all, every workload
/// gets a wave, however many waves it takes. (Waves with a free slot but too little storage
/// left once made the planner give up after the horizon and blame freezes that did not exist.)
#[test]
fn waves_too_full_for_a_workload_send_it_later_never_out_of_the_plan() {
    let mut b = plain(2);
    b.settings(|s| {
        s.capacity.max_workloads = 2;
        s.capacity.max_storage_gb = 1_000.0;
    });
    // Each needs 600 GB: one per wave, which keeps a free slot it cannot use. Sixty of them
    // is past the horizon of 40 four-week waves.
    let ids: Vec<WorkloadId> = (1..=60)
        .map(|n| {
            let id = b.workload(&format!("App {n}"));
            b.asset(id, &format!("app-{n}"), AssetKind::VirtualMachine, 600.0);
            id
        })
        .collect();
    let waves = plan_waves(&b.plan);
    assert!(
        ids.iter().all(|id| waves.wave_of(*id).is_some()),
        "{:#?}",
        waves.held_back
    );
    assert_eq!(waves.waves.len(), 60);
    assert!(
        findings_with(&waves, "is in no wave").is_empty(),
        "{:#?}",
        waves.findings
    );
}

/// The ramp, not a freeze: with long waves the horizon is only a few waves, and a move group
/// larger than the first waves' ramped limit goes to the first wave large enough for it.
#[test]
fn a_move_group_waits_for_the_ramp_not_out_of_the_plan() {
    let mut b = Builder::new();
    b.settings(|s| {
        s.buffer_percent = 0.0;
        s.sprint_days = 56;
        s.sprints_per_wave = 6; // 336-day waves: the three-year horizon is 4 waves
        s.ramp.first_wave_workloads = 1;
        s.ramp.step = 1;
        s.capacity.max_workloads = 8;
    });
    // Eight workloads in a hard-dependency cycle, no hybrid connectivity: one move group of 8.
    let members: Vec<(WorkloadId, AssetId)> =
        (1..=8).map(|n| b.simple(&format!("Ring {n}"))).collect();
    for pair in members.windows(2) {
        b.depends(pair[0].1, pair[1].1, Hard);
    }
    b.depends(members[7].1, members[0].1, Hard);
    let waves = plan_waves(&b.plan);
    assert!(
        findings_with(&waves, "is in no wave").is_empty(),
        "{:#?}",
        waves.findings
    );
    assert!(members.iter().all(|(id, _)| waves.wave_of(*id) == Some(8)));
}

/// A move group larger than any wave gets a wave to itself, but not one the team's holidays
/// take whole (nobody is there to move it).
#[test]
fn an_oversized_group_is_not_placed_in_a_wave_the_holidays_take_whole() {
    let mut b = plain(1);
    b.settings(|s| s.capacity.max_workloads = 1);
    let start = b.plan.settings().start;
    let (a, a_vm) = b.simple("Orders");
    let (c, c_vm) = b.simple("Billing");
    b.depends(a_vm, c_vm, Hard).depends(c_vm, a_vm, Hard);
    let wave_days = i64::from(b.plan.settings().wave_days());
    b.settings(|s| {
        s.holidays.push(FreezeWindow {
            days: DayRange::new(start, start.plus_days(wave_days - 1)).unwrap(),
            reason: "Shutdown".into(),
        })
    });
    let waves = plan_waves(&b.plan);
    assert_eq!((waves.wave_of(a), waves.wave_of(c)), (Some(2), Some(2)));
}

/// waveplan's planning horizon: a freeze that outlasts three years leaves the workload out of
/// the waves with a finding, instead of hundreds of empty waves and a workload in its freeze.
#[test]
fn a_freeze_past_the_horizon_leaves_the_workload_out_and_creates_no_empty_waves() {
    let mut b = plain(2);
    let start = b.plan.settings().start;
    let (frozen, _) = b.simple("Mainframe");
    let years = DayRange::new(start, start.plus_days(25 * 365)).unwrap();
    b.change(frozen, |w| {
        w.freeze_windows.push(FreezeWindow {
            days: years,
            reason: "Contract".into(),
        })
    });
    let (free, _) = b.simple("Intranet");
    let waves = plan_waves(&b.plan);
    assert_eq!(waves.waves.len(), 1, "only the wave that moves something");
    assert_eq!(waves.wave_of(free), Some(1));
    assert_eq!(waves.wave_of(frozen), None);
    assert!(waves.held_back.iter().any(|h| h.workload == frozen));
    assert_eq!(
        findings_with(
            &waves,
            "Mainframe is in no wave: freeze windows, blackouts or team holidays cover every wave from 2027-01-04 for 40 waves"
        )
        .len(),
        1,
        "{:#?}",
        waves.findings
    );
}

#[test]
fn pins_are_honoured_and_a_pin_that_breaks_a_dependency_is_reported() {
    let mut b = plain(2);
    b.answer(HYBRID_NETWORK, "ready");
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

/// The case: two workloads in one hard-dependency cycle pinned to waves 1 and 3 both
/// land in wave 3, and the pin not kept is named.
#[test]
fn a_pin_not_kept_is_named() {
    let mut b = plain(2);
    b.answer(HYBRID_NETWORK, "ready");
    let (a, a_vm) = b.simple("Orders");
    let (c, c_vm) = b.simple("Billing");
    b.depends(a_vm, c_vm, Hard).depends(c_vm, a_vm, Hard);
    b.change(a, |w| w.pinned_wave = Some(1));
    b.change(c, |w| w.pinned_wave = Some(3));
    let waves = plan_waves(&b.plan);
    assert_eq!((waves.wave_of(a), waves.wave_of(c)), (Some(3), Some(3)));
    assert_eq!(
        findings_with(
            &waves,
            "Orders is pinned to wave 1 but moves in wave 3, with Billing."
        )
        .len(),
        1,
        "{:#?}",
        waves.findings
    );
}

/// A pin reserves its room: unpinned workloads fill around it instead of taking its slot.
#[test]
fn a_pin_reserves_room_in_its_wave() {
    let mut b = plain(1);
    let (first, _) = b.simple("Alpha");
    let (pinned, _) = b.simple("Zulu");
    b.change(first, |w| w.priority = 1);
    b.change(pinned, |w| {
        w.priority = 9;
        w.pinned_wave = Some(1);
    });
    let waves = plan_waves(&b.plan);
    assert_eq!(
        (waves.wave_of(pinned), waves.wave_of(first)),
        (Some(1), Some(2))
    );
    assert!(
        findings_with(&waves, "over capacity").is_empty(),
        "{:?}",
        waves.findings
    );
}

/// One workload too large for a wave is not a "move group" of workloads that "must move
/// together": the finding names the workload and what it needs beyond a wave.
#[test]
fn a_single_workload_too_large_for_any_wave_is_named_with_what_it_needs() {
    let mut b = plain(2);
    b.settings(|s| s.capacity.max_storage_gb = 1_000.0);
    let big = b.workload("Acct");
    b.asset(big, "acct-db", AssetKind::VirtualMachine, 2_500.0);
    let waves = plan_waves(&b.plan);
    let found = findings_with(&waves, "is larger than any wave plans for");
    assert_eq!(found.len(), 1, "{:#?}", waves.findings);
    assert!(
        found[0].what.starts_with("Acct is larger"),
        "{}",
        found[0].what
    );
    assert!(
        found[0].why.contains("2,500 GB of storage (plans for "),
        "{}",
        found[0].why
    );
    assert!(
        !found[0].why.contains("must move together"),
        "{}",
        found[0].why
    );
}

#[test]
fn a_group_too_large_for_any_wave_gets_its_own_wave_and_findings() {
    let mut b = plain(2);
    b.answer(HYBRID_NETWORK, "ready");
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
    assert_eq!(waves.waves[core_wave as usize - 1].workloads.len(), 3);
    assert_eq!(
        findings_with(&waves, "is larger than any wave plans for").len(),
        1
    );
    assert_eq!(
        findings_with(
            &waves,
            &format!("Wave {core_wave} is over capacity: 3 workloads (plans for 2)")
        )
        .len(),
        1,
        "{:#?}",
        waves.findings
    );
}

/// waveplan's rule: in-sprint remediation hours count against the hours the team has in each
/// wave (per sprint × sprints per wave, less the buffer).
#[test]
fn in_sprint_remediation_hours_are_summed_per_wave_against_the_team() {
    let mut b = plain(4);
    b.answer(
        waveplan::domain::question_bank::REMEDIATION_PLACEMENT,
        "same-sprint",
    );
    b.settings(|s| s.remediation_hours_per_sprint = 40.0);
    let mut workloads = Vec::new();
    for n in 0..3 {
        let (workload, vm) = b.simple(&format!("App {n}"));
        b.item(
            vm,
            &format!("Config {n}"),
            35.0,
            RemediationCategory::Configuration,
        );
        workloads.push(workload);
    }
    // 80 h a wave (40 h × 2 sprints): two workloads of 35 h fit, the third waits.
    let waves = plan_waves(&b.plan);
    let placed: Vec<Option<u32>> = workloads.iter().map(|w| waves.wave_of(*w)).collect();
    assert_eq!(placed, [Some(1), Some(1), Some(2)]);
    assert_eq!(waves.waves[0].sprint_hours, 70.0);
}

/// Three workloads sharing an OS upgrade: at the default threshold, a factory's work.
fn shared_os_upgrade(b: &mut Builder) -> Vec<(WorkloadId, AssetId)> {
    (0..3)
        .map(|n| {
            let (workload, vm) = b.simple(&format!("Legacy {n}"));
            b.item(
                vm,
                "Windows 2012 to 2022",
                6.0,
                RemediationCategory::OsUpgrade,
            );
            (workload, vm)
        })
        .collect()
}

#[test]
fn factory_remediation_happens_in_the_wave_before() {
    let mut b = plain(2);
    let upgraded: Vec<WorkloadId> = shared_os_upgrade(&mut b)
        .into_iter()
        .map(|(w, _)| w)
        .collect();
    let (plain_one, _) = b.simple("Modern");
    let waves = plan_waves(&b.plan);
    assert_eq!(waves.wave_of(plain_one), Some(1));
    for workload in &upgraded {
        let wave = waves.wave_of(*workload).unwrap();
        assert!(wave >= 2, "factory work needs a wave before");
        assert!(waves.waves[wave as usize - 2]
            .factory_for
            .contains(workload));
    }
}

/// A workload fixed in its own sprint that must move with a factory-remediated one goes to
/// that wave with it, but the batch team in the wave before does not fix it, and its reason
/// says why it waits (the example's Sales reporting was listed for the batch team).
#[test]
fn a_sprint_remediated_workload_moving_with_a_factory_one_is_not_the_factorys() {
    let mut b = plain(2);
    let upgraded = shared_os_upgrade(&mut b);
    // Reporting needs Legacy 0 and cannot reach it across waves (no hybrid connectivity).
    let (reporting, reporting_vm) = b.simple("Reporting");
    b.item(
        reporting_vm,
        "Config change",
        2.0,
        RemediationCategory::Configuration,
    );
    b.depends(reporting_vm, upgraded[0].1, Hard);
    let waves = plan_waves(&b.plan);
    let wave = waves.wave_of(reporting).unwrap();
    assert_eq!(
        Some(wave),
        waves.wave_of(upgraded[0].0),
        "they move together"
    );
    let before = &waves.waves[wave as usize - 2];
    assert!(before.factory_for.contains(&upgraded[0].0));
    assert!(
        !before.factory_for.contains(&reporting),
        "{:?}",
        before.factory_for
    );
    assert_eq!(
        waves.reason_of(reporting),
        Some(WaveReason::WithFactory {
            workload: upgraded[0].0
        })
    );
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

/// Release inclusion (CAF) over hybrid connectivity: the splits it bridges are said once per
/// dependent workload, naming every dependency (hard ones with their wave), so the findings of
/// a large plan stay readable; a split a person must mend keeps a finding of its own.
#[test]
fn bridged_splits_are_one_finding_per_dependent_naming_each_dependency() {
    let mut b = plain(2);
    b.answer(HYBRID_NETWORK, "ready");
    let (portal, portal_vm) = b.simple("Portal");
    let (database, database_vm) = b.simple("Database");
    let (cache, cache_vm) = b.simple("Cache");
    let (search, search_vm) = b.simple("Search");
    let (billing, billing_vm) = b.simple("Billing");
    b.depends(portal_vm, database_vm, Hard);
    b.depends(portal_vm, cache_vm, Hard);
    b.depends(portal_vm, search_vm, Soft);
    b.depends(portal_vm, billing_vm, Hard);
    for (workload, wave) in [
        (database, 1),
        (cache, 2),
        (search, 1),
        (portal, 3),
        (billing, 4),
    ] {
        b.change(workload, |w| w.pinned_wave = Some(wave));
    }
    let waves = plan_waves(&b.plan);
    let about_portal: Vec<&Finding> = waves
        .findings
        .iter()
        .filter(|f| f.subject == Subject::Workload(portal))
        .collect();
    let texts: Vec<&str> = about_portal.iter().map(|f| f.what.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Portal moves in wave 3, before Billing (wave 4), which it hard-depends on.",
            "Portal (wave 3) hard-depends on Database (wave 1), Cache (wave 2) across waves; it also has soft dependencies on Search in other waves, all over hybrid connectivity.",
        ],
        "the pin that moves it before Billing is its own warning"
    );
    assert_eq!(about_portal[0].severity, Severity::Warning);
    assert_eq!(about_portal[1].severity, Severity::Info);
}

#[test]
fn split_soft_dependencies_need_hybrid_connectivity() {
    let mut b = plain(1);
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

/// waveplan's hours a day (12 by default): replication is counted against the hours the link
/// may carry migration traffic, not 24 × 7.
#[test]
fn replication_counts_only_the_hours_the_link_may_be_used() {
    let mut b = Builder::new();
    b.settings(|s| {
        s.bandwidth_mbps = 10.0;
        s.bandwidth_usable_percent = 100.0;
    });
    let workload = b.workload("Archive");
    b.asset(workload, "archive-share", AssetKind::Storage, 3_000.0);
    // 10 Mbps moves 4.5 GB an hour: 3,000 GB (single-step drift 0) takes 666.7 h. A 28-day wave
    // has 672 h at 24 h a day but 336 h at the default 12.
    let waves = plan_waves(&b.plan);
    assert!(!waves.waves[0].replication.fits());
    assert_eq!(
        findings_with(&waves, "more than the 336 h of link time the wave has").len(),
        1
    );
    b.settings(|s| s.replication_hours_per_day = 24.0);
    assert!(plan_waves(&b.plan).waves[0].replication.fits());
}

/// CAF, sequencing: the first workload is simple, under about ten assets and self-contained.
#[test]
fn the_first_wave_is_small_self_contained_and_low_risk_or_it_is_said() {
    let mut b = plain(2);
    let erp = b.workload_with("ERP", |w| w.environment = Environment::Production);
    for n in 0..12 {
        b.asset(erp, &format!("erp-{n}"), AssetKind::VirtualMachine, 1.0);
    }
    let waves = plan_waves(&b.plan);
    assert_eq!(
        findings_with(&waves, "The first migration (wave 1) includes production").len(),
        1
    );
    assert_eq!(
        findings_with(
            &waves,
            "The first migration (wave 1) includes workloads of 10 assets or more: ERP."
        )
        .len(),
        1
    );
    let mut b = plain(1);
    b.answer(HYBRID_NETWORK, "ready");
    let (_, lab_vm) = b.simple("Lab");
    let (_, tools_vm) = b.simple("Tools");
    b.depends(tools_vm, lab_vm, Soft);
    let waves = plan_waves(&b.plan);
    assert_eq!(
        findings_with(
            &waves,
            "First-migration workloads (wave 1) depend on, or are needed by"
        )
        .len(),
        1
    );
}

/// The audit's case: a first migration that wave 1 is too small for (two coupled workloads
/// against a first wave of one) still gets the first-wave rules, in the wave it lands in.
#[test]
fn the_first_wave_rules_apply_to_the_first_wave_that_moves_something() {
    let mut b = Builder::new();
    b.settings(|s| s.ramp.first_wave_workloads = 1);
    for name in ["ERP", "ERP reports"] {
        let erp = b.workload_with(name, |w| {
            w.environment = Environment::Production;
            w.coupling = "ERP".into();
        });
        for n in 0..12 {
            b.asset(erp, &format!("{name}-{n}"), AssetKind::VirtualMachine, 1.0);
        }
    }
    let waves = plan_waves(&b.plan);
    assert!(waves.waves[0].workloads.is_empty());
    assert_eq!(
        findings_with(&waves, "The first migration (wave 2) includes production").len(),
        1,
        "{:#?}",
        waves.findings
    );
    assert_eq!(findings_with(&waves, "The first migration (wave 2) includes workloads of 10 assets or more: ERP, ERP reports.").len(), 1);
}

/// CAF, sequencing: avoid business freeze periods — including the wave before, when a factory
/// remediates the workload then, and the days until a staged promotion.
#[test]
fn a_freeze_over_the_factory_wave_or_the_promotion_counts_too() {
    let mut b = plain(2);
    b.answer(
        waveplan::domain::question_bank::REMEDIATION_PLACEMENT,
        "separate-wave",
    );
    let start = b.plan.settings().start;
    let (frozen, vm) = b.simple("Finance");
    b.item(vm, "Config", 2.0, RemediationCategory::Configuration);
    let window = DayRange::new(start, start.plus_days(27)).unwrap();
    b.change(frozen, |w| {
        w.freeze_windows.push(FreezeWindow {
            days: window,
            reason: "Year end".into(),
        })
    });
    let waves = plan_waves(&b.plan);
    assert_eq!(
        waves.wave_of(frozen),
        Some(3),
        "wave 2's factory would work in wave 1, frozen"
    );
    let mut b = plain(2);
    b.settings(|s| {
        s.promotion = waveplan::domain::promotion::PromotionModel::Staged;
        s.promotion_delay_days = 14;
    });
    let (frozen, _) = b.simple("Payroll");
    let window = DayRange::new(start.plus_days(30), start.plus_days(35)).unwrap();
    b.change(frozen, |w| {
        w.freeze_windows.push(FreezeWindow {
            days: window,
            reason: "Payroll run".into(),
        })
    });
    assert_eq!(
        plan_waves(&b.plan).wave_of(frozen),
        Some(3),
        "promotion of wave 1 would fall in the freeze, wave 2 is frozen"
    );
}

/// An inventory's servers in no workload are in no wave: the plan says how many, and what
/// hard-depends on them.
#[test]
fn unassigned_assets_and_hard_dependencies_on_them_are_findings() {
    let mut b = plain(2);
    let (_, portal_vm) = b.simple("Portal");
    let mut loose = Asset::new(
        b.plan.next_asset_id(),
        AssetKind::VirtualMachine,
        support::name("lb-01"),
    );
    loose.storage_gb = 10.0;
    let loose_id = loose.id;
    b.plan.apply(Action::AddAsset(loose)).unwrap();
    b.depends(portal_vm, loose_id, Hard);
    let waves = plan_waves(&b.plan);
    assert_eq!(
        findings_with(&waves, "1 asset is in no workload, so in no wave: lb-01.").len(),
        1
    );
    assert_eq!(
        findings_with(
            &waves,
            "Portal hard-depends on 1 asset in no workload: lb-01."
        )
        .len(),
        1
    );
}

/// Readiness steers the plan: with blocking questions unanswered the plan's first finding is a
/// blocker that says the waves are a draft.
#[test]
fn a_blocked_readiness_makes_the_waves_a_draft() {
    let mut b = Builder::new();
    b.simple("Portal");
    let analysis = Analysis::of(&b.plan);
    let first = &analysis.findings[0];
    assert_eq!(first.severity, Severity::Blocker);
    assert!(
        first.what.starts_with("Readiness is blocked: "),
        "{}",
        first.what
    );
    assert!(first.why.contains("these waves are a draft"));
}

/// Each workload says why it is in its wave.
#[test]
fn every_placed_workload_says_why_it_is_in_its_wave() {
    use waveplan::domain::waves::WaveReason;
    let mut b = plain(1);
    b.answer(HYBRID_NETWORK, "ready");
    let (first, _) = b.simple("Alpha");
    let (second, _) = b.simple("Beta");
    let (app, app_vm) = b.simple("Portal");
    let (db, db_vm) = b.simple("Database");
    b.depends(app_vm, db_vm, Hard);
    b.change(db, |w| w.pinned_wave = Some(6));
    let waves = plan_waves(&b.plan);
    let reason = |id| waves.reason_of(id).unwrap();
    assert_eq!(reason(first), WaveReason::FirstWithRoom);
    assert_eq!(
        reason(second),
        WaveReason::Capacity,
        "wave 1 holds one workload"
    );
    assert_eq!(reason(db), WaveReason::Pinned);
    assert_eq!(
        reason(app),
        WaveReason::After {
            workload: db,
            counterpart: false
        }
    );
    let name = |id: WorkloadId| b.plan.workload(id).unwrap().name.to_string();
    assert_eq!(reason(app).describe(name), "After Database, which it needs");
}

#[test]
fn an_empty_plan_has_no_waves() {
    let waves = plan_waves(&Builder::new().plan);
    assert!(waves.waves.is_empty() && waves.findings.is_empty() && waves.held_back.is_empty());
    assert_eq!(Day::default().to_string(), "2027-01-04");
    let _ = WorkloadId(1);
}

/// An inventory's blank size cell is 0 GB: a server whose copy "takes no time". The plan says
/// which servers, databases and file shares have no size, rather than leaving them out of the
/// replication estimates and the waves' link time without a word. Applications (redeployed) and
/// retired assets copy nothing, so they are not named.
#[test]
fn assets_whose_data_moves_but_have_no_size_are_a_finding() {
    let mut b = plain(2);
    let shop = b.workload("Shop");
    b.asset(shop, "shop-vm", AssetKind::VirtualMachine, 0.0);
    b.asset(shop, "shop-db", AssetKind::Database, 0.0);
    b.asset(shop, "shop-app", AssetKind::Application, 0.0);
    b.asset(shop, "shop-share", AssetKind::Storage, 250.0);
    let old = b.workload_with("Old", |w| w.approach = MigrationApproach::Retire);
    b.asset(old, "old-vm", AssetKind::VirtualMachine, 0.0);
    let analysis = Analysis::of(&b.plan);
    let found: Vec<&Finding> = analysis
        .findings
        .iter()
        .filter(|f| f.what.contains("no data size"))
        .collect();
    assert_eq!(found.len(), 1, "{:#?}", analysis.findings);
    assert_eq!(
        found[0].what,
        "2 assets have no data size, so the time to copy them is not in the plan: shop-vm, shop-db."
    );
    assert_eq!(found[0].severity, Severity::Warning);
}

/// A workload's reason names every cause that pushed it later: with wave 1 in a blackout and
/// wave 2 full, the second workload is in wave 3 because of both (it was told "a freeze or
/// blackout rules out earlier waves", though wave 2 was open and only full).
#[test]
fn a_workload_pushed_past_a_blackout_and_a_full_wave_says_both() {
    use waveplan::domain::waves::WaveReason;
    let mut b = plain(1);
    b.settings(|s| s.ramp.step = 0);
    let start = b.plan.settings().start;
    b.settings(|s| {
        s.blackouts.push(FreezeWindow {
            days: DayRange::new(start, start.plus_days(2)).unwrap(),
            reason: "Year-end close".into(),
        })
    });
    let (first, _) = b.simple("Alpha");
    let (second, _) = b.simple("Beta");
    let waves = plan_waves(&b.plan);
    assert_eq!(
        (waves.wave_of(first), waves.wave_of(second)),
        (Some(2), Some(3))
    );
    assert_eq!(waves.reason_of(first), Some(WaveReason::Freeze));
    assert_eq!(waves.reason_of(second), Some(WaveReason::FullOrFrozen));
    assert_eq!(
        WaveReason::FullOrFrozen.describe(|_| String::new()),
        "Waves before were full, or closed by a freeze or blackout"
    );
}
