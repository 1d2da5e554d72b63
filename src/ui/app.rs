//! The root component: the app shell, which owns the plan state, its analysis and the route,
//! shares the state and analysis with every page through contexts, and shows the page the
//! route names.

use yew::prelude::*;

use crate::domain::plan::Plan;
use crate::ui::components::header::header;
use crate::ui::components::status_line::status_line;
use crate::ui::components::storage_banner::{shared_banner, storage_banner};
use crate::ui::hooks::use_analysis::use_analysis;
use crate::ui::hooks::use_autosave::use_autosave;
use crate::ui::hooks::use_route::use_route;
use crate::ui::hooks::use_shortcuts::use_shortcuts;
use crate::ui::pages::switch;
use crate::ui::route::Route;
use crate::ui::saved_plans;
use crate::ui::state::{AnalysisContext, BeforeLastChange, PlanContext, PlanState, StorageProblem};

#[function_component(App)]
pub fn app() -> Html {
    let startup = use_memo((), |_| {
        let startup = saved_plans::startup();
        (
            startup.plan,
            startup.previous,
            startup.plan_id,
            startup.problem,
            startup.notes.join(" "),
        )
    });
    let (plan, previous, plan_id, problem, notice) = (*startup).clone();
    let route = Route::from_fragment(&crate::browser::page::fragment()).unwrap_or(Route::Start);
    // The projector window shows what the facilitator's window sends: no plan, no autosave.
    if route == Route::Projector {
        return html! { <crate::ui::pages::projector::Projector /> };
    }
    html! { <Shell {plan} {previous} {plan_id} {problem} {route} {notice} /> }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The plan the app starts with (loaded from storage by `App`, given directly by tests).
    pub plan: Plan,
    #[prop_or_else(|| "unsaved".to_owned())]
    pub plan_id: String,
    #[prop_or_default]
    pub problem: Option<StorageProblem>,
    /// The plan before its last change, kept across a reload for one undo step.
    #[prop_or_default]
    pub previous: Option<Plan>,
    /// The page to start on; the shell follows the address from then on.
    #[prop_or(Route::Start)]
    pub route: Route,
    /// Something loading the plan changed, to say in the status line ("" for nothing).
    #[prop_or_default]
    pub notice: String,
}

/// Everything on screen: state, analysis, header, the current page and the status line. It
/// reaches the browser only through effects, so render tests can mount it at any route.
#[function_component(Shell)]
pub fn shell(props: &ShellProps) -> Html {
    let state = {
        let plan = props.plan.clone();
        let (id, problem, previous, notice) = (
            props.plan_id.clone(),
            props.problem.clone(),
            props.previous.clone(),
            props.notice.clone(),
        );
        use_reducer(move || {
            let mut state = PlanState::new(plan, id, problem).with_previous(previous);
            if !notice.is_empty() {
                state.status = Some(crate::ui::state::Status::Done(notice));
            }
            state
        })
    };
    let (analysis, before, replanning) = use_analysis(&state);
    let route = use_route(&props.route);
    use_autosave(&state);
    use_shortcuts(&state);
    // The tab says which plan it holds, for people with several open.
    use_effect_with(state.plan.name().to_string(), |name| {
        crate::browser::page::set_title(&format!("{name} — waveplan"))
    });
    // The first render is on screen when effects run: mark it for scripts/perf.
    use_effect_with((), |_| crate::browser::clock::mark("waveplan-first-render"));
    html! {
        <ContextProvider<PlanContext> context={state.clone()}>
            <ContextProvider<AnalysisContext> context={analysis}>
            <ContextProvider<BeforeLastChange> context={before}>
                <a class="skip-link" href="#main">{ "Skip to content" }</a>
                { header(&state, &route) }
                { storage_banner(&state) }
                { shared_banner(&state) }
                <main id="main" class="page" tabindex="-1">
                    { switch(route) }
                </main>
                { status_line(&state) }
                if replanning {
                    <p class="replanning" data-testid="replanning" aria-hidden="true">{ "Re-planning…" }</p>
                }
            </ContextProvider<BeforeLastChange>>
            </ContextProvider<AnalysisContext>>
        </ContextProvider<PlanContext>>
    }
}
