//! The definition of done: a workload is done only when every checklist item holds.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::Builder;
use waveplan::domain::asset::{AssetId, ReplicationStatus};
use waveplan::domain::dependency::DependencyStrength::Hard;
use waveplan::domain::plan::Action;
use waveplan::domain::question_bank::HYBRID_NETWORK;
use waveplan::domain::staging::{checklists, progress_by_wave, StagingChecklist};
use waveplan::domain::waves::plan_waves;
use waveplan::domain::workload::{BusinessReadiness, WorkloadId};

fn checklist(b: &Builder, workload: WorkloadId) -> StagingChecklist {
    let waves = plan_waves(&b.plan);
    checklists(&b.plan, &waves)
        .into_iter()
        .find(|c| c.workload == workload)
        .expect("listed")
}

fn missing(list: &StagingChecklist) -> Vec<&str> {
    list.missing().map(|item| item.label).collect()
}

const SIGNED: BusinessReadiness = BusinessReadiness {
    test_plan: true,
    change_plan: true,
    signed_off: true,
};

#[test]
fn a_new_workload_is_missing_everything_but_its_dependencies() {
    let mut b = Builder::new();
    let (workload, _) = b.simple("Payroll");
    let list = checklist(&b, workload);
    assert!(!list.is_done());
    assert_eq!(
        missing(&list),
        [
            "Every asset replicated and verified",
            "Business test plan",
            "Business change plan",
            "Sign-off for business testing"
        ]
    );
    assert!(
        list.items[0].detail.contains("Payroll-vm (not started)"),
        "{}",
        list.items[0].detail
    );
}

/// A portal whose own asset is verified and whose business side is signed off, with a hard
/// dependency on a database in another workload: only that dependency can keep it from done.
fn portal_ready_but_for_its_database(b: &mut Builder) -> (WorkloadId, AssetId) {
    let (app, app_vm) = b.simple("Portal");
    let (_, db_vm) = b.simple("Database");
    b.depends(app_vm, db_vm, Hard);
    b.plan
        .apply(Action::SetReplicationStatus {
            asset: app_vm,
            status: ReplicationStatus::Verified,
        })
        .unwrap();
    b.plan
        .apply(Action::SetBusinessReadiness {
            workload: app,
            business: SIGNED,
        })
        .unwrap();
    (app, db_vm)
}

#[test]
fn done_when_verified_dependencies_reachable_and_signed_off() {
    let mut b = Builder::new();
    b.settings(|s| s.ramp.first_wave_workloads = 1);
    let (app, _) = portal_ready_but_for_its_database(&mut b);
    // The database moves in an earlier wave, so the dependency is met.
    let list = checklist(&b, app);
    assert!(list.is_done(), "{:?}", missing(&list));
    assert!(
        list.items[1].detail.contains("move in an earlier wave"),
        "{}",
        list.items[1].detail
    );
}

#[test]
fn a_dependency_in_the_same_wave_must_be_staged_or_reachable() {
    let mut b = Builder::new();
    let (app, db_vm) = portal_ready_but_for_its_database(&mut b);
    let list = checklist(&b, app);
    assert_eq!(missing(&list), ["Every dependency reachable"]);
    assert!(list.items[1]
        .detail
        .contains("Not yet reachable: Database-vm"));

    b.answer(HYBRID_NETWORK, "ready");
    assert!(
        checklist(&b, app).is_done(),
        "hybrid connectivity reaches it"
    );

    b.answer(HYBRID_NETWORK, "no");
    b.plan
        .apply(Action::SetReplicationStatus {
            asset: db_vm,
            status: ReplicationStatus::Verified,
        })
        .unwrap();
    assert!(
        checklist(&b, app).is_done(),
        "the dependency is staged in the cloud"
    );
}

#[test]
fn a_workload_without_assets_is_not_done_and_progress_counts_per_wave() {
    let mut b = Builder::new();
    let empty = b.workload("Placeholder");
    b.plan
        .apply(Action::SetBusinessReadiness {
            workload: empty,
            business: SIGNED,
        })
        .unwrap();
    let list = checklist(&b, empty);
    assert_eq!(missing(&list), ["Every asset replicated and verified"]);
    assert!(list.items[0].detail.starts_with("No assets recorded"));
    let (_, vm) = b.simple("Ready one");
    let ready = b.plan.next_workload_id().0 - 1;
    b.plan
        .apply(Action::SetReplicationStatus {
            asset: vm,
            status: ReplicationStatus::Verified,
        })
        .unwrap();
    b.plan
        .apply(Action::SetBusinessReadiness {
            workload: WorkloadId(ready),
            business: SIGNED,
        })
        .unwrap();
    let waves = plan_waves(&b.plan);
    let progress = progress_by_wave(&checklists(&b.plan, &waves));
    assert_eq!(progress.len(), 1);
    assert_eq!(
        (progress[0].wave, progress[0].done, progress[0].total),
        (1, 1, 2)
    );
}
