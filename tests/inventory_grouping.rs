//! Suggested workloads, one grouping signal per test on the smallest plan that shows it, then a
//! realistic estate (tests/fixtures/estate-*: an RVTools export without application names and
//! its dependency analysis in both header variants, written by tests/fixtures/make-estate.mjs).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;

use proptest::prelude::*;
use support::name;
use waveplan::domain::asset::{Asset, AssetId, AssetKind, Disposition};
use waveplan::domain::dependency::{Dependency, DependencyStrength};
use waveplan::domain::grouping::review::{AcceptError, Review};
use waveplan::domain::grouping::{suggest, Proposal, Suggestions, Target, SHARED_SERVICES};
use waveplan::domain::import::{self, Imported};
use waveplan::domain::plan::{Action, Plan};
use waveplan::domain::workload::{Environment, Workload, WorkloadId};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn import_into(plan: &mut Plan, name: &str) {
    let Ok(Imported::Changes(outcome)) = import::read(plan, name, &fixture(name)) else {
        panic!("{name} imports");
    };
    plan.apply(Action::Batch(outcome.actions)).expect("applies");
}

/// A plan of unassigned servers: (name, attributes), then traffic (from, to, connections).
fn estate(servers: &[(&str, &[(&str, &str)])], traffic: &[(&str, &str, u64)]) -> Plan {
    let mut plan = Plan::default();
    for (n, (server, attributes)) in servers.iter().enumerate() {
        let mut asset = Asset::new(
            AssetId(n as u32 + 1),
            AssetKind::VirtualMachine,
            name(server),
        );
        for (key, value) in *attributes {
            asset.attributes.insert((*key).into(), (*value).into());
        }
        plan.apply(Action::AddAsset(asset)).unwrap();
    }
    for (from, to, connections) in traffic {
        let (from, to) = (
            plan.asset_named(from).unwrap().id,
            plan.asset_named(to).unwrap().id,
        );
        let mut dependency = Dependency::new(from, to, DependencyStrength::Soft);
        dependency.connections = *connections;
        plan.apply(Action::SetDependency(dependency)).unwrap();
    }
    plan
}

/// The proposals as (name, server names), sorted, for comparing.
fn groups(plan: &Plan, suggestions: &Suggestions) -> Vec<(String, Vec<String>)> {
    let mut groups: Vec<(String, Vec<String>)> = suggestions
        .proposals
        .iter()
        .map(|p| {
            let mut servers: Vec<String> = p
                .assets
                .iter()
                .map(|a| plan.asset(*a).unwrap().name.to_string())
                .collect();
            servers.sort();
            (p.name.clone(), servers)
        })
        .collect();
    groups.sort();
    groups
}

fn owned(groups: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    groups
        .iter()
        .map(|(name, servers)| {
            (
                name.to_string(),
                servers.iter().map(|s| s.to_string()).collect(),
            )
        })
        .collect()
}

fn proposal<'a>(suggestions: &'a Suggestions, name: &str) -> &'a Proposal {
    suggestions
        .proposals
        .iter()
        .find(|p| p.name == name)
        .expect(name)
}

const NONE: &[(&str, &str)] = &[];

#[test]
fn name_stems_group_servers_of_one_application() {
    let plan = estate(
        &[
            ("payroll-web-01", NONE),
            ("PAYROLL-APP-01", NONE),
            ("payrolldb01", NONE),
            ("hr-web-01", NONE),
        ],
        &[],
    );
    let suggestions = suggest(&plan);
    assert_eq!(
        groups(&plan, &suggestions),
        owned(&[
            ("HR", &["hr-web-01"]),
            (
                "Payroll",
                &["PAYROLL-APP-01", "payroll-web-01", "payrolldb01"]
            )
        ])
    );
    assert_eq!(
        proposal(&suggestions, "Payroll").evidence,
        ["Names start with “payroll”: payroll-web-01, PAYROLL-APP-01, payrolldb01."]
    );
}

