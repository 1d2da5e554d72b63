//! Merging a teammate's copy (issue 15): the smallest plans that show each rule of the
//! three-way merge — one side's change applies, a record both changed is one conflict shown
//! field by field, a clash needs a pick, both sides' new records keep both, a second merge of
//! the same copy changes nothing.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::name;
use waveplan::domain::asset::{Asset, AssetKind};
use waveplan::domain::example::example_plan;
use waveplan::domain::lineage::Lineage;
use waveplan::domain::merge::{fingerprint, merge, Group, Side};
use waveplan::domain::plan::{Action, Plan};
use waveplan::domain::workload::Workload;

fn payroll(plan: &Plan) -> Workload {
    plan.workloads()
        .find(|w| w.name.as_str() == "Payroll")
        .cloned()
        .expect("the example has Payroll")
}

fn changed(plan: &Plan, action: Action) -> Plan {
    let mut next = plan.clone();
    next.apply(action).expect("a valid change");
    next
}

/// `plan` with a new VM in the example's Payroll workload (found by id: it may be renamed).
fn add_asset(plan: &Plan, text: &str) -> Plan {
    let mut asset = Asset::new(plan.next_asset_id(), AssetKind::VirtualMachine, name(text));
    asset.workload = Some(payroll(&example_plan()).id);
    changed(plan, Action::AddAsset(asset))
}

/// The scenario: you rename Payroll and add an asset; they change a setting and
/// Payroll's business owner.
fn both_sides() -> (Plan, Plan, Plan) {
    let base = example_plan();
    let mut renamed = payroll(&base);
    renamed.name = name("Payroll EU");
    let ours = add_asset(
        &changed(&base, Action::UpdateWorkload(renamed)),
        "pay-web-09",
    );
    let mut settings = base.settings().clone();
    settings.sprint_days = 21;
    let mut owned = payroll(&base);
    owned.business_owner = "Finance operations".into();
    let theirs = changed(
        &changed(&base, Action::UpdateSettings(settings)),
        Action::UpdateWorkload(owned),
    );
    (base, ours, theirs)
}

#[test]
fn a_workload_both_changed_is_one_conflict_and_the_result_holds_both_sets_of_changes() {
    let (base, ours, theirs) = both_sides();
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1, "{:#?}", merged.conflicts);
    let conflict = &merged.conflicts[0];
    assert_eq!(conflict.title, "Workload “Payroll EU”");
    let fields: Vec<(&str, Side, bool)> = conflict
        .fields
        .iter()
        .map(|f| (f.field.as_str(), f.default_side(), f.clashes()))
        .collect();
    assert_eq!(
        fields,
        vec![
            ("business_owner", Side::Theirs, false),
            ("name", Side::Ours, false)
        ]
    );
    assert_eq!(merged.taken.get(&Group::Settings), Some(&1));
    assert_eq!(
        conflict.fields[1].said(),
        "You changed name to “Payroll EU”; they did not."
    );
    assert_eq!(
        conflict.fields[0].said(),
        "They changed business owner to “Finance operations”; you did not."
    );

    let result = merged
        .resolve(&merged.default_picks())
        .expect("a valid plan")
        .0;
    let workload = result
        .workloads()
        .find(|w| w.id == payroll(&base).id)
        .expect("Payroll is there");
    assert_eq!(workload.name.as_str(), "Payroll EU");
    assert_eq!(workload.business_owner, "Finance operations");
    assert_eq!(result.settings().sprint_days, 21);
    assert!(result.assets().any(|a| a.name.as_str() == "pay-web-09"));
}

#[test]
fn merging_the_same_copy_again_changes_nothing() {
    let (base, ours, theirs) = both_sides();
    let once = merge(&base, &ours, &theirs);
    let result = once.resolve(&once.default_picks()).expect("a valid plan").0;
    // After a merge their copy is the newest version both hold: it is the next base.
    let again = merge(&theirs, &result, &theirs);
    assert!(again.is_empty(), "{again:#?}");
    assert_eq!(again.resolve(&[]).expect("valid").0, result);
}

