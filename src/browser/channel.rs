//! A same-browser channel between windows of this app (`BroadcastChannel`): messages stay in
//! the browser, nothing goes to a server. Dropping the handle leaves the channel.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

pub struct Channel {
    channel: web_sys::BroadcastChannel,
    _listener: EventListener,
}

/// Joins `name`; `on_message` gets every text message other windows post.
pub fn join(name: &str, on_message: impl Fn(String) + 'static) -> Result<Channel, String> {
    let channel = web_sys::BroadcastChannel::new(name)
        .map_err(|_| "This browser cannot link two windows (no BroadcastChannel).".to_owned())?;
    let listener = EventListener::new(&channel, "message", move |event| {
        let text = event
            .dyn_ref::<web_sys::MessageEvent>()
            .and_then(|message| message.data().as_string());
        if let Some(text) = text {
            on_message(text);
        }
    });
    Ok(Channel {
        channel,
        _listener: listener,
    })
}

impl Channel {
    pub fn post(&self, text: &str) -> Result<(), String> {
        self.channel
            .post_message(&text.into())
            .map_err(|_| "The other window could not be told.".to_owned())
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        self.channel.close();
    }
}
