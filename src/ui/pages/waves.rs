//! Waves: capacity settings and the promotion model (changing one re-plans at once), the plan
//! on a timeline, what moved with the last change, the findings, and pinning workloads.

use std::collections::BTreeMap;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::cadence::Setting;
use crate::domain::calendar::Day;
use crate::domain::plan::Action;
use crate::domain::promotion::PromotionModel;
use crate::domain::quantity::{counted, format_amount, parse_amount, parse_count};
use crate::domain::settings::PlanSettings;
use crate::domain::waves::moves;
use crate::domain::workload::WorkloadId;
use crate::ui::components::badge::{badge, severity_tone};
use crate::ui::components::pager::pager;
use crate::ui::components::timeline::timeline;
use crate::ui::state::{
    use_plan_and_analysis, AnalysisContext, BeforeLastChange, PlanContext, PlanMsg,
};

/// Waves per page in the list below the timeline.
const WAVES_PER_PAGE: usize = 10;
/// Findings shown before "and N more".
const FINDINGS_SHOWN: usize = 100;

type Setter = fn(&mut PlanSettings, &str) -> Result<(), String>;

fn count(raw: &str, what: &'static str) -> Result<u32, String> {
    parse_count(what, raw).map_err(|e| e.to_string())
}

fn amount(raw: &str, what: &'static str) -> Result<f64, String> {
    parse_amount(what, raw).map_err(|e| e.to_string())
}

/// id, label, current value, how to set it, and where its default comes from.
fn setting_fields(
    s: &PlanSettings,
) -> Vec<(&'static str, &'static str, String, Setter, Option<Setting>)> {
    let fields: Vec<(&'static str, &'static str, String, Setter)> = vec![
        (
            "setting-start",
            "Start date",
            s.start.to_string(),
            |s, v| {
                s.start = Day::parse(v).map_err(|e| e.to_string())?;
                Ok(())
            },
        ),
        (
            "setting-sprint-days",
            "Sprint length (days)",
            s.sprint_days.to_string(),
            |s, v| {
                s.sprint_days = count(v, "Sprint length")?;
                Ok(())
            },
        ),
        (
            "setting-sprints-per-wave",
            "Sprints per wave",
            s.sprints_per_wave.to_string(),
            |s, v| {
                s.sprints_per_wave = count(v, "Sprints per wave")?;
                Ok(())
            },
        ),
        (
            "setting-max-workloads",
            "Workloads per wave (max)",
            s.capacity.max_workloads.to_string(),
            |s, v| {
                s.capacity.max_workloads = count(v, "Workloads per wave")?;
                Ok(())
            },
        ),
        (
            "setting-max-assets",
            "Assets per wave (max)",
            s.capacity.max_assets.to_string(),
            |s, v| {
                s.capacity.max_assets = count(v, "Assets per wave")?;
                Ok(())
            },
        ),
        (
            "setting-max-storage",
            "Storage per wave (GB, max)",
            format_amount(s.capacity.max_storage_gb),
            |s, v| {
                s.capacity.max_storage_gb = amount(v, "Storage per wave")?;
                Ok(())
            },
        ),
        (
            "setting-ramp-first",
            "Workloads in wave 1 (ramp)",
            s.ramp.first_wave_workloads.to_string(),
            |s, v| {
                s.ramp.first_wave_workloads = count(v, "Workloads in wave 1")?;
                Ok(())
            },
        ),
        (
            "setting-ramp-step",
            "More per wave after (ramp)",
            s.ramp.step.to_string(),
            |s, v| {
                s.ramp.step = count(v, "Ramp step")?;
                Ok(())
            },
        ),
        (
            "setting-bandwidth",
            "Bandwidth to the cloud (Mbps)",
            format_amount(s.bandwidth_mbps),
            |s, v| {
                s.bandwidth_mbps = amount(v, "Bandwidth")?;
                Ok(())
            },
        ),
        (
            "setting-usable",
            "Share usable for migration (%)",
            format_amount(s.bandwidth_usable_percent),
            |s, v| {
                s.bandwidth_usable_percent = amount(v, "Usable share")?;
                Ok(())
            },
        ),
        (
            "setting-link-hours",
            "Hours a day the link carries migration",
            format_amount(s.replication_hours_per_day),
            |s, v| {
                s.replication_hours_per_day = amount(v, "Hours a day")?;
                Ok(())
            },
        ),
        (
            "setting-promotion-delay",
            "Days from staged to promoted (staged, flight)",
            s.promotion_delay_days.to_string(),
            |s, v| {
                s.promotion_delay_days = count(v, "Days from staged to promoted")?;
                Ok(())
            },
        ),
        (
            "setting-buffer",
            "Buffer held back per wave (%)",
            format_amount(s.buffer_percent),
            |s, v| {
                s.buffer_percent = amount(v, "Buffer")?;
                Ok(())
            },
        ),
        (
            "setting-remediation-hours",
            "Remediation hours per sprint",
            format_amount(s.remediation_hours_per_sprint),
            |s, v| {
                s.remediation_hours_per_sprint = amount(v, "Remediation hours")?;
                Ok(())
            },
        ),
        (
            "setting-major-code-change",
            "Code change hours that make a separate programme",
            format_amount(s.major_code_change_hours),
            |s, v| {
                s.major_code_change_hours = amount(v, "Major code change")?;
                Ok(())
            },
        ),
        (
            "setting-factory-threshold",
            "Workloads sharing an OS upgrade before a factory takes it",
            s.factory_share_threshold.to_string(),
            |s, v| {
                s.factory_share_threshold = count(v, "Factory threshold")?;
                Ok(())
            },
        ),
    ];
    fields
        .into_iter()
        .map(|(id, label, value, set)| (id, label, value, set, source_of(id)))
        .collect()
}