#[test]
fn an_application_column_or_folder_names_the_group_before_the_name_does() {
    let plan = estate(
        &[
            ("web-01", &[("Application", "Ledger")]),
            ("srv-17", &[("Application", "Ledger")]),
            ("db-01", &[("Folder", "/Amsterdam/vm/Finance")]),
            ("batch-01", &[("Folder", "/Amsterdam/vm/Finance")]),
            (
                "tools-01",
                &[("Folder", "/Amsterdam/vm/Discovered virtual machine")],
            ),
        ],
        &[],
    );
    let suggestions = suggest(&plan);
    assert_eq!(
        groups(&plan, &suggestions),
        owned(&[
            ("Finance", &["batch-01", "db-01"]),
            ("Ledger", &["srv-17", "web-01"]),
            ("Tools", &["tools-01"])
        ])
    );
    assert_eq!(
        proposal(&suggestions, "Ledger").evidence,
        ["The application column says “Ledger” for 2 servers."]
    );
    assert_eq!(
        proposal(&suggestions, "Finance").evidence,
        ["The folder is “Finance” for 2 servers."]
    );
}

#[test]
fn a_server_without_a_name_of_its_own_joins_the_group_it_talks_to_most() {
    let plan = estate(
        &[
            ("payroll-web-01", NONE),
            ("hr-web-01", NONE),
            ("srv-4471", NONE),
            ("srv-4472", NONE),
        ],
        &[
            ("srv-4471", "payroll-web-01", 1_200),
            ("srv-4471", "hr-web-01", 30),
            ("srv-4472", "srv-4471", 5),
        ],
    );
    let suggestions = suggest(&plan);
    assert_eq!(
        groups(&plan, &suggestions),
        owned(&[
            ("HR", &["hr-web-01"]),
            ("Payroll", &["payroll-web-01", "srv-4471", "srv-4472"])
        ])
    );
    assert_eq!(
        proposal(&suggestions, "Payroll").evidence[2],
        "srv-4471, srv-4472 have no names of their own and talk most with this group (1,200 connections)."
    );
}

#[test]
fn traffic_between_two_named_applications_does_not_merge_them() {
    let plan = estate(
        &[("payroll-app-01", NONE), ("hr-app-01", NONE)],
        &[("payroll-app-01", "hr-app-01", 50_000)],
    );
    assert_eq!(suggest(&plan).proposals.len(), 2);
}

#[test]
fn a_shared_server_touched_by_every_group_becomes_shared_services() {
    let plan = estate(
        &[
            ("payroll-app-01", NONE),
            ("hr-app-01", NONE),
            ("crm-app-01", NONE),
            ("dc01", NONE),
            ("srv-900", NONE),
        ],
        &[
            ("payroll-app-01", "dc01", 10),
            ("hr-app-01", "dc01", 10),
            ("crm-app-01", "dc01", 10),
            ("payroll-app-01", "srv-900", 10),
            ("hr-app-01", "srv-900", 10),
            ("crm-app-01", "srv-900", 10),
        ],
    );
    let suggestions = suggest(&plan);
    let shared = proposal(&suggestions, SHARED_SERVICES);
    assert!(shared.shared_services);
    assert_eq!(shared.environment, Some(Environment::Production));
    let servers: Vec<&str> = shared
        .assets
        .iter()
        .map(|a| plan.asset(*a).unwrap().name.as_str())
        .collect();
    assert_eq!(servers, ["dc01", "srv-900"]);
    assert_eq!(
        shared.evidence[0],
        "dc01 is used by 3 groups (CRM, HR, Payroll): shared infrastructure, offered as its own workload rather than glue between them."
    );
    assert_eq!(
        suggestions.proposals.len(),
        4,
        "the three applications stay apart"
    );
}

