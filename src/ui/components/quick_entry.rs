//! Quick entry: several assets (of one workload) or several workloads typed or pasted one per
//! line. The domain reads every line first (`forms::quick_assets`, `forms::quick_workloads`);
//! then all are added as one change (one undo), or nothing is and each bad line is named.

use yew::prelude::*;

use crate::domain::forms::{quick_assets, quick_workloads, QuickEntryError};
use crate::domain::plan::{Action, Plan};
use crate::domain::quantity::counted;
use crate::domain::workload::WorkloadId;
use crate::ui::state::{PlanContext, PlanMsg};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuickTarget {
    Assets(WorkloadId),
    Workloads,
}

impl QuickTarget {
    fn id(self) -> &'static str {
        match self {
            QuickTarget::Assets(_) => "quick-assets",
            QuickTarget::Workloads => "quick-workloads",
        }
    }

    fn columns(self) -> &'static str {
        match self {
            QuickTarget::Assets(_) => {
                "One asset per line: name, kind, OS, cores, memory GB, storage GB. Only the name is needed. Paste from a spreadsheet (tabs), or separate with ; or ,."
            }
            QuickTarget::Workloads => {
                "One workload per line: name, environment (production or non-production), criticality. Only the name is needed. Paste from a spreadsheet (tabs), or separate with ; or ,."
            }
        }
    }
}

impl QuickTarget {
    fn summary(self) -> &'static str {
        match self {
            QuickTarget::Assets(_) => "Add several assets at once",
            QuickTarget::Workloads => "Add several workloads at once",
        }
    }

    /// Says what the lines become: both quick entries can be on one page (the workloads and
    /// the open workload's assets).
    fn button(self) -> &'static str {
        match self {
            QuickTarget::Assets(_) => "Add all lines as assets",
            QuickTarget::Workloads => "Add all lines as workloads",
        }
    }

    fn label(self) -> &'static str {
        match self {
            QuickTarget::Assets(_) => "Assets, one per line",
            QuickTarget::Workloads => "Workloads, one per line",
        }
    }

    /// Every line read: one change that adds them all and its words, or each bad line named.
    fn read(self, text: &str, plan: &Plan) -> Result<(Action, String), Vec<QuickEntryError>> {
        let (actions, said): (Vec<Action>, String) = match self {
            QuickTarget::Assets(workload) => {
                let assets = quick_assets(text, workload, plan)?;
                let names: Vec<String> = assets.iter().map(|a| a.name.to_string()).collect();
                let count = counted(assets.len(), "asset", "assets");
                let actions = assets.into_iter().map(Action::AddAsset).collect();
                (actions, format!("Added {count}: {}", names.join(", ")))
            }
            QuickTarget::Workloads => {
                let workloads = quick_workloads(text, plan)?;
                let names: Vec<String> = workloads.iter().map(|w| w.name.to_string()).collect();
                let count = counted(workloads.len(), "workload", "workloads");
                let actions = workloads.into_iter().map(Action::AddWorkload).collect();
                (actions, format!("Added {count}: {}", names.join(", ")))
            }
        };
        if actions.is_empty() {
            return Err(vec![QuickEntryError {
                line: 1,
                field: "Lines",
                message: "Nothing to add: type or paste one per line.".into(),
            }]);
        }
        Ok((Action::Batch(actions), said))
    }
}

/// Why nothing was added, a line at a time (the first 20).
fn error_list(errors: &[QuickEntryError], id: &str) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div id={id.to_owned()} class="field-error-list" role="alert">
            <p>{ format!("Nothing was added: {} to fix.", counted(errors.len(), "problem", "problems")) }</p>
            <ul>{ for errors.iter().take(20).map(|e| html! { <li>{ e.to_string() }</li> }) }</ul>
            if errors.len() > 20 { <p>{ format!("… and {} more.", errors.len() - 20) }</p> }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuickEntryProps {
    pub target: QuickTarget,
}

#[function_component(QuickEntry)]
pub fn quick_entry(props: &QuickEntryProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let text = use_state(String::new);
    let errors = use_state(Vec::<QuickEntryError>::new);
    let target = props.target;
    let oninput = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            text.set(
                event
                    .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let onsubmit = {
        let (state, text, errors) = (state.clone(), text.clone(), errors.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match target.read(&text, &state.plan) {
                Ok((action, said)) => {
                    errors.set(Vec::new());
                    text.set(String::new());
                    state.dispatch(PlanMsg::apply(action, said));
                }
                Err(found) => {
                    errors.set(found);
                    state.dispatch(PlanMsg::ClearStatus);
                }
            }
        })
    };
    let id = target.id();
    let error_id = format!("{id}-errors");
    html! {
        <details class="quick-entry">
            <summary>{ target.summary() }</summary>
            <form {onsubmit} novalidate=true>
                <label for={id}>{ target.label() }</label>
                <span class="hint" id={format!("{id}-hint")}>{ target.columns() }</span>
                <textarea id={id} rows="5" class="quick" value={(*text).clone()} {oninput}
                    aria-describedby={if errors.is_empty() { format!("{id}-hint") } else { format!("{id}-hint {error_id}") }}
                    aria-invalid={(!errors.is_empty()).then_some("true")} />
                { error_list(&errors, &error_id) }
                <div class="button-row">
                    <button type="submit">{ target.button() }</button>
                </div>
            </form>
        </details>
    }
}
