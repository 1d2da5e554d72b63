//! "Suggest workloads from the inventory": the proposed groups of unassigned servers with the
//! evidence for each, to review (rename, merge, split, drop servers, reject) and accept, all or
//! some, as one undo step. The domain proposes and accepts (`domain::grouping`); this keeps the
//! person's review while they work through it.

use std::collections::BTreeSet;

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::asset::AssetId;
use crate::domain::grouping::review::Review;
use crate::domain::grouping::{suggest, Proposal};
use crate::domain::plan::Plan;
use crate::domain::quantity::counted;
use crate::domain::waves::join;
use crate::ui::components::pager::pager;
use crate::ui::components::proposal_card::{ProposalCard, ReviewEdit};
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

impl Draft {
    /// A new review of what the plan suggests, every group ticked.
    fn of(plan: &Plan) -> Self {
        let suggestions = suggest(plan);
        let chosen = suggestions.proposals.iter().map(|p| p.id).collect();
        Self {
            review: Review::new(suggestions.proposals),
            chosen,
            marked: BTreeSet::new(),
            without_evidence: suggestions.without_evidence,
        }
    }

    fn pages(&self) -> usize {
        self.review.proposals.len().div_ceil(GROUPS_PER_PAGE).max(1)
    }

    fn chosen_servers(&self) -> usize {
        self.review
            .proposals
            .iter()
            .filter(|p| self.chosen.contains(&p.id))
            .map(|p| p.assets.len())
            .sum()
    }

    fn apply(&mut self, edit: ReviewEdit) {
        match edit {
            ReviewEdit::ToggleChosen(id) => toggle(&mut self.chosen, id),
            ReviewEdit::Rename(id, name) => self.review.rename(id, &name),
            ReviewEdit::Split(id, servers, name) => {
                if let Some(new_id) = self.review.split(id, &servers, &name) {
                    self.chosen.insert(new_id);
                }
                self.marked.clear();
            }
            ReviewEdit::Drop(id, servers) => {
                for server in servers {
                    self.review.drop_server(id, server);
                }
                self.marked.clear();
            }
            ReviewEdit::Reject(id) => {
                self.review.reject(id);
                self.chosen.remove(&id);
            }
            ReviewEdit::Merge { into, from } => {
                self.review.merge(into, from);
                self.chosen.remove(&from);
            }
            ReviewEdit::ToggleMarked(server) => toggle(&mut self.marked, server),
        }
    }
}

fn toggle<T: Ord>(set: &mut BTreeSet<T>, item: T) {
    if !set.remove(&item) {
        set.insert(item);
    }
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
            draft.set(Some(Draft::of(&state.plan)));
            page.set(0);
            error.set(None);
        })
    };
    let Some(current) = (*draft).clone() else {
        return invitation(start);
    };
    let on_edit = {
        let draft = draft.clone();
        Callback::from(move |edit: ReviewEdit| {
            if let Some(mut next) = (*draft).clone() {
                next.apply(edit);
                draft.set(Some(next));
            }
        })
    };
    let accept = accept(&state, &draft, &error);
    let close = {
        let draft = draft.clone();
        Callback::from(move |_| draft.set(None))
    };
    let pages = current.pages();
    let shown = (*page).min(pages - 1);
    let on_page = {
        let page = page.clone();
        Callback::from(move |to| page.set(to))
    };
    html! {
        <section class="card suggest" aria-labelledby="suggest-title">
            <h2 id="suggest-title">{ format!("Suggested workloads: {}", counted(current.review.proposals.len(), "group", "groups")) }</h2>
            <p>{ "Each group says why its servers belong together. Rename, split, merge or reject groups, then accept the ticked ones; nothing changes until you do, and one undo takes it all back." }</p>
            { without_evidence(&state.plan, &current.without_evidence) }
            <ul class="proposals">
                { proposal_cards(&current, shown, &on_edit) }
            </ul>
            { pager(shown, pages, &on_page, "Suggested workload pages") }
            if let Some(message) = (*error).clone() { <p class="field-error" role="alert">{ message }</p> }
            <div class="button-row">
                <button type="button" onclick={accept} disabled={current.chosen.is_empty()}>
                    { format!("Accept {} ({})", counted(current.chosen.len(), "group", "groups"), counted(current.chosen_servers(), "server", "servers")) }
                </button>
                <button type="button" class="secondary" onclick={close}>{ "Close without changes" }</button>
            </div>
        </section>
    }
}

/// Accept the ticked groups as one undoable change, or say why not.
fn accept(
    state: &PlanContext,
    draft: &UseStateHandle<Option<Draft>>,
    error: &UseStateHandle<Option<String>>,
) -> Callback<MouseEvent> {
    let (state, draft, error) = (state.clone(), draft.clone(), error.clone());
    Callback::from(move |_| {
        let Some(current) = (*draft).clone() else {
            return;
        };
        match current.review.accept(&state.plan, &current.chosen) {
            Ok(action) => {
                state.dispatch(PlanMsg::apply(
                    action,
                    format!(
                        "Accepted {} ({}); undo takes them all back",
                        counted(
                            current.chosen.len(),
                            "suggested workload",
                            "suggested workloads"
                        ),
                        counted(current.chosen_servers(), "server", "servers")
                    ),
                ));
                draft.set(None);
                error.set(None);
            }
            Err(problem) => error.set(Some(problem.to_string())),
        }
    })
}

fn invitation(start: Callback<MouseEvent>) -> Html {
    html! {
        <div class="card suggest">
            <p>{ "waveplan can group the unassigned servers from the evidence the plan holds: name stems, application columns and folders, and the traffic of a dependency-analysis import. You review every group before anything changes." }</p>
            <button type="button" onclick={start}>{ "Suggest workloads from the inventory" }</button>
        </div>
    }
}

/// The servers no evidence groups, named, so the person knows which to assign by hand.
fn without_evidence(plan: &Plan, servers: &[AssetId]) -> Html {
    if servers.is_empty() {
        return html! {};
    }
    let names = join(
        servers
            .iter()
            .filter_map(|a| plan.asset(*a))
            .map(|a| a.name.to_string()),
    );
    html! {
        <p class="muted">{ format!("No evidence for {}: {names}. Assign them by hand below.", counted(servers.len(), "server", "servers")) }</p>
    }
}

/// The cards of one page of groups.
fn proposal_cards(current: &Draft, page: usize, on_edit: &Callback<ReviewEdit>) -> Html {
    let groups: Rc<[(u32, AttrValue)]> = current
        .review
        .proposals
        .iter()
        .map(|p| (p.id, AttrValue::from(p.name.clone())))
        .collect();
    let card = |proposal: &Proposal| {
        let marked: Vec<AssetId> = proposal
            .assets
            .iter()
            .copied()
            .filter(|a| current.marked.contains(a))
            .collect();
        html! {
            <ProposalCard key={proposal.id} proposal={proposal.clone()}
                chosen={current.chosen.contains(&proposal.id)} {marked}
                groups={groups.clone()} on_edit={on_edit.clone()} />
        }
    };
    current
        .review
        .proposals
        .iter()
        .skip(page * GROUPS_PER_PAGE)
        .take(GROUPS_PER_PAGE)
        .map(card)
        .collect()
}
