//! Wave planner benchmark: seeded synthetic plans of 1,000 / 10,000 / 50,000 workloads with
//! about ten dependency edges each, planned end to end (remediation decisions, move groups,
//! ordering, packing, replication and findings), and the whole analysis a change in the app
//! waits for (`Analysis::of`: readiness, decisions, waves, staging checklists). Run with
//! `cargo bench --bench plan_waves`; the README quotes its output.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::time::Instant;
    use waveplan::domain::analysis::Analysis;
    use waveplan::domain::synthetic::generate;
    use waveplan::domain::waves::plan_waves;

    fn median(mut times: Vec<f64>) -> (f64, f64) {
        times.sort_by(f64::total_cmp);
        (times[times.len() / 2], times[0])
    }

    const SEED: u64 = 2027;
    println!(
        "{:>9} {:>9} {:>10} {:>8} {:>10} {:>10} {:>12} {:>13}",
        "workloads",
        "assets",
        "edges",
        "waves",
        "median ms",
        "min ms",
        "µs/workload",
        "analysis ms"
    );
    for (workloads, runs) in [(1_000u32, 21usize), (10_000, 11), (50_000, 5)] {
        let plan = generate(SEED, workloads, 10);
        let mut times = Vec::with_capacity(runs);
        let mut waves = 0;
        for _ in 0..runs {
            let started = Instant::now();
            let planned = plan_waves(&plan);
            times.push(started.elapsed().as_secs_f64() * 1_000.0);
            waves = planned.waves.len();
            std::hint::black_box(planned);
        }
        let (median_ms, min_ms) = median(times);
        let analysis_times = (0..runs)
            .map(|_| {
                let started = Instant::now();
                std::hint::black_box(Analysis::of(&plan));
                started.elapsed().as_secs_f64() * 1_000.0
            })
            .collect();
        let (analysis_ms, _) = median(analysis_times);
        println!(
            "{:>9} {:>9} {:>10} {:>8} {:>10.1} {:>10.1} {:>12.2} {:>13.1}",
            workloads,
            plan.assets().len(),
            plan.dependencies().len(),
            waves,
            median_ms,
            min_ms,
            median_ms * 1_000.0 / f64::from(workloads),
            analysis_ms
        );
    }
    waves_that_fill_by_assets();
}

/// Workloads of 13 assets each and no dependencies, default capacity (6 workloads, 48 assets
/// a wave after the buffer): three fit a wave, whose free slots then never take a fourth.
/// First fit must look past every such wave; this shows what that costs.
#[cfg(not(target_arch = "wasm32"))]
fn waves_that_fill_by_assets() {
    use std::time::Instant;
    use waveplan::domain::asset::{Asset, AssetId, AssetKind};
    use waveplan::domain::name::Name;
    use waveplan::domain::plan::{Action, Plan};
    use waveplan::domain::waves::plan_waves;
    use waveplan::domain::workload::{Workload, WorkloadId};

    println!("workloads of 13 assets, waves that fill by assets before their slots:");
    for workloads in [5_000u32, 50_000] {
        let mut actions = Vec::new();
        for w in 1..=workloads {
            let name = Name::parse(&format!("W{w}")).expect("valid name");
            actions.push(Action::AddWorkload(Workload::new(WorkloadId(w), name)));
            for a in 0..13 {
                let id = (w - 1) * 13 + a + 1;
                let name = Name::parse(&format!("a{id}")).expect("valid name");
                let mut asset = Asset::new(AssetId(id), AssetKind::VirtualMachine, name);
                asset.workload = Some(WorkloadId(w));
                actions.push(Action::AddAsset(asset));
            }
        }
        let mut plan = Plan::default();
        plan.apply(Action::Batch(actions)).expect("valid plan");
        let mut times: Vec<f64> = Vec::new();
        let mut waves = 0;
        for _ in 0..5 {
            let started = Instant::now();
            waves = plan_waves(&plan).waves.len();
            times.push(started.elapsed().as_secs_f64() * 1_000.0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{workloads:>9} workloads: {waves} waves, median {:.1} ms",
            times[2]
        );
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
