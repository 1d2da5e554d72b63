//! The workshop's clock: the section's timer and timebox, and the projector kept in step. Its
//! own component, so the tick each second redraws only the clock, never the fields a
//! facilitator is typing notes in.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::action::Action;
use crate::domain::decision_log::DEFAULT_TIMEBOX_MINUTES;
use crate::domain::presenter::scoped_frame;
use crate::domain::quantity::counted;
use crate::domain::questions::Section;
use crate::domain::workshop::WorkshopScope;
use crate::ui::hooks::use_presenter::use_presenter;
use crate::ui::hooks::use_section_timer::use_section_timer;
use crate::ui::state::{PlanContext, PlanMsg, Status};

#[derive(Properties, PartialEq)]
pub struct WorkshopClockProps {
    pub scope: WorkshopScope,
    pub position: usize,
    /// The projector's keys: `true` forward, `false` back.
    pub on_step: Callback<bool>,
}

#[function_component(WorkshopClock)]
pub fn workshop_clock(props: &WorkshopClockProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let timed = props
        .scope
        .questions(&state.plan)
        .get(props.position)
        .map(|q| (q.section, state.plan.workshop().timebox(q.section)));
    let reading = use_section_timer(timed);
    let frame = scoped_frame(&state.plan, props.scope, props.position, reading);
    use_presenter(frame, props.on_step.clone());
    // What is typed in the timebox field, until it is committed (the tick must not undo it).
    let typed = use_state(|| None::<String>);
    let Some(reading) = reading else {
        return html! {};
    };
    let section = reading.section;
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            typed.set(Some(
                event.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let onchange = {
        let (typed, state) = (typed.clone(), state.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            typed.set(None);
            state.dispatch(set_timebox(section, &value));
        })
    };
    let shown = (*typed)
        .clone()
        .unwrap_or_else(|| (reading.timebox_s / 60).to_string());
    html! {
        <>
            <p role="timer" data-testid="facilitator-timer" class={classes!(reading.is_over().then_some("over"))}>
                { format!("{}: {}", section.label(), reading.says()) }
            </p>
            <div class="field">
                <label for="timebox">{ format!("Timebox for {} (minutes; waveplan's default is {DEFAULT_TIMEBOX_MINUTES})", section.label()) }</label>
                <input id="timebox" type="number" min="1" max="480" value={shown} {oninput} {onchange} />
            </div>
        </>
    }
}

/// The change a typed timebox asks for, or why it cannot be one.
fn set_timebox(section: Section, typed: &str) -> PlanMsg {
    match typed.trim().parse::<u32>() {
        Ok(minutes) => PlanMsg::apply(
            Action::SetTimebox { section, minutes },
            format!(
                "{section}: {}",
                counted(minutes as usize, "minute", "minutes")
            ),
        ),
        Err(_) => PlanMsg::Say(Status::Refused(
            "A timebox is a whole number of minutes.".into(),
        )),
    }
}
