//! Workshop mode: one question at a time in large type for a projector. Keys work wherever the
//! focus is (except while typing a note): → or N next, ← or P previous, 1–9 pick an answer. A
//! workshop resumes at the first unanswered question. Risk badges stay hidden until the room
//! has answered, so the colours do not steer the discussion. The summary lists every amber and
//! red answer with its notes and owner, and downloads as Markdown.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser::download::download_text;
use crate::domain::export::file_name;
use crate::domain::export::workshop_outcome::workshop_outcome;
use crate::domain::questions::{Question, Risk};
use crate::domain::readiness::AnswerEdit;
use crate::domain::workshop::{outcome, resume_at};
use crate::ui::components::badge::{badge, risk_tone};
use crate::ui::pages::readiness::{answer, view_summary};
use crate::ui::state::{use_plan_and_analysis, PlanContext, PlanMsg, Status};

/// The heading of what is on screen (a question or the summary), focused when it changes.
const WORKSHOP_HEADING: &str = "workshop-question";

#[derive(Properties, PartialEq)]
pub struct WorkshopProps {
    pub on_leave: Callback<()>,
}

#[function_component(Workshop)]
pub fn workshop(props: &WorkshopProps) -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let position = use_state(|| resume_at(&state.plan));
    let bank = state.plan.questions();
    let total = bank.questions().len();
    let at_summary = *position >= total;
    let question = bank.questions().get(*position).cloned().map(Rc::new);
    {
        // Keys work wherever the focus is while the workshop is open; re-bound when the question
        // or the plan changes, so a digit answers the question on screen.
        let (position, state, question) = (position.clone(), state.clone(), question.clone());
        use_effect_with((*position, state.revision), move |_| {
            let listener = crate::browser::keys::listen_plain(move |key| {
                on_key(key, &position, total, &state, question.as_deref())
            });
            move || drop(listener)
        });
    }
    // The new question's heading takes the focus, so a screen reader reads it out.
    use_effect_with(*position, |_| {
        crate::browser::page::focus(WORKSHOP_HEADING);
    });
    let go = |to: usize| {
        let position = position.clone();
        Callback::from(move |_| position.set(to.min(total)))
    };
    let leave = {
        let on_leave = props.on_leave.clone();
        Callback::from(move |_| on_leave.emit(()))
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
                <button type="button" class="secondary" onclick={go(total)}>{ "Summary" }</button>
            }
            <button type="button" class="secondary" onclick={leave}>{ "Leave workshop" }</button>
        </div>
    };
    let body = match question.filter(|_| !at_summary) {
        None => summary(&state, &analysis.0.readiness, &position),
        Some(q) => question_view(&state, &q),
    };
    html! {
        <section class="workshop" aria-label="Readiness workshop">
            <h1>{ "Readiness workshop" }</h1>
            <p class="muted">{ "Keys: → next, ← previous, 1–9 answer (not while typing a note)." }</p>
            { progress }
            { body }
            { nav }
        </section>
    }
}

/// Whether the key did something: → N PageDown next, ← P PageUp previous, a digit answers.
fn on_key(
    key: &str,
    position: &UseStateHandle<usize>,
    total: usize,
    state: &PlanContext,
    question: Option<&Question>,
) -> bool {
    match key {
        "ArrowRight" | "n" | "N" | "PageDown" => position.set((**position + 1).min(total)),
        "ArrowLeft" | "p" | "P" | "PageUp" => position.set(position.saturating_sub(1)),
        digit if digit.len() == 1 && digit.chars().all(|c| c.is_ascii_digit()) => {
            let chosen = digit
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| question.and_then(|q| q.choices.get(i).map(|c| (q, c))));
            let Some((q, choice)) = chosen else {
                return false;
            };
            answer(state, q, AnswerEdit::Choice(choice.id.clone()));
        }
        _ => return false,
    }
    true
}

