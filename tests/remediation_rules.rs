//! The remediation decision per workload: the mode and the reasons given for it.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::Builder;
use waveplan::domain::asset::RemediationCategory::{self, *};
use waveplan::domain::plan::Action;
use waveplan::domain::question_bank::{
    PLACEMENT_SAME_SPRINT, PLACEMENT_SEPARATE_WAVE, REMEDIATION_PLACEMENT,
};
use waveplan::domain::remediation::{decide_all, RemediationMode, RemediationOverride};

struct Case {
    what: &'static str,
    items: &'static [(&'static str, f64, RemediationCategory)],
    /// Other workloads that need the same first item.
    sharing: usize,
    policy: Option<&'static str>,
    mode: RemediationMode,
    reason: &'static str,
}

/// Ticks the first remediation item of `asset` done, as the Remediation page does.
fn first_item_done(b: &mut Builder, asset: waveplan::domain::asset::AssetId) {
    let mut asset = b.plan.asset(asset).unwrap().clone();
    asset.remediation[0].done = true;
    b.plan.apply(Action::UpdateAsset(asset)).unwrap();
}

fn check(case: &Case) {
    let mut b = Builder::new();
    b.answer(REMEDIATION_PLACEMENT, case.policy.unwrap_or("undecided"));
    let (workload, vm) = b.simple("Payroll");
    for (title, hours, category) in case.items {
        b.item(vm, title, *hours, *category);
    }
    for other in 0..case.sharing {
        let (_, other_vm) = b.simple(&format!("Other {other}"));
        let (title, hours, category) = case.items[0];
        b.item(other_vm, title, hours, category);
    }
    let decision = decide_all(&b.plan)
        .remove(&workload)
        .expect("every workload has a decision");
    assert_eq!(
        decision.mode, case.mode,
        "{}: {:?}",
        case.what, decision.reasons
    );
    let reasons = decision.reasons.join(" | ");
    assert!(reasons.contains(case.reason), "{}: {reasons}", case.what);
}

#[test]
fn decisions_and_their_reasons() {
    // One case a line or two: a table reads better than rustfmt's one field a line.
    #[rustfmt::skip]
    let cases = [
        Case { what: "nothing to fix", items: &[], sharing: 0, policy: None, mode: RemediationMode::Sprint,
               reason: "nothing blocks the move" },
        Case { what: "small mixed items", items: &[("Open port 1433", 2.0, NetworkPath), ("Enable backup", 4.0, BackupSla)],
               sharing: 0, policy: Some(PLACEMENT_SAME_SPRINT), mode: RemediationMode::Sprint,
               reason: "2 items, 6 h in all, within the team's 80 h per sprint (waveplan's default; change it in the wave settings): Backup / SLA, Network path" },
        Case { what: "major code change", items: &[("Replace COM+ components", 120.0, CodeChange)], sharing: 0,
               policy: Some(PLACEMENT_SAME_SPRINT), mode: RemediationMode::Programme,
               reason: "Code changes of 120 h in all (“Replace COM+ components”, 120 h) make a major code change (at least 80 h, waveplan's default" },
        // CAF: major code changes leave the backlog. Judged on the workload's code changes
        // together: five of 79 h each are no smaller a rewrite than one of 395 h.
        Case { what: "many code changes add up", items: &[("Module A", 79.0, CodeChange), ("Module B", 79.0, CodeChange),
               ("Module C", 79.0, CodeChange), ("Module D", 79.0, CodeChange), ("Module E", 79.0, CodeChange)],
               sharing: 0, policy: Some(PLACEMENT_SAME_SPRINT), mode: RemediationMode::Programme,
               reason: "Code changes of 395 h in all" },
        Case { what: "small code change stays", items: &[("Config reader for Key Vault", 16.0, CodeChange)], sharing: 0,
               policy: Some(PLACEMENT_SAME_SPRINT), mode: RemediationMode::Sprint, reason: "Code change" },
        Case { what: "OS upgrade shared by three", items: &[("Windows 2012 to 2022", 6.0, OsUpgrade)], sharing: 2,
               policy: Some(PLACEMENT_SAME_SPRINT), mode: RemediationMode::Wave,
               reason: "is needed by 3 workloads in the migration backlog (factory threshold 3, waveplan's default" },
        Case { what: "OS upgrade shared by two only", items: &[("Windows 2012 to 2022", 6.0, OsUpgrade)], sharing: 1,
               policy: Some(PLACEMENT_SAME_SPRINT), mode: RemediationMode::Sprint, reason: "1 item, 6 h" },
        Case { what: "too much effort", items: &[("Many config changes", 50.0, Configuration), ("More", 40.0, Configuration)],
               sharing: 0, policy: Some(PLACEMENT_SAME_SPRINT), mode: RemediationMode::Wave,
               reason: "Remediation effort of 90 h is more than the 80 h" },
        Case { what: "team chose a factory", items: &[("Tweak config", 2.0, Configuration)], sharing: 0,
               policy: Some(PLACEMENT_SEPARATE_WAVE), mode: RemediationMode::Wave,
               reason: "The team decided to remediate in a separate wave" },
        Case { what: "team undecided", items: &[("Tweak config", 2.0, Configuration)], sharing: 0, policy: None,
               mode: RemediationMode::Sprint,
               reason: "The team has not decided where remediation happens (readiness question): CAF asks that question before migrating" },
        Case { what: "decided but not shared", items: &[("Tweak config", 2.0, Configuration)], sharing: 0, policy: Some("not-shared"),
               mode: RemediationMode::Sprint,
               reason: "Not every team member can say where remediation happens (readiness question): CAF's advice is to revisit the prerequisites" },
    ];
    for case in &cases {
        check(case);
    }
}

