//! Labelled form fields with their validation message: every input has a label, and an
//! invalid one says why next to it (`aria-invalid`, `aria-describedby`).

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::domain::asset::AssetId;

/// Keeps a string state in step with a text input.
/// The key of an option in a list the plan can change under (an undo, a redo): its value and
/// whether it is chosen. A list a person has changed ignores a later `selected`, so it would
/// go on showing the undone value; a changed key makes a new option, which shows the plan's.
pub fn option_key(value: impl std::fmt::Display, chosen: bool) -> String {
    format!("{value}-{chosen}")
}

pub fn on_text(value: &UseStateHandle<String>) -> Callback<InputEvent> {
    let value = value.clone();
    Callback::from(move |event: InputEvent| {
        value.set(event.target_unchecked_into::<HtmlInputElement>().value())
    })
}

/// Keeps a string state in step with a text area.
pub fn on_text_area(value: &UseStateHandle<String>) -> Callback<InputEvent> {
    let value = value.clone();
    Callback::from(move |event: InputEvent| {
        value.set(event.target_unchecked_into::<HtmlTextAreaElement>().value())
    })
}

/// Keeps a state in step with a select whose options are `options`, in order.
pub fn on_choice<T: Copy + 'static>(
    value: &UseStateHandle<T>,
    options: &'static [T],
) -> Callback<Event> {
    let value = value.clone();
    Callback::from(move |event: Event| {
        let picked = event
            .target_unchecked_into::<HtmlSelectElement>()
            .selected_index();
        if let Some(option) = usize::try_from(picked).ok().and_then(|i| options.get(i)) {
            value.set(*option);
        }
    })
}

/// Keeps an asset id state in step with a select whose option values are asset ids.
pub fn on_asset(value: &UseStateHandle<Option<AssetId>>) -> Callback<Event> {
    let value = value.clone();
    Callback::from(move |event: Event| {
        value.set(
            event
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .parse()
                .ok()
                .map(AssetId),
        );
    })
}

fn error_line(id: &str, error: Option<&String>) -> Html {
    match error {
        Some(message) => {
            html! { <p id={format!("{id}-error")} class="field-error">{ message }</p> }
        }
        None => html! {},
    }
}

/// A callback that changes one field of a form held in `form` (the form is replaced whole, so
/// the component renders the change).
pub fn edit<F: Clone + 'static, T: 'static>(
    form: &UseStateHandle<F>,
    apply: fn(&mut F, T),
) -> Callback<T> {
    let form = form.clone();
    Callback::from(move |value: T| {
        let mut next = (*form).clone();
        apply(&mut next, value);
        form.set(next);
    })
}

/// A callback that changes one field of `value` and hands the whole on to `on_change`: for a
/// value a parent keeps (filters), where `edit` is for a form the component keeps itself.
pub fn changed<F: Clone + 'static, T: 'static>(
    value: &F,
    on_change: &Callback<F>,
    apply: fn(&mut F, T),
) -> Callback<T> {
    let (value, on_change) = (value.clone(), on_change.clone());
    Callback::from(move |part: T| {
        let mut next = value.clone();
        apply(&mut next, part);
        on_change.emit(next);
    })
}

/// A text input bound to a string state.
pub fn text(id: &str, label: &str, value: &UseStateHandle<String>, error: Option<&String>) -> Html {
    let oninput = on_text(value);
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
    let oninput = on_text(value);
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
    let oninput = on_text_area(value);
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
    let labels: Vec<&'static str> = options.iter().map(|option| label_of(*option)).collect();
    let selected = options.iter().position(|option| *option == **value);
    select(id, label, &labels, selected, on_choice(value, options))
}

/// The markup of a labelled select: one copy for every enum `choice` is used with.
fn select(
    id: &str,
    label: &str,
    options: &[&'static str],
    selected: Option<usize>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label }</label>
            <select id={id.to_owned()} {onchange}>
                { for options.iter().enumerate().map(|(position, option)| html! {
                    <option selected={selected == Some(position)}>{ *option }</option>
                }) }
            </select>
        </div>
    }
}

/// A text input showing `value`; `on_input` gets the text as it is typed. For forms that keep
/// one state (see `domain::forms`).
pub fn input(
    id: &str,
    label: &str,
    value: &str,
    error: Option<&String>,
    on_input: Callback<String>,
) -> Html {
    named_input(id, label, value, error, None, on_input)
}

/// `input` where a name is typed, with the `<datalist>` (see `suggestions`) that offers names.
pub fn named_input(
    id: &str,
    label: &str,
    value: &str,
    error: Option<&String>,
    list: Option<&str>,
    on_input: Callback<String>,
) -> Html {
    labelled_input("text", id, label, value, error, list, on_input)
}

/// An input of the browser's `kind` ("date", "time", "number") showing `value`; `on_input`
/// gets the text as it is typed.
pub fn typed_input(
    kind: &'static str,
    id: &str,
    label: &str,
    value: &str,
    error: Option<&String>,
    on_input: Callback<String>,
) -> Html {
    labelled_input(kind, id, label, value, error, None, on_input)
}

