//! Suggested workloads on a large estate: 10,000 unassigned servers in about 1,000
//! applications (most named by a stem, some by nothing), a dozen shared servers, and 100,000
//! rows of observed traffic (`domain::synthetic::inventory`, the same plan the in-browser
//! measure uses). Run with `cargo bench --bench suggest_workloads`; the README quotes it.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::time::Instant;
    use waveplan::domain::grouping::suggest;
    use waveplan::domain::synthetic::inventory;

    let plan = inventory(2027, 10_000, 100_000);
    let mut times = Vec::new();
    let mut proposals = 0;
    let mut shared = 0;
    for _ in 0..7 {
        let started = Instant::now();
        let suggestions = suggest(&plan);
        times.push(started.elapsed().as_secs_f64() * 1_000.0);
        proposals = suggestions.proposals.len();
        shared = suggestions
            .proposals
            .iter()
            .filter(|p| p.shared_services)
            .map(|p| p.assets.len())
            .sum();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "suggest workloads for {} servers, {} dependencies (100,000 traffic rows): median {:.0} ms, min {:.0} ms (7 runs); {proposals} groups, {shared} shared servers",
        plan.assets().len(),
        plan.dependencies().len(),
        times[3],
        times[0]
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
