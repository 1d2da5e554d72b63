//! The facilitator's side of the presenter view: joins the same-browser channel, sends the
//! projector a frame whenever what it shows changes (and to a projector that just opened),
//! and passes on the projector's keys.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::channel::{join, Channel};
use crate::domain::presenter::{PresenterFrame, PresenterMessage, CHANNEL};

/// Keeps the projector in step with `frame`; `on_step` gets `true` (forward) or `false` (back)
/// when the projector's keys ask.
#[hook]
pub fn use_presenter(frame: PresenterFrame, on_step: Callback<bool>) {
    let shown = PresenterMessage::Show { frame }.encode();
    // The listener is set up once: it reads the newest frame and callback from here.
    let latest = use_mut_ref(String::new);
    let step = use_mut_ref(Callback::noop);
    *latest.borrow_mut() = shown.clone();
    *step.borrow_mut() = on_step;
    let channel = use_mut_ref(|| None::<Rc<Channel>>);
    {
        let (latest, step, channel) = (latest.clone(), step.clone(), channel.clone());
        use_effect_with((), move |_| {
            let replies = Rc::new(RefCell::new(None::<Rc<Channel>>));
            let answer_with = replies.clone();
            let joined = join(CHANNEL, move |text| match PresenterMessage::decode(&text) {
                Ok(PresenterMessage::Hello) => {
                    if let Some(channel) = answer_with.borrow().as_ref() {
                        let _ = channel.post(&latest.borrow());
                    }
                }
                Ok(PresenterMessage::Step { forward }) => step.borrow().emit(forward),
                // Another facilitator's frames, or something else: not ours to act on.
                _ => {}
            });
            let joined = joined.ok().map(Rc::new);
            *replies.borrow_mut() = joined.clone();
            *channel.borrow_mut() = joined;
            move || {
                replies.borrow_mut().take();
                // Leaving the workshop: the projector stops showing its last question.
                if let Some(channel) = channel.borrow_mut().take() {
                    let _ = channel.post(&PresenterMessage::Ended.encode());
                }
            }
        });
    }
    use_effect_with(shown, move |shown| {
        if let Some(channel) = channel.borrow().as_ref() {
            let _ = channel.post(shown);
        }
    });
}
