//! The route in the address bar, followed as links, back/forward and typed addresses change it.

use yew::prelude::*;

use crate::browser::page;
use crate::ui::route::Route;

/// Starts at `initial` (the address at startup in the app, a fixed route in tests) and follows
/// the fragment from then on; fragments that are anchors in the page ("#main") leave it as is.
#[hook]
pub fn use_route(initial: &Route) -> Route {
    let route = use_state(|| initial.clone());
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = page::on_fragment_change(move |fragment| {
                if let Some(next) = Route::from_fragment(&fragment) {
                    route.set(next);
                }
            });
            move || drop(listener)
        });
    }
    (*route).clone()
}
