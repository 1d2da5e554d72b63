//! Keyboard shortcuts for the whole page: Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redo.
//! Inside a text field the browser's own text undo wins. Also plain keys for a mode that owns
//! the page (the workshop), wherever the focus is, except while someone types.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    Undo,
    Redo,
}

/// Listens on the document until the returned listener is dropped.
pub fn listen(on_shortcut: impl Fn(Shortcut) + 'static) -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    // Not passive: the handler stops the browser's own Ctrl+Z (gloo's default is passive).
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
        &document,
        "keydown",
        options,
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if !(event.ctrl_key() || event.meta_key()) {
                return;
            }
            let in_text_field = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|element| {
                    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                });
            if in_text_field {
                return;
            }
            let shortcut = match (event.key().to_ascii_lowercase().as_str(), event.shift_key()) {
                ("z", false) => Shortcut::Undo,
                ("z", true) | ("y", false) => Shortcut::Redo,
                _ => return,
            };
            event.prevent_default();
            on_shortcut(shortcut);
        },
    ))
}

/// Whether the event's target is a field a person types into (where keys are text).
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| match element.tag_name().as_str() {
            "TEXTAREA" | "SELECT" => true,
            "INPUT" => !matches!(
                element.get_attribute("type").as_deref(),
                Some("radio" | "checkbox" | "button" | "submit")
            ),
            _ => element.has_attribute("contenteditable"),
        })
}

/// Listens on the document for keys without Ctrl, Cmd or Alt, outside text fields, until the
/// returned listener is dropped. `on_key` gets `KeyboardEvent.key` and says whether it used it
/// (then the browser's own action, such as scrolling, is stopped).
pub fn listen_plain(on_key: impl Fn(&str) -> bool + 'static) -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
        &document,
        "keydown",
        options,
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if event.ctrl_key() || event.meta_key() || event.alt_key() || typing(event) {
                return;
            }
            if on_key(&event.key()) {
                event.prevent_default();
            }
        },
    ))
}