/// The one labelled input the functions above draw: its value and error, and a list of
/// suggestions where there is one.
fn labelled_input(
    kind: &'static str,
    id: &str,
    label: &str,
    value: &str,
    error: Option<&String>,
    list: Option<&str>,
    on_input: Callback<String>,
) -> Html {
    let oninput = Callback::from(move |event: InputEvent| {
        on_input.emit(event.target_unchecked_into::<HtmlInputElement>().value())
    });
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label }</label>
            <input id={id.to_owned()} type={kind} value={value.to_owned()} {oninput}
                list={list.map(str::to_owned)} autocomplete={list.map(|_| "off")}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then(|| format!("{id}-error"))} />
            { error_line(id, error) }
        </div>
    }
}

/// A multi-line text area showing `value`; `on_input` gets the text as it is typed.
pub fn area(id: &str, label: &str, value: &str, on_input: Callback<String>) -> Html {
    let oninput = Callback::from(move |event: InputEvent| {
        on_input.emit(event.target_unchecked_into::<HtmlTextAreaElement>().value())
    });
    html! {
        <div class="field wide">
            <label for={id.to_owned()}>{ label }</label>
            <textarea id={id.to_owned()} rows="2" value={value.to_owned()} {oninput} />
        </div>
    }
}

/// A select over `options` showing `value`; `on_pick` gets the option picked. `none` names an
/// extra first option for "not decided" (picking it gives `None`).
pub fn pick<T: Copy + PartialEq + 'static>(
    id: &str,
    label: &str,
    options: &'static [T],
    label_of: fn(T) -> &'static str,
    value: Option<T>,
    none: Option<&'static str>,
    on_pick: Callback<Option<T>>,
) -> Html {
    let offset = usize::from(none.is_some());
    let mut labels: Vec<&'static str> = none.into_iter().collect();
    labels.extend(options.iter().map(|option| label_of(*option)));
    let selected = match value {
        Some(value) => options.iter().position(|o| *o == value).map(|p| p + offset),
        None => none.map(|_| 0),
    };
    let onchange = Callback::from(move |event: Event| {
        let picked = event
            .target_unchecked_into::<HtmlSelectElement>()
            .selected_index();
        if let Ok(position) = usize::try_from(picked) {
            on_pick.emit(
                position
                    .checked_sub(offset)
                    .and_then(|i| options.get(i).copied()),
            );
        }
    });
    select(id, label, &labels, selected, onchange)
}

/// A select that narrows a list: `all` first (value ""), then each (value, text, selected);
/// `on_pick` gets the value picked.
pub fn filter_choice(
    id: &str,
    label: &str,
    all: &'static str,
    all_selected: bool,
    options: impl Iterator<Item = (String, String, bool)>,
    on_pick: Callback<String>,
) -> Html {
    let onchange =
        on_pick.reform(|event: Event| event.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label }</label>
            <select id={id.to_owned()} {onchange}>
                <option value="" selected={all_selected}>{ all }</option>
                { for options.map(|(value, text, selected)| html! { <option {value} {selected}>{ text }</option> }) }
            </select>
        </div>
    }
}

/// The assets of `workload`, as (id, name) pairs for an asset select.
pub fn asset_options(
    plan: &crate::domain::plan::Plan,
    workload: crate::domain::workload::WorkloadId,
) -> Vec<(AssetId, String)> {
    plan.assets_of(workload)
        .map(|a| (a.id, a.name.to_string()))
        .collect()
}

/// A labelled select of `options`, bound to an asset id state (empty means the first one).
pub fn asset_choice(
    id: &str,
    label: &str,
    options: &[(AssetId, String)],
    chosen: &UseStateHandle<Option<AssetId>>,
) -> Html {
    let current = (**chosen).or_else(|| options.first().map(|o| o.0));
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label }</label>
            <select id={id.to_owned()} onchange={on_asset(chosen)}>
                { for options.iter().map(|(asset, name)| html! {
                    <option value={asset.0.to_string()} selected={current == Some(*asset)}>{ name }</option>
                }) }
            </select>
        </div>
    }
}

/// How many names a suggestion list offers: enough to pick from, few enough to stay light with
/// thousands of workloads.
const SUGGESTIONS: usize = 12;

/// A `<datalist>` for a field where a name is typed: the first names that contain what was
/// typed (ignoring case, spaces and hyphens), so the browser offers them as the person types.
pub fn suggestions<'a>(id: &str, names: impl Iterator<Item = &'a str>, typed: &str) -> Html {
    let wanted = crate::domain::labels::fold(typed);
    html! {
        <datalist id={id.to_owned()}>
            { for names
                .filter(|name| crate::domain::labels::fold(name).contains(&wanted))
                .take(SUGGESTIONS)
                .map(|name| html! { <option value={name.to_owned()} /> }) }
        </datalist>
    }
}
