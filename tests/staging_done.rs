//! CAF's definition of done and the promote gate, one rule per test, each on the smallest plan
//! that shows it (shared/reference/caf-execute-a-migration.md, "Definition of done"; CAF-NOTES,
//! "Promote gate"). The stage is derived from these checklists, never set by hand.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::Builder;
use waveplan::domain::analysis::Analysis;
use waveplan::domain::asset::{AssetId, RemediationCategory, ReplicationStatus};
use waveplan::domain::dependency::DependencyStrength::Hard;
use waveplan::domain::plan::Action;
use waveplan::domain::question_bank::HYBRID_NETWORK;
use waveplan::domain::staging::{self, progress_by_wave, StagingChecklist, WorkloadStage};
use waveplan::domain::workload::{Checkpoint, CutoverMode, WorkloadId};

fn checklist(b: &Builder, workload: WorkloadId) -> StagingChecklist {
    Analysis::of(&b.plan)
        .checklists
        .remove(&workload)
        .expect("listed")
}

fn missing(list: &StagingChecklist) -> Vec<&str> {
    list.missing().map(|item| item.label).collect()
}

fn verify(b: &mut Builder, asset: AssetId) {
    b.plan
        .apply(Action::SetReplicationStatus {
            asset,
            status: ReplicationStatus::Verified,
        })
        .unwrap();
}

fn tick(b: &mut Builder, workload: WorkloadId, checkpoints: &[Checkpoint]) {
    for checkpoint in checkpoints {
        b.plan
            .apply(Action::SetCheckpoint {
                workload,
                checkpoint: *checkpoint,
                done: true,
            })
            .unwrap();
    }
}

/// Ticks `workload`'s cut-over as a person does on Staging, in `wave` (the wave it is in).
fn cut_over(b: &mut Builder, workload: WorkloadId, wave: Option<u32>) {
    let action = staging::tick(
        b.plan.workload(workload).unwrap(),
        Checkpoint::CutOver,
        true,
        wave,
    );
    b.plan.apply(action).unwrap();
}

/// Every deliverable and business-readiness checkpoint: what a person ticks to be staged.
const STAGE_CHECKPOINTS: [Checkpoint; 5] = [
    Checkpoint::TestsAutomated,
    Checkpoint::Documentation,
    Checkpoint::BacklogUpdated,
    Checkpoint::TestPlan,
    Checkpoint::ChangePlan,
];

#[test]
fn a_new_workload_is_not_started_and_misses_everything_but_remediation_and_dependencies() {
    let mut b = Builder::new();
    let (workload, _) = b.simple("Payroll");
    let list = checklist(&b, workload);
    assert_eq!(list.stage, WorkloadStage::NotStarted);
    assert_eq!(
        missing(&list),
        [
            "Every asset replicated and verified",
            "Stage deliverables",
            "Ready for business testing"
        ]
    );
    assert!(list.items[1].detail.contains("Payroll-vm (not started)"));
    assert_eq!(
        list.items[3].detail,
        "Not yet: Automated tests run; Migration and configuration documented; Backlog updated."
    );
}

/// A portal whose own asset is verified and whose checkpoints are ticked, with a hard
/// dependency on a database in another workload: only that dependency can keep it from done.
fn portal_ready_but_for_its_database(b: &mut Builder) -> (WorkloadId, AssetId) {
    let (app, app_vm) = b.simple("Portal");
    let (_, db_vm) = b.simple("Database");
    b.depends(app_vm, db_vm, Hard);
    verify(b, app_vm);
    tick(b, app, &STAGE_CHECKPOINTS);
    (app, db_vm)
}

/// CAF, definition of done: "including all dependent assets required for the workload to
/// function". A dependency scheduled in an earlier wave but never replicated is not in the cloud.
#[test]
fn done_needs_every_dependency_in_the_cloud_not_merely_in_an_earlier_wave() {
    let mut b = Builder::new();
    let (app, db_vm) = portal_ready_but_for_its_database(&mut b);
    // The plan pinned the database to wave 1 and the portal to wave 2. Without hybrid
    // connectivity they move together (in wave 2, the later pin); either way, a wave is a date
    // in the plan, not a copy in the cloud.
    let database = b.plan.asset(db_vm).unwrap().workload.unwrap();
    b.change(database, |w| w.pinned_wave = Some(1));
    b.change(app, |w| w.pinned_wave = Some(2));
    let list = checklist(&b, app);
    assert_eq!(list.wave, Some(2));
    assert_eq!(
        missing(&list),
        ["Every dependency reachable from the cloud"]
    );
    assert!(
        list.items[2]
            .detail
            .starts_with("Not in the cloud yet: Database-vm (wave 2, not started)."),
        "{}",
        list.items[2].detail
    );
    verify(&mut b, db_vm);
    let list = checklist(&b, app);
    assert!(list.is_done(), "{:?}", missing(&list));
    assert_eq!(list.stage, WorkloadStage::Staged);
    assert_eq!(
        list.items[2].detail,
        "1 dependency is replicated and verified in the cloud."
    );
}

