//! Baselines on a large plan: taking one, comparing the plan with it after the sprint length
//! changed (every workload's wave moves), and the burn-ups of every wave. Run with
//! `cargo bench --bench baseline_compare` (issue 14's goal: a comparison of 10,000 workloads
//! under 50 ms native).

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/timing.rs"]
mod timing;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use timing::median_ms as time;
    use waveplan::domain::analysis::Analysis;
    use waveplan::domain::calendar::Day;
    use waveplan::domain::plan::Action;
    use waveplan::domain::progress::{baseline_of, burn_ups, compare};
    use waveplan::domain::synthetic::many_waves;

    println!("workloads waves   baseline ms   compare ms   burn-ups ms   (medians of 11)");
    for (workloads, waves) in [(2_000u32, 200u32), (10_000, 1_000)] {
        let mut plan = many_waves(2027, workloads, waves);
        let before = Analysis::of(&plan);
        let today = Day::parse("2027-06-01").unwrap();
        let taking = time(11, || {
            baseline_of(
                waveplan::domain::name::Name::parse("B").unwrap(),
                today,
                &plan,
                &before,
            )
        });
        let mut settings = plan.settings().clone();
        settings.sprint_days = 8;
        plan.apply(Action::UpdateSettings(settings)).unwrap();
        let after = Analysis::of(&plan);
        let baseline = &plan.baselines()[0];
        let changed = compare(baseline, &plan, &after.waves);
        let comparing = time(11, || compare(baseline, &plan, &after.waves));
        let charting = time(11, || burn_ups(&plan, &after, baseline, today));
        println!(
            "{workloads:>9} {:>5} {taking:>13.2} {comparing:>12.2} {charting:>13.2}   ({} waves changed)",
            after.waves.waves.len(),
            changed.iter().filter(|c| !c.is_empty()).count()
        );
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
