//! A delete button that asks first, in place: "Delete X and its 3 assets?" with a confirm and
//! a cancel button. Used wherever deleting removes children too. The keyboard follows it: the
//! focus goes to Cancel when it asks (the safe answer), Escape cancels, a cancel puts the
//! focus back on the button that asked, and a confirm puts it where the caller says: the
//! button, and often its row, are gone once the deletion is done.

use yew::prelude::*;

use crate::browser::page::focus;

#[derive(Properties, PartialEq)]
pub struct InlineConfirmProps {
    /// The button's text, e.g. "Delete workload".
    pub label: AttrValue,
    /// The question asked before deleting.
    pub question: AttrValue,
    pub on_confirm: Callback<()>,
    /// The id of an element that outlives the deletion (a heading with `tabindex="-1"`), for
    /// the focus once it is done; otherwise the focus would fall to the page's start.
    pub then_focus: AttrValue,
}

/// An id for the focus, from the question (each names what it deletes). FNV-1a: a few
/// instructions, where a std hasher would add its code to the bundle.
fn confirm_id(question: &str) -> String {
    let hash = question
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("confirm-{hash:x}")
}

#[function_component(InlineConfirm)]
pub fn inline_confirm(props: &InlineConfirmProps) -> Html {
    let asking = use_state(|| false);
    // Set by a cancel, so the focus goes back to the button that asked.
    let returning = use_mut_ref(|| false);
    let id = use_memo(props.question.clone(), |question| confirm_id(question));
    let (ask_id, cancel_id) = (format!("{id}-ask"), format!("{id}-cancel"));
    {
        let (returning, ask_id, cancel_id) = (returning.clone(), ask_id.clone(), cancel_id.clone());
        use_effect_with(*asking, move |asking| {
            if *asking {
                focus(&cancel_id);
            } else if std::mem::take(&mut *returning.borrow_mut()) {
                focus(&ask_id);
            }
        });
    }
    if !*asking {
        let ask = {
            let asking = asking.clone();
            Callback::from(move |_| asking.set(true))
        };
        return html! { <button type="button" id={ask_id} class="danger" onclick={ask}>{ &props.label }</button> };
    }
    let confirm = {
        let (asking, on_confirm, then) = (
            asking.clone(),
            props.on_confirm.clone(),
            props.then_focus.clone(),
        );
        Callback::from(move |_| {
            asking.set(false);
            on_confirm.emit(());
            focus(&then);
        })
    };
    let cancel = {
        let (asking, returning) = (asking.clone(), returning.clone());
        Callback::from(move |()| {
            *returning.borrow_mut() = true;
            asking.set(false);
        })
    };
    let on_key = {
        let cancel = cancel.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                cancel.emit(());
            }
        })
    };
    html! {
        <span class="confirm" role="group" aria-label="Confirm" onkeydown={on_key}>
            <span role="status">{ &props.question }</span>
            <button type="button" class="danger" onclick={confirm}>{ "Yes, delete" }</button>
            <button type="button" id={cancel_id} class="secondary" onclick={cancel.reform(|_| ())}>{ "Cancel" }</button>
        </span>
    }
}
