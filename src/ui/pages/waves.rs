//! The Waves page. It shows the wave plan.

use yew::prelude::*;

#[function_component(WavesPage)]
pub fn page() -> Html {
    html! {
        <section aria-labelledby="waves-title">
            <h1 id="waves-title">{ "Waves" }</h1>
            <p class="lead">{ "Workloads grouped into ordered waves that respect dependencies and team capacity." }</p>
        </section>
    }
}
