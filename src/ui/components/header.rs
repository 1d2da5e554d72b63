//! The top bar: the product, the plan's name, undo/redo and the navigation.

use yew::prelude::*;

use crate::ui::components::nav::nav;
use crate::ui::route::Route;
use crate::ui::state::{PlanContext, PlanMsg};

/// Plain functions like this one render the shell's parts from the shell's own state: as
/// components, each would add its lifecycle code to the bundle and gain nothing.
pub fn header(state: &PlanContext, route: &Route) -> Html {
    let undo = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(PlanMsg::Undo))
    };
    let redo = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(PlanMsg::Redo))
    };
    html! {
        <header class="top-bar">
            <div class="brand-row">
                <span class="brand" aria-hidden="true">{ "waveplan" }</span>
                <p class="plan-name" data-testid="plan-name">{ state.plan.name().as_str() }</p>
                <div class="history-buttons">
                    <button type="button" onclick={undo} disabled={!state.can_undo()}>{ "Undo" }</button>
                    <button type="button" onclick={redo} disabled={!state.can_redo()}>{ "Redo" }</button>
                </div>
            </div>
            { nav(route, state.plan.unassigned_count()) }
        </header>
    }
}
