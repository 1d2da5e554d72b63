//! The main navigation: one link per step of the migration flow, the current one marked for
//! screen readers (`aria-current`) as well as by style.

use yew::prelude::*;

use crate::ui::route::Route;

pub fn nav(current: &Route) -> Html {
    html! {
        <nav class="main-nav" aria-label="Plan steps">
            <ul>
                { for Route::FLOW.iter().map(|route| {
                    let is_current = current == route;
                    html! {
                        <li key={route.title()}>
                            <a href={route.href()} class={classes!(is_current.then_some("current"))}>
                                <span aria-current={is_current.then_some("page")}>{ route.title() }</span>
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
