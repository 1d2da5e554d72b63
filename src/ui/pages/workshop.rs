//! Workshop mode: one question at a time in large type for a projector. Keys work wherever the
//! focus is (except while typing a note): → or N next, ← or P previous, 1–9 pick an answer. A
//! workshop resumes at the first unanswered question. Risk badges stay hidden until the room
//! has answered, so the colours do not steer the discussion. The summary lists every amber and
//! red answer with its notes and owner, and downloads as Markdown.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser::clock::{local_stamp, now_millis};
use crate::browser::download::download_text;
use crate::domain::action::Action;
use crate::domain::decision_log::Decision;
use crate::domain::export::file_name;
use crate::domain::export::workshop_outcome::workshop_outcome;
use crate::domain::plan::workload_assessment;
use crate::domain::questions::{Answer, AnswerEdit, Question, Risk};
use crate::domain::workload::WorkloadId;
use crate::domain::workshop::{outcome, progress_words, resume_at, FollowUp, WorkshopScope};
use crate::ui::components::badge::{badge, risk_tone};
use crate::ui::components::workload_assessment::assess;
use crate::ui::components::workshop_clock::WorkshopClock;
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
    let scope = use_state(|| WorkshopScope::Release);
    let position = use_state(|| resume_at(&state.plan));
    let decided_by = use_state(String::new);
    let questions = scope.questions(&state.plan);
    let total = questions.len();
    let at_summary = *position >= total;
    let question = questions.get(*position).cloned().map(Rc::new);
    let on_step = {
        let (position, at) = (position.clone(), *position);
        Callback::from(move |forward: bool| {
            position.set(if forward {
                (at + 1).min(total)
            } else {
                at.saturating_sub(1)
            })
        })
    };
    use_workshop_keys(
        &position,
        total,
        &state,
        (*scope, question.clone()),
        &decided_by,
    );
    // The new question's heading takes the focus, so a screen reader reads it out.
    use_effect_with(*position, |_| {
        crate::browser::page::focus(WORKSHOP_HEADING);
    });
    let next = questions.get(*position + 1).map(|q| q.text.as_str());
    let body = match (question.filter(|_| !at_summary), *scope) {
        (None, WorkshopScope::Release) => summary(&state, &analysis.0.readiness, &position),
        (None, WorkshopScope::Workload(id)) => workload_summary(&state, id, &position),
        (Some(q), scope) => question_view(&state, scope, &q, &decided_by),
    };
    html! {
        <section class="workshop" aria-label="Readiness workshop">
            <h1>{ "Readiness workshop" }</h1>
            <p class="muted">{ "Keys: → next, ← previous, 1–9 answer (not while typing a note)." }</p>
            { scope_picker(&state, &scope, &position) }
            { progress(*position, total) }
            <div class="card facilitator" role="group" aria-label="Facilitator">
                <WorkshopClock scope={*scope} position={*position} {on_step} />
                { facilitator_panel(&state, next, &decided_by) }
            </div>
            { body }
            { workshop_nav(&position, total, props.on_leave.clone()) }
        </section>
    }
}

/// Keys work wherever the focus is while the workshop is open; re-bound when the question, the
/// plan or the name of who decides changes, so a digit answers the question on screen.
#[hook]
fn use_workshop_keys(
    position: &UseStateHandle<usize>,
    total: usize,
    state: &PlanContext,
    asked: (WorkshopScope, Option<Rc<Question>>),
    decided_by: &UseStateHandle<String>,
) {
    let (scope, question) = asked;
    let (position, state, by) = (position.clone(), state.clone(), (**decided_by).clone());
    let deps = (*position, state.revision, by.clone(), scope);
    use_effect_with(deps, move |_| {
        let listener = crate::browser::keys::listen_plain(move |key| {
            let asked = question.as_deref().map(|q| (scope, q));
            on_key(key, &position, total, &state, asked, &by)
        });
        move || drop(listener)
    });
}

fn progress(position: usize, total: usize) -> Html {
    let said = progress_words(position, total);
    html! {
        <div class="progress">
            <progress max={total.to_string()} value={position.min(total).to_string()} aria-label="Workshop progress" />
            <span>{ said }</span>
        </div>
    }
}

fn workshop_nav(position: &UseStateHandle<usize>, total: usize, on_leave: Callback<()>) -> Html {
    let go = |to: usize| {
        let position = position.clone();
        Callback::from(move |_| position.set(to.min(total)))
    };
    let at = **position;
    html! {
        <div class="button-row">
            <button type="button" class="secondary" onclick={go(at.saturating_sub(1))} disabled={at == 0}>{ "Previous question" }</button>
            if at < total {
                <button type="button" onclick={go(at + 1)}>{ "Next question" }</button>
                <button type="button" class="secondary" onclick={go(total)}>{ "Summary" }</button>
            }
            <button type="button" class="secondary" onclick={on_leave.reform(|_| ())}>{ "Leave workshop" }</button>
        </div>
    }
}