#[test]
fn a_server_with_no_name_no_column_and_no_traffic_is_left_out_and_listed() {
    let plan = estate(
        &[
            ("srv-4471", NONE),
            ("web01", NONE),
            ("payroll-app-01", NONE),
        ],
        &[],
    );
    let suggestions = suggest(&plan);
    let left: Vec<&str> = suggestions
        .without_evidence
        .iter()
        .map(|a| plan.asset(*a).unwrap().name.as_str())
        .collect();
    assert_eq!(left, ["srv-4471", "web01"]);
    assert_eq!(suggestions.proposals.len(), 1);
}

#[test]
fn a_hard_dependency_cycle_is_kept_together_even_across_names() {
    let mut plan = estate(&[("payroll-app-01", NONE), ("hr-app-01", NONE)], &[]);
    let (a, b) = (
        plan.asset_named("payroll-app-01").unwrap().id,
        plan.asset_named("hr-app-01").unwrap().id,
    );
    plan.apply(Action::SetDependency(Dependency::new(
        a,
        b,
        DependencyStrength::Hard,
    )))
    .unwrap();
    plan.apply(Action::SetDependency(Dependency::new(
        b,
        a,
        DependencyStrength::Hard,
    )))
    .unwrap();
    let suggestions = suggest(&plan);
    assert_eq!(suggestions.proposals.len(), 1);
    assert!(suggestions.proposals[0].evidence.contains(
        &"payroll-app-01, hr-app-01 hard-depend on each other, so they move together.".to_owned()
    ));
}

#[test]
fn servers_join_an_existing_workload_by_name_or_by_traffic_and_decided_ones_are_skipped() {
    let mut plan = estate(
        &[
            ("payroll-web-02", NONE),
            ("srv-1", NONE),
            ("old-fax-01", NONE),
            ("payroll-app-01", NONE),
        ],
        &[("srv-1", "payroll-app-01", 900)],
    );
    let payroll = Workload::new(WorkloadId(1), name("Payroll"));
    plan.apply(Action::AddWorkload(payroll)).unwrap();
    let mut app = plan.asset_named("payroll-app-01").unwrap().clone();
    app.workload = Some(WorkloadId(1));
    plan.apply(Action::UpdateAsset(app)).unwrap();
    let mut fax = plan.asset_named("old-fax-01").unwrap().clone();
    fax.disposition = Disposition::Retire;
    plan.apply(Action::UpdateAsset(fax)).unwrap();
    let suggestions = suggest(&plan);
    assert_eq!(
        groups(&plan, &suggestions),
        owned(&[("Payroll", &["payroll-web-02"]), ("Payroll", &["srv-1"])])
    );
    assert!(suggestions
        .proposals
        .iter()
        .all(|p| p.target == Target::Existing(WorkloadId(1))));
    assert!(
        suggestions.without_evidence.is_empty(),
        "the retired server is decided, not unassigned"
    );
}

#[test]
fn the_estate_is_grouped_so_every_server_has_a_workload_and_shared_services_stand_apart() {
    for dependencies in ["estate-dependencies-v1.csv", "estate-dependencies-v2.csv"] {
        let mut plan = Plan::default();
        import_into(&mut plan, "estate-rvtools-vinfo.csv");
        import_into(&mut plan, dependencies);
        assert_eq!(plan.assets().filter(|a| a.is_unassigned()).count(), 314);
        let suggestions = suggest(&plan);
        assert!(suggestions.without_evidence.is_empty(), "{dependencies}");
        assert_eq!(
            suggestions.proposals.len(),
            41,
            "forty applications and shared services ({dependencies})"
        );
        let shared = proposal(&suggestions, SHARED_SERVICES);
        let mut servers: Vec<&str> = shared
            .assets
            .iter()
            .map(|a| plan.asset(*a).unwrap().name.as_str())
            .collect();
        servers.sort();
        assert_eq!(
            servers,
            ["dc01", "dc02", "dns01", "fs01", "sql-shared-01", "wsus01"],
            "{dependencies}"
        );
        // The nameless servers joined their applications through traffic.
        let erp = proposal(&suggestions, "ERP");
        assert!(
            erp.assets
                .contains(&plan.asset_named("srv-4021").unwrap().id),
            "{:?}",
            erp.evidence
        );
        // The test copy shares its application's stem; a person splits it off in review.
        let payroll = proposal(&suggestions, "Payroll");
        assert!(payroll
            .assets
            .contains(&plan.asset_named("payroll-uat-app-01").unwrap().id));

        let review = Review::new(suggestions.proposals.clone());
        let all: BTreeSet<u32> = review.proposals.iter().map(|p| p.id).collect();
        let action = review.accept(&plan, &all).unwrap();
        plan.apply(action).unwrap();
        assert_eq!(
            plan.assets().filter(|a| a.is_unassigned()).count(),
            0,
            "every server is in a workload"
        );
        assert_eq!(plan.workloads().len(), 41);
        assert!(
            suggest(&plan).proposals.is_empty(),
            "nothing left to propose"
        );
    }
}

