//! Reading the team's tracker export back, so the next backlog export updates the items it
//! created instead of duplicating them. A file that is not one is refused with the reason.

use yew::prelude::*;

use crate::domain::import::tracker_export::read_tracker_export;
use crate::domain::plan::Action;
use crate::domain::tracker::Tracker;
use crate::ui::hooks::use_file_message::use_file_message;
use crate::ui::state::{PlanContext, PlanMsg, Status};

/// What reading `file` says: the items linked, or why nothing changed.
fn message_for(
    file: String,
    text: Result<String, crate::browser::file_read::FileReadError>,
) -> PlanMsg {
    let read = text
        .map_err(|e| format!("{file}: {e}"))
        .and_then(|text| read_tracker_export(&file, &text).map_err(|e| e.to_string()));
    match read {
        Ok(export) => {
            let others = match export.other_rows {
                0 => String::new(),
                n => format!(" ({n} items without a waveplan tag left alone)"),
            };
            let label = format!(
                "Read {} {} items from {file}; the next backlog export updates them{others}",
                export.items.len(),
                export.tracker,
            );
            PlanMsg::apply(
                Action::LinkTracker {
                    tracker: export.tracker,
                    items: export.items,
                },
                label,
            )
        }
        Err(message) => PlanMsg::Say(Status::Refused(format!("Nothing was changed. {message}"))),
    }
}

#[function_component(TrackerLink)]
pub fn tracker_link() -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let (input, onchange) = use_file_message(&state, message_for);
    html! {
        <div class="card">
            <h2>{ "Update your tracker instead of duplicating" }</h2>
            <p class="muted">{ "Every backlog item carries a waveplan-… tag (Azure DevOps) or label (Jira). After importing the backlog, export those items from your tracker (Azure DevOps: a query with ID, Title and Tags, Export to CSV; Jira: Export → CSV) and read the file here. The next backlog export then names each item by your tracker's id, so importing it updates them, and lists what the plan no longer has as removed." }</p>
            <label for="tracker-file" class="button secondary">{ "Read back from your tracker (CSV)" }</label>
            <input id="tracker-file" class="visually-hidden" type="file" accept=".csv,text/csv" ref={input} {onchange} />
            { linked(&state) }
        </div>
    }
}

/// How many items each tracker has linked, with a way to forget them.
fn linked(state: &PlanContext) -> Html {
    let forget = |tracker: Tracker| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let label = format!("Forgot the {tracker} ids: the next export creates new items");
            state.dispatch(PlanMsg::apply(
                Action::LinkTracker {
                    tracker,
                    items: Vec::new(),
                },
                label,
            ));
        })
    };
    html! {
        <ul>
            { for Tracker::ALL.iter().map(|tracker| {
                let count = state.plan.tracked().iter().filter(|item| item.tracker == *tracker).count();
                html! {
                    <li>
                        { format!("{tracker}: {}", if count == 0 { "no ids yet".to_owned() } else { format!("{count} items linked") }) }
                        if count > 0 {
                            { " " }<button type="button" class="secondary" onclick={forget(*tracker)}>{ format!("Forget {tracker} ids") }</button>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
