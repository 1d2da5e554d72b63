//! The Export page. It offers the exports.

use yew::prelude::*;

#[function_component(ExportPage)]
pub fn page() -> Html {
    html! {
        <section aria-labelledby="export-title">
            <h1 id="export-title">{ "Export" }</h1>
            <p class="lead">{ "Take the staging plan out: Markdown, a backlog CSV, JSON, a printable page or a share link." }</p>
        </section>
    }
}
