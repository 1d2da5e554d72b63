//! The Staging page. It shows the staging checklists.

use yew::prelude::*;

#[function_component(StagingPage)]
pub fn page() -> Html {
    html! {
        <section aria-labelledby="staging-title">
            <h1 id="staging-title">{ "Staging" }</h1>
            <p class="lead">{ "Each workload against the definition of done: staged and ready for business testing, with every dependent asset." }</p>
        </section>
    }
}
