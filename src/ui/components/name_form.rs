//! A form of one typed name and a button, for actions that take a name (assign to a workload,
//! make a new one). The page says what the name does; a refusal shows beside the field and
//! keeps what was typed, success clears it.

use yew::prelude::*;

use crate::ui::components::fields;
use crate::ui::state::PlanContext;

#[derive(Properties, PartialEq)]
pub struct NameFormProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub button: AttrValue,
    /// Offer the plan's workload names while typing.
    #[prop_or_default]
    pub suggest_workloads: bool,
    /// Does what the name asks, or says why not.
    pub on_submit: Callback<String, Result<(), String>>,
}

#[function_component(NameForm)]
pub fn name_form(props: &NameFormProps) -> Html {
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let typed = use_state(String::new);
    let error = use_state(|| None::<String>);
    let submit = {
        let (typed, error, on_submit) = (typed.clone(), error.clone(), props.on_submit.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match on_submit.emit((*typed).clone()) {
                Ok(()) => {
                    typed.set(String::new());
                    error.set(None);
                }
                Err(message) => error.set(Some(message)),
            }
        })
    };
    let list = format!("{}-names", props.id);
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |value| typed.set(value))
    };
    html! {
        <form onsubmit={submit} class="form-row" novalidate=true>
            { fields::named_input(&props.id, &props.label, &typed, error.as_ref(), props.suggest_workloads.then_some(list.as_str()), on_input) }
            if props.suggest_workloads {
                { fields::suggestions(&list, state.plan.workloads().map(|w| w.name.as_str()), &typed) }
            }
            <button type="submit">{ props.button.clone() }</button>
        </form>
    }
}