#[test]
fn a_field_both_changed_differently_is_a_clash_the_person_settles() {
    let base = example_plan();
    let owner = |text: &str| {
        let mut workload = payroll(&base);
        workload.business_owner = text.into();
        changed(&base, Action::UpdateWorkload(workload))
    };
    let (ours, theirs) = (owner("Human resources"), owner("Group finance"));
    let merged = merge(&base, &ours, &theirs);
    let field = &merged.conflicts[0].fields[0];
    assert!(field.clashes());
    assert_eq!(field.default_side(), Side::Ours, "yours until you pick");
    let picked = merged.resolve(&[vec![Side::Theirs]]).expect("valid").0;
    assert_eq!(payroll(&picked).business_owner, "Group finance");
    let kept = merged.resolve(&merged.default_picks()).expect("valid").0;
    assert_eq!(payroll(&kept).business_owner, "Human resources");
}

#[test]
fn assets_both_sides_added_under_one_id_are_both_kept() {
    let base = example_plan();
    let (ours, theirs) = (
        add_asset(&base, "pay-web-09"),
        add_asset(&base, "pay-api-09"),
    );
    assert_eq!(
        ours.next_asset_id(),
        theirs.next_asset_id(),
        "the same new id"
    );
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:#?}", merged.conflicts);
    let result = merged.resolve(&[]).expect("valid").0;
    assert_eq!(result.assets().len(), base.assets().len() + 2);
}

#[test]
fn a_record_one_side_deleted_and_the_other_changed_is_a_conflict_about_the_whole_record() {
    let base = example_plan();
    let gone = changed(&base, Action::RemoveWorkload(payroll(&base).id));
    let mut edited = payroll(&base);
    edited.technical_owner = "Ops".into();
    let theirs = changed(&base, Action::UpdateWorkload(edited));
    let merged = merge(&base, &gone, &theirs);
    let conflict = merged
        .conflicts
        .iter()
        .find(|c| c.group == Group::Workloads)
        .expect("the workload conflicts");
    assert_eq!(conflict.fields.len(), 1);
    assert_eq!(conflict.fields[0].label(), "the whole record");
    assert!(conflict.fields[0].ours.is_none());
}

#[test]
fn a_marker_ignores_the_lineage_and_follows_the_content() {
    let plan = example_plan();
    let marked = plan
        .clone()
        .with_lineage(Lineage {
            id: "team".into(),
            history: vec!["abc".into()],
        })
        .expect("a valid lineage");
    assert_eq!(fingerprint(&plan), fingerprint(&marked));
    assert_ne!(
        fingerprint(&plan),
        fingerprint(&add_asset(&plan, "pay-web-09"))
    );
}

fn handed_over(plan: &Plan, id: &str, markers: &[&str]) -> Plan {
    plan.clone()
        .with_lineage(Lineage {
            id: id.into(),
            history: markers.iter().map(|m| (*m).to_owned()).collect(),
        })
        .expect("a valid lineage")
}

#[test]
fn a_copy_merges_against_the_newest_version_both_hold_and_another_plan_is_refused() {
    use waveplan::domain::merge::{prepare, MergeRefusal};
    let (base, ours, theirs) = both_sides();
    let m0 = fingerprint(&base);
    let ours = handed_over(&ours, "team", &[&m0]);
    let theirs = handed_over(&theirs, "team", &[&m0, "m1"]);
    let kept = |marker: &str| (marker == m0).then(|| base.clone());
    let merged = prepare(&ours, &theirs, kept).expect("a copy of this plan");
    assert_eq!(merged.conflicts.len(), 1);
    let result = merged.resolve(&merged.default_picks()).expect("valid").0;
    // Their markers join ours, and so does their copy as merged (kept for the next merge).
    assert_eq!(
        result.lineage().history,
        vec![m0.clone(), "m1".to_owned(), fingerprint(&theirs)]
    );

    let stranger = handed_over(&theirs, "another plan", &[&m0]);
    assert_eq!(
        prepare(&ours, &stranger, kept).map(|_| ()),
        Err(MergeRefusal::NotACopy)
    );
    assert_eq!(
        prepare(&ours, &theirs, |_| None).map(|_| ()),
        Err(MergeRefusal::NoCommonVersion)
    );
}

