//! A workload's neighbourhood for its dependency picture: who needs it, what it needs (hard or
//! soft, through which assets, in which wave) and what moves with it and why. The move-group
//! rules are CAF's (shared/reference/CAF-NOTES.md, "Decision rules": dependencies and
//! business-coupled workloads) as `waves::groups` applies them.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::Builder;
use waveplan::domain::analysis::Analysis;
use waveplan::domain::dependency::DependencyStrength::{Hard, Soft};
use waveplan::domain::neighbourhood::neighbourhood;
use waveplan::domain::question_bank::HYBRID_NETWORK;

#[test]
fn the_picture_names_both_sides_and_why_workloads_move_together() {
    let mut b = Builder::new();
    let (portal, portal_vm) = b.simple("Portal");
    let (database, database_vm) = b.simple("Database");
    let (reports, reports_vm) = b.simple("Reports");
    let (wiki, _) = b.simple("Wiki");
    b.depends(portal_vm, database_vm, Hard);
    b.depends(reports_vm, portal_vm, Soft);
    b.change(portal, |w| w.coupling = "Intranet".into());
    b.change(wiki, |w| w.coupling = "intranet".into());
    let analysis = Analysis::of(&b.plan);
    let found = neighbourhood(&b.plan, &analysis.waves, portal);
    assert_eq!(found.needs.len(), 1);
    assert_eq!(
        (found.needs[0].workload, found.needs[0].strength),
        (database, Hard)
    );
    assert_eq!(found.needs[0].links, ["Portal-vm → Database-vm"]);
    assert_eq!(
        (found.needed_by[0].workload, found.needed_by[0].strength),
        (reports, Soft)
    );
    let why: Vec<(&str, &str)> = found
        .moves_with
        .iter()
        .map(|m| (m.name.as_str(), m.why.as_str()))
        .collect();
    assert!(
        why.contains(&(
            "Database",
            "a hard dependency, and without hybrid connectivity it cannot be reached across waves"
        )),
        "{why:?}"
    );
    assert!(
        why.contains(&("Wiki", "the business couples them (tag “Intranet”)")),
        "{why:?}"
    );
    assert!(
        !why.iter().any(|(name, _)| *name == "Reports"),
        "a soft dependency does not bind"
    );

    // With hybrid connectivity a hard dependency may move earlier: it no longer binds.
    b.answer(HYBRID_NETWORK, "ready");
    let analysis = Analysis::of(&b.plan);
    let found = neighbourhood(&b.plan, &analysis.waves, portal);
    assert!(
        !found.moves_with.iter().any(|m| m.workload == database),
        "{:?}",
        found.moves_with
    );
}
