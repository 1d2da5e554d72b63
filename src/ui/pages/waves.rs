//! Waves: capacity settings and the promotion model (changing one re-plans at once), the plan
//! on a timeline, what moved with the last change, the findings, and pinning workloads.

use std::collections::BTreeMap;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::forms::SettingField;
use crate::domain::plan::Action;
use crate::domain::promotion::PromotionModel;
use crate::domain::quantity::{counted, format_amount};
use crate::domain::waves::moves;
use crate::domain::workload::FreezeWindow;
use crate::domain::workload::WorkloadId;
use crate::ui::components::badge::{badge, severity_tone};
use crate::ui::components::freeze_windows::{FreezeWindows, WindowKind};
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
    let errors = use_state(BTreeMap::<SettingField, String>::new);
    let before = use_context::<BeforeLastChange>();
    let page = use_state(|| 0usize);
    let settings = state.plan.settings().clone();
    let change = |field: SettingField| {
        let (state, errors, settings) = (state.clone(), errors.clone(), settings.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            let mut found = (*errors).clone();
            match field.set(&settings, &value) {
                Ok(next) => {
                    found.remove(&field);
                    state.dispatch(PlanMsg::apply(
                        Action::UpdateSettings(next),
                        "Settings changed; waves re-planned",
                    ));
                }
                Err(error) => {
                    found.insert(field, error.to_string());
                    state.dispatch(PlanMsg::ClearStatus);
                }
            }
            errors.set(found);
        })
    };
    let on_blackouts = {
        let (state, settings) = (state.clone(), settings.clone());
        Callback::from(move |blackouts: Vec<FreezeWindow>| {
            let mut next = settings.clone();
            next.blackouts = blackouts;
            state.dispatch(PlanMsg::apply(
                Action::UpdateSettings(next),
                "Blackout periods changed; waves re-planned",
            ));
        })
    };
    let on_holidays = {
        let (state, settings) = (state.clone(), settings.clone());
        Callback::from(move |holidays: Vec<FreezeWindow>| {
            let mut next = settings.clone();
            next.holidays = holidays;
            state.dispatch(PlanMsg::apply(
                Action::UpdateSettings(next),
                "Team holidays changed; waves re-planned",
            ));
        })
    };
    let on_promotion = {
        let (state, settings) = (state.clone(), settings.clone());
        Callback::from(move |event: Event| {
            let index = event
                .target_unchecked_into::<HtmlSelectElement>()
                .selected_index();
            if let Some(model) = usize::try_from(index)
                .ok()
                .and_then(|i| PromotionModel::ALL.get(i))
            {
                let mut next = settings.clone();
                next.promotion = *model;
                state.dispatch(PlanMsg::apply(
                    Action::UpdateSettings(next),
                    format!("Promotion model: {model}"),
                ));
            }
        })
    };
    let pin = |workload: WorkloadId| {
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
    };
    let waves = &analysis.0.waves;
    let profile = settings.promotion.profile();
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
            <p class="lead">{ format!("{} waves of {} days for {} workloads ({} not in a wave). Change a setting and the waves are planned again at once; \"What moved\" shows the difference.",
                wave_count, settings.wave_days(), state.plan.workloads().len() - waves.held_back.len(), waves.held_back.len()) }</p>
            <Timeline today={crate::domain::calendar::Day::parse(&crate::browser::clock::today()).ok()} />
            { view_moves(before.as_ref(), &analysis, &state) }
            // Closed until wanted: the waves come first, the knobs behind them.
            <details class="card settings">
                <summary><h2 class="inline">{ "Settings" }</h2></summary>
                <div class="form-grid">
                    { for SettingField::ALL.iter().map(|&field| {
                        let (id, error) = (field.id(), errors.get(&field).cloned());
                        html! {
                            <div class="field">
                                <label for={id}>{ field.label() }</label>
                                if let Some(source) = field.source() { <span class="hint">{ source.source().describe() }</span> }
                                <input {id} type={if field.is_date() { "date" } else { "text" }} inputmode={if field.is_date() { "" } else { "decimal" }}
                                    value={field.value(&settings)} onchange={change(field)}
                                    aria-invalid={error.is_some().then_some("true")} aria-describedby={error.is_some().then(|| format!("{id}-error"))} />
                                if let Some(message) = error { <p id={format!("{id}-error")} class="field-error">{ message }</p> }
                            </div>
                        }
                    }) }
                    <div class="field">
                        <label for="setting-promotion">{ "Promotion model" }</label>
                        <select id="setting-promotion" onchange={on_promotion}>
                            { for PromotionModel::ALL.iter().map(|m| html! { <option selected={*m == settings.promotion}>{ m.label() }</option> }) }
                        </select>
                    </div>
                </div>
                <FreezeWindows windows={settings.blackouts.clone()} on_change={on_blackouts} kind={WindowKind::Blackout} />
                <FreezeWindows windows={settings.holidays.clone()} on_change={on_holidays} kind={WindowKind::Holiday} />
                <div class="profile">
                    <p><strong>{ settings.promotion.label() }{ ": " }</strong>{ profile.summary }{ " " }{ profile.staging_means }</p>
                    <div class="pros-cons">
                        <div><h3>{ "For" }</h3><ul>{ for profile.for_it.iter().map(|p| html! { <li>{ *p }</li> }) }</ul></div>
                        <div><h3>{ "Against" }</h3><ul>{ for profile.against_it.iter().map(|p| html! { <li>{ *p }</li> }) }</ul></div>
                    </div>
                </div>
            </details>
            <section class="card" aria-labelledby="findings-title">
                <h2 id="findings-title">{ format!("Findings ({})", analysis.0.findings.len()) }</h2>
                if analysis.0.findings.is_empty() { <p>{ "None: every rule is honoured." }</p> }
                <ul class="findings">
                    { for analysis.0.findings.iter().take(FINDINGS_SHOWN).map(|f| html! {
                        <li>{ badge(f.severity.label(), severity_tone(f.severity)) }{ " " }<strong>{ &f.what }</strong>
                            <p>{ &f.why }{ " " }<em>{ "Fix: " }</em>{ &f.fix }</p></li>
                    }) }
                </ul>
                if analysis.0.findings.len() > FINDINGS_SHOWN { <p class="muted">{ format!("… and {} more findings (all of them are in the Markdown export).", analysis.0.findings.len() - FINDINGS_SHOWN) }</p> }
            </section>
            <section aria-labelledby="wave-list-title">
                <h2 id="wave-list-title">{ "Waves and pins" }</h2>
                { for waves.waves.iter().skip(current * WAVES_PER_PAGE).take(WAVES_PER_PAGE).map(|wave| html! {
                    <div class="card wave" key={wave.number}>
                        <h3>{ format!("Wave {} · {} – {}", wave.number, wave.days.from(), wave.days.to()) }</h3>
                        <p class="muted">{ format!("{} · capacity {}{} · {} assets · {} GB · {}", counted(wave.workloads.len(), "workload", "workloads"), wave.workload_limit, holiday_note(wave.capacity.holiday_share), wave.assets, format_amount(wave.storage_gb), wave.replication.summary()) }</p>
                        if !wave.factory_for.is_empty() {
                            <p>{ format!("A batch team fixes what the next wave needs: {}", wave.factory_for.iter().filter_map(|id| state.plan.workload(*id)).map(|w| w.name.to_string()).collect::<Vec<_>>().join(", ")) }</p>
                        }
                        <ul class="plain">
                            { for wave.workloads.iter().filter_map(|id| state.plan.workload(*id)).map(|w| {
                                let id = format!("pin-{}", w.id.0);
                                let reason = waves.reason_of(w.id).map(|r| r.describe(|other| state.plan.workload(other).map_or_else(String::new, |o| o.name.to_string())));
                                html! { <li key={w.id.0}>
                                    <label for={id.clone()}>{ w.name.as_str() }</label>
                                    if let Some(reason) = reason { <span class="chip">{ reason }</span> }
                                    <select {id} onchange={pin(w.id)}>
                                        <option value="" selected={w.pinned_wave.is_none()}>{ "Not pinned" }</option>
                                        { for pin_choices(w.pinned_wave.unwrap_or(wave.number), wave_count).map(|n| html! { <option value={n.to_string()} selected={w.pinned_wave == Some(n)}>{ format!("Pin to wave {n}") }</option> }) }
                                    </select>
                                </li> }
                            }) }
                        </ul>
                    </div>
                }) }
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
            <ul>{ for moved.iter().take(50).map(|m| html! { <li>{ format!("{}: {} → {}", name(m.workload), show(m.from), show(m.to)) }</li> }) }</ul>
            if moved.len() > 50 { <p class="muted">{ format!("… and {} more.", moved.len() - 50) }</p> }
        </section>
    }
}
