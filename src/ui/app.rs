//! The root component: the hash router around the app shell, which owns the plan state and
//! shares it with every page through a context.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::plan::Plan;
use crate::ui::components::header::Header;
use crate::ui::components::status_line::StatusLine;
use crate::ui::pages::switch;
use crate::ui::route::Route;
use crate::ui::state::{PlanContext, PlanState};

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <HashRouter>
            <Shell initial={Plan::default()} />
        </HashRouter>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The plan the app starts with (loaded from storage by `App`, given directly by tests).
    pub initial: Plan,
}

/// Everything inside the router: state, header, the current page and the status line. It does
/// not touch the browser itself, so render tests can mount it under a `MemoryHistory` router.
#[function_component(Shell)]
pub fn shell(props: &ShellProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || PlanState::new(initial));
    html! {
        <ContextProvider<PlanContext> context={state}>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <Header />
            <main id="main" class="page" tabindex="-1">
                <Switch<Route> render={switch} />
            </main>
            <StatusLine />
        </ContextProvider<PlanContext>>
    }
}
