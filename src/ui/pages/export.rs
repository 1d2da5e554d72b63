//! Export: the staging plan (Markdown), a backlog (Azure DevOps or Jira CSV), the plan (JSON),
//! a printable page and a share link. Each is one choice and one click; nothing leaves the
//! machine except by the user's own hand.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::page;
use crate::domain::analysis::Analysis;
use crate::domain::export::backlog::{backlog_csv, Tracker};
use crate::domain::export::markdown::staging_plan;
use crate::domain::export::{file_name, share, ExportFormat};
use crate::domain::persist::to_json;
use crate::domain::plan::Plan;
use crate::ui::components::file_actions::save_export;
use crate::ui::pages::print_view::print_view;
use crate::ui::state::{use_plan_and_analysis, AnalysisContext, PlanContext, PlanMsg, Status};
use crate::ui::versions::hand_over;

/// The format, its radio's id (each its own: a shared id once made "Jira" pick Azure DevOps),
/// its label and what it is for.
const CHOICES: &[(ExportFormat, &str, &str, &str)] = &[
    (ExportFormat::Markdown, "export-markdown", "Staging plan (Markdown)", "Waves, workloads, decisions with reasons, replication, checklists and findings; pastes into a wiki or pull request."),
    (ExportFormat::AzureDevOps, "export-azure-devops", "Backlog for Azure DevOps Boards (CSV)", "Epic per wave, Feature per workload, User Story per asset and remediation item."),
    (ExportFormat::Jira, "export-jira", "Backlog for Jira (CSV)", "Epic per wave, Story per workload, Sub-task per asset and remediation item."),
    (ExportFormat::Json, "export-json", "Whole plan (JSON)", "For backup and hand-over; imports back exactly."),
];

#[function_component(ExportPage)]
pub fn export_page() -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let choice = use_state(|| state.drafts.export_format());
    {
        // Remember the format for the session, so coming back to this page keeps it.
        let drafts = state.drafts.clone();
        use_effect_with(*choice, move |current| drafts.set_export_format(*current));
    }
    let share_result = use_state(|| None::<Result<String, String>>);
    let printing = use_print_view(&state);
    let export = export_file(&state, &analysis, &choice);
    let make_link = {
        let (state, share_result) = (state.clone(), share_result.clone());
        Callback::from(move |_| {
            // The link, or why there is none in words: what the page shows.
            let result = hand_over(&state)
                .map_err(|error| error.to_string())
                .and_then(|plan| share::encode(&plan).map_err(|error| error.to_string()))
                .map_err(|why| format!("Cannot make a link: {why}"))
                .map(|data| format!("{}#/shared/{data}", page::base_url().unwrap_or_default()));
            share_result.set(Some(result));
        })
    };
    let print = {
        let printing = printing.clone();
        Callback::from(move |_| printing.set(true))
    };
    html! {
        <section aria-labelledby="export-title">
            <div class="screen-only">
                <h1 id="export-title">{ "Export" }</h1>
                <p class="lead">{ "Take the plan out. Files are made in this browser and saved by it; nothing is uploaded." }</p>
                { format_card(&choice, export) }
                <crate::ui::pages::tracker_link::TrackerLink />
                <div class="card-grid">
                    <div class="card">
                        <h2>{ "Printable plan" }</h2>
                        <p class="muted">{ "The browser's Print → Save as PDF gives a clean document: no navigation, a page per wave." }</p>
                        <button type="button" onclick={print}>{ "Print or save as PDF" }</button>
                    </div>
                    <div class="card">
                        <h2>{ "Share link" }</h2>
                        <p class="muted">{ "The whole plan, compressed into the link's # part, which browsers never send to a server. Whoever opens it sees the plan read-only and can save a copy." }</p>
                        <button type="button" onclick={make_link}>{ "Create share link" }</button>
                        { view_share(&share_result, &state) }
                    </div>
                </div>
            </div>
            if *printing { { print_view(&state, &analysis) } }
        </section>
    }
}

