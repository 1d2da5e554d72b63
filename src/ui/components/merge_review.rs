//! The review of a merge: what their copy brings without conflict, then each record both of
//! you changed, field by field ("you changed X to A, they changed it to B"), each field set to
//! the side that changed it until the person picks. Merging is one undoable change.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::merge::{Conflict, FieldChange, Side};
use crate::domain::quantity::counted;
use crate::ui::components::merge_panel::Review;
use crate::ui::state::{PlanContext, PlanMsg};
use crate::ui::versions::keep;

#[derive(Properties, PartialEq)]
pub struct MergeReviewProps {
    pub review: Rc<Review>,
    /// After merging or cancelling.
    pub on_close: Callback<()>,
}

#[function_component(MergeReview)]
pub fn merge_review(props: &MergeReviewProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let merge = &props.review.merge;
    let picks = use_state(|| merge.default_picks());
    let error = use_state(|| None::<String>);
    let apply = apply_merge(&state, props, &picks, &error);
    let cancel = props.on_close.reform(|_: MouseEvent| ());
    let conflicts = merge
        .conflicts
        .iter()
        .enumerate()
        .map(|(at, conflict)| conflict_view(at, conflict, &picks));
    html! {
        <section class="merge-review" aria-labelledby="merge-review-title">
            <h3 id="merge-review-title">{ format!("Merging {}", props.review.source) }</h3>
            <p>{ format!("From their copy, without conflict: {}.", merge.taken_summary()) }</p>
            <p data-testid="merge-conflicts">{ format!("{} to review.", counted(merge.conflicts.len(), "conflict", "conflicts")) }</p>
            if !props.review.notes.is_empty() {
                <div class="banner warning" role="status">
                    <p>{ "Merging as it stands also does this:" }</p>
                    <ul>{ for props.review.notes.iter().map(|note| html! { <li>{ note }</li> }) }</ul>
                </div>
            }
            { for conflicts }
            if let Some(message) = &*error { <p class="field-error" role="alert">{ message }</p> }
            <div class="button-row">
                <button type="button" onclick={apply}>{ "Merge" }</button>
                <button type="button" class="secondary" onclick={cancel}>{ "Cancel" }</button>
            </div>
        </section>
    }
}

/// Applies the merge with the picks, as one undoable change, or says why not (the plan changed
/// since the review, or the result would not be a valid plan).
fn apply_merge(
    state: &PlanContext,
    props: &MergeReviewProps,
    picks: &UseStateHandle<Vec<Vec<Side>>>,
    error: &UseStateHandle<Option<String>>,
) -> Callback<MouseEvent> {
    let (state, review, picks, error, on_close) = (
        state.clone(),
        props.review.clone(),
        picks.clone(),
        error.clone(),
        props.on_close.clone(),
    );
    Callback::from(move |_| {
        if !Rc::ptr_eq(&state.plan, &review.ours) {
            error.set(Some(
                "The plan changed since this review was made: review the merge again.".into(),
            ));
            return;
        }
        match review.merge.resolve(&picks) {
            Ok((plan, notes)) => {
                // Their copy is now a version both hold: merging it again changes nothing.
                let _ = keep(&review.theirs);
                let mut label = format!(
                    "Merged {}: {} from their copy, {} settled; undo takes it back",
                    review.source,
                    review.merge.taken_summary(),
                    counted(review.merge.conflicts.len(), "conflict", "conflicts")
                );
                // Each note is a sentence of its own ("Workload names must be unique now; …").
                if !notes.is_empty() {
                    label.push_str(". ");
                    label.push_str(&notes.join(" "));
                }
                state.dispatch(PlanMsg::Replace {
                    plan: Box::new(plan),
                    label,
                });
                on_close.emit(());
            }
            Err(why) => error.set(Some(format!(
                "The merged plan would not be valid ({why}); nothing changed. Pick the other side where the message points."
            ))),
        }
    })
}

/// One record both sides changed: a row per field with a choice of side.
fn conflict_view(at: usize, conflict: &Conflict, picks: &UseStateHandle<Vec<Vec<Side>>>) -> Html {
    let rows = conflict
        .fields
        .iter()
        .enumerate()
        .map(|(field_at, change)| {
            let picked = picks
                .get(at)
                .and_then(|p| p.get(field_at))
                .copied()
                .unwrap_or_else(|| conflict.default_side(field_at));
            field_row(at, field_at, change, picked, picks)
        });
    html! {
        <fieldset class="conflict">
            <legend>{ &conflict.title }</legend>
            <div class="scroll-x">
                <table class="table">
                    <thead><tr>
                        <th scope="col">{ "Field" }</th>
                        <th scope="col">{ "Before" }</th>
                        <th scope="col">{ "What changed" }</th>
                        <th scope="col">{ "Keep" }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </fieldset>
    }
}

fn field_row(
    at: usize,
    field_at: usize,
    change: &FieldChange,
    picked: Side,
    picks: &UseStateHandle<Vec<Vec<Side>>>,
) -> Html {
    let choose = |side: Side| {
        let picks = picks.clone();
        Callback::from(move |_: Event| {
            let mut next = (*picks).clone();
            if let Some(slot) = next.get_mut(at).and_then(|p| p.get_mut(field_at)) {
                *slot = side;
            }
            picks.set(next);
        })
    };
    let name = format!("pick-{at}-{field_at}");
    let said = change.said();
    html! {
        <tr class={classes!(change.clashes().then_some("clash"))}>
            <th scope="row">{ change.label() }</th>
            <td>{ change.shown(change.base.as_ref()) }</td>
            <td>{ said }</td>
            if change.ours == change.theirs {
                // The same change on both sides: nothing to choose.
                <td>{ format!("Both: {}", change.shown(change.ours.as_ref())) }</td>
            } else {
            <td>
                <span class="radio">
                    <input type="radio" id={format!("{name}-ours")} name={name.clone()} checked={picked == Side::Ours} onchange={choose(Side::Ours)} />
                    <label for={format!("{name}-ours")}>{ format!("Yours: {}", change.shown(change.ours.as_ref())) }</label>
                </span>
                <span class="radio">
                    <input type="radio" id={format!("{name}-theirs")} name={name.clone()} checked={picked == Side::Theirs} onchange={choose(Side::Theirs)} />
                    <label for={format!("{name}-theirs")}>{ format!("Theirs: {}", change.shown(change.theirs.as_ref())) }</label>
                </span>
            </td>
            }
        </tr>
    }
}