#[test]
fn review_renames_merges_splits_drops_and_rejects() {
    let plan = estate(
        &[
            ("payroll-web-01", NONE),
            ("payroll-uat-app-01", NONE),
            ("payroll-db-01", NONE),
            ("hr-web-01", NONE),
            ("crm-web-01", NONE),
        ],
        &[],
    );
    let suggestions = suggest(&plan);
    let mut review = Review::new(suggestions.proposals.clone());
    let id =
        |review: &Review, name: &str| review.proposals.iter().find(|p| p.name == name).unwrap().id;
    let uat = plan.asset_named("payroll-uat-app-01").unwrap().id;
    let split = review
        .split(id(&review, "Payroll"), &[uat], "Payroll test")
        .unwrap();
    review.rename(id(&review, "HR"), "Human resources");
    review.merge(id(&review, "Human resources"), id(&review, "CRM"));
    review.drop_server(
        id(&review, "Payroll"),
        plan.asset_named("payroll-db-01").unwrap().id,
    );
    let chosen: BTreeSet<u32> = review.proposals.iter().map(|p| p.id).collect();
    let mut applied = plan.clone();
    applied
        .apply(review.accept(&plan, &chosen).unwrap())
        .unwrap();
    let workload_of = |server: &str| {
        applied
            .asset_named(server)
            .unwrap()
            .workload
            .and_then(|id| applied.workload(id))
            .map(|w| w.name.to_string())
    };
    assert_eq!(
        workload_of("payroll-uat-app-01").as_deref(),
        Some("Payroll test")
    );
    assert_eq!(
        workload_of("crm-web-01").as_deref(),
        Some("Human resources")
    );
    assert_eq!(workload_of("hr-web-01").as_deref(), Some("Human resources"));
    assert_eq!(
        workload_of("payroll-db-01"),
        None,
        "dropped: it stays unassigned"
    );
    assert_eq!(
        applied.workload_named("payroll test").unwrap().environment,
        Environment::NonProduction,
        "the split keeps what the names said"
    );
    let _ = split;

    review.reject(id(&review, "Payroll"));
    let errors = [(BTreeSet::new(), AcceptError::Nothing)];
    for (chosen, expected) in errors {
        assert_eq!(review.accept(&plan, &chosen), Err(expected));
    }
    let mut clash = review.clone();
    clash.rename(id(&clash, "Human resources"), "Payroll test");
    let all: BTreeSet<u32> = clash.proposals.iter().map(|p| p.id).collect();
    assert_eq!(
        clash.accept(&plan, &all),
        Err(AcceptError::SameName("Payroll test".into()))
    );
}

/// Servers (name, already assigned) and traffic (from, to, connections).
type ArbitraryEstate = (Vec<(String, bool)>, Vec<(usize, usize, u64)>);