/// CAF, definition of done: "all dependent assets required for the workload to function" —
/// transitively. A verified database that itself needs an unreplicated server does not work in
/// the cloud, so neither does the portal that needs it.
#[test]
fn done_needs_what_its_dependencies_need_too() {
    let mut b = Builder::new();
    b.answer(HYBRID_NETWORK, "untested");
    let (app, db_vm) = portal_ready_but_for_its_database(&mut b);
    let (_, storage_vm) = b.simple("Storage");
    b.depends(db_vm, storage_vm, Hard);
    verify(&mut b, db_vm);
    let list = checklist(&b, app);
    assert_eq!(
        missing(&list),
        ["Every dependency reachable from the cloud"]
    );
    assert!(
        list.items[2].detail.starts_with(
            "Not in the cloud yet: Database-vm (verified, but it needs Storage-vm (not started))."
        ),
        "{}",
        list.items[2].detail
    );
    verify(&mut b, storage_vm);
    assert!(checklist(&b, app).is_done());
}

/// A dependency on something that retires never counts: after the cut-over it is gone.
#[test]
fn a_dependency_on_a_retiring_asset_is_never_reachable() {
    let mut b = Builder::new();
    b.answer(HYBRID_NETWORK, "ready");
    let (app, db_vm) = portal_ready_but_for_its_database(&mut b);
    let mut db = b.plan.asset(db_vm).unwrap().clone();
    db.disposition = waveplan::domain::asset::Disposition::Retire;
    db.workload = None;
    b.plan.apply(Action::UpdateAsset(db)).unwrap();
    let list = checklist(&b, app);
    assert!(!list.is_done());
    assert!(
        list.items[2].detail.starts_with(
            "Not in the cloud yet: Database-vm (to retire: the workload must stop needing it)."
        ),
        "{}",
        list.items[2].detail
    );
}

/// CAF, release inclusion: a dependency may stay where it is when the network reaches it at
/// the expected performance.
#[test]
fn hybrid_connectivity_makes_a_dependency_on_premises_reachable() {
    let mut b = Builder::new();
    let (app, _) = portal_ready_but_for_its_database(&mut b);
    b.answer(HYBRID_NETWORK, "ready");
    let list = checklist(&b, app);
    assert!(list.is_done(), "{:?}", missing(&list));
    b.answer(HYBRID_NETWORK, "no");
    assert!(!checklist(&b, app).is_done());
}

/// A workload's own remediation must be done before it is staged.
#[test]
fn open_remediation_keeps_a_workload_from_done_and_done_items_count_as_progress() {
    let mut b = Builder::new();
    let (app, vm) = b.simple("Portal");
    b.item(vm, "Upgrade .NET", 6.0, RemediationCategory::Configuration);
    b.item(vm, "Open firewall", 2.0, RemediationCategory::NetworkPath);
    verify(&mut b, vm);
    tick(&mut b, app, &STAGE_CHECKPOINTS);
    let list = checklist(&b, app);
    assert_eq!(missing(&list), ["Remediation done"]);
    assert_eq!(list.remediation, (0, 2));
    let mut asset = b.plan.asset(vm).unwrap().clone();
    asset.remediation[0].done = true;
    b.plan.apply(Action::UpdateAsset(asset.clone())).unwrap();
    let list = checklist(&b, app);
    assert_eq!(list.remediation, (1, 2));
    assert!(list.items[0]
        .detail
        .starts_with("1 of 2 fixed; open: Open firewall on Portal-vm (2 h)."));
    asset.remediation[1].done = true;
    b.plan.apply(Action::UpdateAsset(asset)).unwrap();
    assert!(checklist(&b, app).is_done());
}

