//! The printable plan: only in print (see `@media print` in static/app.css), one page per
//! wave. Rendered only while printing, so large plans cost nothing on screen.

use yew::prelude::*;

use crate::domain::quantity::format_amount;
use crate::domain::replication::plan_asset;
use crate::ui::state::{AnalysisContext, PlanContext};

/// A plain function of the plan and its analysis: it keeps no state.
pub fn print_view(state: &PlanContext, analysis: &AnalysisContext) -> Html {
    let (plan, analysis) = (&state.plan, &analysis.0);
    html! {
        <div class="print-only print-view">
            <h1>{ format!("Staging plan: {}", plan.name()) }</h1>
            <p>{ format!("Readiness: {}. {}", analysis.readiness.level, analysis.readiness.reason) }</p>
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
