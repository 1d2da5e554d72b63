//! The steps people tick on a workload's way from replicated to promoted: CAF's stage
//! deliverables, readiness for business testing, and the promote gate (business test, the
//! sign-offs, the cut-over). A plain function of the plan state: it keeps no state of its own.

use yew::prelude::*;

use crate::domain::staging::{pins_to, tick};
use crate::domain::workload::{Checkpoint, Workload};
use crate::ui::state::{PlanContext, PlanMsg};

const GROUPS: [(&str, &[Checkpoint]); 4] = [
    (
        "Stage deliverables (definition of done)",
        &Checkpoint::DELIVERABLES,
    ),
    (
        "Ready for business testing (definition of done)",
        &Checkpoint::BUSINESS_READY,
    ),
    ("Promote gate: business test and sign-offs", &PROMOTE_GATE),
    ("Promote gate: cut-over", &[Checkpoint::CutOver]),
];

const PROMOTE_GATE: [Checkpoint; 8] = [
    Checkpoint::BusinessTested,
    Checkpoint::DomainSignOff,
    Checkpoint::UserRoutingSignOff,
    Checkpoint::IdentitySignOff,
    Checkpoint::PerformanceSignOff,
    Checkpoint::BcdrSignOff,
    Checkpoint::DataClassificationSignOff,
    Checkpoint::SecuritySignOff,
];

fn toggle(
    state: &PlanContext,
    workload: &Workload,
    checkpoint: Checkpoint,
    wave_now: Option<u32>,
) -> Html {
    let done = workload.has(checkpoint);
    let onchange = {
        let (state, name) = (state.clone(), workload.name.to_string());
        let change = tick(workload, checkpoint, !done, wave_now);
        let pinned = pins_to(workload, checkpoint, !done, wave_now);
        Callback::from(move |_: Event| {
            let mut said = format!(
                "{name}: {} {}",
                checkpoint.label(),
                if done { "unticked" } else { "ticked" }
            );
            if let Some(wave) = pinned {
                said.push_str(&format!("; pinned to wave {wave}, where it moved"));
            }
            state.dispatch(PlanMsg::apply(change.clone(), said))
        })
    };
    let id = format!("checkpoint-{}-{}", workload.id.0, checkpoint as u8);
    html! {
        <div class="check">
            <input type="checkbox" id={id.clone()} checked={done} {onchange} />
            <label for={id}>{ checkpoint.label() }</label>
        </div>
    }
}

/// `wave_now`: the wave the workload is in, where ticking its cut-over pins it.
pub fn checkpoints(state: &PlanContext, workload: &Workload, wave_now: Option<u32>) -> Html {
    html! {
        <div class="checkpoints">
            <h3>{ "Steps to staged and promoted" }</h3>
            { for GROUPS.iter().map(|(title, steps)| html! {
                <fieldset>
                    <legend>{ *title }</legend>
                    { for steps.iter().map(|step| toggle(state, workload, *step, wave_now)) }
                </fieldset>
            }) }
        </div>
    }
}
