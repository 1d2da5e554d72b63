//! The printable plan: only in print (see `@media print` in static/app.css). It opens with an
//! executive summary (plan, date, waves at a glance, readiness, what is blocked, top risks) for
//! the people who read one page, then one page per wave. Rendered only while printing, so
//! large plans cost nothing on screen.

use yew::prelude::*;

use crate::domain::overview::overview;
use crate::domain::quantity::{counted, format_amount, format_count};
use crate::domain::replication::plan_asset;
use crate::ui::state::{AnalysisContext, PlanContext};

/// A plain function of the plan and its analysis: it keeps no state.
pub fn print_view(state: &PlanContext, analysis: &AnalysisContext) -> Html {
    let (plan, analysis) = (&state.plan, &analysis.0);
    html! {
        <div class="print-only print-view">
            <h1>{ format!("Staging plan: {}", plan.name()) }</h1>
            { executive_summary(state, analysis) }
            { for analysis.waves.waves.iter().map(|wave| html! {
                <section class="print-wave">
                    <h2>{ format!("Wave {} ({} – {})", wave.number, wave.days.from(), wave.days.to()) }</h2>
                    <p>{ wave.replication.summary() }</p>
                    <table class="table">
                        <thead><tr>
                            <th scope="col">{ "Workload" }</th><th scope="col">{ "Environment" }</th>
                            <th scope="col">{ "Remediation" }</th><th scope="col">{ "Assets" }</th>
                            <th scope="col">{ "Replication (h)" }</th><th scope="col">{ "Done" }</th>
                        </tr></thead>
                        <tbody>
                            { for wave.workloads.iter().filter_map(|id| plan.workload(*id)).map(|workload| {
                                let assets: Vec<_> = plan.assets_of(workload.id).collect();
                                let replication: f64 = assets.iter().map(|a| plan_asset(a, plan.settings()).hours).sum();
                                let mode = analysis.decisions.get(&workload.id).map_or("", |d| d.mode.label());
                                let done = analysis.checklists.get(&workload.id).is_some_and(|c| c.is_done());
                                html! { <tr>
                                    <td>{ workload.name.as_str() }</td><td>{ workload.environment.label() }</td>
                                    <td>{ mode }</td><td>{ assets.len() }</td><td>{ format_amount(replication) }</td>
                                    <td>{ if done { "Done" } else { "Not done" } }</td>
                                </tr> }
                            }) }
                        </tbody>
                    </table>
                </section>
            }) }
            <section class="print-wave">
                <h2>{ "Findings" }</h2>
                <ul>{ for analysis.findings.iter().map(|f| html! { <li>{ format!("{}: {} {}", f.severity, f.what, f.fix) }</li> }) }</ul>
            </section>
        </div>
    }
}

/// The first page: what a sponsor reads.
fn executive_summary(state: &PlanContext, analysis: &crate::domain::analysis::Analysis) -> Html {
    let plan = &state.plan;
    let view = overview(plan, analysis);
    let printed = crate::browser::clock::local_stamp(crate::browser::clock::now_millis());
    let name = |id| plan.workload(id).map_or("?", |w| w.name.as_str());
    html! {
        <section class="print-summary" aria-label="Executive summary">
            <p>{ format!("Printed {printed}. {} moving, {} staged and ready for business testing, {} in no wave.",
                counted(view.moving, "workload", "workloads"), view.done, view.in_no_wave) }</p>
            <h2>{ "Waves at a glance" }</h2>
            <table class="table">
                <thead><tr>
                    <th scope="col">{ "Wave" }</th><th scope="col">{ "Dates" }</th><th scope="col">{ "Workloads" }</th>
                    <th scope="col">{ "Capacity" }</th><th scope="col">{ "Done" }</th>
                </tr></thead>
                <tbody>
                    { for view.waves.iter().map(|w| html! { <tr>
                        <td>{ w.number }</td><td>{ format!("{} – {}", w.days.from(), w.days.to()) }</td>
                        <td>{ w.workloads }</td>
                        <td>{ if w.blackout.is_some() { "blackout: only pinned workloads".to_owned() } else { w.capacity.to_string() } }</td>
                        <td>{ w.done }</td>
                    </tr> }) }
                </tbody>
            </table>
            <h2>{ "Readiness" }</h2>
            <p>{ format!("{}: {} of {} questions answered. {}", view.readiness, view.answered, view.questions, analysis.readiness.reason) }</p>
            <h2>{ format!("Blocked ({})", format_count(view.blocked.len())) }</h2>
            if view.blocked.is_empty() { <p>{ "Nothing blocks a workload." }</p> }
            <ul>{ for view.blocked.iter().map(|(id, found)| html! {
                <li>{ format!("{}: {}", name(*id), found.iter().map(|b| b.label()).collect::<Vec<_>>().join(", ")) }</li>
            }) }</ul>
            <h2>{ "Top risks" }</h2>
            if view.top_risks.is_empty() { <p>{ "No blocker or warning." }</p> }
            <ul>{ for view.top_risks.iter().map(|f| html! { <li>{ format!("{}: {} Fix: {}", f.severity, f.what, f.fix) }</li> }) }</ul>
            <p>{ format!("Next: {}", view.next.describe()) }</p>
        </section>
    }
}