/// Export in the chosen format. A whole plan leaves as a version a teammate's copy can later
/// be merged against (`versions::hand_over`).
fn export_file(
    state: &PlanContext,
    analysis: &AnalysisContext,
    choice: &UseStateHandle<ExportFormat>,
) -> Callback<MouseEvent> {
    let (choice, state, analysis) = (choice.clone(), state.clone(), analysis.clone());
    Callback::from(move |_| {
        let plan = if *choice == ExportFormat::Json {
            match hand_over(&state) {
                Ok(plan) => plan,
                Err(error) => {
                    return state.dispatch(PlanMsg::Say(Status::Refused(error.to_string())))
                }
            }
        } else {
            (*state.plan).clone()
        };
        let (file, mime, text) = exported(*choice, &plan, &analysis.0);
        save_export(&state, &file, mime, &text);
    })
}

/// The file a format makes: its name, media type and text.
fn exported(
    choice: ExportFormat,
    plan: &Plan,
    analysis: &Analysis,
) -> (String, &'static str, String) {
    let name = plan.name().as_str();
    match choice {
        ExportFormat::Markdown => (
            file_name(name, "staging-plan.md"),
            "text/markdown",
            staging_plan(plan, analysis),
        ),
        ExportFormat::AzureDevOps => (
            file_name(name, "backlog-azure-devops.csv"),
            "text/csv",
            backlog_csv(plan, analysis, Tracker::AzureDevOps),
        ),
        ExportFormat::Jira => (
            file_name(name, "backlog-jira.csv"),
            "text/csv",
            backlog_csv(plan, analysis, Tracker::Jira),
        ),
        ExportFormat::Json => (
            file_name(name, "plan.json"),
            "application/json",
            to_json(plan),
        ),
    }
}

/// Whether the print view is drawn; once it is, the browser's print dialog opens on it.
#[hook]
fn use_print_view(state: &PlanContext) -> UseStateHandle<bool> {
    let printing = use_state(|| false);
    let (on, dispatcher) = (printing.clone(), state.dispatcher());
    use_effect_with(*printing, move |drawn| {
        if *drawn {
            if let Err(error) = page::print() {
                dispatcher.dispatch(PlanMsg::Say(Status::Refused(error)));
            }
            on.set(false);
        }
    });
    printing
}

fn format_card(choice: &UseStateHandle<ExportFormat>, export: Callback<MouseEvent>) -> Html {
    let options = CHOICES.iter().map(|(value, id, label, help)| {
        let onchange = {
            let (choice, value) = (choice.clone(), *value);
            Callback::from(move |_: Event| choice.set(value))
        };
        html! {
            <div class="radio">
                <input type="radio" name="export-format" id={*id} checked={**choice == *value} {onchange} />
                <label for={*id}>{ *label }<span class="muted">{ format!(" — {help}") }</span></label>
            </div>
        }
    });
    html! {
        <div class="card">
            <fieldset>
                <legend>{ "Format" }</legend>
                { for options }
            </fieldset>
            <button type="button" onclick={export}>{ "Export" }</button>
        </div>
    }
}

fn view_share(result: &Option<Result<String, String>>, state: &PlanContext) -> Html {
    match result {
        None => html! {},
        Some(Err(message)) => {
            html! { <div class="banner warning" role="alert"><p>{ message }</p></div> }
        }
        Some(Ok(link)) => {
            let copy = {
                let (link, dispatcher) = (link.clone(), state.dispatcher());
                Callback::from(move |_| {
                    let (link, dispatcher) = (link.clone(), dispatcher.clone());
                    yew::platform::spawn_local(async move {
                        let status = match page::copy_to_clipboard(&link).await {
                            Ok(()) => Status::Done("Share link copied".into()),
                            Err(error) => Status::Refused(error),
                        };
                        dispatcher.dispatch(PlanMsg::Say(status));
                    });
                })
            };
            let select_all = Callback::from(|event: FocusEvent| {
                event.target_unchecked_into::<HtmlInputElement>().select()
            });
            html! {
                <div class="share">
                    <label for="share-link">{ format!("Share link ({} characters)", link.len()) }</label>
                    <input id="share-link" type="text" readonly=true value={link.clone()} onfocus={select_all} />
                    <button type="button" class="secondary" onclick={copy}>{ "Copy link" }</button>
                </div>
            }
        }
    }
}