/// CAF, stage deliverables: automated tests run, migration and configuration documentation,
/// backlog updated. Without them a workload is replicated, not staged.
#[test]
fn stage_deliverables_are_part_of_done() {
    let mut b = Builder::new();
    let (app, vm) = b.simple("Portal");
    verify(&mut b, vm);
    tick(&mut b, app, &[Checkpoint::TestPlan, Checkpoint::ChangePlan]);
    let list = checklist(&b, app);
    assert_eq!(missing(&list), ["Stage deliverables"]);
    assert_eq!(list.stage, WorkloadStage::Replicating);
    tick(&mut b, app, &Checkpoint::DELIVERABLES);
    assert_eq!(checklist(&b, app).stage, WorkloadStage::Staged);
}

/// CAF, promote gate: business test, then the sign-offs, then the DNS/IP cut-over.
/// "Promoted" is reachable only through it, and only after staging.
#[test]
fn promoted_only_through_the_promote_gate_after_staging() {
    let mut b = Builder::new();
    let (app, vm) = b.simple("Portal");
    // Every promotion step ticked before the workload is staged: still not promoted, and a
    // finding names the contradiction.
    tick(
        &mut b,
        app,
        &[Checkpoint::BusinessTested, Checkpoint::CutOver],
    );
    tick(&mut b, app, &Checkpoint::SIGN_OFFS);
    b.change(app, |w| {
        w.cutover = Some(CutoverMode::NearZeroDowntime);
        w.rollback_trigger = "orders fail".into();
    });
    let analysis = Analysis::of(&b.plan);
    assert_eq!(analysis.checklists[&app].stage, WorkloadStage::NotStarted);
    assert!(
        analysis.findings.iter().any(|f| f.what.starts_with(
            "Portal has promotion steps ticked (Business test passed; Domain sign-off"
        ) && f.what.ends_with("Its stage is Not started.")),
        "{:#?}",
        analysis.findings
    );

    verify(&mut b, vm);
    tick(&mut b, app, &STAGE_CHECKPOINTS);
    let list = checklist(&b, app);
    assert_eq!(list.stage, WorkloadStage::Promoted);
    assert!(list.gate.iter().all(|item| item.done));

    // The cut-over before the sign-offs: tested, not promoted, and said.
    b.plan
        .apply(Action::SetCheckpoint {
            workload: app,
            checkpoint: Checkpoint::SecuritySignOff,
            done: false,
        })
        .unwrap();
    let analysis = Analysis::of(&b.plan);
    assert_eq!(analysis.checklists[&app].stage, WorkloadStage::Tested);
    assert!(analysis.findings.iter().any(|f| f.what
        == "Portal's DNS/IP cut-over is ticked before the rest of its promote gate: Sign-offs."));
}

/// CAF's promote gate is ordered: business test, then the sign-offs. Sign-offs without a
/// passed business test are said.
#[test]
fn sign_offs_before_the_business_test_are_a_finding() {
    let mut b = Builder::new();
    let (app, vm) = b.simple("Portal");
    verify(&mut b, vm);
    tick(&mut b, app, &STAGE_CHECKPOINTS);
    tick(&mut b, app, &Checkpoint::SIGN_OFFS);
    let analysis = Analysis::of(&b.plan);
    assert_eq!(analysis.checklists[&app].stage, WorkloadStage::Staged);
    assert!(analysis.findings.iter().any(|f| f
        .what
        .starts_with("Portal has sign-offs ticked (Domain sign-off;")
        && f.what.ends_with("before its business test passed.")));
    tick(&mut b, app, &[Checkpoint::BusinessTested]);
    assert!(!Analysis::of(&b.plan)
        .findings
        .iter()
        .any(|f| f.what.contains("before its business test passed")));
}

#[test]
fn the_cutover_approach_and_rollback_trigger_are_agreed_before_promotion() {
    let mut b = Builder::new();
    let (app, _) = b.simple("Portal");
    let gate = |b: &Builder| checklist(b, app).gate[2].clone();
    assert_eq!(
        gate(&b).detail,
        "Decide downtime window or near-zero downtime."
    );
    b.change(app, |w| w.cutover = Some(CutoverMode::Downtime));
    assert_eq!(
        gate(&b).detail,
        "Downtime window; write down what triggers a rollback."
    );
    b.change(app, |w| {
        w.rollback_trigger = "logins fail for 15 minutes".into()
    });
    let item = gate(&b);
    assert!(item.done);
    assert_eq!(
        item.detail,
        "Downtime window; roll back if logins fail for 15 minutes"
    );
}

