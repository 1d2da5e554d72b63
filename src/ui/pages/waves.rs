//! Waves: the plan on a timeline, what moved with the last change, the settings (folded away,
//! `components::wave_settings`), the findings, and pinning workloads.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::overview::capacity_or_blackout;
use crate::domain::plan::Action;
use crate::domain::quantity::{counted, format_amount, format_count};
use crate::domain::waves::{blackout_over, dates_moved, join, moves, Wave};
use crate::domain::workload::{Checkpoint, Workload, WorkloadId};
use crate::ui::components::badge::{badge, severity_tone};
use crate::ui::components::fields::option_key;
use crate::ui::components::pager::pager;
use crate::ui::components::timeline::Timeline;
use crate::ui::state::{
    use_plan_and_analysis, AnalysisContext, BeforeLastChange, PlanContext, PlanMsg,
};

/// Waves per page in the list below the timeline.
const WAVES_PER_PAGE: usize = 10;
/// Findings shown before "and N more".
const FINDINGS_SHOWN: usize = 100;

#[function_component(WavesPage)]
pub fn waves_page() -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let before = use_context::<BeforeLastChange>();
    let page = use_state(|| 0usize);
    let settings = state.plan.settings().clone();
    let waves = &analysis.0.waves;
    let wave_count = waves.waves.len();
    let pages = wave_count.div_ceil(WAVES_PER_PAGE).max(1);
    let current = (*page).min(pages - 1);
    let on_page = {
        let page = page.clone();
        Callback::from(move |to| page.set(to))
    };
    html! {
        <section aria-labelledby="waves-title">
            <h1 id="waves-title">{ "Waves" }</h1>
            <p class="lead">{ format!("{} of {} days for {} ({} not in a wave). Change a setting and the waves are planned again at once; \"What moved\" shows the difference.",
                counted(wave_count, "wave", "waves"), settings.wave_days(), counted(state.plan.workloads().len() - waves.held_back.len(), "workload", "workloads"), waves.held_back.len()) }</p>
            <Timeline today={crate::domain::calendar::Day::parse(&crate::browser::clock::today()).ok()} />
            { view_moves(before.as_ref(), &analysis, &state) }
            <crate::ui::components::wave_settings::WaveSettings />
            { findings_card(&analysis) }
            <section aria-labelledby="wave-list-title">
                <h2 id="wave-list-title">{ "Waves and pins" }</h2>
                { for waves.waves.iter().skip(current * WAVES_PER_PAGE).take(WAVES_PER_PAGE).map(|wave| wave_card(&state, &analysis, wave)) }
                { pager(current, pages, &on_page, "Wave pages") }
                if !waves.held_back.is_empty() {
                    <div class="card">
                        <h3>{ "Not in a wave" }</h3>
                        <ul>{ for waves.held_back.iter().map(|h| html! { <li>{ format!("{}: {}", state.plan.workload(h.workload).map_or("?", |w| w.name.as_str()), h.reason) }</li> }) }</ul>
                    </div>
                }
            </section>
        </section>
    }
}

/// One wave: its dates and capacity, what its batch team fixes, and each workload with the
/// reason it is in this wave and its pin list.
fn wave_card(state: &PlanContext, analysis: &AnalysisContext, wave: &Wave) -> Html {
    let plan = &state.plan;
    let waves = &analysis.0.waves;
    let wave_count = waves.waves.len();
    let name_of = |other: WorkloadId| {
        plan.workload(other)
            .map_or_else(String::new, |o| o.name.to_string())
    };
    let workload = |w: &Workload| {
        let id = format!("pin-{}", w.id.0);
        let reason = waves.reason_of(w.id).map(|r| r.describe(name_of));
        // Cut over with its pin: that pin is the wave it moved in (one with none may be given one).
        let cut_over = w.has(Checkpoint::CutOver) && w.pinned_wave.is_some();
        html! { <li key={w.id.0}>
            <label for={id.clone()}>{ w.name.as_str() }</label>
            if let Some(reason) = reason { <span class="chip">{ reason }</span> }
            // Cut over: it moved in this wave, and its pin stays (refused until unticked).
            if cut_over { <span class="chip">{ "Cut over" }</span> }
            <select {id} onchange={on_pin(state, w.id)} aria-label={format!("Wave pin for {}", w.name)} disabled={cut_over}>
                <option value="" selected={w.pinned_wave.is_none()} key={option_key("", w.pinned_wave.is_none())}>{ "Not pinned" }</option>
                { for pin_choices(w.pinned_wave.unwrap_or(wave.number), wave_count).map(|n| html! { <option value={n.to_string()} selected={w.pinned_wave == Some(n)} key={option_key(n, w.pinned_wave == Some(n))}>{ format!("Pin to wave {n}") }</option> }) }
            </select>
        </li> }
    };
    html! {
        <div class="card wave" key={wave.number}>
            <h3>{ format!("Wave {} · {} – {}", wave.number, wave.days.from(), wave.days.to()) }</h3>
            <p class="muted">{ format!("{} · {}{} · {} assets · {} GB · {}", counted(wave.workloads.len(), "workload", "workloads"), capacity_or_blackout(wave.workload_limit, blackout_over(plan, &wave.days).as_deref()), holiday_note(wave.capacity.holiday_share), wave.assets, format_amount(wave.storage_gb), wave.replication.summary()) }</p>
            if !wave.factory_for.is_empty() {
                <p>{ format!("A batch team fixes what the next wave needs: {}", join(wave.factory_for.iter().filter_map(|id| plan.workload(*id)).map(|w| w.name.to_string()))) }</p>
            }
            <ul class="plain">
                { for wave.workloads.iter().filter_map(|id| plan.workload(*id)).map(workload) }
            </ul>
        </div>
    }
}