/// Which setting a field edits, for where its default comes from.
fn source_of(id: &str) -> Option<Setting> {
    Some(match id {
        "setting-sprint-days" => Setting::SprintDays,
        "setting-sprints-per-wave" => Setting::SprintsPerWave,
        "setting-buffer" => Setting::Buffer,
        "setting-ramp-first" => Setting::FirstWave,
        "setting-ramp-step" => Setting::RampStep,
        "setting-max-workloads" | "setting-max-assets" | "setting-max-storage" => Setting::Capacity,
        "setting-bandwidth" => Setting::Bandwidth,
        "setting-usable" => Setting::UsableShare,
        "setting-link-hours" => Setting::ReplicationHours,
        "setting-promotion-delay" => Setting::PromotionDelay,
        "setting-remediation-hours" => Setting::RemediationHours,
        "setting-major-code-change" => Setting::MajorCodeChange,
        "setting-factory-threshold" => Setting::FactoryThreshold,
        _ => return None,
    })
}

#[function_component(WavesPage)]
pub fn waves_page() -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let errors = use_state(BTreeMap::<&'static str, String>::new);
    let before = use_context::<BeforeLastChange>();
    let page = use_state(|| 0usize);
    let settings = state.plan.settings().clone();
    let change = |id: &'static str, set: Setter| {
        let (state, errors, settings) = (state.clone(), errors.clone(), settings.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            let mut next = settings.clone();
            let mut found = (*errors).clone();
            match set(&mut next, &value).and_then(|()| next.check().map_err(|e| e.to_string())) {
                Ok(()) => {
                    found.remove(id);
                    state.dispatch(PlanMsg::apply(
                        Action::UpdateSettings(next),
                        "Settings changed; waves re-planned",
                    ));
                }
                Err(message) => {
                    found.insert(id, message);
                }
            }
            errors.set(found);
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
            { timeline(&state, &analysis) }
            { view_moves(before.as_ref(), &analysis, &state) }
            // Closed until wanted: the waves come first, the knobs behind them.
            <details class="card settings">
                <summary><h2 class="inline">{ "Settings" }</h2></summary>
                <div class="form-grid">
                    { for setting_fields(&settings).into_iter().map(|(id, label, value, set, source)| {
                        let error = errors.get(id).cloned();
                        html! {
                            <div class="field">
                                <label for={id}>{ label }</label>
                                if let Some(source) = source { <span class="hint">{ source.source().describe() }</span> }
                                <input {id} type={if id == "setting-start" { "date" } else { "text" }} inputmode={if id == "setting-start" { "" } else { "decimal" }}
                                    value={value} onchange={change(id, set)}
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
                        <p class="muted">{ format!("{} · capacity {} · {} assets · {} GB · {}", counted(wave.workloads.len(), "workload", "workloads"), wave.workload_limit, wave.assets, format_amount(wave.storage_gb), wave.replication.summary()) }</p>
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
                                        { for (1..=(wave_count as u32 + 2).min(crate::domain::plan::MAX_PINNED_WAVE)).map(|n| html! { <option value={n.to_string()} selected={w.pinned_wave == Some(n)}>{ format!("Pin to wave {n}") }</option> }) }
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