/// CAF, remediation at scale: a factory pays off for workloads that migrate. A retired
/// workload needing the same OS upgrade does not count toward the factory threshold.
#[test]
fn retired_workloads_do_not_count_toward_the_factory_threshold() {
    let mut b = Builder::new();
    let (payroll, vm) = b.simple("Payroll");
    b.item(vm, "Windows 2012 to 2022", 6.0, OsUpgrade);
    let (_, other) = b.simple("Other");
    b.item(other, "Windows 2012 to 2022", 6.0, OsUpgrade);
    let (retired, old) = b.simple("Old fax");
    b.item(old, "Windows 2012 to 2022", 6.0, OsUpgrade);
    b.change(retired, |w| {
        w.approach = waveplan::domain::workload::MigrationApproach::Retire
    });
    assert_eq!(decide_all(&b.plan)[&payroll].mode, RemediationMode::Sprint);
    b.change(retired, |w| {
        w.approach = waveplan::domain::workload::MigrationApproach::Rehost
    });
    assert_eq!(decide_all(&b.plan)[&payroll].mode, RemediationMode::Wave);
}

/// The audit's case: a workload whose code changes take it out of the backlog (a separate
/// programme) does not make an OS upgrade a factory's work for the others.
#[test]
fn workloads_out_of_the_backlog_do_not_count_toward_the_factory_threshold() {
    let mut b = Builder::new();
    let (payroll, vm) = b.simple("Payroll");
    b.item(vm, "Windows 2012 to 2022", 6.0, OsUpgrade);
    let (_, other) = b.simple("Other");
    b.item(other, "Windows 2012 to 2022", 6.0, OsUpgrade);
    let (rewrite, old) = b.simple("Mainframe");
    b.item(old, "Windows 2012 to 2022", 6.0, OsUpgrade);
    b.item(old, "Rewrite batch", 120.0, CodeChange);
    let decisions = decide_all(&b.plan);
    assert_eq!(decisions[&rewrite].mode, RemediationMode::Programme);
    assert_eq!(
        decisions[&payroll].mode,
        RemediationMode::Sprint,
        "{:?}",
        decisions[&payroll].reasons
    );
}

/// Fixed items no longer block the move: the decision weighs what is left.
#[test]
fn done_items_no_longer_count() {
    let mut b = Builder::new();
    b.answer(REMEDIATION_PLACEMENT, PLACEMENT_SAME_SPRINT);
    let (payroll, vm) = b.simple("Payroll");
    b.item(vm, "Replace COM+ components", 120.0, CodeChange);
    assert_eq!(
        decide_all(&b.plan)[&payroll].mode,
        RemediationMode::Programme
    );
    first_item_done(&mut b, vm);
    let decision = &decide_all(&b.plan)[&payroll];
    assert_eq!(decision.mode, RemediationMode::Sprint);
    assert_eq!(
        decision.reasons[0],
        "No open remediation items: nothing blocks the move."
    );
}

/// CAF, remediation at scale: frequent host or guest-OS upgrades go to a parallel team. An
/// upgrade the factory has done for one workload was still needed by it, so the others keep
/// the factory (they flipped to in-sprint remediation, and slipped a wave, as one was ticked).
#[test]
fn an_upgrade_done_for_one_workload_keeps_the_others_in_the_factory() {
    let mut b = Builder::new();
    let mut workloads = Vec::new();
    for name in ["Payroll", "Billing", "Intranet"] {
        let (workload, vm) = b.simple(name);
        b.item(vm, "Windows 2012 to 2022", 6.0, OsUpgrade);
        workloads.push((workload, vm));
    }
    let modes = |b: &Builder| {
        let decisions = decide_all(&b.plan);
        workloads
            .iter()
            .map(|(w, _)| decisions[w].mode)
            .collect::<Vec<_>>()
    };
    assert_eq!(modes(&b), [RemediationMode::Wave; 3]);
    first_item_done(&mut b, workloads[0].1);
    let decisions = decide_all(&b.plan);
    assert_eq!(
        decisions[&workloads[0].0].reasons[0],
        "No open remediation items: nothing blocks the move."
    );
    for (workload, _) in &workloads[1..] {
        let decision = &decisions[workload];
        assert_eq!(
            decision.mode,
            RemediationMode::Wave,
            "{:?}",
            decision.reasons
        );
        assert!(
            decision.reasons[0].contains("is needed by 3 workloads"),
            "{:?}",
            decision.reasons
        );
    }
}

