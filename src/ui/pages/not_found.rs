//! Shown for any address the app does not know, with a way back.

use yew::prelude::*;

use crate::ui::route::Route;

/// A plain function: the page keeps no state.
pub fn not_found_page() -> Html {
    html! {
        <section aria-labelledby="not-found-title">
            <h1 id="not-found-title">{ "Page not found" }</h1>
            <p class="lead">{ "There is no page at this address. Your plan is unchanged." }</p>
            <p><a href={Route::Start.href()}>{ "Go to the start page" }</a></p>
        </section>
    }
}
