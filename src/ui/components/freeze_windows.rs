//! Date ranges in which nothing may change, added and removed in a small form: a workload's
//! freeze windows, the plan's blackouts, or the team's holidays. Dates are parsed by the domain (`Day`, `DayRange`).

use yew::prelude::*;

use crate::domain::calendar::{Day, DayRange};
use crate::domain::workload::FreezeWindow;
use crate::ui::components::fields;

/// Whose windows these are: a workload's freezes, the plan's blackouts, the team's holidays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowKind {
    Freeze,
    Blackout,
    Holiday,
}

impl WindowKind {
    fn prefix(self) -> &'static str {
        match self {
            WindowKind::Freeze => "freeze",
            WindowKind::Blackout => "blackout",
            WindowKind::Holiday => "holiday",
        }
    }

    fn legend(self) -> &'static str {
        match self {
            WindowKind::Freeze => "Freeze windows (no changes allowed)",
            WindowKind::Blackout => "Blackout periods (no workload moves: year-end, peak season)",
            WindowKind::Holiday => {
                "Team holidays (a wave's capacity shrinks by the days they cover)"
            }
        }
    }

    fn add(self) -> &'static str {
        match self {
            WindowKind::Freeze => "Add freeze window",
            WindowKind::Blackout => "Add blackout",
            WindowKind::Holiday => "Add team holiday",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct FreezeWindowsProps {
    pub windows: Vec<FreezeWindow>,
    pub on_change: Callback<Vec<FreezeWindow>>,
    #[prop_or_default]
    pub error: Option<String>,
    pub kind: WindowKind,
}

/// The window the three fields describe, or what is wrong with the dates.
fn window_of(from: &str, to: &str, reason: &str) -> Result<FreezeWindow, String> {
    let start = Day::parse(from).map_err(|e| e.to_string())?;
    let end = Day::parse(to).map_err(|e| e.to_string())?;
    let days = DayRange::new(start, end).map_err(|e| e.to_string())?;
    Ok(FreezeWindow {
        days,
        reason: reason.trim().to_owned(),
    })
}

/// The windows so far, each with a button that removes it.
fn listed(windows: &[FreezeWindow], on_change: &Callback<Vec<FreezeWindow>>) -> Html {
    html! {
        <ul class="freeze-list">
            { for windows.iter().enumerate().map(|(index, window)| {
                let remove = {
                    let (windows, on_change) = (windows.to_vec(), on_change.clone());
                    Callback::from(move |_| {
                        let mut next = windows.clone();
                        if index < next.len() { next.remove(index); }
                        on_change.emit(next);
                    })
                };
                html! { <li>
                    <span>{ format!("{} to {} {}", window.days.from(), window.days.to(), window.reason) }</span>
                    <button type="button" class="secondary small" onclick={remove}
                        aria-label={format!("Remove {} to {}", window.days.from(), window.days.to())}>{ "Remove" }</button>
                </li> }
            }) }
        </ul>
    }
}

/// Periods in which nothing may change: a workload's freeze windows (part of its form), or the
/// plan's blackouts and the team's holidays (part of the settings).
#[function_component(FreezeWindows)]
pub fn freeze_windows(props: &FreezeWindowsProps) -> Html {
    let from = use_state(String::new);
    let to = use_state(String::new);
    let reason = use_state(String::new);
    let error = use_state(|| None::<String>);
    let add = {
        let (windows, on_change, from, to, reason, error) = (
            props.windows.clone(),
            props.on_change.clone(),
            from.clone(),
            to.clone(),
            reason.clone(),
            error.clone(),
        );
        Callback::from(move |_| match window_of(&from, &to, &reason) {
            Ok(window) => {
                let mut next = windows.clone();
                next.push(window);
                on_change.emit(next);
                error.set(None);
                from.set(String::new());
                to.set(String::new());
                reason.set(String::new());
            }
            Err(message) => error.set(Some(message)),
        })
    };
    let shown_error = (*error).clone().or_else(|| props.error.clone());
    let prefix = props.kind.prefix();
    html! {
        <fieldset class="wide">
            <legend>{ props.kind.legend() }</legend>
            { listed(&props.windows, &props.on_change) }
            <div class="form-row">
                { fields::date(&format!("{prefix}-from"), "From", &from, None) }
                { fields::date(&format!("{prefix}-to"), "To", &to, shown_error.as_ref()) }
                { fields::text(&format!("{prefix}-reason"), "Reason", &reason, None) }
                <button type="button" class="secondary" onclick={add}>{ props.kind.add() }</button>
            </div>
        </fieldset>
    }
}
