//! A plan opened from a share link: shown read-only, with "Save a copy" to make it one of
//! this browser's plans. The plan in use is not touched until then.

use yew::prelude::*;

use crate::browser::page;
use crate::domain::analysis::Analysis;
use crate::domain::export::share::decode;
use crate::ui::route::Route;
use crate::ui::saved_plans::{new_id, switch_to};
use crate::ui::state::PlanContext;

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub data: String,
}

#[function_component(SharedPage)]
pub fn shared_page(props: &SharedPageProps) -> Html {
    let decoded = use_memo(props.data.clone(), |data| {
        decode(data).map(|plan| {
            let analysis = Analysis::of(&plan);
            (plan, analysis)
        })
    });
    let Some(state) = use_context::<PlanContext>() else {
        return html! {};
    };
    let (plan, analysis) = match &*decoded {
        Ok(found) => found,
        Err(error) => {
            return html! {
                <section aria-labelledby="shared-title">
                    <h1 id="shared-title">{ "Shared plan" }</h1>
                    <div class="banner error" role="alert"><p>{ error.to_string() }</p></div>
                    <p><a href={Route::Start.href()}>{ "Go to your own plan" }</a></p>
                </section>
            };
        }
    };
    let save_copy = {
        let plan = plan.clone();
        Callback::from(move |_| {
            let label = format!("Saved a copy of “{}” in this browser", plan.name());
            switch_to(&state, plan.clone(), new_id(), label);
            page::go_to(&Route::Workloads.href());
        })
    };
    html! {
        <section aria-labelledby="shared-title">
            <h1 id="shared-title">{ format!("Shared plan: {}", plan.name()) }</h1>
            <p class="lead">{ "This plan came in a link and is shown read-only. Nothing was sent anywhere: the plan is in the link itself. Save a copy to work on it; your own plans are not changed." }</p>
            <button type="button" onclick={save_copy}>{ "Save a copy" }</button>
            <p>{ format!("{} workloads, {} assets, {} dependencies, {} waves. Readiness: {}.",
                plan.workloads().len(), plan.assets().len(), plan.dependencies().len(), analysis.waves.waves.len(), analysis.readiness.level) }</p>
            <ol class="wave-list">
                { for analysis.waves.waves.iter().map(|wave| html! {
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