fn arbitrary_estate() -> impl Strategy<Value = ArbitraryEstate> {
    let stems = ["payroll", "hr", "crm", "srv", "dc", "web"];
    prop::collection::vec(
        (
            prop::sample::select(stems.to_vec()),
            0..50u32,
            any::<bool>(),
        ),
        1..30,
    )
    .prop_flat_map(|servers| {
        let n = servers.len();
        let named: Vec<(String, bool)> = servers
            .into_iter()
            .enumerate()
            .map(|(i, (stem, number, assigned))| (format!("{stem}-{number}-{i}"), assigned))
            .collect();
        (
            Just(named),
            prop::collection::vec((0..n, 0..n, 1..5_000u64), 0..60),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300)
    ))]

    /// Accepting any subset of the proposals, after any review edits, never loses or
    /// duplicates a server: every server is still there once, accepted ones are in exactly the
    /// workload their group named, and every other server is as it was.
    #[test]
    fn accepting_a_proposal_never_loses_or_duplicates_a_server(
        (servers, traffic) in arbitrary_estate(),
        choose in prop::collection::vec(any::<bool>(), 40),
        edits in prop::collection::vec((0..6u8, 0..40usize, 0..40usize), 0..6),
    ) {
        let mut plan = Plan::default();
        plan.apply(Action::AddWorkload(Workload::new(WorkloadId(1), name("Existing")))).unwrap();
        for (i, (server, assigned)) in servers.iter().enumerate() {
            let mut asset = Asset::new(AssetId(i as u32 + 1), AssetKind::VirtualMachine, name(server));
            asset.workload = assigned.then_some(WorkloadId(1));
            plan.apply(Action::AddAsset(asset)).unwrap();
        }
        for (from, to, connections) in traffic {
            if from != to {
                let mut dependency = Dependency::new(AssetId(from as u32 + 1), AssetId(to as u32 + 1), DependencyStrength::Soft);
                dependency.connections = connections;
                plan.apply(Action::SetDependency(dependency)).unwrap();
            }
        }
        let mut review = Review::new(suggest(&plan).proposals);
        for (edit, a, b) in edits {
            let ids: Vec<u32> = review.proposals.iter().map(|p| p.id).collect();
            if ids.is_empty() { break; }
            let (first, second) = (ids[a % ids.len()], ids[b % ids.len()]);
            match edit {
                0 => review.merge(first, second),
                1 => { review.rename(first, &format!("Renamed {a}")); }
                2 => {
                    let servers = review.proposals.iter().find(|p| p.id == first).map(|p| p.assets.clone()).unwrap_or_default();
                    let _ = review.split(first, &servers[..servers.len() / 2], &format!("Split {a}"));
                }
                3 => {
                    let server = review.proposals.iter().find(|p| p.id == first).and_then(|p| p.assets.first().copied());
                    if let Some(server) = server { review.drop_server(first, server); }
                }
                4 => review.reject(first),
                _ => {}
            }
        }
        let chosen: BTreeSet<u32> = review
            .proposals
            .iter()
            .zip(choose.iter().cycle())
            .filter(|(_, take)| **take)
            .map(|(p, _)| p.id)
            .collect();
        let Ok(action) = review.accept(&plan, &chosen) else { return Ok(()); };
        let mut after = plan.clone();
        prop_assert!(after.apply(action).is_ok());
        prop_assert_eq!(after.assets().len(), plan.assets().len());
        let accepted: Vec<&Proposal> = review.proposals.iter().filter(|p| chosen.contains(&p.id)).collect();
        for asset in plan.assets() {
            let now = after.asset(asset.id).expect("no server is lost");
            let groups: Vec<&&Proposal> = accepted.iter().filter(|p| p.assets.contains(&asset.id)).collect();
            prop_assert!(groups.len() <= 1, "{} is in {} accepted groups", asset.name, groups.len());
            match groups.first() {
                Some(group) => {
                    let workload = now.workload.and_then(|id| after.workload(id)).expect("assigned");
                    match group.target {
                        Target::Existing(id) => prop_assert_eq!(workload.id, id),
                        Target::NewWorkload => prop_assert_eq!(workload.name.key(), waveplan::domain::name::name_key(&group.name)),
                    }
                }
                None => prop_assert_eq!(now, asset, "a server outside the accepted groups is unchanged"),
            }
        }
    }
}