fn question_view(state: &PlanContext, q: &Rc<Question>) -> Html {
    let current = state.plan.answers().get(&q.id).cloned();
    let answered = current.as_ref().is_some_and(|a| !a.choice.is_empty());
    let on_note = {
        let (state, q) = (state.clone(), q.clone());
        Callback::from(move |event: Event| {
            let note = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            answer(&state, &q, AnswerEdit::Note(note));
        })
    };
    let on_owner = {
        let (state, q) = (state.clone(), q.clone());
        Callback::from(move |event: Event| {
            let owner = event.target_unchecked_into::<HtmlInputElement>().value();
            answer(&state, &q, AnswerEdit::Owner(owner));
        })
    };
    html! {
        <>
            <p class="muted">{ q.section.label() }{ if q.blocking { " · blocking" } else { "" } }</p>
            <h2 id={WORKSHOP_HEADING} tabindex="-1">{ &q.text }</h2>
            <p class="muted">{ &q.help }</p>
            <fieldset aria-labelledby={WORKSHOP_HEADING}>
                { for q.choices.iter().enumerate().map(|(index, choice)| {
                    let selected = current.as_ref().is_some_and(|a| a.choice == choice.id);
                    let pick = {
                        let (state, q, id) = (state.clone(), q.clone(), choice.id.clone());
                        Callback::from(move |_: Event| answer(&state, &q, AnswerEdit::Choice(id.clone())))
                    };
                    let id = format!("choice-{index}");
                    html! {
                        <div class={classes!("choice", selected.then_some("selected"))}>
                            <input type="radio" name="workshop-choice" id={id.clone()} checked={selected} onchange={pick} />
                            <label for={id}>
                                <kbd>{ index + 1 }</kbd>{ " " }{ &choice.label }
                                // Hidden until the room has answered: colours must not steer it.
                                if answered { { " " }{ badge(choice.risk.label(), risk_tone(choice.risk)) } }
                            </label>
                            if selected && choice.risk != Risk::Green {
                                <p class="rationale">{ &choice.rationale }{ " " }<em>{ "What to do: " }</em>{ &choice.mitigation }</p>
                            }
                        </div>
                    }
                }) }
            </fieldset>
            <div class="note-row">
                <div class="field">
                    <label for="workshop-note">{ "Notes from the room" }</label>
                    <textarea id="workshop-note" class="note" rows="3" value={current.as_ref().map(|a| a.note.clone()).unwrap_or_default()}
                        onchange={on_note} />
                </div>
                <div class="field owner">
                    <label for="workshop-owner">{ "Owner (who follows up)" }</label>
                    <input id="workshop-owner" type="text" value={current.map(|a| a.owner).unwrap_or_default()} onchange={on_owner} />
                </div>
            </div>
        </>
    }
}

/// The outcome: readiness, every amber and red answer with notes and owner, what is still open.
fn summary(
    state: &PlanContext,
    readiness: &crate::domain::readiness::Readiness,
    position: &UseStateHandle<usize>,
) -> Html {
    let outcome = outcome(&state.plan);
    let download = {
        let (state, readiness) = (state.clone(), readiness.clone());
        Callback::from(move |_| {
            let name = file_name(state.plan.name().as_str(), "workshop-outcome.md");
            let text = workshop_outcome(&state.plan, &readiness);
            let status = match download_text(&name, "text/markdown", &text) {
                Ok(()) => Status::Done(format!("Downloaded {name}")),
                Err(error) => Status::Refused(error.to_string()),
            };
            state.dispatch(PlanMsg::Say(status));
        })
    };
    let questions = state.plan.questions().questions();
    let index_of = |id: &str| questions.iter().position(|q| q.id == id).unwrap_or(0);
    let jump = |id: &str| {
        let (position, to) = (position.clone(), index_of(id));
        Callback::from(move |_| position.set(to))
    };
    html! {
        <>
            <h2 id={WORKSHOP_HEADING} tabindex="-1">{ "Workshop summary" }</h2>
            { view_summary(readiness) }
            <h3>{ format!("Follow-ups ({})", outcome.follow_ups.len()) }</h3>
            if outcome.follow_ups.is_empty() { <p>{ "None: every answer is green." }</p> }
            <ul class="follow-ups">
                { for outcome.follow_ups.iter().map(|item| html! {
                    <li>
                        { badge(item.risk.label(), risk_tone(item.risk)) }{ " " }
                        <button type="button" class="link" onclick={jump(&item.question.id)}>{ &item.question.text }</button>
                        { format!(" — {}", item.answer.unwrap_or_default()) }
                        <p>
                            <strong>{ "Owner: " }</strong>{ if item.owner.is_empty() { "no owner yet" } else { item.owner } }
                            if !item.mitigation.is_empty() { { " · " }<em>{ "What to do: " }</em>{ item.mitigation } }
                        </p>
                        if !item.note.trim().is_empty() { <p class="muted">{ "Notes: " }{ item.note }</p> }
                    </li>
                }) }
            </ul>
            if !outcome.open.is_empty() {
                <h3>{ format!("Not answered yet ({})", outcome.open.len()) }</h3>
                <ul>
                    { for outcome.open.iter().map(|item| html! {
                        <li>
                            <button type="button" class="link" onclick={jump(&item.question.id)}>{ &item.question.text }</button>
                            if !item.note.trim().is_empty() { <span class="muted">{ format!(" — notes: {}", item.note) }</span> }
                        </li>
                    }) }
                </ul>
            }
            <div class="button-row">
                <button type="button" onclick={download}>{ "Download the outcome (Markdown)" }</button>
            </div>
        </>
    }
}