/// What only the facilitator sees beside the clock: who decides (for the decision log), the
/// next question, and the button that opens the projector window.
fn facilitator_panel(
    state: &PlanContext,
    next: Option<&str>,
    decided_by: &UseStateHandle<String>,
) -> Html {
    let on_name = crate::ui::components::fields::on_text(decided_by);
    let open = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| {
            if let Err(error) =
                crate::browser::page::open_window("#/projector", "waveplan-projector")
            {
                dispatcher.dispatch(PlanMsg::Say(Status::Refused(error)));
            }
        })
    };
    html! {
        <>
            <div class="field">
                <label for="decided-by">{ "Decided by (for the decision log)" }</label>
                <input id="decided-by" type="text" value={(**decided_by).clone()} oninput={on_name} />
            </div>
            if let Some(next) = next { <p class="muted">{ "Next: " }{ next }</p> }
            <button type="button" class="secondary" onclick={open}>{ "Open presenter window" }</button>
        </>
    }
}

/// The room's answer, with its entry in the decision log (when, who decided, the notes so far):
/// one change.
fn decide(
    state: &PlanContext,
    scope: WorkshopScope,
    question: &Question,
    choice: &str,
    decided_by: &str,
) {
    let previous = scope
        .answers(&state.plan)
        .and_then(|answers| answers.get(&question.id));
    let answer = Answer::edited(previous, AnswerEdit::Choice(choice.to_owned()));
    let decision = Decision {
        at: local_stamp(now_millis()),
        question: scope.log_key(&question.id),
        choice: choice.to_owned(),
        note: answer.note.trim().to_owned(),
        decided_by: decided_by.trim().to_owned(),
    };
    let label = question
        .choices
        .iter()
        .find(|c| c.id == choice)
        .map_or(choice, |c| c.label.as_str());
    let action = match scope {
        WorkshopScope::Release => Action::Decide {
            question: question.id.clone(),
            answer,
            decision,
        },
        WorkshopScope::Workload(workload) => Action::Batch(vec![
            Action::AssessWorkload {
                workload,
                question: question.id.clone(),
                answer,
            },
            Action::RecordDecisions(vec![decision]),
        ]),
    };
    state.dispatch(PlanMsg::apply(action, format!("Answered: {label}")));
}

/// A note or an owner for the question on screen, in the scope walked.
fn note_or_owner(state: &PlanContext, scope: WorkshopScope, question: &Question, edit: AnswerEdit) {
    match scope {
        WorkshopScope::Release => answer(state, question, edit),
        WorkshopScope::Workload(id) => {
            if let Some(workload) = state.plan.workload(id) {
                assess(state, workload, question, edit);
            }
        }
    }
}

/// Which questions to walk: the release's readiness questions or one workload's assessment.
fn scope_picker(
    state: &PlanContext,
    scope: &UseStateHandle<WorkshopScope>,
    position: &UseStateHandle<usize>,
) -> Html {
    let plan = &state.plan;
    let workloads: Vec<(WorkloadId, String)> = plan
        .workloads()
        .filter(|w| w.migrates())
        .map(|w| (w.id, w.name.to_string()))
        .collect();
    let onchange = {
        let (scope, position, plan) = (scope.clone(), position.clone(), plan.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            let next = value.parse().map_or(WorkshopScope::Release, |id| {
                WorkshopScope::Workload(WorkloadId(id))
            });
            position.set(next.resume_at(&plan));
            scope.set(next);
        })
    };
    html! {
        <div class="field">
            <label for="workshop-scope">{ "Questions to walk" }</label>
            <select id="workshop-scope" {onchange}>
                <option value="" selected={**scope == WorkshopScope::Release}>{ "Release readiness" }</option>
                { for workloads.iter().map(|(id, name)| html! {
                    <option value={id.0.to_string()} selected={**scope == WorkshopScope::Workload(*id)}>{ format!("Assessment of {name}") }</option>
                }) }
            </select>
        </div>
    }
}

/// The end of a workload's assessment: its answers that are not green, each with what to do.
fn workload_summary(state: &PlanContext, id: WorkloadId, position: &UseStateHandle<usize>) -> Html {
    let Some(workload) = state.plan.workload(id) else {
        return html! {};
    };
    let (answered, total) = crate::domain::assessment::answered(workload);
    let questions = workload_assessment().questions();
    let jump = |qid: &str| {
        let (position, to) = (
            position.clone(),
            questions.iter().position(|q| q.id == qid).unwrap_or(0),
        );
        Callback::from(move |_| position.set(to))
    };
    html! {
        <>
            <h2 id={WORKSHOP_HEADING} tabindex="-1">{ format!("Assessment of {}: {answered} of {total} answered", workload.name) }</h2>
            <ul class="follow-ups">
                { for crate::domain::assessment::gaps(workload).iter().map(|gap| html! {
                    <li>
                        { badge(gap.risk.label(), risk_tone(gap.risk)) }{ " " }
                        <button type="button" class="link" onclick={jump(&gap.question.id)}>{ &gap.question.text }</button>
                        { format!(" — {}", gap.answer.map_or("not answered yet", |c| c.label.as_str())) }
                        if let Some(choice) = gap.answer.filter(|c| !c.mitigation.is_empty()) {
                            <p><em>{ "What to do: " }</em>{ &choice.mitigation }</p>
                        }
                    </li>
                }) }
            </ul>
        </>
    }
}

