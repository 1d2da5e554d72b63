//! Workshop mode: one question at a time in large type for a projector. Keys: → or N next,
//! ← or P previous, 1–9 pick an answer. Progress shows throughout; after the last question a
//! summary shows the readiness level and the blocking gaps.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::domain::questions::Risk;
use crate::ui::components::badge::{badge, risk_tone};
use crate::ui::pages::readiness::{answer, view_summary};
use crate::ui::state::use_plan_and_analysis;

#[derive(Properties, PartialEq)]
pub struct WorkshopProps {
    pub on_leave: Callback<()>,
}

#[function_component(Workshop)]
pub fn workshop(props: &WorkshopProps) -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let position = use_state(|| 0usize);
    let container = use_node_ref();
    {
        // Focus the workshop so the keyboard works at once.
        let container = container.clone();
        use_effect_with(*position, move |_| {
            if let Some(element) = container.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let bank = state.plan.questions();
    let total = bank.questions().len();
    let at_summary = *position >= total;
    let go = |to: usize| {
        let position = position.clone();
        Callback::from(move |_| position.set(to.min(total)))
    };
    let leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_| on_leave.emit(()))
    };
    let question = bank.questions().get(*position).cloned();
    let onkeydown = {
        let (position, state, question) = (position.clone(), state.clone(), question.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event
                .target_unchecked_into::<web_sys::HtmlElement>()
                .tag_name()
                == "TEXTAREA"
            {
                return;
            }
            let key = event.key();
            match key.as_str() {
                "ArrowRight" | "n" | "N" | "PageDown" => position.set((*position + 1).min(total)),
                "ArrowLeft" | "p" | "P" | "PageUp" => position.set(position.saturating_sub(1)),
                digit if digit.len() == 1 && digit.chars().all(|c| c.is_ascii_digit()) => {
                    let index = digit.parse::<usize>().unwrap_or(0);
                    if let Some((q, choice)) = question.as_ref().and_then(|q| {
                        index
                            .checked_sub(1)
                            .and_then(|i| q.choices.get(i))
                            .map(|c| (q, c))
                    }) {
                        answer(&state, q, &choice.id, None);
                    }
                }
                _ => return,
            }
            event.prevent_default();
        })
    };
    let progress = html! {
        <div class="progress">
            <progress max={total.to_string()} value={(*position).min(total).to_string()} aria-label="Workshop progress" />
            <span>{ if at_summary { "Summary".to_owned() } else { format!("Question {} of {total}", *position + 1) } }</span>
        </div>
    };
    let nav = html! {
        <div class="button-row">
            <button type="button" class="secondary" onclick={go(position.saturating_sub(1))} disabled={*position == 0}>{ "Previous question" }</button>
            if !at_summary {
                <button type="button" onclick={go(*position + 1)}>{ "Next question" }</button>
            }
            <button type="button" class="secondary" onclick={leave}>{ "Leave workshop" }</button>
        </div>
    };
    let body = match question.filter(|_| !at_summary) {
        None => html! {
            <>
                <h2>{ "Workshop summary" }</h2>
                { view_summary(&analysis.0.readiness) }
            </>
        },
        Some(q) => {
            let current = state.plan.answers().get(&q.id).cloned();
            let on_note = {
                let (state, q, current) = (state.clone(), q.clone(), current.clone());
                Callback::from(move |event: Event| {
                    let note = event.target_unchecked_into::<HtmlTextAreaElement>().value();
                    let choice = current.as_ref().map_or("", |a| a.choice.as_str());
                    answer(&state, &q, choice, Some(note));
                })
            };
            html! {
                <>
                    <p class="muted">{ q.section.label() }{ if q.blocking { " · blocking" } else { "" } }</p>
                    <h2 id="workshop-question">{ &q.text }</h2>
                    <p class="muted">{ &q.help }</p>
                    <fieldset aria-labelledby="workshop-question">
                        { for q.choices.iter().enumerate().map(|(index, choice)| {
                            let selected = current.as_ref().is_some_and(|a| a.choice == choice.id);
                            let pick = {
                                let (state, q, id) = (state.clone(), q.clone(), choice.id.clone());
                                Callback::from(move |_: Event| answer(&state, &q, &id, None))
                            };
                            let id = format!("choice-{index}");
                            html! {
                                <div class={classes!("choice", selected.then_some("selected"))}>
                                    <input type="radio" name="workshop-choice" id={id.clone()} checked={selected} onchange={pick} />
                                    <label for={id}>
                                        <kbd>{ index + 1 }</kbd>{ " " }{ &choice.label }{ " " }
                                        { badge(choice.risk.label(), risk_tone(choice.risk)) }
                                    </label>
                                    if selected && choice.risk != Risk::Green {
                                        <p class="rationale">{ &choice.rationale }{ " " }<em>{ "What to do: " }</em>{ &choice.mitigation }</p>
                                    }
                                </div>
                            }
                        }) }
                    </fieldset>
                    <label for="workshop-note">{ "Notes from the room" }</label>
                    <textarea id="workshop-note" class="note" rows="3" value={current.as_ref().map(|a| a.note.clone()).unwrap_or_default()}
                        onchange={on_note} />
                </>
            }
        }
    };
    html! {
        <section class="workshop" aria-label="Readiness workshop" tabindex="0" ref={container} {onkeydown}>
            <h1>{ "Readiness workshop" }</h1>
            <p class="muted">{ "Keys: → next, ← previous, 1–9 answer." }</p>
            { progress }
            { body }
            { nav }
        </section>
    }
}
