//! The wave settings, folded away under the waves: capacity, cadence, bandwidth, the
//! promotion model with its trade-offs, blackouts and team holidays. Each field says whether
//! its default is CAF's or waveplan's; a change re-plans at once, a bad value says why.

use std::collections::BTreeMap;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::forms::SettingField;
use crate::domain::plan::Action;
use crate::domain::promotion::PromotionModel;
use crate::domain::settings::PlanSettings;
use crate::domain::workload::FreezeWindow;
use crate::ui::components::fields::option_key;
use crate::ui::components::freeze_windows::{FreezeWindows, WindowKind};
use crate::ui::state::{PlanContext, PlanMsg};

/// A callback that replaces one list of windows in the settings.
fn on_windows(
    state: &PlanContext,
    settings: &PlanSettings,
    slot: fn(&mut PlanSettings) -> &mut Vec<FreezeWindow>,
    label: &'static str,
) -> Callback<Vec<FreezeWindow>> {
    let (state, settings) = (state.clone(), settings.clone());
    Callback::from(move |windows: Vec<FreezeWindow>| {
        let mut next = settings.clone();
        *slot(&mut next) = windows;
        state.dispatch(PlanMsg::apply(Action::UpdateSettings(next), label));
    })
}

/// Choosing a promotion model re-plans with it.
fn on_promotion(state: &PlanContext, settings: &PlanSettings) -> Callback<Event> {
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
}

/// A setting typed: applied when it reads, kept as typed beside its error when it does not.
fn on_setting(
    state: &PlanContext,
    errors: &UseStateHandle<BTreeMap<SettingField, (String, String)>>,
    settings: &PlanSettings,
    field: SettingField,
) -> Callback<Event> {
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
                found.insert(field, (value, error.to_string()));
                state.dispatch(PlanMsg::ClearStatus);
            }
        }
        errors.set(found);
    })
}

#[function_component(WaveSettings)]
pub fn wave_settings() -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    // A value refused stays in its field, as typed, beside what is wrong with it: the field
    // does not snap back to the saved value under an error about another.
    let errors = use_state(BTreeMap::<SettingField, (String, String)>::new);
    let settings = state.plan.settings().clone();
    let change = |field: SettingField| on_setting(&state, &errors, &settings, field);
    let on_blackouts = on_windows(
        &state,
        &settings,
        |s| &mut s.blackouts,
        "Blackout periods changed; waves re-planned",
    );
    let on_holidays = on_windows(
        &state,
        &settings,
        |s| &mut s.holidays,
        "Team holidays changed; waves re-planned",
    );
    let on_promotion = on_promotion(&state, &settings);
    html! {
        // Closed until wanted: the waves come first, the knobs behind them.
        <details class="card settings">
            <summary><h2 class="inline">{ "Settings" }</h2></summary>
            <div class="form-grid">
                { for SettingField::ALL.iter().map(|&field| setting(field, &settings, errors.get(&field).cloned(), change(field))) }
                <div class="field">
                    <label for="setting-promotion">{ "Promotion model" }</label>
                    <select id="setting-promotion" onchange={on_promotion}>
                        { for PromotionModel::ALL.iter().map(|m| html! { <option selected={*m == settings.promotion} key={option_key(m.label(), *m == settings.promotion)}>{ m.label() }</option> }) }
                    </select>
                </div>
            </div>
            <FreezeWindows windows={settings.blackouts.clone()} on_change={on_blackouts} kind={WindowKind::Blackout} />
            <FreezeWindows windows={settings.holidays.clone()} on_change={on_holidays} kind={WindowKind::Holiday} />
            { promotion_profile(settings.promotion) }
        </details>
    }
}

/// One setting: its label, where its default comes from, the value, and what is wrong with it.
fn setting(
    field: SettingField,
    settings: &PlanSettings,
    error: Option<(String, String)>,
    onchange: Callback<Event>,
) -> Html {
    let id = field.id();
    let (value, error) = match error {
        Some((typed, message)) => (typed, Some(message)),
        None => (field.value(settings), None),
    };
    html! {
        <div class="field">
            <label for={id}>{ field.label() }</label>
            if let Some(source) = field.source() { <span class="hint">{ source.source().describe() }</span> }
            <input {id} type={if field.is_date() { "date" } else { "text" }} inputmode={if field.is_date() { "" } else { "decimal" }}
                {value} {onchange}
                aria-invalid={error.is_some().then_some("true")} aria-describedby={error.is_some().then(|| format!("{id}-error"))} />
            if let Some(message) = error { <p id={format!("{id}-error")} class="field-error">{ message }</p> }
        </div>
    }
}

/// The promotion model's summary and its trade-offs.
fn promotion_profile(model: PromotionModel) -> Html {
    let profile = model.profile();
    html! {
        <div class="profile">
            <p><strong>{ model.label() }{ ": " }</strong>{ profile.summary }{ " " }{ profile.staging_means }</p>
            <div class="pros-cons">
                <div><h3>{ "For" }</h3><ul>{ for profile.for_it.iter().map(|p| html! { <li>{ *p }</li> }) }</ul></div>
                <div><h3>{ "Against" }</h3><ul>{ for profile.against_it.iter().map(|p| html! { <li>{ *p }</li> }) }</ul></div>
            </div>
        </div>
    }
}
