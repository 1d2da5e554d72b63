//! The Remediation page. It shows the remediation decision per workload.

use yew::prelude::*;

#[function_component(RemediationPage)]
pub fn page() -> Html {
    html! {
        <section aria-labelledby="remediation-title">
            <h1 id="remediation-title">{ "Remediation" }</h1>
            <p class="lead">{ "For each workload: is remediation done in the same sprint as the migration, or in a separate wave?" }</p>
        </section>
    }
}
