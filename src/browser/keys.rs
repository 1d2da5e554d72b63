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

/// Every keydown on the document goes to `handle` until the returned listener is dropped. Not
/// passive: a handler may stop the browser's own action (gloo's default is passive).
fn on_keydown(handle: impl Fn(&web_sys::KeyboardEvent) + 'static) -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
        &document,
        "keydown",
        options,
        move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                handle(event);
            }
        },
    ))
}

/// Undo and redo shortcuts, outside form fields (there the browser's own text undo wins).
pub fn listen(on_shortcut: impl Fn(Shortcut) + 'static) -> Option<EventListener> {
    on_keydown(move |event| {
        if !(event.ctrl_key() || event.meta_key()) {
            return;
        }
        let in_field = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|element| {
                matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            });
        if in_field {
            return;
        }
        let shortcut = match (event.key().to_ascii_lowercase().as_str(), event.shift_key()) {
            ("z", false) => Shortcut::Undo,
            ("z", true) | ("y", false) => Shortcut::Redo,
            _ => return,
        };
        event.prevent_default();
        on_shortcut(shortcut);
    })
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

/// Keys without Ctrl, Cmd or Alt, outside text fields, until the returned listener is dropped.
/// `on_key` gets `KeyboardEvent.key` and says whether it used it (then the browser's own
/// action, such as scrolling, is stopped).
pub fn listen_plain(on_key: impl Fn(&str) -> bool + 'static) -> Option<EventListener> {
    on_keydown(move |event| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() || typing(event) {
            return;
        }
        if on_key(&event.key()) {
            event.prevent_default();
        }
    })
}
