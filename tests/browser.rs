//! Browser glue tested in headless Chromium (wasm-bindgen-test): local storage, downloads, and
//! the shell mounted into a real document.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use waveplan::browser::{download, storage, text};
use waveplan::domain::example::example_plan;
use waveplan::domain::plan::Plan;
use waveplan::ui::app::Shell;
use waveplan::ui::route::Route;
use waveplan::ui::saved_plans;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets queued microtasks (yew's scheduler) run; not a timer.
async fn next_tick() {
    let resolved = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(resolved).await;
}

#[wasm_bindgen_test]
fn storage_round_trips_and_missing_key_is_none() {
    let key = "waveplan-test-round-trip";
    storage::remove(key).unwrap();
    assert_eq!(storage::load(key), Ok(None));
    storage::save(key, "{\"plan\":1}").unwrap();
    assert_eq!(storage::load(key), Ok(Some("{\"plan\":1}".to_string())));
    storage::remove(key).unwrap();
    assert_eq!(storage::load(key), Ok(None));
}

#[wasm_bindgen_test]
fn lowercase_follows_unicode_in_the_browser() {
    assert_eq!(text::lowercase("ÖSTERREICH Payroll"), "österreich payroll");
    assert_eq!(text::lowercase("ΣΟΦΙΑ"), "σοφια");
    assert_eq!(text::lowercase("WEB-01"), "web-01");
}

/// The download is a clicked link to a file: catch the click (so nothing is saved), then read
/// the file the link points at.
#[wasm_bindgen_test]
async fn download_offers_a_file_with_its_name_and_content() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let clicked: Rc<RefCell<Option<(String, String)>>> = Rc::default();
    let listener = {
        let clicked = clicked.clone();
        Closure::<dyn FnMut(web_sys::MouseEvent)>::new(move |event: web_sys::MouseEvent| {
            let anchor = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlAnchorElement>().ok());
            if let Some(anchor) = anchor {
                event.prevent_default();
                *clicked.borrow_mut() = Some((anchor.download(), anchor.href()));
            }
        })
    };
    let callback = listener.as_ref().unchecked_ref();
    document
        .add_event_listener_with_callback_and_bool("click", callback, true)
        .unwrap();
    let text = "{\"name\": \"Contoso – exit\"}";
    let offered = download::download_text("contoso-plan.json", "application/json", text);
    document
        .remove_event_listener_with_callback_and_bool("click", callback, true)
        .unwrap();
    assert_eq!(offered, Ok(()));
    let (name, href) = clicked.take().expect("a download link was clicked");
    assert_eq!(name, "contoso-plan.json");
    assert!(href.starts_with("blob:"), "{href}");
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&href))
            .await
            .unwrap()
            .dyn_into()
            .unwrap();
    assert_eq!(
        response.headers().get("content-type").unwrap().as_deref(),
        Some("application/json")
    );
    let body = wasm_bindgen_futures::JsFuture::from(response.text().unwrap())
        .await
        .unwrap();
    assert_eq!(body.as_string().as_deref(), Some(text));
}

#[function_component(RoutedShell)]
fn routed_shell() -> Html {
    html! { <Shell plan={Plan::default()} route={Route::Staging} /> }
}

#[wasm_bindgen_test]
async fn shell_mounts_into_the_document() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<RoutedShell>::with_root(root.clone()).render();
    for _ in 0..10 {
        next_tick().await;
    }
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Untitled migration plan"), "{text}");
    assert!(
        text.contains("A migration is done when the workload is staged"),
        "{text}"
    );
    app.destroy();
}

#[wasm_bindgen_test]
fn saved_plans_round_trip_and_unreadable_data_is_kept() {
    let plan = example_plan();
    saved_plans::save("browser-test", &plan).unwrap();
    saved_plans::save_undo("browser-test", Some(&Plan::default()));
    let startup = saved_plans::startup();
    assert_eq!(startup.plan_id, "browser-test");
    assert_eq!(startup.plan, plan);
    assert_eq!(
        startup.previous,
        Some(Plan::default()),
        "one undo step survives a reload"
    );
    assert!(startup.problem.is_none());
    assert!(saved_plans::list()
        .iter()
        .any(|info| info.id == "browser-test" && info.workloads == 12));

    let broken = "{\"format\":\"waveplan\",\"version\":2,\"plan\":{";
    storage::save("waveplan.plan.browser-test", broken).unwrap();
    let startup = saved_plans::startup();
    assert_ne!(
        startup.plan_id, "browser-test",
        "a new plan, so the broken one is never overwritten"
    );
    let problem = startup.problem.expect("the problem is reported");
    assert_eq!(problem.raw, broken);
    assert!(
        problem.message.contains("could not be read"),
        "{}",
        problem.message
    );
    assert_eq!(
        storage::load("waveplan.plan.browser-test"),
        Ok(Some(broken.to_string()))
    );
    saved_plans::delete("browser-test").unwrap();
    storage::remove("waveplan.current").unwrap();
}
