//! One workload on a wave's cutover runbook: go or no-go, the cut-over (a form: mode, day,
//! start, hours, the team's rollback steps), the replication dates counted back from it, the steps
//! with their owners, the go/no-go checks and how to roll back.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::export::runbook::replication_line;
use crate::domain::forms::{CutoverField, CutoverForm, FieldErrors};
use crate::domain::quantity::counted;
use crate::domain::runbook::CutoverEntry;
use crate::domain::workload::CutoverMode;
use crate::ui::components::badge::{badge, severity_tone};
use crate::ui::components::fields;
use crate::ui::hooks::use_kept_form::{use_kept_form, KeptForm};
use crate::ui::state::{PlanContext, PlanMsg};

#[derive(Properties, PartialEq)]
pub struct RunbookEntryProps {
    pub entry: CutoverEntry,
}

#[function_component(RunbookEntry)]
pub fn runbook_entry(props: &RunbookEntryProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let entry = &props.entry;
    let pristine = state
        .plan
        .workload(entry.workload)
        .map(CutoverForm::of)
        .unwrap_or_default();
    let keep: Rc<dyn Fn(Option<CutoverForm>)> = {
        let (drafts, plan_id, id) = (state.drafts.clone(), state.plan_id.clone(), entry.workload);
        Rc::new(move |draft| drafts.set_cutover(&plan_id, id, draft))
    };
    let kept = || state.drafts.cutover(&state.plan_id, entry.workload);
    let KeptForm { form, settle, .. } = use_kept_form(pristine.clone(), kept, keep);
    let errors = use_state(FieldErrors::<CutoverField>::new);
    let save = {
        let (state, form, errors, id) =
            (state.clone(), form.clone(), errors.clone(), entry.workload);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(workload) = state.plan.workload(id) else {
                return;
            };
            match form.parse(workload, &state.plan) {
                Ok(action) => {
                    errors.set(FieldErrors::new());
                    let label = format!("{}: cut-over plan saved", workload.name);
                    state.dispatch(PlanMsg::apply(action, label));
                    settle();
                }
                Err(found) => errors.set(found),
            }
        })
    };
    let heading = format!("cutover-{}", entry.workload.0);
    html! {
        <article class="card runbook-entry" aria-labelledby={heading.clone()}>
            <h3 id={heading}>
                { entry.name.clone() }{ " " }
                { verdict(entry) }
            </h3>
            <p>{ summary(entry) }</p>
            <p class="replication-dates">{ replication_line(entry) }</p>
            { for entry.findings.iter().map(|finding| html! {
                <p class="banner">{ badge(finding.severity.label(), severity_tone(finding.severity)) }{ format!(" {} {}", finding.what, finding.fix) }</p>
            }) }
            { window_form(entry, &form, &errors, save, *form != pristine) }
            { steps_table(entry) }
            { checks(entry) }
            { rollback(entry) }
        </article>
    }
}

fn verdict(entry: &CutoverEntry) -> Html {
    let open = entry.checks.iter().filter(|check| !check.done).count();
    if open == 0 {
        badge("Go", "ok")
    } else {
        badge(
            &format!("No-go: {} open", counted(open, "check", "checks")),
            "warn",
        )
    }
}

fn summary(entry: &CutoverEntry) -> String {
    let mode = entry
        .mode
        .map_or("Cut-over mode not decided yet", |mode| mode.label());
    let window = entry.window.map_or("window not set yet".to_owned(), |w| {
        format!("{} from {} for {} h", w.day, w.start, w.hours)
    });
    format!("{mode} · {window}")
}

fn window_form(
    entry: &CutoverEntry,
    form: &UseStateHandle<CutoverForm>,
    errors: &FieldErrors<CutoverField>,
    onsubmit: Callback<SubmitEvent>,
    unsaved: bool,
) -> Html {
    let field = |name: &str| format!("cutover-{}-{name}", entry.workload.0);
    let label = format!("Cut-over window of {}", entry.name);
    html! {
        <form class="screen-only cutover-form" {onsubmit} aria-label={label}>
            <div class="form-row">
                { fields::pick(&field("mode"), "Cut-over", CutoverMode::ALL, CutoverMode::label, form.mode, Some("Not decided yet"), fields::edit(form, |f, v| f.mode = v)) }
                { fields::typed_input("date", &field("day"), CutoverField::Day.label(), &form.day, errors.get(&CutoverField::Day), fields::edit(form, |f, v| f.day = v)) }
                { fields::typed_input("time", &field("start"), CutoverField::Start.label(), &form.start, errors.get(&CutoverField::Start), fields::edit(form, |f, v| f.start = v)) }
                { fields::typed_input("number", &field("hours"), CutoverField::Hours.label(), &form.hours, errors.get(&CutoverField::Hours), fields::edit(form, |f, v| f.hours = v)) }
            </div>
            { fields::area(&field("rollback"), "Rollback steps, one per line (empty: waveplan proposes them)", &form.rollback_steps, fields::edit(form, |f, v| f.rollback_steps = v)) }
            if let Some(error) = errors.get(&CutoverField::RollbackSteps) {
                <p class="field-error">{ error.clone() }</p>
            }
            <button type="submit">{ if unsaved { "Save cut-over plan (unsaved changes)" } else { "Save cut-over plan" } }</button>
        </form>
    }
}

fn steps_table(entry: &CutoverEntry) -> Html {
    html! {
        <div class="scroll-x">
        <table class="table">
            <caption>{ format!("Steps and owners (informed: {})", entry.informed) }</caption>
            <thead><tr><th scope="col">{ "Step" }</th><th scope="col">{ "When" }</th><th scope="col">{ "Responsible" }</th><th scope="col">{ "Accountable" }</th><th scope="col">{ "Consulted" }</th></tr></thead>
            <tbody>
                { for entry.steps.iter().map(|step| html! {
                    <tr>
                        <th scope="row">{ step.what.clone() }</th>
                        <td>{ step.when.clone() }</td>
                        <td>{ step.responsible.to_string() }</td>
                        <td>{ step.accountable.to_string() }</td>
                        <td>{ step.consulted.to_string() }</td>
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}

fn checks(entry: &CutoverEntry) -> Html {
    html! {
        <>
            <h4>{ "Go/no-go checks" }</h4>
            <ul class="go-checks">
                { for entry.checks.iter().map(|check| html! {
                    <li>
                        { badge(if check.done { "Done" } else { "Open" }, if check.done { "ok" } else { "warn" }) }
                        { format!(" {} — {}", check.label, check.detail) }
                    </li>
                }) }
            </ul>
        </>
    }
}

fn rollback(entry: &CutoverEntry) -> Html {
    let trigger = entry
        .rollback_trigger
        .clone()
        .unwrap_or_else(|| "no trigger agreed yet (workload editor: “Roll back if”)".to_owned());
    html! {
        <>
            <h4>{ "Rollback" }</h4>
            <p>{ format!("Roll back if: {trigger}") }</p>
            <p class="muted">{ if entry.rollback_proposed { "Steps proposed by waveplan; write your own above." } else { "Steps written by the team." } }</p>
            <ol>
                { for entry.rollback_steps.iter().map(|step| html! { <li>{ step.clone() }</li> }) }
            </ol>
        </>
    }
}
