//! `Plan::apply`: every change checked before it lands, refusals change nothing, removals leave
//! nothing dangling, batches are all or nothing.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::{name, Builder};
use waveplan::domain::asset::{Asset, AssetId, AssetKind};
use waveplan::domain::dependency::{Dependency, DependencyStrength::*};
use waveplan::domain::plan::{Action, PlanError};
use waveplan::domain::readiness::Answer;
use waveplan::domain::remediation::{RemediationMode, RemediationOverride};
use waveplan::domain::workload::{Workload, WorkloadId};

#[test]
fn refused_actions_change_nothing_and_say_why() {
    let mut b = Builder::new();
    let (web, web_vm) = b.simple("Web shop");
    let before = b.plan.clone();
    let mut negative = Asset::new(AssetId(99), AssetKind::Database, name("db"));
    negative.storage_gb = -1.0;
    let mut absurd = Asset::new(AssetId(99), AssetKind::Database, name("db"));
    absurd.storage_gb = 1e308;
    let mut same_name = Asset::new(AssetId(99), AssetKind::VirtualMachine, name("WEB SHOP-VM"));
    same_name.workload = Some(web);
    let mut far_id = Asset::new(AssetId(u32::MAX), AssetKind::VirtualMachine, name("far"));
    far_id.workload = Some(web);
    let mut unprioritised = Workload::new(WorkloadId(5), name("Zero"));
    unprioritised.priority = 0;
    let cases: Vec<(Action, &str)> = vec![
        (
            Action::AddWorkload(Workload::new(web, name("Again"))),
            "already a workload with id 1",
        ),
        (
            Action::RemoveWorkload(WorkloadId(42)),
            "workload with id 42 no longer exists",
        ),
        (
            Action::AddAsset(negative),
            "asset “db”: storage must be a number from 0 to 10,000,000 GB",
        ),
        (
            Action::AddAsset(absurd),
            "asset “db”: storage must be a number from 0 to 10,000,000 GB",
        ),
        (
            Action::AddAsset(same_name),
            "there is already an asset named “WEB SHOP-VM” (names are unique, whatever their case)",
        ),
        (
            Action::AddWorkload(Workload::new(WorkloadId(6), name("web shop"))),
            "there is already a workload named “web shop”",
        ),
        (
            Action::AddAsset(far_id),
            "ids go up to 1073741824; 4294967295 is out of range",
        ),
        (
            Action::AddWorkload(unprioritised),
            "workload “Zero”: priority runs from 1 (first) to 9",
        ),
        (
            Action::SetDependency(Dependency::new(web_vm, web_vm, Hard)),
            "cannot depend on itself",
        ),
        (
            Action::SetDependency(Dependency::new(web_vm, AssetId(7), Hard)),
            "asset with id 7 no longer exists",
        ),
        (
            Action::Answer {
                question: "no-such".into(),
                answer: Answer {
                    choice: "x".into(),
                    note: String::new(),
                    owner: String::new(),
                },
            },
            "no readiness question “no-such”",
        ),
        (
            Action::Answer {
                question: "identity".into(),
                answer: Answer {
                    choice: "maybe".into(),
                    note: String::new(),
                    owner: String::new(),
                },
            },
            "“maybe” is not one of the answers",
        ),
        (
            Action::OverrideRemediation {
                workload: web,
                decision: Some(RemediationOverride {
                    mode: RemediationMode::Wave,
                    note: "  ".into(),
                }),
            },
            "needs a note",
        ),
        (
            Action::PinWorkload {
                workload: web,
                wave: Some(0),
            },
            "pinned to waves 1 to 520",
        ),
        (
            Action::PinWorkload {
                workload: web,
                wave: Some(4_000_000_000),
            },
            "pinned to waves 1 to 520",
        ),
    ];
    for (action, expected) in cases {
        let error = b.plan.apply(action.clone()).expect_err("refused");
        assert!(error.to_string().contains(expected), "{action:?}: {error}");
        assert_eq!(b.plan, before, "{action:?} changed the plan");
    }
}

#[test]
fn removing_a_workload_removes_its_assets_and_their_dependencies() {
    let mut b = Builder::new();
    let (_, app) = b.simple("App");
    let (db_workload, db) = b.simple("Database");
    let (_, reports) = b.simple("Reports");
    b.depends(app, db, Hard)
        .depends(reports, db, Soft)
        .depends(app, reports, Soft);
    b.plan.apply(Action::RemoveWorkload(db_workload)).unwrap();
    assert!(b.plan.asset(db).is_none());
    let left: Vec<_> = b.plan.dependencies().map(|d| (d.from, d.to)).collect();
    assert_eq!(
        left,
        [(app, reports)],
        "only the dependency not naming the database stays"
    );
}

#[test]
fn removing_an_asset_removes_dependencies_both_ways() {
    let mut b = Builder::new();
    let (_, a) = b.simple("A");
    let (_, c) = b.simple("C");
    let (_, d) = b.simple("D");
    b.depends(a, c, Hard)
        .depends(c, d, Hard)
        .depends(a, d, Soft);
    b.plan.apply(Action::RemoveAsset(c)).unwrap();
    assert_eq!(
        b.plan
            .dependencies()
            .map(|d| (d.from, d.to))
            .collect::<Vec<_>>(),
        [(a, d)]
    );
}

#[test]
fn a_batch_is_all_or_nothing_and_names_the_failing_change() {
    let mut b = Builder::new();
    let before = b.plan.clone();
    let first = Workload::new(WorkloadId(1), name("One"));
    let batch = Action::Batch(vec![
        Action::AddWorkload(first.clone()),
        Action::AddWorkload(Workload::new(WorkloadId(2), name("Two"))),
        Action::AddWorkload(first),
    ]);
    let error = b.plan.apply(batch).unwrap_err();
    assert!(
        matches!(
            error,
            PlanError::InBatch {
                index: 3,
                count: 3,
                ..
            }
        ),
        "{error}"
    );
    assert_eq!(
        error.to_string(),
        "change 3 of 3: there is already a workload with id 1"
    );
    assert_eq!(b.plan, before);
}

#[test]
fn setting_a_dependency_twice_replaces_it() {
    let mut b = Builder::new();
    let (_, a) = b.simple("A");
    let (_, c) = b.simple("C");
    b.depends(a, c, Hard).depends(a, c, Soft);
    let all: Vec<_> = b.plan.dependencies().collect();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].strength, Soft);
}

#[test]
fn assets_can_move_between_workloads_but_not_to_a_missing_one() {
    let mut b = Builder::new();
    let (first, vm) = b.simple("First");
    let second = b.workload("Second");
    let mut moved = b.plan.asset(vm).unwrap().clone();
    moved.workload = Some(second);
    b.plan.apply(Action::UpdateAsset(moved.clone())).unwrap();
    assert_eq!(b.plan.assets_of(second).count(), 1);
    assert_eq!(b.plan.assets_of(first).count(), 0);
    moved.workload = Some(WorkloadId(77));
    assert!(b.plan.apply(Action::UpdateAsset(moved)).is_err());
}

#[test]
fn next_ids_follow_the_largest() {
    let mut b = Builder::new();
    assert_eq!(b.plan.next_workload_id(), WorkloadId(1));
    b.workload("A");
    b.plan
        .apply(Action::AddWorkload(Workload::new(
            WorkloadId(10),
            name("B"),
        )))
        .unwrap();
    assert_eq!(b.plan.next_workload_id(), WorkloadId(11));
}
