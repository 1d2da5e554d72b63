//! A delete button that asks first, in place: "Delete X and its 3 assets?" with a confirm and
//! a cancel button. Used wherever deleting removes children too.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InlineConfirmProps {
    /// The button's text, e.g. "Delete workload".
    pub label: AttrValue,
    /// The question asked before deleting.
    pub question: AttrValue,
    pub on_confirm: Callback<()>,
}

#[function_component(InlineConfirm)]
pub fn inline_confirm(props: &InlineConfirmProps) -> Html {
    let asking = use_state(|| false);
    if !*asking {
        let ask = {
            let asking = asking.clone();
            Callback::from(move |_| asking.set(true))
        };
        return html! { <button type="button" class="danger" onclick={ask}>{ &props.label }</button> };
    }
    let confirm = {
        let (asking, on_confirm) = (asking.clone(), props.on_confirm.clone());
        Callback::from(move |_| {
            asking.set(false);
            on_confirm.emit(());
        })
    };
    let cancel = Callback::from(move |_| asking.set(false));
    html! {
        <span class="confirm" role="group" aria-label="Confirm">
            { &props.question }
            <button type="button" class="danger" onclick={confirm}>{ "Yes, delete" }</button>
            <button type="button" class="secondary" onclick={cancel}>{ "Cancel" }</button>
        </span>
    }
}
