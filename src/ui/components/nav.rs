//! The main navigation: one link per step of the migration flow, the current one marked for
//! screen readers (`aria-current`) as well as by style.

use yew::prelude::*;

use crate::ui::route::Route;

/// `unassigned`: assets in no workload, shown beside "Inventory" until none are left.
pub fn nav(current: &Route, unassigned: usize) -> Html {
    html! {
        <nav class="main-nav" aria-label="Plan steps">
            <ul>
                { for Route::FLOW.iter().map(|route| {
                    let is_current = current == route;
                    html! {
                        <li key={route.title()}>
                            <a href={route.href()} class={classes!(is_current.then_some("current"))}>
                                <span aria-current={is_current.then_some("page")}>{ route.title() }</span>
                                if *route == Route::Inventory && unassigned > 0 {
                                    <span class="count" aria-label={format!("{unassigned} unassigned")}>{ unassigned }</span>
                                }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
