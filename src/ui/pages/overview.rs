//! The overview on Start once a plan has something in it: the next step, each wave with its
//! dates, capacity and done count, what blocks which workload, readiness and the top risks. A
//! view of `domain::overview`; every number comes from the shared analysis.

use yew::prelude::*;

use crate::domain::overview::{capacity_or_blackout, overview, NextStep, Overview};
use crate::domain::plan::Plan;
use crate::domain::quantity::{counted, format_count};
use crate::domain::readiness::ReadinessLevel;
use crate::ui::components::badge::{badge, severity_tone};
use crate::ui::route::Route;
use crate::ui::state::{AnalysisContext, PlanContext};

/// Waves and blocked workloads listed before "… and N more".
const WAVES_SHOWN: usize = 8;
const BLOCKED_SHOWN: usize = 10;

fn next_step_link(step: NextStep) -> (Route, &'static str) {
    match step {
        NextStep::AddWorkloads => (Route::Workloads, "Add workloads"),
        NextStep::GroupInventory { .. } => (Route::Inventory, "Group them on the Inventory page"),
        NextStep::AnswerReadiness { .. } => (Route::Readiness, "Open the readiness questions"),
        NextStep::Unblock { .. } => (Route::Workloads, "See the blocked workloads"),
        NextStep::StageWave { .. } => (Route::Staging, "Open the staging checklists"),
        NextStep::Share => (Route::Export, "Export the staging plan"),
    }
}

fn readiness_tone(level: ReadinessLevel) -> &'static str {
    match level {
        ReadinessLevel::Ready => "ok",
        ReadinessLevel::AtRisk => "warn",
        ReadinessLevel::Blocked => "bad",
    }
}

pub fn overview_panel(state: &PlanContext, analysis: &AnalysisContext) -> Html {
    let plan = &state.plan;
    let view = overview(plan, &analysis.0);
    let (route, action) = next_step_link(view.next);
    html! {
        <>
            <p class="lead">{ view.lead() }</p>
            <div class="banner info next-step" role="status" data-testid="next-step">
                <p><strong>{ "Next: " }</strong>{ view.next.describe() }{ " " }<a href={route.href()}>{ action }</a></p>
            </div>
            <div class="overview-grid">
                { waves_card(&view) }
                { blocked_card(&view, plan) }
                <section class="card" aria-labelledby="overview-readiness">
                    <h2 id="overview-readiness">{ "Readiness" }</h2>
                    <p>{ badge(view.readiness.label(), readiness_tone(view.readiness)) }
                        { format!(" {} of {} questions answered", view.answered, view.questions) }</p>
                    if view.blocking_questions > 0 {
                        <p>{ format!("{} open: every wave is a draft until the team settles them.", counted(view.blocking_questions, "blocking question is", "blocking questions are")) }</p>
                    }
                    <p><a href={Route::Readiness.href()}>{ "Readiness and the workshop" }</a></p>
                </section>
                { risks_card(&view, analysis.0.findings.len()) }
            </div>
        </>
    }
}

/// The waves at a glance, each with how many of its workloads are done.
fn waves_card(view: &Overview) -> Html {
    html! {
        <section class="card" aria-labelledby="overview-waves">
            <h2 id="overview-waves">{ "Waves" }</h2>
            if view.waves.is_empty() { <p>{ "No waves yet." }</p> }
            <ul class="wave-cards">
                { for view.waves.iter().take(WAVES_SHOWN).map(|wave| html! {
                    <li key={wave.number}>
                        <div class="wave-card-head">
                            <strong>{ format!("Wave {}", wave.number) }</strong>
                            <span class="muted">{ format!("{} – {}", wave.days.from(), wave.days.to()) }</span>
                        </div>
                        <div class="muted">{ format!("{} · {} · {} done", counted(wave.workloads, "workload", "workloads"), capacity_or_blackout(wave.capacity, wave.blackout.as_deref()), wave.done) }</div>
                        <progress max={wave.workloads.max(1).to_string()} value={wave.done.to_string()}
                            aria-label={format!("Wave {}: {} of {} done", wave.number, wave.done, wave.workloads)}></progress>
                    </li>
                }) }
            </ul>
            if view.waves.len() > WAVES_SHOWN {
                <p class="muted">{ format!("… and {} more on the ", view.waves.len() - WAVES_SHOWN) }<a href={Route::Waves.href()}>{ "Waves page" }</a>{ "." }</p>
            }
            if view.in_no_wave > 0 {
                <p>{ format!("{} in no wave.", counted(view.in_no_wave, "workload is", "workloads are")) }</p>
            }
        </section>
    }
}

/// The blocked workloads with what blocks each.
fn blocked_card(view: &Overview, plan: &Plan) -> Html {
    let name = |id| plan.workload(id).map_or("?", |w| w.name.as_str());
    html! {
        <section class="card" aria-labelledby="overview-blocked">
            <h2 id="overview-blocked">{ format!("Blocked ({})", format_count(view.blocked.len())) }</h2>
            if view.blocked.is_empty() { <p>{ "Nothing blocks a workload." }</p> }
            <ul class="plain">
                { for view.blocked.iter().take(BLOCKED_SHOWN).map(|(id, blockers)| html! {
                    <li key={id.0}>
                        <span>{ name(*id) }</span>
                        { for blockers.iter().map(|b| html! { <span class="chip bad">{ b.label() }</span> }) }
                    </li>
                }) }
            </ul>
            if view.blocked.len() > BLOCKED_SHOWN {
                <p class="muted">{ format!("… and {} more on the ", view.blocked.len() - BLOCKED_SHOWN) }<a href={Route::Workloads.href()}>{ "Workloads page" }</a>{ "." }</p>
            }
        </section>
    }
}

/// The first blockers and warnings, with a link to all of them.
fn risks_card(view: &Overview, findings: usize) -> Html {
    html! {
        <section class="card" aria-labelledby="overview-risks">
            <h2 id="overview-risks">{ "Top risks" }</h2>
            if view.top_risks.is_empty() { <p>{ "No blocker or warning: every rule is honoured." }</p> }
            <ul class="findings">
                { for view.top_risks.iter().map(|f| html! {
                    <li>{ badge(f.severity.label(), severity_tone(f.severity)) }{ " " }{ &f.what }</li>
                }) }
            </ul>
            if findings > view.top_risks.len() {
                <p><a href={Route::Waves.href()}>{ format!("All {} findings", findings) }</a></p>
            }
        </section>
    }
}
