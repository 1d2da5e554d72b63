//! Readiness: the question bank by section, each answer with its risk (word and colour), the
//! overall level and the blocking gaps with what to do about them. Workshop mode walks a room
//! through the questions one at a time. The bank itself can be exported, edited and imported.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser::download::download_text;
use crate::domain::plan::Action;
use crate::domain::questions::{Question, Risk, Section};
use crate::domain::readiness::{Answer, AnswerEdit, Readiness, ReadinessLevel};
use crate::ui::components::badge::{badge, risk_tone};
use crate::ui::components::fields::option_key;
use crate::ui::pages::question_bank_io::QuestionBankIo;
use crate::ui::pages::workshop::Workshop;
use crate::ui::state::{use_plan_and_analysis, PlanContext, PlanMsg, Status};

pub fn level_tone(level: ReadinessLevel) -> &'static str {
    match level {
        ReadinessLevel::Ready => "ok",
        ReadinessLevel::AtRisk => "warn",
        ReadinessLevel::Blocked => "bad",
    }
}

/// Records one change to an answer, keeping the rest: a note or an owner alone is kept too,
/// so what the room said before agreeing is not lost.
pub fn answer(state: &PlanContext, question: &Question, edit: AnswerEdit) {
    let previous = state.plan.answers().get(&question.id);
    let label = edit.said(question, previous);
    let action = Action::Answer {
        question: question.id.clone(),
        answer: Answer::edited(previous, edit),
    };
    state.dispatch(PlanMsg::apply(action, label));
}

pub fn view_summary(readiness: &Readiness) -> Html {
    html! {
        <div class="summary">
            <p>
                { badge(readiness.level.label(), level_tone(readiness.level)) }
                { format!(" {} {} of {} questions answered.", readiness.reason, readiness.answered, readiness.total) }
            </p>
            <ul class="scores">
                { for readiness.sections.iter().map(|s| html! {
                    <li>{ format!("{}: {} of {} answered, score {} %", s.section, s.answered, s.total, s.percent) }</li>
                }) }
            </ul>
            <p class="hint">{ "A section's score counts green answers fully and amber ones half (waveplan's scoring, not CAF's)." }</p>
            if readiness.blocking_gaps().next().is_some() {
                <h3>{ "Blocking gaps" }</h3>
                <ul class="gaps">
                    { for readiness.blocking_gaps().map(|gap| html! {
                        <li>
                            { badge(gap.risk.label(), risk_tone(gap.risk)) }
                            { " " }<strong>{ &gap.text }</strong>
                            <p>{ &gap.rationale }{ " " }<em>{ "What to do: " }</em>{ &gap.mitigation }</p>
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}

#[function_component(ReadinessPage)]
pub fn readiness_page() -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let workshop = use_state(|| false);
    if *workshop {
        let leave = {
            let workshop = workshop.clone();
            Callback::from(move |_| workshop.set(false))
        };
        return html! { <Workshop on_leave={leave} /> };
    }
    let start = {
        let workshop = workshop.clone();
        Callback::from(move |_| workshop.set(true))
    };
    let bank = state.plan.questions();
    let export_bank = {
        let (json, dispatcher) = (bank.to_json(), state.dispatcher());
        Callback::from(move |_| {
            let status = match download_text("waveplan-questions.json", "application/json", &json) {
                Ok(()) => Status::Done("Exported the question bank".into()),
                Err(error) => Status::Refused(error.to_string()),
            };
            dispatcher.dispatch(PlanMsg::Say(status));
        })
    };
    html! {
        <section aria-labelledby="readiness-title">
            <h1 id="readiness-title">{ "Readiness" }</h1>
            <p class="lead">{ "What the team must settle before executing migrations. Answer with the team; every answer that is not green says why and what to do." }</p>
            <div class="button-row">
                <button type="button" onclick={start}>{ "Start workshop" }</button>
                <button type="button" class="secondary" onclick={export_bank}>{ "Export questions (JSON)" }</button>
                <QuestionBankIo />
            </div>
            <section class="card" aria-labelledby="overall-title">
                <h2 id="overall-title">{ "Overall readiness" }</h2>
                { view_summary(&analysis.0.readiness) }
            </section>
            { for Section::ALL.iter().map(|section| {
                let questions: Vec<&Question> = bank.questions().iter().filter(|q| q.section == *section).collect();
                if questions.is_empty() { return html! {}; }
                html! {
                    <section class="card" aria-labelledby={format!("section-{section:?}")}>
                        <h2 id={format!("section-{section:?}")}>{ section.label() }</h2>
                        { for questions.into_iter().map(|q| question_row(&state, q)) }
                    </section>
                }
            }) }
        </section>
    }
}

/// One question with its answer, risk and note (a plain function: it keeps no state).
fn question_row(state: &PlanContext, q: &Question) -> Html {
    let current = state.plan.answers().get(&q.id).cloned();
    let chosen = current
        .as_ref()
        .and_then(|a| q.choices.iter().find(|c| c.id == a.choice));
    let risk = chosen.map_or(Risk::Unknown, |c| c.risk);
    let onchange = {
        let (state, question) = (state.clone(), q.clone());
        Callback::from(move |event: Event| {
            let choice = event.target_unchecked_into::<HtmlSelectElement>().value();
            answer(&state, &question, AnswerEdit::Choice(choice));
        })
    };
    let on_note = {
        let (state, question) = (state.clone(), q.clone());
        Callback::from(move |event: Event| {
            let note = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            answer(&state, &question, AnswerEdit::Note(note));
        })
    };
    let on_owner = {
        let (state, question) = (state.clone(), q.clone());
        Callback::from(move |event: Event| {
            let owner = event.target_unchecked_into::<HtmlInputElement>().value();
            answer(&state, &question, AnswerEdit::Owner(owner));
        })
    };
    let id = format!("q-{}", q.id);
    html! {
        <div class="question">
            <label id={format!("{id}-text")} for={id.clone()}>{ &q.text }{ if q.blocking { " (blocking)" } else { "" } }</label>
            <p class="muted">{ &q.help }</p>
            <div class="form-row">
                <select id={id.clone()} {onchange}>
                    <option value="" selected={chosen.is_none()} key={option_key("", chosen.is_none())}>{ "Not answered" }</option>
                    { for q.choices.iter().map(|c| {
                        let picked = chosen.is_some_and(|x| x.id == c.id);
                        html! { <option value={c.id.clone()} selected={picked} key={option_key(&c.id, picked)}>{ &c.label }</option> }
                    }) }
                </select>
                { badge(if chosen.is_some() { risk.label() } else { "Not answered" }, risk_tone(risk)) }
            </div>
            if let Some(choice) = chosen.filter(|c| c.risk != Risk::Green) {
                <p class="rationale">{ &choice.rationale }{ " " }<em>{ "What to do: " }</em>{ &choice.mitigation }</p>
            }
            <div class="note-row">
                <div class="field">
                    <label for={format!("{id}-note")} class="small-label">{ "Notes from the room" }</label>
                    <textarea id={format!("{id}-note")} aria-describedby={format!("{id}-text")} class="note" rows="2" value={current.as_ref().map(|a| a.note.clone()).unwrap_or_default()} onchange={on_note} />
                </div>
                <div class="field owner">
                    <label for={format!("{id}-owner")} class="small-label">{ "Owner (who follows up)" }</label>
                    <input id={format!("{id}-owner")} aria-describedby={format!("{id}-text")} type="text" value={current.map(|a| a.owner).unwrap_or_default()} onchange={on_owner} />
                </div>
            </div>
        </div>
    }
}
