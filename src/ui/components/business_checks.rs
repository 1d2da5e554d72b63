//! The business parts of the definition of done (test plan, change plan, sign-off), ticked as
//! they happen.

use yew::prelude::*;

use crate::domain::plan::Action;
use crate::domain::workload::{BusinessReadiness, WorkloadId};
use crate::ui::state::{PlanContext, PlanMsg};

/// The business parts of the definition of done, ticked as they happen (a plain function of
/// the plan state: it keeps no state of its own).
pub fn business_checks(state: &PlanContext, workload: WorkloadId, b: BusinessReadiness) -> Html {
    let toggle = |label: &'static str, value: bool, set: fn(&mut BusinessReadiness, bool)| {
        let onchange = {
            let (state, business) = (state.clone(), b);
            Callback::from(move |_: Event| {
                let mut next = business;
                set(&mut next, !value);
                state.dispatch(PlanMsg::apply(
                    Action::SetBusinessReadiness {
                        workload,
                        business: next,
                    },
                    format!("{label}: {}", if value { "not yet" } else { "done" }),
                ));
            })
        };
        let id = format!(
            "business-{}-{}",
            workload.0,
            label.to_ascii_lowercase().replace(' ', "-")
        );
        html! { <div class="check"><input type="checkbox" id={id.clone()} checked={value} {onchange} /><label for={id}>{ label }</label></div> }
    };
    html! {
        <div class="business-checks">
            <h3>{ "Business readiness" }</h3>
            { toggle("Business test plan", b.test_plan, |b, v| b.test_plan = v) }
            { toggle("Business change plan", b.change_plan, |b, v| b.change_plan = v) }
            { toggle("Signed off for business testing", b.signed_off, |b, v| b.signed_off = v) }
        </div>
    }
}
