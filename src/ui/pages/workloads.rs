//! The Workloads page. It lists what the plan holds.

use yew::prelude::*;

#[function_component(WorkloadsPage)]
pub fn page() -> Html {
    html! {
        <section aria-labelledby="workloads-title">
            <h1 id="workloads-title">{ "Workloads" }</h1>
            <p class="lead">{ "The workloads to migrate, their assets and the dependencies between them." }</p>
        </section>
    }
}
