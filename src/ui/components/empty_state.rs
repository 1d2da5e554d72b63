//! What a page says when the plan has nothing for it yet: what would be here and how to get it
//! there, with a link, instead of an empty table.

use yew::prelude::*;

use crate::ui::route::Route;

/// A plain function: it keeps no state.
pub fn empty_state(title: &str, text: &str, link: Option<(Route, &str)>) -> Html {
    html! {
        <div class="card empty-state" data-testid="empty-state">
            <h2>{ title.to_owned() }</h2>
            <p>{ text.to_owned() }</p>
            if let Some((route, label)) = link {
                <p><a href={route.href()}>{ label.to_owned() }</a></p>
            }
        </div>
    }
}

/// The empty state of a page that needs workloads.
pub fn no_workloads(what: &str) -> Html {
    empty_state(
        "No workloads yet",
        &format!("{what} Add workloads by hand or several at once on the Workloads page, or import an inventory or a dependency export on Start."),
        Some((Route::Workloads, "Add workloads")),
    )
}
