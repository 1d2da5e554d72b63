//! Benchmark placeholder replaced by the wave planner benchmark (issue 3).
fn main() {}