#[test]
fn a_workload_without_assets_is_not_done_and_progress_counts_per_wave() {
    let mut b = Builder::new();
    let empty = b.workload("Placeholder");
    tick(&mut b, empty, &STAGE_CHECKPOINTS);
    let list = checklist(&b, empty);
    assert_eq!(missing(&list), ["Every asset replicated and verified"]);
    assert!(list.items[1].detail.starts_with("No assets recorded"));
    let (ready, vm) = b.simple("Ready one");
    verify(&mut b, vm);
    tick(&mut b, ready, &STAGE_CHECKPOINTS);
    let analysis = Analysis::of(&b.plan);
    let lists: Vec<StagingChecklist> = analysis.checklists.values().cloned().collect();
    let progress = progress_by_wave(&lists);
    let total: usize = progress.iter().map(|p| p.total).sum();
    let done: usize = progress.iter().map(|p| p.done).sum();
    assert_eq!((done, total), (1, 2));
}

/// CAF: a migration is done once its workload is staged, and promoted once it is cut over. A
/// workload cut over has moved: ticking the cut-over pins it to the wave it is in, so a re-plan
/// (a smaller ramp, other workloads' pins) cannot put a migration that happened in another wave.
#[test]
fn a_workload_cut_over_stays_in_the_wave_it_moved_in() {
    let mut b = Builder::new();
    let (portal, _) = b.simple("Portal");
    let (shop, _) = b.simple("Shop");
    let wave_of = |b: &Builder, w| Analysis::of(&b.plan).waves.wave_of(w);
    assert_eq!((wave_of(&b, portal), wave_of(&b, shop)), (Some(1), Some(1)));
    let wave = wave_of(&b, portal);
    cut_over(&mut b, portal, wave);
    assert_eq!(b.plan.workload(portal).unwrap().pinned_wave, Some(1));
    // The ramp shrinks and the shop is pinned to wave 1: the portal keeps its wave, and the
    // wave is over capacity (a finding), rather than the portal moving to wave 2.
    b.settings(|s| s.ramp.first_wave_workloads = 1);
    b.plan
        .apply(Action::PinWorkload {
            workload: shop,
            wave: Some(1),
        })
        .unwrap();
    let analysis = Analysis::of(&b.plan);
    assert_eq!(analysis.waves.wave_of(portal), Some(1));
    assert!(analysis
        .findings
        .iter()
        .any(|f| f.what.starts_with("Wave 1 is over capacity: 2 workloads")));
    // Its pin no longer moves while the cut-over stands.
    let moved = b
        .plan
        .apply(Action::PinWorkload {
            workload: portal,
            wave: Some(2),
        })
        .unwrap_err();
    assert_eq!(
        moved.to_string(),
        "“Portal” was cut over in wave 1: that is where it moved. Untick its cut-over first if it has not happened"
    );
    b.plan
        .apply(Action::SetCheckpoint {
            workload: portal,
            checkpoint: Checkpoint::CutOver,
            done: false,
        })
        .unwrap();
    b.plan
        .apply(Action::PinWorkload {
            workload: portal,
            wave: Some(2),
        })
        .expect("once the cut-over is unticked, the pin is the team's again");
}

/// A cut-over ticked before ticking pinned the workload (an older saved plan, or merged in)
/// is a finding: its wave is still only the planner's choice.
#[test]
fn a_workload_cut_over_in_no_pinned_wave_is_a_finding() {
    let mut b = Builder::new();
    let (portal, _) = b.simple("Portal");
    tick(&mut b, portal, &[Checkpoint::CutOver]);
    let analysis = Analysis::of(&b.plan);
    assert!(analysis.findings.iter().any(|f| f.what
        == "Portal's cut-over is done, but the plan does not hold the wave it moved in: a re-plan may put it in another wave."));
    b.plan
        .apply(Action::PinWorkload {
            workload: portal,
            wave: Some(1),
        })
        .expect("a cut-over workload with no pin can be given one");
    let analysis = Analysis::of(&b.plan);
    assert!(!analysis
        .findings
        .iter()
        .any(|f| f.what.contains("does not hold the wave")));
    // A workload in no wave (its code changes take it to a separate programme) has no wave to
    // pin it to: the finding would ask for what cannot be done.
    let (payroll, payroll_vm) = b.simple("Payroll");
    b.item(
        payroll_vm,
        "Rewrite the batch",
        400.0,
        RemediationCategory::CodeChange,
    );
    tick(&mut b, payroll, &[Checkpoint::CutOver]);
    let analysis = Analysis::of(&b.plan);
    assert_eq!(analysis.waves.wave_of(payroll), None);
    assert!(!analysis
        .findings
        .iter()
        .any(|f| f.what.starts_with("Payroll's cut-over is done")));
}

