//! Labelled form fields with their validation message: every input has a label, and an
//! invalid one says why next to it (`aria-invalid`, `aria-describedby`).

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

fn error_line(id: &str, error: Option<&String>) -> Html {
    match error {
        Some(message) => {
            html! { <p id={format!("{id}-error")} class="field-error">{ message }</p> }
        }
        None => html! {},
    }
}

/// A text input bound to a string state.
pub fn text(id: &str, label: &str, value: &UseStateHandle<String>, error: Option<&String>) -> Html {
    let oninput = {
        let value = value.clone();
        Callback::from(move |event: InputEvent| {
            value.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label }</label>
            <input id={id.to_owned()} type="text" value={(**value).clone()} {oninput}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then(|| format!("{id}-error"))} />
            { error_line(id, error) }
        </div>
    }
}

/// A date input (YYYY-MM-DD) bound to a string state.
pub fn date(id: &str, label: &str, value: &UseStateHandle<String>, error: Option<&String>) -> Html {
    let oninput = {
        let value = value.clone();
        Callback::from(move |event: InputEvent| {
            value.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label }</label>
            <input id={id.to_owned()} type="date" value={(**value).clone()} {oninput}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then(|| format!("{id}-error"))} />
            { error_line(id, error) }
        </div>
    }
}

/// A multi-line text area bound to a string state.
pub fn text_area(id: &str, label: &str, value: &UseStateHandle<String>) -> Html {
    let oninput = {
        let value = value.clone();
        Callback::from(move |event: InputEvent| {
            value.set(event.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    html! {
        <div class="field wide">
            <label for={id.to_owned()}>{ label }</label>
            <textarea id={id.to_owned()} rows="2" value={(**value).clone()} {oninput} />
        </div>
    }
}

/// A select over a labelled enum's values, bound to a state.
pub fn choice<T: Copy + PartialEq + 'static>(
    id: &str,
    label: &str,
    options: &'static [T],
    label_of: fn(T) -> &'static str,
    value: &UseStateHandle<T>,
) -> Html {
    let onchange = {
        let value = value.clone();
        Callback::from(move |event: Event| {
            let picked = event
                .target_unchecked_into::<HtmlSelectElement>()
                .selected_index();
            if let Some(option) = usize::try_from(picked).ok().and_then(|i| options.get(i)) {
                value.set(*option);
            }
        })
    };
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label }</label>
            <select id={id.to_owned()} {onchange}>
                { for options.iter().map(|option| html! {
                    <option selected={*option == **value}>{ label_of(*option) }</option>
                }) }
            </select>
        </div>
    }
}
