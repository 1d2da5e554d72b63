//! Importing a file: pick it, press Import. The domain reads it; a CSV it does not recognise
//! gets a column mapping step (remembered in this browser for files with the same headers). A failed import shows where and
//! why, and changes nothing; a successful one is one undoable change with a summary.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::file_read::{read_chosen_file, PendingRead};
use crate::domain::import::inventory::{ColumnMapping, MappedField, SizeUnit, SizedField};
use crate::domain::import::table::Table;
use crate::domain::import::{self, ImportSummary, Imported};
use crate::domain::plan::Plan;
use crate::domain::quantity::counted;
use crate::ui::components::fields;
use crate::ui::state::{PlanContext, PlanMsg};

#[derive(Clone, PartialEq)]
enum Outcome {
    Nothing,
    Failed(String),
    Imported(ImportSummary),
    NeedsMapping(Rc<Table>, ColumnMapping),
}

fn apply(state: &PlanContext, plan: &Plan, file: &str, text: &str) -> Outcome {
    match import::read(plan, file, text) {
        Err(error) => Outcome::Failed(error.to_string()),
        Ok(Imported::WholePlan(opened)) => {
            let mut label = format!(
                "Opened {file} ({}); undo to go back.",
                counted(opened.plan.workloads().len(), "workload", "workloads")
            );
            for note in &opened.notes {
                label.push(' ');
                label.push_str(note);
            }
            // Kept as a version: a later copy of it can be merged against it.
            if !opened.plan.lineage().history.is_empty() {
                let _ = crate::ui::versions::keep(&opened.plan);
            }
            state.dispatch(PlanMsg::FromFile {
                plan: Box::new(opened.plan),
                label,
            });
            Outcome::Nothing
        }
        Ok(Imported::Changes(outcome)) => {
            let (action, summary) = outcome.into_action();
            state.dispatch(PlanMsg::Apply {
                action: Box::new(action),
                label: summary.headline(),
            });
            Outcome::Imported(summary)
        }
        Ok(Imported::NeedsMapping { table, suggested }) => {
            let remembered = crate::ui::mappings::recall(&table.headers);
            Outcome::NeedsMapping(Rc::new(table), remembered.unwrap_or(suggested))
        }
    }
}

/// The plan as it is now, for a file read that finishes after later changes.
type LatestPlan = Rc<RefCell<Rc<Plan>>>;

/// When the person has mapped the columns (or given up): import with their mapping, and
/// remember it for files with the same headers.
fn on_mapped(
    outcome: &UseStateHandle<Outcome>,
    state: &PlanContext,
    latest: &LatestPlan,
    table: &Rc<Table>,
) -> Callback<Option<ColumnMapping>> {
    let (outcome, state, latest, table) = (
        outcome.clone(),
        state.clone(),
        latest.clone(),
        table.clone(),
    );
    Callback::from(move |mapping: Option<ColumnMapping>| {
        let Some(mapping) = mapping else {
            outcome.set(Outcome::Nothing);
            return;
        };
        crate::ui::mappings::remember(&table.headers, &mapping);
        let result = match import::with_mapping(&latest.borrow(), &table, &mapping) {
            Ok(done) => {
                let (action, summary) = done.into_action();
                state.dispatch(PlanMsg::Apply {
                    action: Box::new(action),
                    label: summary.headline(),
                });
                Outcome::Imported(summary)
            }
            Err(error) => Outcome::Failed(error.to_string()),
        };
        outcome.set(result);
    })
}

#[function_component(ImportPanel)]
pub fn import_panel() -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let input = use_node_ref();
    let pending = use_mut_ref(|| None::<PendingRead>);
    let outcome = use_state(|| Outcome::Nothing);
    // The file is read asynchronously; the import must see the plan as it is then.
    let latest = use_mut_ref(|| state.plan.clone());
    *latest.borrow_mut() = state.plan.clone();

    let on_import = {
        let (input, pending, outcome, state, latest) = (
            input.clone(),
            pending.clone(),
            outcome.clone(),
            state.clone(),
            latest.clone(),
        );
        Callback::from(move |_| {
            let Some(element) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let (outcome_after, state, latest) = (outcome.clone(), state.clone(), latest.clone());
            let read = read_chosen_file(&element, move |file, text| {
                let result = match text {
                    Ok(text) => apply(&state, &latest.borrow(), &file, &text),
                    Err(message) => Outcome::Failed(format!("{file}: {message}")),
                };
                outcome_after.set(result);
            });
            match read {
                Some(read) => *pending.borrow_mut() = Some(read),
                None => outcome.set(Outcome::Failed("Choose a file first.".into())),
            }
        })
    };
    html! {
        <div class="card">
            <h2>{ "Import" }</h2>
            <p class="muted">{ "Azure Migrate discovered servers or dependency analysis (CSV), RVTools vInfo (CSV), any CSV of servers, or a waveplan JSON file." }</p>
            <div class="form-row">
                <label for="import-file">{ "File to import" }</label>
                <input id="import-file" type="file" accept=".csv,.txt,.json,text/csv,application/json" ref={input} />
                <button type="button" onclick={on_import}>{ "Import" }</button>
            </div>
            { outcome_view(&outcome, &state, &latest) }
        </div>
    }
}