/// A dependency in a workload that migrates but has no wave (its code changes take it to a
/// separate programme) is named as such, not as "not migrated".
#[test]
fn a_dependency_in_a_workload_with_no_wave_is_not_called_not_migrated() {
    let mut b = Builder::new();
    let (portal, portal_vm) = b.simple("Portal");
    let (_, payroll_vm) = b.simple("Payroll");
    b.item(
        payroll_vm,
        "Rewrite the batch",
        400.0,
        RemediationCategory::CodeChange,
    );
    b.depends(portal_vm, payroll_vm, Hard);
    let list = checklist(&b, portal);
    assert!(
        list.items[2]
            .detail
            .starts_with("Not in the cloud yet: Payroll-vm (Payroll is in no wave, not started)."),
        "{}",
        list.items[2].detail
    );
}

/// The same in a move group: a workload cut over keeps its wave even when another workload it
/// must move with is pinned later (that one's pin is not kept, and says why), where before the
/// latest pin won and moved the migration that had happened.
#[test]
fn a_move_group_with_a_workload_cut_over_stays_in_its_wave() {
    let mut b = Builder::new();
    let (reporting, reporting_vm) = b.simple("Sales reporting");
    let (warehouse, warehouse_vm) = b.simple("Data warehouse");
    // Without hybrid connectivity, a hard dependency moves the two together.
    b.depends(reporting_vm, warehouse_vm, Hard);
    let wave_of = |b: &Builder, w| Analysis::of(&b.plan).waves.wave_of(w);
    assert_eq!(wave_of(&b, reporting), Some(1));
    let wave = wave_of(&b, reporting);
    cut_over(&mut b, reporting, wave);
    b.plan
        .apply(Action::PinWorkload {
            workload: warehouse,
            wave: Some(4),
        })
        .unwrap();
    let analysis = Analysis::of(&b.plan);
    assert_eq!(analysis.waves.wave_of(reporting), Some(1));
    assert_eq!(analysis.waves.wave_of(warehouse), Some(1));
    let finding = analysis
        .findings
        .iter()
        .find(|f| {
            f.what.starts_with(
                "Data warehouse is pinned to wave 4 but moves in wave 1, with Sales reporting",
            )
        })
        .expect("the pin not kept is a finding");
    assert!(
        finding
            .why
            .contains("one cut over keeps the wave it moved in"),
        "{}",
        finding.why
    );
}

/// Findings about a workload cut over do not ask for a pin it cannot change: two cut over in
/// different waves but tied together ask to untick one or loosen the tie, and a blackout set
/// over the wave one moved in says it moved there.
#[test]
fn findings_about_a_workload_cut_over_ask_for_what_can_be_done() {
    use waveplan::domain::workload::FreezeWindow;
    let mut b = Builder::new();
    let (build, _) = b.simple("Build servers");
    let (orders, _) = b.simple("Order management");
    cut_over(&mut b, build, Some(1));
    cut_over(&mut b, orders, Some(3));
    // Tied after the cut-overs: a business coupling moves them together.
    for w in [build, orders] {
        b.change(w, |w| w.coupling = "retail".into());
    }
    let analysis = Analysis::of(&b.plan);
    let tie = analysis
        .findings
        .iter()
        .find(|f| {
            f.what
                .starts_with("Build servers is pinned to wave 1 but moves in wave 3")
        })
        .expect("the pin not kept");
    assert!(
        tie.fix
            .starts_with("Untick a cut-over that has not happened"),
        "{}",
        tie.fix
    );
    let wave_3 = analysis.waves.waves[2].days;
    b.settings(|s| {
        s.blackouts.push(FreezeWindow {
            days: wave_3,
            reason: "Peak season".into(),
        })
    });
    let analysis = Analysis::of(&b.plan);
    let blackout = analysis
        .findings
        .iter()
        .find(|f| f.what.contains("moves in the blackout “Peak season”"))
        .expect("the blackout over the wave it moved in");
    assert_eq!(
        blackout.why,
        "It was cut over in this wave: the migration happened there."
    );
}
