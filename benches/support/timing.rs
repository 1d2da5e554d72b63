//! The one timing rule the benchmarks share: run the work `runs` times, report the median in
//! milliseconds (the result is kept from the optimiser, so the work is really done).

use std::time::Instant;

pub fn median_ms<T>(runs: usize, mut work: impl FnMut() -> T) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(work());
            started.elapsed().as_secs_f64() * 1_000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