#[test]
fn an_asset_added_to_a_workload_the_other_side_deleted_is_kept_unassigned_and_said() {
    let base = example_plan();
    let ours = add_asset(&base, "pay-web-09");
    let theirs = changed(&base, Action::RemoveWorkload(payroll(&base).id));
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:#?}", merged.conflicts);
    let (result, notes) = merged.resolve(&[]).expect("a whole plan, not a refusal");
    let asset = result
        .assets()
        .find(|a| a.name.as_str() == "pay-web-09")
        .expect("your new asset is kept");
    assert_eq!(asset.workload, None);
    assert!(result.workloads().all(|w| w.name.as_str() != "Payroll"));
    assert_eq!(
        notes,
        vec!["asset “pay-web-09” is unassigned: its workload was deleted".to_owned()]
    );
}

#[test]
fn a_shared_version_this_browser_no_longer_holds_is_passed_over_for_an_older_one() {
    use waveplan::domain::merge::prepare;
    let (base, ours, theirs) = both_sides();
    let m0 = fingerprint(&base);
    // "gone" is shared and newer, but no longer kept here: the merge falls back to m0.
    let ours = handed_over(&ours, "team", &[&m0, "gone"]);
    let theirs = handed_over(&theirs, "team", &[&m0, "gone", "m1"]);
    let kept = |marker: &str| (marker == m0).then(|| base.clone());
    let merged = prepare(&ours, &theirs, kept).expect("merged against m0");
    assert_eq!(
        merged.conflicts.len(),
        1,
        "the same merge as against the base"
    );
}

/// A conflict's fields read as words: a cut-over window as a window, not JSON, and the same
/// change on both sides as one change.
#[test]
fn a_conflicts_values_read_as_words() {
    use serde_json::json;
    use waveplan::domain::merge::{shown, FieldChange};
    let window = |day: &str| json!({ "day": day, "hours": 4, "start": "22:00" });
    let change = FieldChange {
        field: "cutover_window".into(),
        base: None,
        ours: Some(window("2027-01-20")),
        theirs: Some(window("2027-01-22")),
    };
    assert_eq!(
        shown(change.theirs.as_ref()),
        "2027-01-22 from 22:00 for 4 h"
    );
    assert_eq!(
        change.said(),
        "You changed cut-over window to “2027-01-20 from 22:00 for 4 h”; they changed cut-over window to “2027-01-22 from 22:00 for 4 h”."
    );
    let same = FieldChange {
        field: "cutover".into(),
        base: None,
        ours: Some(json!("downtime")),
        theirs: Some(json!("downtime")),
    };
    assert!(!same.clashes());
    assert_eq!(same.said(), "You both changed cut-over to “downtime”.");
    assert_eq!(shown(Some(&json!(["a", "b"]))), "a; b");
}

/// The helper's case: they ticked a workload's cut-over (which pinned it to the wave it moved
/// in, 2) while you pinned it to wave 3. The pin goes with the cut-over unless you pick yours:
/// the merge kept "yours: 3" and cut a migration that happened over in a wave it did not.
#[test]
fn a_cut_over_from_their_side_brings_its_pin_and_reads_as_its_label() {
    use waveplan::domain::staging::tick;
    use waveplan::domain::workload::Checkpoint;
    let base = example_plan();
    let portal = base
        .workloads()
        .find(|w| w.name.as_str() == "Intranet portal")
        .cloned()
        .unwrap();
    let ours = changed(
        &base,
        Action::PinWorkload {
            workload: portal.id,
            wave: Some(3),
        },
    );
    let theirs = changed(&base, tick(&portal, Checkpoint::CutOver, true, Some(2)));
    let merged = merge(&base, &ours, &theirs);
    let conflict = &merged.conflicts[0];
    let at = |field: &str| {
        conflict
            .fields
            .iter()
            .position(|f| f.field == field)
            .unwrap()
    };
    assert_eq!(conflict.default_side(at("pinned_wave")), Side::Theirs);
    assert_eq!(
        conflict.fields[at("checkpoints")].said(),
        "They ticked “DNS/IP cut-over done”; you did not."
    );
    let kept = merged.resolve(&merged.default_picks()).expect("valid").0;
    let portal = kept.workload(portal.id).unwrap();
    assert!(portal.has(Checkpoint::CutOver));
    assert_eq!(portal.pinned_wave, Some(2));
}