/// What the last import did: nothing yet, refused (and why), imported, or a mapping to confirm.
fn outcome_view(
    outcome: &UseStateHandle<Outcome>,
    state: &PlanContext,
    latest: &LatestPlan,
) -> Html {
    match &**outcome {
        Outcome::Nothing => html! {},
        Outcome::Failed(message) => html! {
            <div class="banner error" role="alert">
                <p><strong>{ "Nothing was imported. " }</strong>{ message }</p>
            </div>
        },
        Outcome::Imported(summary) => view_summary(summary),
        Outcome::NeedsMapping(table, mapping) => {
            let on_done = on_mapped(outcome, state, latest, table);
            html! { <MappingForm table={table.clone()} mapping={mapping.clone()} {on_done} /> }
        }
    }
}

fn view_summary(summary: &ImportSummary) -> Html {
    let shown = summary.skipped.iter().take(10);
    let more = summary.skipped.len().saturating_sub(10);
    html! {
        <div class="banner ok" role="status">
            <p><strong>{ summary.headline() }</strong>{ " Undo reverses the whole import." }</p>
            <ul>
                { for summary.notes.iter().map(|note| html! { <li>{ note }</li> }) }
                { for shown.map(|s| html! { <li>{ format!("Line {}: skipped, {}.", s.line, s.reason) }</li> }) }
                if more > 0 { <li>{ format!("… and {more} more skipped rows.") }</li> }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct MappingFormProps {
    table: Rc<Table>,
    mapping: ColumnMapping,
    /// `Some(mapping)` to import, `None` to cancel.
    on_done: Callback<Option<ColumnMapping>>,
}

#[function_component(MappingForm)]
fn mapping_form(props: &MappingFormProps) -> Html {
    let mapping = use_state(|| props.mapping.clone());
    let import = {
        let (mapping, on_done) = (mapping.clone(), props.on_done.clone());
        Callback::from(move |_| on_done.emit(Some((*mapping).clone())))
    };
    let cancel = {
        let on_done = props.on_done.clone();
        Callback::from(move |_| on_done.emit(None))
    };
    // The question takes the focus when it appears, and Escape answers "cancel".
    use_effect_with((), |_| crate::browser::page::focus("mapping-title"));
    let on_key = {
        let on_done = props.on_done.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                on_done.emit(None);
            }
        })
    };
    html! {
        <div class="mapping" role="group" aria-labelledby="mapping-title" onkeydown={on_key}>
            <h3 id="mapping-title" tabindex="-1">{ format!("Which column is which in {}?", props.table.file) }</h3>
            <p class="muted">{ format!("{} rows. waveplan guessed from the headers; correct anything it got wrong.", props.table.rows.len()) }</p>
            <div class="form-grid">
                { for MappedField::ALL.iter().map(|field| column_choice(&mapping, &props.table, *field)) }
                { for SizedField::ALL.iter().map(|field| unit_choice(&mapping, *field)) }
            </div>
            <div class="button-row">
                <button type="button" onclick={import}>{ "Import with this mapping" }</button>
                <button type="button" class="secondary" onclick={cancel}>{ "Cancel" }</button>
            </div>
        </div>
    }
}

/// Which of the file's columns fills `field`.
fn column_choice(
    mapping: &UseStateHandle<ColumnMapping>,
    table: &Table,
    field: MappedField,
) -> Html {
    let on_pick = {
        let mapping = mapping.clone();
        Callback::from(move |value: String| {
            let mut next = (*mapping).clone();
            *next.column_mut(field) = value.parse().ok();
            mapping.set(next);
        })
    };
    let current = mapping.column(field);
    let options = table
        .headers
        .iter()
        .enumerate()
        .map(|(i, header)| (i.to_string(), header.clone(), current == Some(i)));
    let id = format!("map-{field:?}").to_ascii_lowercase();
    let none = "(not in this file)";
    fields::filter_choice(
        &id,
        field.label(),
        none,
        current.is_none(),
        options,
        on_pick,
    )
}

/// The unit the file writes a size in.
fn unit_choice(mapping: &UseStateHandle<ColumnMapping>, field: SizedField) -> Html {
    let on_pick = {
        let mapping = mapping.clone();
        Callback::from(move |unit: Option<SizeUnit>| {
            let mut next = (*mapping).clone();
            *next.unit_mut(field) = unit.unwrap_or_default();
            mapping.set(next);
        })
    };
    let id = format!("unit-{field:?}").to_ascii_lowercase();
    let label = format!("{} is in", field.label().to_ascii_lowercase());
    let current = Some(mapping.unit(field));
    fields::pick(
        &id,
        &label,
        SizeUnit::ALL,
        SizeUnit::label,
        current,
        None,
        on_pick,
    )
}
