//! The page itself: printing, the address for share links, and the clipboard.

use wasm_bindgen_futures::JsFuture;

/// Opens the browser's print dialog (Print → Save as PDF uses the print stylesheet).
pub fn print() -> Result<(), String> {
    web_sys::window()
        .ok_or("no window")?
        .print()
        .map_err(|_| "the browser refused to print".to_owned())
}

/// Opens (or brings back) the window called `name` at `fragment` of this app ("#/projector").
pub fn open_window(fragment: &str, name: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let url = format!("{}{fragment}", base_url().unwrap_or_default());
    match window.open_with_url_and_target(&url, name) {
        Ok(Some(_)) => Ok(()),
        _ => Err(
            "The browser blocked the new window; allow pop-ups for this page and try again."
                .to_owned(),
        ),
    }
}

/// The page's address without its fragment, e.g. `http://127.0.0.1:8080/`.
pub fn base_url() -> Option<String> {
    let location = web_sys::window()?.location();
    let href = location.href().ok()?;
    Some(href.split('#').next().unwrap_or(&href).to_owned())
}

/// Copies `text` to the clipboard; Err when the browser does not allow it (then the user
/// can still select the text in the field that shows it).
pub async fn copy_to_clipboard(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window()
        .ok_or("no window")?
        .navigator()
        .clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "the browser did not allow copying; select the link and copy it".to_owned())
}

/// Runs `save` when the page is hidden or closed (tab switch, reload, navigation), so a
/// debounced autosave is never lost. Dropping the listener stops it.
pub fn on_page_hide(save: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "pagehide",
        move |_| save(),
    ))
}

/// Sets the browser tab's title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(title);
    }
}

/// The address's fragment with its `#` ("#/waves"), or "" when there is none.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Runs `follow` with the new fragment whenever it changes (links, back and forward, typing
/// an address). Dropping the listener stops it.
pub fn on_fragment_change(
    follow: impl Fn(String) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "hashchange",
        move |_| follow(fragment()),
    ))
}

/// Goes to `fragment` ("#/workloads") as a link would, keeping the way back in history.
pub fn go_to(fragment: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(fragment);
    }
}

/// Moves the keyboard focus to the element with `id`, if it is on the page (after an entry is
/// added, so the next one can be typed at once).
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