/// Choosing a wave in a pin list pins the workload there ("Not pinned" removes the pin).
fn on_pin(state: &PlanContext, workload: WorkloadId) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |event: Event| {
        let wave = event
            .target_unchecked_into::<HtmlSelectElement>()
            .value()
            .parse::<u32>()
            .ok();
        let label = wave.map_or("Pin removed".to_owned(), |n| format!("Pinned to wave {n}"));
        state.dispatch(PlanMsg::apply(
            Action::PinWorkload { workload, wave },
            label,
        ));
    })
}

/// Every finding (the first hundred; the Markdown export has them all).
fn findings_card(analysis: &AnalysisContext) -> Html {
    let findings = &analysis.0.findings;
    html! {
        <section class="card" aria-labelledby="findings-title">
            <h2 id="findings-title">{ format!("Findings ({})", format_count(findings.len())) }</h2>
            if findings.is_empty() { <p>{ "None: every rule is honoured." }</p> }
            <ul class="findings">
                { for findings.iter().take(FINDINGS_SHOWN).map(|f| html! {
                    <li>{ badge(f.severity.label(), severity_tone(f.severity)) }{ " " }<strong>{ &f.what }</strong>
                        <p>{ &f.why }{ " " }<em>{ "Fix: " }</em>{ &f.fix }</p></li>
                }) }
            </ul>
            if findings.len() > FINDINGS_SHOWN { <p class="muted">{ format!("… and {} more findings (all of them are in the Markdown export).", findings.len() - FINDINGS_SHOWN) }</p> }
        </section>
    }
}

/// " (team holidays take 50 % of it)", or nothing.
fn holiday_note(share: f64) -> String {
    if share > 0.0 {
        format!(" (team holidays take {} % of it)", (share * 100.0).round())
    } else {
        String::new()
    }
}

/// Waves a pin list offers: `PIN_REACH` either side of where the workload is (or is pinned),
/// up to two past the last wave. Every wave for every workload would be 200 options times 100
/// workloads on a large plan: most of the page's time. Pinning to the furthest one offered
/// moves the list along.
const PIN_REACH: u32 = 6;

fn pin_choices(around: u32, wave_count: usize) -> std::ops::RangeInclusive<u32> {
    let last = (wave_count as u32 + 2).min(crate::domain::plan::MAX_PINNED_WAVE);
    around.saturating_sub(PIN_REACH).max(1)..=(around + PIN_REACH).min(last).max(around)
}

/// What the last change to the plan moved, whichever page made it (a setting, a pin, a
/// remediation override, an undo); nothing when the waves did not change.
fn view_moves(
    before: Option<&BeforeLastChange>,
    analysis: &AnalysisContext,
    state: &PlanContext,
) -> Html {
    let Some(before) = before.and_then(|b| b.0.as_ref()) else {
        return html! {};
    };
    let (old, new) = (&before.waves, &analysis.0.waves);
    if old.waves == new.waves && old.held_back == new.held_back {
        return html! {};
    }
    let name = |id| state.plan.workload(id).map_or("?", |w| w.name.as_str());
    let show = |wave: Option<u32>| wave.map_or("no wave".to_owned(), |n| format!("wave {n}"));
    let moved = moves(old, new, state.plan.workloads().map(|w| w.id));
    html! {
        <section class="card" aria-labelledby="moved-title" aria-live="polite">
            <h2 id="moved-title">{ "What moved with your last change" }</h2>
            <p>{ format!("Waves: {} → {}. {} moved.", old.waves.len(), new.waves.len(), counted(moved.len(), "workload", "workloads")) }</p>
            if let Some(dates) = dates_moved(old, new) { <p>{ dates }</p> }
            <ul>{ for moved.iter().take(50).map(|m| html! { <li>{ format!("{}: {} → {}", name(m.workload), show(m.from), show(m.to)) }</li> }) }</ul>
            if moved.len() > 50 { <p class="muted">{ format!("… and {} more.", moved.len() - 50) }</p> }
        </section>
    }
}