/// The case found by using the example: ticking one OS upgrade done moved no workload to a
/// later wave.
#[test]
fn finishing_an_upgrade_in_the_example_moves_no_workload_later() {
    use waveplan::domain::analysis::Analysis;
    use waveplan::domain::example::example_plan;
    let mut plan = example_plan();
    let waves = |plan: &waveplan::domain::plan::Plan| {
        let analysis = Analysis::of(plan);
        plan.workloads()
            .map(|w| (w.id, analysis.waves.wave_of(w.id)))
            .collect::<Vec<_>>()
    };
    let before = waves(&plan);
    let mut asset = plan
        .assets()
        .find(|a| a.name.as_str() == "dwh-etl-01")
        .unwrap()
        .clone();
    let item = asset
        .remediation
        .iter_mut()
        .find(|item| item.category == OsUpgrade)
        .expect("the example's shared upgrade");
    item.done = true;
    plan.apply(Action::UpdateAsset(asset)).unwrap();
    let after = waves(&plan);
    for ((workload, before), (_, after)) in before.iter().zip(&after) {
        assert!(
            after.unwrap_or(u32::MAX) <= before.unwrap_or(u32::MAX),
            "{} moved from wave {before:?} to {after:?}",
            plan.workload(*workload).unwrap().name,
        );
    }
}

/// The thresholds are the team's to set; a reason says when one is the team's own.
#[test]
fn thresholds_come_from_the_settings_and_reasons_say_whose_they_are() {
    let mut b = Builder::new();
    b.answer(REMEDIATION_PLACEMENT, PLACEMENT_SAME_SPRINT);
    b.settings(|s| s.major_code_change_hours = 200.0);
    let (payroll, vm) = b.simple("Payroll");
    b.item(vm, "Replace COM+ components", 120.0, CodeChange);
    let decision = &decide_all(&b.plan)[&payroll];
    assert_eq!(
        decision.mode,
        RemediationMode::Wave,
        "{:?}",
        decision.reasons
    );
    b.settings(|s| s.remediation_hours_per_sprint = 160.0);
    let decision = &decide_all(&b.plan)[&payroll];
    assert_eq!(decision.mode, RemediationMode::Sprint);
    assert!(
        decision.reasons[0].contains("within the team's 160 h per sprint (your setting)"),
        "{:?}",
        decision.reasons
    );
}

#[test]
fn same_remediation_is_matched_ignoring_case_and_spacing() {
    let mut b = Builder::new();
    let (payroll, vm) = b.simple("Payroll");
    b.item(vm, "Windows 2012 to 2022", 6.0, OsUpgrade);
    for (n, title) in ["windows 2012 to 2022", "Windows-2012 to 2022"]
        .iter()
        .enumerate()
    {
        let (_, other) = b.simple(&format!("Other {n}"));
        b.item(other, title, 6.0, OsUpgrade);
    }
    assert_eq!(decide_all(&b.plan)[&payroll].mode, RemediationMode::Wave);
}

/// A workload out of the backlog does not share, but its own decision still reads how many
/// backlog workloads need the same upgrade, however its title is written.
#[test]
fn a_workload_out_of_the_backlog_still_sees_how_many_share_its_upgrade() {
    let mut b = Builder::new();
    for n in 0..3 {
        let (_, vm) = b.simple(&format!("Backlog {n}"));
        b.item(vm, "Windows 2012 to 2022", 6.0, OsUpgrade);
    }
    let (retired, old) = b.simple("Old fax");
    b.item(old, "WINDOWS 2012 TO  2022", 6.0, OsUpgrade);
    b.change(retired, |w| {
        w.approach = waveplan::domain::workload::MigrationApproach::Retire
    });
    let decision = &decide_all(&b.plan)[&retired];
    assert_eq!(decision.mode, RemediationMode::Wave);
    assert!(
        decision.reasons[0].contains("is needed by 3 workloads"),
        "{:?}",
        decision.reasons
    );
}

#[test]
fn a_person_can_override_with_a_note_and_the_suggestion_stays_visible() {
    let mut b = Builder::new();
    let (payroll, vm) = b.simple("Payroll");
    b.item(vm, "Replace COM+ components", 120.0, CodeChange);
    let over = RemediationOverride {
        mode: RemediationMode::Wave,
        note: "Vendor ships the fix in March".into(),
    };
    b.plan
        .apply(Action::OverrideRemediation {
            workload: payroll,
            decision: Some(over),
        })
        .unwrap();
    let decision = &decide_all(&b.plan)[&payroll];
    assert_eq!(
        (decision.mode, decision.suggested),
        (RemediationMode::Wave, RemediationMode::Programme)
    );
    assert!(decision.is_overridden());
    assert!(decision
        .reasons
        .last()
        .unwrap()
        .contains("Vendor ships the fix in March"));
}
