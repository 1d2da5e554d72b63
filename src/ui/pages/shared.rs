//! A plan opened from a share link. It becomes the plan on every page, read-only, with a
//! banner saying so (`components::storage_banner::shared_banner`): the recipient can look at
//! its waves, readiness and staging as the sender sees them, then save a copy or go back to
//! their own plan, which is saved first and not changed.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::export::share::{decode, ShareError};
use crate::domain::plan::Plan;
use crate::domain::quantity::counted;
use crate::ui::components::storage_banner::save_shared_copy;
use crate::ui::route::Route;
use crate::ui::saved_plans::save;
use crate::ui::state::{use_plan_and_analysis, PlanContext, PlanMsg, Status};

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub data: String,
}

/// Once per link: keep the person's own plan safe, then show the shared one everywhere.
#[hook]
fn use_view_shared(state: &PlanContext, data: String, decoded: Rc<Result<Plan, ShareError>>) {
    let state = state.clone();
    use_effect_with(data, move |_| {
        let Ok(plan) = &*decoded else {
            return;
        };
        if state.shared.is_none() && state.revision > 0 {
            if let Err(error) = save(&state.plan_id, &state.plan) {
                state.dispatch(PlanMsg::Say(Status::Refused(format!(
                    "Could not save your plan before opening the shared one: {error}"
                ))));
                return;
            }
        }
        state.dispatch(PlanMsg::ViewShared {
            plan: Box::new(plan.clone()),
        });
    });
}

#[function_component(SharedPage)]
pub fn shared_page(props: &SharedPageProps) -> Html {
    let decoded = use_memo(props.data.clone(), |data| decode(data));
    let Some((state, analysis)) = use_plan_and_analysis() else {
        return html! {};
    };
    use_view_shared(&state, props.data.clone(), decoded.clone());
    if let Err(error) = &*decoded {
        return html! {
            <section aria-labelledby="shared-title">
                <h1 id="shared-title">{ "Shared plan" }</h1>
                <div class="banner error" role="alert"><p>{ format!("This shared plan cannot be opened: {error}") }</p></div>
                <p><a href={Route::Start.href()}>{ "Go to your own plan" }</a></p>
            </section>
        };
    }
    if state.shared.is_none() {
        return html! { <p role="status">{ "Opening the shared plan…" }</p> };
    }
    let save_copy = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| save_shared_copy(&dispatcher))
    };
    let plan = &state.plan;
    let analysis = &analysis.0;
    html! {
        <section aria-labelledby="shared-title">
            <h1 id="shared-title">{ format!("Shared plan: {}", plan.name()) }</h1>
            <p class="lead">{ "This plan came in a link: every page now shows it, read-only. Nothing was sent anywhere (the plan is in the link itself). Save a copy to work on it; your own plans are not changed." }</p>
            <button type="button" onclick={save_copy}>{ "Save a copy" }</button>
            <p>{ format!("{}, {}, {}, {}. Readiness: {}.",
                counted(plan.workloads().len(), "workload", "workloads"), counted(plan.assets().len(), "asset", "assets"),
                counted(plan.dependencies().len(), "dependency", "dependencies"), counted(analysis.waves.waves.len(), "wave", "waves"), analysis.readiness.level) }</p>
            <ol class="wave-list">
                { for analysis.waves.waves.iter().filter(|w| !w.workloads.is_empty()).map(|wave| html! {
                    <li key={wave.number}>
                        <strong>{ format!("Wave {} ({} – {})", wave.number, wave.days.from(), wave.days.to()) }</strong>
                        { ": " }
                        { wave.workloads.iter().filter_map(|id| plan.workload(*id)).map(|w| w.name.to_string()).collect::<Vec<_>>().join(", ") }
                    </li>
                }) }
            </ol>
        </section>
    }
}