/// Whether the key did something: → N PageDown next, ← P PageUp previous, a digit answers.
fn on_key(
    key: &str,
    position: &UseStateHandle<usize>,
    total: usize,
    state: &PlanContext,
    question: Option<(WorkshopScope, &Question)>,
    decided_by: &str,
) -> bool {
    match key {
        "ArrowRight" | "n" | "N" | "PageDown" => position.set((**position + 1).min(total)),
        "ArrowLeft" | "p" | "P" | "PageUp" => position.set(position.saturating_sub(1)),
        digit if digit.len() == 1 && digit.chars().all(|c| c.is_ascii_digit()) => {
            let chosen = digit
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| question.and_then(|(s, q)| q.choices.get(i).map(|c| (s, q, c))));
            let Some((scope, q, choice)) = chosen else {
                return false;
            };
            decide(state, scope, q, &choice.id, decided_by);
        }
        _ => return false,
    }
    true
}

fn question_view(
    state: &PlanContext,
    scope: WorkshopScope,
    q: &Rc<Question>,
    decided_by: &UseStateHandle<String>,
) -> Html {
    let current = scope
        .answers(&state.plan)
        .and_then(|answers| answers.get(&q.id))
        .cloned();
    let on_note = {
        let (state, q) = (state.clone(), q.clone());
        Callback::from(move |event: Event| {
            let note = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            note_or_owner(&state, scope, &q, AnswerEdit::Note(note));
        })
    };
    let on_owner = {
        let (state, q) = (state.clone(), q.clone());
        Callback::from(move |event: Event| {
            let owner = event.target_unchecked_into::<HtmlInputElement>().value();
            note_or_owner(&state, scope, &q, AnswerEdit::Owner(owner));
        })
    };
    html! {
        <>
            <p class="muted">{ q.section.label() }{ if q.blocking { " · blocking" } else { "" } }</p>
            <h2 id={WORKSHOP_HEADING} tabindex="-1">{ &q.text }</h2>
            <p class="muted">{ &q.help }</p>
            <fieldset aria-labelledby={WORKSHOP_HEADING}>
                { for (0..q.choices.len()).map(|index| choice_view(state, (scope, q), index, current.as_ref(), decided_by)) }
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

/// One answer to pick, its risk shown once the room has answered (colours must not steer it).
fn choice_view(
    state: &PlanContext,
    (scope, q): (WorkshopScope, &Rc<Question>),
    index: usize,
    current: Option<&Answer>,
    decided_by: &UseStateHandle<String>,
) -> Html {
    let choice = &q.choices[index];
    let answered = current.is_some_and(|a| !a.choice.is_empty());
    let selected = current.is_some_and(|a| a.choice == choice.id);
    let pick = {
        let (state, q, id, by) = (
            state.clone(),
            q.clone(),
            choice.id.clone(),
            decided_by.clone(),
        );
        Callback::from(move |_: Event| decide(&state, scope, &q, &id, &by))
    };
    let id = format!("choice-{index}");
    html! {
        <div class={classes!("choice", selected.then_some("selected"))}>
            <input type="radio" name="workshop-choice" id={id.clone()} checked={selected} onchange={pick} />
            <label for={id}>
                <kbd>{ index + 1 }</kbd>{ " " }{ &choice.label }
                if answered { { " " }{ badge(choice.risk.label(), risk_tone(choice.risk)) } }
            </label>
            if selected && choice.risk != Risk::Green {
                <p class="rationale">{ &choice.rationale }{ " " }<em>{ "What to do: " }</em>{ &choice.mitigation }</p>
            }
        </div>
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
                { for outcome.follow_ups.iter().map(|item| follow_up_item(item, jump(&item.question.id))) }
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

fn follow_up_item(item: &FollowUp, jump: Callback<MouseEvent>) -> Html {
    html! {
        <li>
            { badge(item.risk.label(), risk_tone(item.risk)) }{ " " }
            <button type="button" class="link" onclick={jump}>{ &item.question.text }</button>
            { format!(" — {}", item.answer.unwrap_or_default()) }
            <p>
                <strong>{ "Owner: " }</strong>{ if item.owner.is_empty() { "no owner yet" } else { item.owner } }
                if !item.mitigation.is_empty() { { " · " }<em>{ "What to do: " }</em>{ item.mitigation } }
            </p>
            if !item.note.trim().is_empty() { <p class="muted">{ "Notes: " }{ item.note }</p> }
        </li>
    }
}
