//! Remediation: per workload, where remediation happens (same sprint, separate wave, separate
//! programme) with the reasons, its items and effort; add or remove items; override the
//! decision with a note saying why.

use yew::prelude::*;

use crate::domain::asset::{AssetId, RemediationCategory, RemediationItem};
use crate::domain::plan::{Action, Plan};
use crate::domain::quantity::{counted, format_amount, parse_effort_hours};
use crate::domain::remediation::{RemediationDecision, RemediationMode, RemediationOverride};
use crate::domain::workload::WorkloadId;
use crate::ui::components::badge::badge;
use crate::ui::components::empty_state::no_workloads;
use crate::ui::components::fields;
use crate::ui::components::pager::{clamp, pager, PAGE_ROWS};
use crate::ui::state::{use_plan_and_analysis, AnalysisContext, PlanContext, PlanMsg};

pub fn mode_tone(mode: RemediationMode) -> &'static str {
    match mode {
        RemediationMode::Sprint => "ok",
        RemediationMode::Wave => "warn",
        RemediationMode::Programme => "bad",
    }
}

#[function_component(RemediationPage)]
pub fn remediation_page() -> Html {
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    let page = use_state(|| 0usize);
    let only_with_items = use_state(|| false);
    let mut decisions: Vec<&RemediationDecision> = analysis
        .0
        .decisions
        .values()
        .filter(|d| !*only_with_items || d.items > 0)
        .collect();
    // The weightiest decisions first: programmes, then factory waves, then sprints.
    decisions.sort_by_key(|d| (std::cmp::Reverse(d.mode), d.workload));
    let (pages, current) = clamp(decisions.len(), *page);
    let toggle = {
        let (only_with_items, page) = (only_with_items.clone(), page.clone());
        Callback::from(move |_: Event| {
            only_with_items.set(!*only_with_items);
            page.set(0);
        })
    };
    let on_page = {
        let page = page.clone();
        Callback::from(move |to| page.set(to))
    };
    html! {
        <section aria-labelledby="remediation-title">
            <h1 id="remediation-title">{ "Remediation" }</h1>
            <p class="lead">{ "For each workload: is remediation done in the same sprint as the migration, in the wave before by a batch team (CAF's wave or factory model), or in a separate programme? waveplan suggests one and says why; you decide." }</p>
            if state.plan.workloads().len() == 0 {
                { no_workloads("Each workload's remediation decision shows here, with its reasons.") }
            }
            <div class="check">
                <input type="checkbox" id="only-with-items" checked={*only_with_items} onchange={toggle} />
                <label for="only-with-items">{ "Only workloads with remediation items" }</label>
            </div>
            { for decisions.iter().skip(current * PAGE_ROWS).take(PAGE_ROWS).map(|d| workload_remediation(&state, &analysis, d.workload)) }
            { pager(current, pages, &on_page, "Remediation pages") }
        </section>
    }
}

/// A remediation item as the list shows it: its asset, its place in the asset's list, the
/// item and the asset's name.
type ItemRow<'a> = (AssetId, usize, &'a RemediationItem, String);

/// Removing an item from its asset's list.
fn on_remove(state: &PlanContext, asset: AssetId, index: usize) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| {
        let Some(mut updated) = state.plan.asset(asset).cloned() else {
            return;
        };
        if index < updated.remediation.len() {
            let removed = updated.remediation.remove(index);
            state.dispatch(PlanMsg::apply(
                Action::UpdateAsset(updated),
                format!("Removed remediation item “{}”", removed.title),
            ));
        }
    })
}

/// Ticking an item done (or open again).
fn on_toggle(state: &PlanContext, asset: AssetId, index: usize) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |_: Event| {
        let Some(mut updated) = state.plan.asset(asset).cloned() else {
            return;
        };
        if let Some(item) = updated.remediation.get_mut(index) {
            item.done = !item.done;
            let label = format!(
                "Remediation item “{}” {}",
                item.title,
                if item.done { "done" } else { "open again" }
            );
            state.dispatch(PlanMsg::apply(Action::UpdateAsset(updated), label));
        }
    })
}

