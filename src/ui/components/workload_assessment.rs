//! A workload's assessment in its editor: the release backlog's questions, each with its
//! answers (risk shown once answered, as in the workshop) and a note; each answer is one change.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::domain::action::Action;
use crate::domain::assessment::{answered, gaps};
use crate::domain::plan::workload_assessment;
use crate::domain::questions::{Answer, AnswerEdit, Question};
use crate::domain::workload::{Workload, WorkloadId};
use crate::ui::components::badge::{badge, risk_tone};
use crate::ui::state::{PlanContext, PlanMsg};

#[derive(Properties, PartialEq)]
pub struct WorkloadAssessmentProps {
    pub workload: WorkloadId,
}

/// Records `edit` to the workload's answer to `question`.
pub fn assess(state: &PlanContext, workload: &Workload, question: &Question, edit: AnswerEdit) {
    let previous = workload.assessment.get(&question.id);
    let label = format!("{}: {}", workload.name, edit.said(question, previous));
    let answer = Answer::edited(previous, edit);
    state.dispatch(PlanMsg::apply(
        Action::AssessWorkload {
            workload: workload.id,
            question: question.id.clone(),
            answer,
        },
        label,
    ));
}

#[function_component(WorkloadAssessment)]
pub fn workload_assessment_view(props: &WorkloadAssessmentProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let Some(workload) = state.plan.workload(props.workload).cloned() else {
        return html! {};
    };
    let (done, total) = answered(&workload);
    let open = gaps(&workload).len();
    html! {
        <section aria-labelledby="assessment-title">
            <h3 id="assessment-title">{ "Assessment" }</h3>
            <p class="muted">{ format!("The release backlog's facts for this workload (CAF): {done} of {total} answered, {open} not green. Red answers show as findings; a red answer to a blocking question holds the promotion back (waveplan's rule).") }</p>
            { for workload_assessment().questions().iter().map(|q| question(&state, &workload, q)) }
        </section>
    }
}

fn question(state: &PlanContext, workload: &Workload, q: &Question) -> Html {
    let current = workload.assessment.get(&q.id);
    let answered = current.is_some_and(|a| !a.choice.is_empty());
    let name = format!("assess-{}", q.id);
    let choices = q.choices.iter().map(|choice| {
        let id = format!("{name}-{}", choice.id);
        let selected = current.is_some_and(|a| a.choice == choice.id);
        let pick = {
            let (state, workload, q, choice) = (state.clone(), workload.clone(), q.clone(), choice.id.clone());
            Callback::from(move |_: Event| assess(&state, &workload, &q, AnswerEdit::Choice(choice.clone())))
        };
        html! {
            <div class="radio">
                <input type="radio" id={id.clone()} name={name.clone()} checked={selected} onchange={pick} />
                <label for={id}>{ &choice.label }
                    if answered { { " " }{ badge(choice.risk.label(), risk_tone(choice.risk)) } }
                </label>
            </div>
        }
    });
    let on_note = {
        let (state, workload, q) = (state.clone(), workload.clone(), q.clone());
        Callback::from(move |event: Event| {
            let note = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            assess(&state, &workload, &q, AnswerEdit::Note(note));
        })
    };
    let note_id = format!("{name}-note");
    html! {
        <fieldset class="assessment-question">
            <legend>{ &q.text }{ if q.blocking { " (blocking)" } else { "" } }</legend>
            <p class="muted">{ &q.help }</p>
            { for choices }
            <label for={note_id.clone()}>{ "Notes" }</label>
            <textarea id={note_id} rows="2" value={current.map(|a| a.note.clone()).unwrap_or_default()} onchange={on_note} />
        </fieldset>
    }
}
