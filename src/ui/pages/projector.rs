//! The projector window of a readiness workshop: the question on screen, its answers and the
//! progress in large type, and the section's timer, as the facilitator's window sends them
//! (`domain::presenter`). It holds no plan and saves nothing. → and ← (or a clicker's page
//! keys) ask the facilitator's window to move on or back.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::channel::{join, Channel};
use crate::domain::presenter::{PresenterFrame, PresenterMessage, Screen, CHANNEL};
use crate::domain::workshop::progress_words;
use crate::ui::components::badge::{badge, risk_tone};

#[function_component(Projector)]
pub fn projector() -> Html {
    let frame = use_state(|| None::<PresenterFrame>);
    let problem = use_state(|| None::<String>);
    let channel = use_mut_ref(|| None::<Rc<Channel>>);
    {
        let (frame, problem, channel) = (frame.clone(), problem.clone(), channel.clone());
        use_effect_with((), move |_| {
            let joined = join(CHANNEL, move |text| match PresenterMessage::decode(&text) {
                Ok(PresenterMessage::Show { frame: shown }) => {
                    problem.set(None);
                    frame.set(Some(shown));
                }
                Ok(PresenterMessage::Ended) => frame.set(None),
                Ok(_) => {}
                Err(error) => problem.set(Some(error.to_string())),
            });
            if let Ok(joined) = &joined {
                let _ = joined.post(&PresenterMessage::Hello.encode());
            }
            *channel.borrow_mut() = joined.ok().map(Rc::new);
            move || drop(channel.borrow_mut().take())
        });
    }
    {
        let channel = channel.clone();
        use_effect_with((), move |_| {
            let listener = crate::browser::keys::listen_plain(move |key| {
                let forward = match key {
                    "ArrowRight" | "PageDown" | "n" | "N" => true,
                    "ArrowLeft" | "PageUp" | "p" | "P" => false,
                    _ => return false,
                };
                if let Some(channel) = channel.borrow().as_ref() {
                    let _ = channel.post(&PresenterMessage::Step { forward }.encode());
                }
                true
            });
            move || drop(listener)
        });
    }
    use_effect_with((), |_| {
        crate::browser::page::set_title("Projector — waveplan")
    });
    html! {
        <main class="projector" aria-label="Workshop projector">
            { match &*frame {
                None => waiting(),
                Some(frame) => view_frame(frame),
            } }
            if let Some(message) = &*problem { <p class="muted">{ message }</p> }
        </main>
    }
}

fn waiting() -> Html {
    html! {
        <>
            <h1>{ "Workshop projector" }</h1>
            <p role="status">{ "Waiting for the facilitator: open the readiness workshop in the other window of this browser." }</p>
        </>
    }
}

fn view_frame(frame: &PresenterFrame) -> Html {
    let progress = progress_words(frame.position, frame.total);
    html! {
        <>
            <p class="projector-top">
                <span>{ &frame.plan }</span>
                <span data-testid="projector-progress">{ progress }</span>
                if let Some(timer) = &frame.timer {
                    <span role="timer" data-testid="projector-timer" class={classes!(timer.is_over().then_some("over"))}>
                        { format!("{}: {}", timer.section.label(), timer.says()) }
                    </span>
                }
            </p>
            <progress max={frame.total.to_string()} value={frame.position.min(frame.total).to_string()} aria-label="Workshop progress" />
            { screen(&frame.screen) }
        </>
    }
}

fn screen(screen: &Screen) -> Html {
    match screen {
        Screen::Question {
            section,
            text,
            help,
            blocking,
            choices,
        } => html! {
            <>
                <p class="muted">{ section }{ if *blocking { " · blocking" } else { "" } }</p>
                <h1>{ text }</h1>
                if !help.is_empty() { <p class="muted">{ help }</p> }
                <ol class="projector-choices">
                    { for choices.iter().map(|choice| html! {
                        <li class={classes!(choice.selected.then_some("selected"))} aria-current={choice.selected.then_some("true")}>
                            { &choice.label }
                            if choice.selected { { " ✓" } }
                            if let Some(risk) = choice.risk { { " " }{ badge(risk.label(), risk_tone(risk)) } }
                        </li>
                    }) }
                </ol>
            </>
        },
        Screen::Summary {
            answered,
            follow_ups,
        } => html! {
            <>
                <h1>{ "Workshop summary" }</h1>
                <p class="projector-summary">{ format!("{answered} answered · {follow_ups} to follow up") }</p>
            </>
        },
    }
}
