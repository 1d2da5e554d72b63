//! Delayed work, for debouncing autosave. Dropping the handle cancels the call.

use gloo::timers::callback::Timeout;

pub struct Pending {
    _timeout: Timeout,
}

pub fn after(millis: u32, run: impl FnOnce() + 'static) -> Pending {
    Pending {
        _timeout: Timeout::new(millis, run),
    }
}
