//! "Suggest workloads from the inventory": the proposed groups of unassigned servers with the
//! evidence for each, to review (rename, merge, split, drop servers, reject) and accept, all or
//! some, as one undo step. The domain proposes and accepts (`domain::grouping`); this keeps the
//! person's review while they work through it.

use std::collections::BTreeSet;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::asset::AssetId;
use crate::domain::grouping::review::Review;
use crate::domain::grouping::{suggest, Proposal, Target};
use crate::domain::quantity::counted;
use crate::ui::components::pager::pager;
use crate::ui::state::{PlanContext, PlanMsg};

/// Groups shown per page: a review of a thousand groups stays light.
const GROUPS_PER_PAGE: usize = 20;

/// The review in progress: the groups as edited, which are chosen, which servers are marked.
#[derive(Clone, PartialEq, Default)]
struct Draft {
    review: Review,
    chosen: BTreeSet<u32>,
    marked: BTreeSet<AssetId>,
    without_evidence: Vec<AssetId>,
}

#[function_component(SuggestionsPanel)]
pub fn suggestions_panel() -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let draft = use_state(|| None::<Draft>);
    let page = use_state(|| 0usize);
    let error = use_state(|| None::<String>);
    let start = {
        let (state, draft, page, error) =
            (state.clone(), draft.clone(), page.clone(), error.clone());
        Callback::from(move |_| {
            let suggestions = suggest(&state.plan);
            let chosen = suggestions.proposals.iter().map(|p| p.id).collect();
            draft.set(Some(Draft {
                review: Review::new(suggestions.proposals),
                chosen,
                marked: BTreeSet::new(),
                without_evidence: suggestions.without_evidence,
            }));
            page.set(0);
            error.set(None);
        })
    };
    let Some(current) = (*draft).clone() else {
        return html! {
            <div class="card suggest">
                <p>{ "waveplan can group the unassigned servers from the evidence the plan holds: name stems, application columns and folders, and the traffic of a dependency-analysis import. You review every group before anything changes." }</p>
                <button type="button" onclick={start}>{ "Suggest workloads from the inventory" }</button>
            </div>
        };
    };
    let edit = |change: Box<dyn Fn(&mut Draft)>| {
        let draft = draft.clone();
        let change: std::rc::Rc<dyn Fn(&mut Draft)> = change.into();
        move || {
            if let Some(mut next) = (*draft).clone() {
                change(&mut next);
                draft.set(Some(next));
            }
        }
    };
    let accept = {
        let (state, draft, error, current) =
            (state.clone(), draft.clone(), error.clone(), current.clone());
        Callback::from(
            move |_| match current.review.accept(&state.plan, &current.chosen) {
                Ok(action) => {
                    let groups: Vec<&Proposal> = current
                        .review
                        .proposals
                        .iter()
                        .filter(|p| current.chosen.contains(&p.id))
                        .collect();
                    let servers: usize = groups.iter().map(|p| p.assets.len()).sum();
                    state.dispatch(PlanMsg::apply(
                        action,
                        format!(
                            "Accepted {} ({}); undo takes them all back",
                            counted(groups.len(), "suggested workload", "suggested workloads"),
                            counted(servers, "server", "servers")
                        ),
                    ));
                    draft.set(None);
                    error.set(None);
                }
                Err(problem) => error.set(Some(problem.to_string())),
            },
        )
    };
    let close = {
        let draft = draft.clone();
        Callback::from(move |_| draft.set(None))
    };
    let chosen_servers: usize = current
        .review
        .proposals
        .iter()
        .filter(|p| current.chosen.contains(&p.id))
        .map(|p| p.assets.len())
        .sum();
    let pages = current
        .review
        .proposals
        .len()
        .div_ceil(GROUPS_PER_PAGE)
        .max(1);
    let shown = (*page).min(pages - 1);
    let on_page = {
        let page = page.clone();
        Callback::from(move |to| page.set(to))
    };
    let plan = &state.plan;
    let group = |proposal: &Proposal| {
        let id = proposal.id;
        let toggle_chosen = {
            let run = edit(Box::new(move |d: &mut Draft| {
                if !d.chosen.remove(&id) {
                    d.chosen.insert(id);
                }
            }));
            Callback::from(move |_: Event| run())
        };
        let rename = {
            let draft = draft.clone();
            Callback::from(move |e: InputEvent| {
                let value = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value();
                if let Some(mut next) = (*draft).clone() {
                    next.review.rename(id, &value);
                    draft.set(Some(next));
                }
            })
        };
        let marked_here: Vec<AssetId> = proposal
            .assets
            .iter()
            .copied()
            .filter(|a| current.marked.contains(a))
            .collect();
        let split = {
            let (marked, name) = (marked_here.clone(), format!("{} (split)", proposal.name));
            let run = edit(Box::new(move |d: &mut Draft| {
                if let Some(new_id) = d.review.split(id, &marked, &name) {
                    d.chosen.insert(new_id);
                }
                d.marked.clear();
            }));
            Callback::from(move |_| run())
        };
        let drop = {
            let marked = marked_here.clone();
            let run = edit(Box::new(move |d: &mut Draft| {
                for server in &marked {
                    d.review.drop_server(id, *server);
                }
                d.marked.clear();
            }));
            Callback::from(move |_| run())
        };
        let reject = {
            let run = edit(Box::new(move |d: &mut Draft| {
                d.review.reject(id);
                d.chosen.remove(&id);
            }));
            Callback::from(move |_| run())
        };
        let merge = {
            let draft = draft.clone();
            Callback::from(move |e: Event| {
                let into: Option<u32> = e
                    .target_unchecked_into::<HtmlSelectElement>()
                    .value()
                    .parse()
                    .ok();
                if let (Some(into), Some(mut next)) = (into, (*draft).clone()) {
                    next.review.merge(into, id);
                    next.chosen.remove(&id);
                    draft.set(Some(next));
                }
            })
        };
        let mark = |server: AssetId| {
            let run = edit(Box::new(move |d: &mut Draft| {
                if !d.marked.remove(&server) {
                    d.marked.insert(server);
                }
            }));
            Callback::from(move |_: Event| run())
        };
        let target = match proposal.target {
            Target::Existing(_) => "joins the existing workload",
            Target::NewWorkload if proposal.shared_services => {
                "a new workload of shared infrastructure"
            }
            Target::NewWorkload => "a new workload",
        };
        html! {
            <li key={id} class="card proposal">
                <div class="proposal-head">
                    <input type="checkbox" id={format!("accept-{id}")} checked={current.chosen.contains(&id)} onchange={toggle_chosen} />
                    <label for={format!("accept-{id}")} class="visually-hidden">{ format!("Accept {}", proposal.name) }</label>
                    <div class="field">
                        <label for={format!("group-name-{id}")}>{ format!("Group name ({target}, {})", counted(proposal.assets.len(), "server", "servers")) }</label>
                        <input id={format!("group-name-{id}")} type="text" value={proposal.name.clone()} oninput={rename}
                            readonly={matches!(proposal.target, Target::Existing(_))} />
                    </div>
                </div>
                <ul class="evidence">{ for proposal.evidence.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                <fieldset class="servers">
                    <legend>{ "Servers (tick some to split them off or drop them)" }</legend>
                    { for proposal.assets.iter().filter_map(|a| plan.asset(*a)).map(|asset| {
                        let box_id = format!("mark-{}", asset.id.0);
                        html! {
                            <span class="server">
                                <input type="checkbox" id={box_id.clone()} checked={current.marked.contains(&asset.id)} onchange={mark(asset.id)} />
                                <label for={box_id}>{ asset.name.as_str() }</label>
                            </span>
                        }
                    }) }
                </fieldset>
                <div class="button-row">
                    <button type="button" class="secondary" onclick={split} disabled={marked_here.is_empty() || marked_here.len() == proposal.assets.len()}>
                        { format!("Split {} into a new group", counted(marked_here.len(), "ticked server", "ticked servers")) }
                    </button>
                    <button type="button" class="secondary" onclick={drop} disabled={marked_here.is_empty()}>{ "Leave ticked servers unassigned" }</button>
                    <label for={format!("merge-{id}")} class="inline-label">{ "Merge into" }</label>
                    <select id={format!("merge-{id}")} onchange={merge}>
                        <option value="" selected=true>{ "another group…" }</option>
                        { for current.review.proposals.iter().filter(|p| p.id != id).map(|p| html! { <option value={p.id.to_string()}>{ &p.name }</option> }) }
                    </select>
                    <button type="button" class="secondary" onclick={reject}>{ "Reject" }</button>
                </div>
            </li>
        }
    };
    html! {
        <section class="card suggest" aria-labelledby="suggest-title">
            <h2 id="suggest-title">{ format!("Suggested workloads: {}", counted(current.review.proposals.len(), "group", "groups")) }</h2>
            <p>{ "Each group says why its servers belong together. Rename, split, merge or reject groups, then accept the ticked ones; nothing changes until you do, and one undo takes it all back." }</p>
            if !current.without_evidence.is_empty() {
                <p class="muted">{ format!("No evidence for {}: {}. Assign them by hand below.", counted(current.without_evidence.len(), "server", "servers"), crate::domain::waves::join(current.without_evidence.iter().filter_map(|a| plan.asset(*a)).map(|a| a.name.to_string()))) }</p>
            }
            <ul class="proposals">
                { for current.review.proposals.iter().skip(shown * GROUPS_PER_PAGE).take(GROUPS_PER_PAGE).map(group) }
            </ul>
            { pager(shown, pages, &on_page, "Suggested workload pages") }
            if let Some(message) = (*error).clone() { <p class="field-error" role="alert">{ message }</p> }
            <div class="button-row">
                <button type="button" onclick={accept} disabled={current.chosen.is_empty()}>
                    { format!("Accept {} ({})", counted(current.chosen.len(), "group", "groups"), counted(chosen_servers, "server", "servers")) }
                </button>
                <button type="button" class="secondary" onclick={close}>{ "Close without changes" }</button>
            </div>
        </section>
    }
}
