//! "Merge a teammate's copy": their JSON file or share link, read and merged into the open
//! plan against the version both copies started from (`domain::merge::prepare`), then shown
//! for review (`merge_review`) before anything changes.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::file_read::{read_chosen_file, PendingRead};
use crate::domain::export::share;
use crate::domain::merge::{prepare, Merge};
use crate::domain::persist::load_json;
use crate::domain::plan::Plan;
use crate::ui::components::merge_review::MergeReview;
use crate::ui::state::{PlanContext, PlanMsg, Status};
use crate::ui::versions::recall;

/// A merge to review: where their copy came from, their copy, the merge, and the plan it was
/// made against (a merge is applied only to that plan, not to one changed since).
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub source: String,
    pub theirs: Plan,
    pub merge: Merge,
    pub ours: Rc<Plan>,
    /// What merging as it stands would also do (names both sides gave two records, made
    /// unique), said before the person merges.
    pub notes: Vec<String>,
}

/// Their copy merged into ours, or why not, in words naming the source.
fn review(ours: &Rc<Plan>, source: &str, theirs: Result<Plan, String>) -> Result<Review, String> {
    let theirs = theirs.map_err(|why| format!("Cannot read {source}: {why}"))?;
    let merge = prepare(ours, &theirs, recall)
        .map_err(|refusal| format!("Cannot merge {source}: {refusal}."))?;
    let notes = merge
        .resolve(&[])
        .map(|(_, notes)| notes)
        .unwrap_or_default();
    Ok(Review {
        source: source.to_owned(),
        theirs,
        merge,
        ours: ours.clone(),
        notes,
    })
}

/// The data part of a share link (after `#/shared/`), or the text as it is.
fn link_data(link: &str) -> &str {
    let link = link.trim();
    link.rsplit_once("#/shared/").map_or(link, |(_, data)| data)
}

/// Shows a merge to review, says there is nothing to merge, or says why it cannot be merged.
fn show_review(
    shown: &UseStateHandle<Option<Rc<Review>>>,
    state: &PlanContext,
) -> Callback<Result<Review, String>> {
    let (shown, dispatcher) = (shown.clone(), state.dispatcher());
    Callback::from(move |result: Result<Review, String>| match result {
        Ok(found) if found.merge.is_empty() => {
            shown.set(None);
            dispatcher.dispatch(PlanMsg::Say(Status::Done(format!(
                "Nothing to merge: this plan already holds everything in {}",
                found.source
            ))));
        }
        Ok(found) => shown.set(Some(Rc::new(found))),
        Err(message) => {
            shown.set(None);
            dispatcher.dispatch(PlanMsg::Say(Status::Refused(message)));
        }
    })
}

/// Reads the chosen file (asynchronously) and prepares its merge into the plan as it is then.
fn read_their_file(
    input: &NodeRef,
    pending: &Rc<RefCell<Option<PendingRead>>>,
    latest: &Rc<RefCell<Rc<Plan>>>,
    show: &Callback<Result<Review, String>>,
    state: &PlanContext,
) -> Callback<MouseEvent> {
    let (input, pending, latest, show, dispatcher) = (
        input.clone(),
        pending.clone(),
        latest.clone(),
        show.clone(),
        state.dispatcher(),
    );
    Callback::from(move |_| {
        let Some(element) = input.cast::<HtmlInputElement>() else {
            return;
        };
        let (latest, show) = (latest.clone(), show.clone());
        let read = read_chosen_file(&element, move |file, text| {
            let theirs = text
                .map_err(|e| e.to_string())
                .and_then(|text| load_json(&text).map(|l| l.plan).map_err(|e| e.to_string()));
            show.emit(review(&latest.borrow(), &file, theirs));
        });
        match read {
            Some(read) => *pending.borrow_mut() = Some(read),
            None => dispatcher.dispatch(PlanMsg::Say(Status::Refused(
                "Choose their plan's file first.".into(),
            ))),
        }
    })
}

#[function_component(MergePanel)]
pub fn merge_panel() -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let input = use_node_ref();
    let pending = use_mut_ref(|| None::<PendingRead>);
    let link = use_state(String::new);
    let shown = use_state(|| None::<Rc<Review>>);
    // The file is read asynchronously: the merge must see the plan as it is then.
    let latest = use_mut_ref(|| state.plan.clone());
    *latest.borrow_mut() = state.plan.clone();
    let show = show_review(&shown, &state);
    let on_file = read_their_file(&input, &pending, &latest, &show, &state);
    let on_link = {
        let (link, state, show) = (link.clone(), state.clone(), show.clone());
        Callback::from(move |_| {
            let theirs = share::decode(link_data(&link)).map_err(|e| e.to_string());
            show.emit(review(&state.plan, "their share link", theirs));
        })
    };
    let on_link_input = crate::ui::components::fields::on_text(&link);
    let close = {
        let shown = shown.clone();
        Callback::from(move |()| shown.set(None))
    };
    html! {
        <div class="card merge">
            <h2>{ "Merge a teammate's copy" }</h2>
            <p class="muted">{ "A teammate worked on a copy of this plan (a JSON file or share link from here)? Merge their changes into it: what only one of you changed applies, what you both changed is shown side by side for you to choose. Nothing changes until you merge, and one undo takes it back." }</p>
            <div class="form-row">
                <label for="merge-file">{ "Their plan (JSON)" }</label>
                <input id="merge-file" type="file" accept=".json,application/json" ref={input} />
                <button type="button" onclick={on_file}>{ "Review merge" }</button>
            </div>
            <div class="form-row">
                <label for="merge-link">{ "or their share link" }</label>
                <input id="merge-link" type="text" value={(*link).clone()} oninput={on_link_input} />
                <button type="button" class="secondary" onclick={on_link} disabled={link.trim().is_empty()}>{ "Review merge of the link" }</button>
            </div>
            if let Some(found) = &*shown {
                // A new review starts with its own picks.
                <MergeReview key={format!("{:p}", Rc::as_ptr(found))} review={found.clone()} on_close={close} />
            }
        </div>
    }
}
