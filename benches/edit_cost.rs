//! What one edit costs on a large plan, part by part: cloning the plan (undo keeps the old
//! one), applying the change, and each part of the analysis the pages then read. Run with
//! `cargo bench --bench edit_cost`; it says where the time of "save one workload edit" goes.

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/timing.rs"]
mod timing;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use timing::median_ms as time;
    use waveplan::domain::analysis::Analysis;
    use waveplan::domain::plan::Action;
    use waveplan::domain::synthetic::generate;

    for workloads in [5_000u32, 10_000] {
        let plan = generate(2027, workloads, 10);
        let runs = 11;
        let mut edited = plan.workloads().next().unwrap().clone();
        edited.description.push_str(" renamed in a workshop");
        let readiness = waveplan::domain::readiness::assess(plan.questions(), plan.answers());
        let decisions = waveplan::domain::remediation::decide_all(&plan);
        let waves = waveplan::domain::waves::plan_waves_with(&plan, &decisions);
        let lists = waveplan::domain::staging::checklists(&plan, &waves);
        let parts = [
            ("clone the plan", time(runs, || plan.clone())),
            (
                "apply the edit (to a clone)",
                time(runs, || {
                    let mut copy = plan.clone();
                    copy.apply(Action::UpdateWorkload(edited.clone())).unwrap();
                    copy
                }),
            ),
            (
                "readiness",
                time(runs, || {
                    waveplan::domain::readiness::assess(plan.questions(), plan.answers())
                }),
            ),
            (
                "remediation decisions",
                time(runs, || waveplan::domain::remediation::decide_all(&plan)),
            ),
            (
                "waves",
                time(runs, || {
                    waveplan::domain::waves::plan_waves_with(&plan, &decisions)
                }),
            ),
            (
                "staging checklists",
                time(runs, || {
                    waveplan::domain::staging::checklists(&plan, &waves)
                }),
            ),
            (
                "staging findings",
                time(runs, || waveplan::domain::staging::findings(&plan, &lists)),
            ),
            (
                "blockers",
                time(runs, || {
                    waveplan::domain::blockers::find(&plan, &readiness, &decisions, &waves)
                }),
            ),
            ("the whole analysis", time(runs, || Analysis::of(&plan))),
            (
                "the editor's reads after it",
                time(runs, || {
                    // What the open editor reads of the edited plan: its assets, its
                    // dependencies and its neighbourhood (the index is kept across the edit).
                    let mut copy = plan.clone();
                    copy.apply(Action::UpdateWorkload(edited.clone())).unwrap();
                    let assets = copy.assets_of(edited.id).count();
                    let touching = copy.dependencies_touching(edited.id).len();
                    let around =
                        waveplan::domain::neighbourhood::neighbourhood(&copy, &waves, edited.id);
                    (assets, touching, around)
                }),
            ),
        ];
        println!(
            "{workloads} workloads, {} assets, {} dependencies (median of {runs}):",
            plan.assets().len(),
            plan.dependencies().len()
        );
        for (part, ms) in parts {
            println!("  {part:<28} {ms:>8.2} ms");
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
