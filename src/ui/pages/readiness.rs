//! The Readiness page. It shows the readiness the domain computes.

use yew::prelude::*;

#[function_component(ReadinessPage)]
pub fn page() -> Html {
    html! {
        <section aria-labelledby="readiness-title">
            <h1 id="readiness-title">{ "Readiness" }</h1>
            <p class="lead">{ "Walk the team through the prerequisite questions and see the gaps that block migration." }</p>
        </section>
    }
}
