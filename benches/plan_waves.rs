//! Wave planner benchmark: seeded synthetic plans of 1,000 / 10,000 / 50,000 workloads with
//! about ten dependency edges each, planned end to end (remediation decisions, move groups,
//! ordering, packing, replication and findings). Run with `cargo bench --bench plan_waves`;
//! the README quotes its output.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::time::Instant;
    use waveplan::domain::synthetic::generate;
    use waveplan::domain::waves::plan_waves;

    const SEED: u64 = 2027;
    println!(
        "{:>9} {:>9} {:>10} {:>8} {:>10} {:>10} {:>12}",
        "workloads", "assets", "edges", "waves", "median ms", "min ms", "µs/workload"
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
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        println!(
            "{:>9} {:>9} {:>10} {:>8} {:>10.1} {:>10.1} {:>12.2}",
            workloads,
            plan.assets().len(),
            plan.dependencies().len(),
            waves,
            median,
            times[0],
            median * 1_000.0 / f64::from(workloads)
        );
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
