//! One suggested group under review: its name, evidence and servers, and the edits a person can
//! make to it (tick, rename, split, drop, merge, reject). The card only says what was asked; the
//! suggestions panel applies it to the review.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::asset::AssetId;
use crate::domain::grouping::{Proposal, Target};
use crate::domain::plan::Plan;
use crate::domain::quantity::counted;
use crate::ui::state::PlanContext;

/// One change a person asks of the review.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewEdit {
    ToggleChosen(u32),
    Rename(u32, String),
    /// Split the marked servers off into a group of this name.
    Split(u32, Vec<AssetId>, String),
    /// Leave the marked servers unassigned.
    Drop(u32, Vec<AssetId>),
    Reject(u32),
    /// Merge the second group into the first.
    Merge {
        into: u32,
        from: u32,
    },
    ToggleMarked(AssetId),
}

#[derive(Properties, PartialEq)]
pub struct ProposalCardProps {
    pub proposal: Proposal,
    pub chosen: bool,
    /// This group's servers that are ticked.
    pub marked: Vec<AssetId>,
    /// Every group of the review (id, name), to merge into.
    pub groups: Rc<[(u32, AttrValue)]>,
    pub on_edit: Callback<ReviewEdit>,
}

#[function_component(ProposalCard)]
pub fn proposal_card(props: &ProposalCardProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let (proposal, id) = (&props.proposal, props.proposal.id);
    let on_edit = &props.on_edit;
    let rename = props.on_edit.reform(move |e: InputEvent| {
        ReviewEdit::Rename(id, e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let merge = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Ok(into) = value.parse() {
                on_edit.emit(ReviewEdit::Merge { into, from: id });
            }
        })
    };
    let marked = &props.marked;
    let split = send(
        on_edit,
        ReviewEdit::Split(id, marked.clone(), format!("{} (split)", proposal.name)),
    );
    html! {
        <li class="card proposal">
            <div class="proposal-head">
                <input type="checkbox" id={format!("accept-{id}")} checked={props.chosen} onchange={send(on_edit, ReviewEdit::ToggleChosen(id))} />
                <label for={format!("accept-{id}")} class="visually-hidden">{ format!("Accept {}", proposal.name) }</label>
                <div class="field">
                    <label for={format!("group-name-{id}")}>{ format!("Group name ({}, {})", target(proposal), counted(proposal.assets.len(), "server", "servers")) }</label>
                    <input id={format!("group-name-{id}")} type="text" value={proposal.name.clone()} oninput={rename}
                        readonly={matches!(proposal.target, Target::Existing(_))} />
                </div>
            </div>
            <ul class="evidence">{ for proposal.evidence.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
            <fieldset class="servers">
                <legend>{ "Servers (tick some to split them off or drop them)" }</legend>
                { servers(&state.plan, proposal, marked, on_edit) }
            </fieldset>
            <div class="button-row">
                <button type="button" class="secondary" onclick={split} disabled={marked.is_empty() || marked.len() == proposal.assets.len()}>
                    { format!("Split {} into a new group", counted(marked.len(), "ticked server", "ticked servers")) }
                </button>
                <button type="button" class="secondary" onclick={send(on_edit, ReviewEdit::Drop(id, marked.clone()))} disabled={marked.is_empty()}>{ "Leave ticked servers unassigned" }</button>
                <label for={format!("merge-{id}")} class="inline-label">{ "Merge into" }</label>
                <select id={format!("merge-{id}")} onchange={merge}>
                    <option value="" selected=true>{ "another group…" }</option>
                    { for props.groups.iter().filter(|(other, _)| *other != id).map(|(other, name)| html! { <option value={other.to_string()}>{ name }</option> }) }
                </select>
                <button type="button" class="secondary" onclick={send(on_edit, ReviewEdit::Reject(id))}>{ "Reject" }</button>
            </div>
        </li>
    }
}

/// A callback for any event that asks for one edit.
fn send<E>(on_edit: &Callback<ReviewEdit>, edit: ReviewEdit) -> Callback<E> {
    on_edit.reform(move |_: E| edit.clone())
}

/// Where the group's servers would go, in words.
fn target(proposal: &Proposal) -> &'static str {
    match proposal.target {
        Target::Existing(_) => "joins the existing workload",
        Target::NewWorkload if proposal.shared_services => {
            "a new workload of shared infrastructure"
        }
        Target::NewWorkload => "a new workload",
    }
}

/// Each server of the group with a box to tick it.
fn servers(
    plan: &Plan,
    proposal: &Proposal,
    marked: &[AssetId],
    on_edit: &Callback<ReviewEdit>,
) -> Html {
    proposal
        .assets
        .iter()
        .filter_map(|a| plan.asset(*a))
        .map(|asset| {
            let box_id = format!("mark-{}", asset.id.0);
            html! {
                <span class="server">
                    <input type="checkbox" id={box_id.clone()} checked={marked.contains(&asset.id)}
                        onchange={send(on_edit, ReviewEdit::ToggleMarked(asset.id))} />
                    <label for={box_id}>{ asset.name.as_str() }</label>
                </span>
            }
        })
        .collect()
}
