//! Baselines and progress on small plans: what moved and why, what slipped, what was added or
//! removed since a baseline, and the burn-up's counts. Baselines are waveplan's own (CAF asks
//! to track each workload to its definition of done; the stages are `staging`'s).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::{name, Builder};
use waveplan::domain::analysis::Analysis;
use waveplan::domain::asset::ReplicationStatus;
use waveplan::domain::calendar::Day;
use waveplan::domain::export::progress::progress_markdown;
use waveplan::domain::persist::{from_json, to_json};
use waveplan::domain::plan::Action;
use waveplan::domain::progress::{baseline_of, burn_ups, compare, WaveChanges};
use waveplan::domain::workload::WorkloadId;

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

/// Two workloads in wave 1, one in wave 2 (a first wave of two, no buffer).
fn three_workloads() -> (Builder, [WorkloadId; 3]) {
    let mut b = Builder::new();
    b.settings(|s| {
        s.buffer_percent = 0.0;
        s.ramp.first_wave_workloads = 2;
    });
    let ids = ["Intranet", "Wiki", "Payroll"].map(|n| b.simple(n).0);
    (b, ids)
}

fn save(b: &mut Builder, called: &str, on: &str) {
    let analysis = Analysis::of(&b.plan);
    let baseline = baseline_of(name(called), day(on), &b.plan, &analysis);
    b.plan.apply(Action::SaveBaseline(baseline)).unwrap();
}

fn changes(b: &Builder) -> Vec<WaveChanges> {
    let analysis = Analysis::of(&b.plan);
    compare(&b.plan.baselines()[0], &b.plan, &analysis.waves)
}

#[test]
fn a_longer_sprint_slips_every_wave_by_the_difference() {
    let (mut b, _) = three_workloads();
    save(&mut b, "Committed", "2026-12-01");
    assert!(
        changes(&b).iter().all(WaveChanges::is_empty),
        "nothing changed yet"
    );
    b.settings(|s| s.sprint_days = 21);
    let found = changes(&b);
    // Waves of 2 sprints: 28 days become 42; wave 1 ends 14 days later, wave 2 28 days later.
    let slipped: Vec<Option<i64>> = found.iter().map(WaveChanges::slipped_days).collect();
    assert_eq!(slipped, [Some(14), Some(28)]);
    let markdown = progress_markdown("Plan", &b.plan.baselines()[0], &found, &[]);
    assert!(
        markdown
            .contains("### Wave 1: ends 2027-02-14, 14 days later than the baseline's 2027-01-31"),
        "{markdown}"
    );
}

#[test]
fn moved_added_and_removed_workloads_are_named_with_the_reason() {
    let (mut b, [intranet, wiki, payroll]) = three_workloads();
    save(&mut b, "Committed", "2026-12-01");
    b.change(intranet, |w| w.pinned_wave = Some(2));
    b.plan.apply(Action::RemoveWorkload(wiki)).unwrap();
    let (added, _) = b.simple("Billing");
    let found = changes(&b);
    let wave = |n: u32| found.iter().find(|c| c.wave == n).unwrap();
    let out = &wave(1).moved_out;
    assert_eq!(out.len(), 1);
    assert_eq!(
        (out[0].name.as_str(), out[0].from, out[0].to),
        ("Intranet", Some(1), Some(2))
    );
    assert_eq!(out[0].why, "Pinned here");
    assert_eq!(wave(2).moved_in, out.clone());
    assert_eq!(wave(1).removed, ["Wiki"]);
    let billing_wave = Analysis::of(&b.plan).waves.wave_of(added).unwrap();
    assert_eq!(wave(billing_wave).added, ["Billing"]);
    // Payroll moved up to wave 1, where room was freed; its reason says why it is there.
    assert_eq!(Analysis::of(&b.plan).waves.wave_of(payroll), Some(1));
    let payroll_in = wave(1)
        .moved_in
        .iter()
        .find(|m| m.name == "Payroll")
        .unwrap();
    assert_eq!(
        (payroll_in.from, payroll_in.why.as_str()),
        (Some(2), "First wave with room, by priority")
    );
}

#[test]
fn the_burn_up_counts_workloads_that_reached_each_stage_at_each_baseline_and_today() {
    let (mut b, [intranet, ..]) = three_workloads();
    save(&mut b, "Start", "2026-12-01");
    let vm = b.plan.assets_of(intranet).next().unwrap().id;
    b.plan
        .apply(Action::SetReplicationStatus {
            asset: vm,
            status: ReplicationStatus::Replicating,
        })
        .unwrap();
    save(&mut b, "Week 2", "2026-12-08");
    let analysis = Analysis::of(&b.plan);
    let charts = burn_ups(
        &b.plan,
        &analysis,
        &b.plan.baselines()[0],
        day("2026-12-10"),
    );
    let first = &charts[0];
    assert_eq!((first.wave, first.scope), (1, 2));
    let labels: Vec<&str> = first.points.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["Start", "Week 2", "Today"]);
    // reached[i]: at stage i or later (0 not started … 2 replicating … 5 promoted).
    assert_eq!(first.points[0].reached, [2, 0, 0, 0, 0, 0]);
    assert_eq!(first.points[1].reached, [2, 1, 1, 0, 0, 0]);
    assert_eq!(first.points[2].reached, [2, 1, 1, 0, 0, 0]);
    assert_eq!(first.baseline_days, first.planned_days);
}

#[test]
fn baselines_are_saved_with_the_plan_replaced_by_name_and_capped() {
    let (mut b, _) = three_workloads();
    save(&mut b, "Committed", "2026-12-01");
    save(&mut b, "committed", "2026-12-02");
    assert_eq!(
        b.plan.baselines().len(),
        1,
        "the same name (any case) replaces"
    );
    assert_eq!(b.plan.baselines()[0].saved_on, day("2026-12-02"));
    let json = to_json(&b.plan);
    assert_eq!(from_json(&json).unwrap().baselines(), b.plan.baselines());
    for n in 1..20 {
        save(&mut b, &format!("Week {n}"), "2026-12-03");
    }
    let analysis = Analysis::of(&b.plan);
    let one_more = baseline_of(name("Week 20"), day("2026-12-04"), &b.plan, &analysis);
    assert_eq!(
        b.plan
            .clone()
            .apply(Action::SaveBaseline(one_more))
            .unwrap_err()
            .to_string(),
        "a plan keeps at most 20 baselines; remove one first"
    );
    assert!(b.plan.apply(Action::RemoveBaseline(name("week 3"))).is_ok());
    assert!(b
        .plan
        .apply(Action::RemoveBaseline(name("week 3")))
        .is_err());
    let twice = json.replacen("\"number\": 1,", "\"number\": 2,", 1);
    assert!(from_json(&twice)
        .unwrap_err()
        .to_string()
        .contains("is not consistent"));
}