/// The workload's remediation items, each to tick or remove.
fn items_table(state: &PlanContext, items: &[ItemRow]) -> Html {
    let toggle_done = |asset, index| on_toggle(state, asset, index);
    let remove_item = |asset, index| on_remove(state, asset, index);
    html! {
        <div class="scroll-x">
            <table class="table compact">
                <thead><tr><th scope="col">{ "Done" }</th><th scope="col">{ "Asset" }</th><th scope="col">{ "Item" }</th><th scope="col">{ "Category" }</th><th scope="col">{ "Effort (h)" }</th><th scope="col">{ "Actions" }</th></tr></thead>
                <tbody>
                    { for items.iter().map(|(asset, index, item, asset_name)| html! {
                        <tr class={item.done.then_some("done")}>
                            <td><input type="checkbox" checked={item.done} onchange={toggle_done(*asset, *index)}
                                aria-label={format!("{} on {} done", item.title, asset_name)} /></td>
                            <td>{ asset_name }</td><td>{ &item.title }</td><td>{ item.category.label() }</td><td>{ format_amount(item.effort_hours) }</td>
                            <td><button type="button" class="secondary small" onclick={remove_item(*asset, *index)} aria-label={format!("Remove {}", item.title)}>{ "Remove" }</button></td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// One workload's decision, reasons and items (a plain function: its forms are components
/// with their own state; keyed by the workload so re-sorting keeps them with it).
fn workload_remediation(state: &PlanContext, analysis: &AnalysisContext, id: WorkloadId) -> Html {
    let (Some(workload), Some(decision)) = (state.plan.workload(id), analysis.0.decisions.get(&id))
    else {
        return html! {};
    };
    let assets: Vec<_> = state.plan.assets_of(workload.id).collect();
    let items: Vec<ItemRow> = assets
        .iter()
        .flat_map(|a| {
            a.remediation
                .iter()
                .enumerate()
                .map(move |(i, item)| (a.id, i, item, a.name.to_string()))
        })
        .collect();
    let fixed = items.iter().filter(|(_, _, item, _)| item.done).count();
    let id = workload.id.0;
    html! {
        <details key={id} class="card remediation" open={decision.items > 0 && decision.mode != RemediationMode::Sprint}>
            <summary>
                <h2 class="inline">{ workload.name.as_str() }</h2>{ " " }
                if workload.migrates() {
                    { badge(decision.mode.label(), mode_tone(decision.mode)) }
                } else {
                    { badge("Retired: not migrated", "muted") }
                }
                if decision.is_overridden() { { " " }{ badge("Overridden", "info") } }
                { format!(" {} open, {} h", counted(decision.items, "item", "items"), format_amount(decision.effort_hours)) }
                if !items.is_empty() { { format!(" · {fixed} of {} fixed", items.len()) } }
            </summary>
            <h3>{ "Why" }</h3>
            <ul>{ for decision.reasons.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
            if !items.is_empty() { { items_table(state, &items) } }
            if !assets.is_empty() {
                <AddItem workload={workload.id} key_prefix={format!("w{id}")} name={workload.name.to_string()} />
            }
            <Override workload={workload.id} name={workload.name.to_string()} suggested={decision.suggested} current={workload.remediation_override.clone()} />
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct AddItemProps {
    workload: WorkloadId,
    key_prefix: String,
    /// The workload's name, so each form has its own accessible name.
    name: String,
}

/// The item the form describes, or what is missing.
fn new_item(
    title: &str,
    effort: &str,
    category: RemediationCategory,
) -> Result<RemediationItem, String> {
    if title.trim().is_empty() {
        return Err("Say what must be fixed.".into());
    }
    let effort_hours = parse_effort_hours("Effort", effort).map_err(|e| e.to_string())?;
    Ok(RemediationItem {
        title: title.trim().to_owned(),
        effort_hours,
        category,
        done: false,
    })
}

#[function_component(AddItem)]
fn add_item(props: &AddItemProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let assets = fields::asset_options(&state.plan, props.workload);
    let asset = use_state(|| assets.first().map(|a| a.0));
    let title = use_state(String::new);
    let effort = use_state(String::new);
    let category = use_state(|| RemediationCategory::Configuration);
    let error = use_state(|| None::<String>);
    let p = &props.key_prefix;
    let submit = {
        let (state, asset, title, effort, category, error) = (
            state.clone(),
            asset.clone(),
            title.clone(),
            effort.clone(),
            category.clone(),
            error.clone(),
        );
        // Added: the cursor goes back to the first field, for the next item.
        let first_field = format!("{p}-title");
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(mut target) = (*asset).and_then(|id| state.plan.asset(id)).cloned() else {
                return;
            };
            match new_item(&title, &effort, *category) {
                Ok(item) => {
                    error.set(None);
                    let label = format!("Added remediation item “{}”", item.title);
                    target.remediation.push(item);
                    state.dispatch(PlanMsg::apply(Action::UpdateAsset(target), label));
                    title.set(String::new());
                    effort.set(String::new());
                    crate::browser::page::focus(&first_field);
                }
                Err(problem) => error.set(Some(problem)),
            }
        })
    };
    let on_category = fields::on_choice(&category, RemediationCategory::ALL);
    html! {
        <form class="form-row" onsubmit={submit} aria-label={format!("Add a remediation item to {}", props.name)}>
            { fields::asset_choice(&format!("{p}-asset"), "Asset", &assets, &asset) }
            <div class="field"><label for={format!("{p}-title")}>{ "What must be fixed" }</label>
                <input id={format!("{p}-title")} type="text" value={(*title).clone()} oninput={fields::on_text(&title)} /></div>
            <div class="field"><label for={format!("{p}-effort")}>{ "Effort (16h or 2d)" }</label>
                <input id={format!("{p}-effort")} type="text" value={(*effort).clone()} oninput={fields::on_text(&effort)}
                    aria-invalid={error.is_some().then_some("true")} aria-describedby={error.is_some().then(|| format!("{p}-error"))} /></div>
            <div class="field"><label for={format!("{p}-category")}>{ "Category" }</label>
                <select id={format!("{p}-category")} onchange={on_category}>
                    { for RemediationCategory::ALL.iter().map(|c| html! { <option selected={*category == *c}>{ c.label() }</option> }) }
                </select></div>
            <button type="submit">{ "Add item" }</button>
            if let Some(message) = &*error { <p id={format!("{p}-error")} class="field-error">{ message }</p> }
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct OverrideProps {
    workload: WorkloadId,
    name: String,
    suggested: RemediationMode,
    current: Option<RemediationOverride>,
}

/// Removing the override: the suggestion applies again.
fn on_clear(state: &PlanContext, workload: WorkloadId) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| {
        state.dispatch(PlanMsg::apply(
            Action::OverrideRemediation {
                workload,
                decision: None,
            },
            "Override removed; the suggestion applies again",
        ))
    })
}

#[function_component(Override)]
fn override_form(props: &OverrideProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let mode = use_state(|| props.current.as_ref().map_or(props.suggested, |o| o.mode));
    let note = use_state(|| {
        props
            .current
            .as_ref()
            .map(|o| o.note.clone())
            .unwrap_or_default()
    });
    let error = use_state(|| None::<String>);
    let id = props.workload.0;
    let submit = {
        let (state, mode, note, error, workload) = (
            state.clone(),
            mode.clone(),
            note.clone(),
            error.clone(),
            props.workload,
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let decision = Some(RemediationOverride {
                mode: *mode,
                note: note.trim().to_owned(),
            });
            let action = Action::OverrideRemediation { workload, decision };
            // The plan is the judge (an override needs a note); the form shows its words.
            match Plan::clone(&state.plan).apply(action.clone()) {
                Err(refused) => error.set(Some(refused.to_string())),
                Ok(_) => {
                    error.set(None);
                    let label = format!("Remediation decision overridden to “{}”", *mode);
                    state.dispatch(PlanMsg::apply(action, label));
                }
            }
        })
    };
    let clear = on_clear(&state, props.workload);
    let on_mode = fields::on_choice(&mode, RemediationMode::ALL);
    let on_note = fields::on_text_area(&note);
    html! {
        <form class="form-row override" onsubmit={submit} aria-label={format!("Override the decision for {}", props.name)}>
            <div class="field"><label for={format!("override-mode-{id}")}>{ "Decision" }</label>
                <select id={format!("override-mode-{id}")} onchange={on_mode}>
                    { for RemediationMode::ALL.iter().map(|m| html! { <option selected={*mode == *m}>{ m.label() }</option> }) }
                </select></div>
            <div class="field wide"><label for={format!("override-note-{id}")}>{ "Why (required)" }</label>
                <textarea id={format!("override-note-{id}")} rows="2" value={(*note).clone()} oninput={on_note}
                    aria-invalid={error.is_some().then_some("true")} aria-describedby={error.is_some().then(|| format!("override-error-{id}"))} /></div>
            <button type="submit">{ "Override decision" }</button>
            if props.current.is_some() { <button type="button" class="secondary" onclick={clear}>{ "Use the suggestion" }</button> }
            if let Some(message) = &*error { <p id={format!("override-error-{id}")} class="field-error">{ message }</p> }
        </form>
    }
}
