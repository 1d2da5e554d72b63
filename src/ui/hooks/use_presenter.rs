//! The facilitator's side of the presenter view: joins the same-browser channel, sends the
//! projector a frame whenever what it shows changes (and to a projector that just opened),
//! and moves the workshop when the projector's keys ask.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::channel::{join, Channel};
use crate::domain::presenter::{PresenterFrame, PresenterMessage, CHANNEL};

/// Keeps the projector in step with `frame`; `position` moves when the projector asks.
#[hook]
pub fn use_presenter(frame: PresenterFrame, position: &UseStateHandle<usize>) {
    let shown = PresenterMessage::Show {
        frame: frame.clone(),
    }
    .encode();
    let latest = use_mut_ref(String::new);
    let at = use_mut_ref(|| (0usize, 0usize));
    *latest.borrow_mut() = shown.clone();
    *at.borrow_mut() = (frame.position, frame.total);
    let channel = use_mut_ref(|| None::<Rc<Channel>>);
    {
        let (latest, at, position, channel) = (
            latest.clone(),
            at.clone(),
            position.clone(),
            channel.clone(),
        );
        use_effect_with((), move |_| {
            let replies = Rc::new(RefCell::new(None::<Rc<Channel>>));
            let answer_with = replies.clone();
            let joined = join(CHANNEL, move |text| match PresenterMessage::decode(&text) {
                Ok(PresenterMessage::Hello) => {
                    if let Some(channel) = answer_with.borrow().as_ref() {
                        let _ = channel.post(&latest.borrow());
                    }
                }
                Ok(PresenterMessage::Step { forward }) => {
                    let (now, total) = *at.borrow();
                    position.set(if forward {
                        (now + 1).min(total)
                    } else {
                        now.saturating_sub(1)
                    });
                }
                // Another facilitator's frames, or something else: not ours to act on.
                _ => {}
            });
            let joined = joined.ok().map(Rc::new);
            *replies.borrow_mut() = joined.clone();
            *channel.borrow_mut() = joined;
            move || {
                replies.borrow_mut().take();
                channel.borrow_mut().take();
            }
        });
    }
    use_effect_with(shown, move |shown| {
        if let Some(channel) = channel.borrow().as_ref() {
            let _ = channel.post(shown);
        }
    });
}
