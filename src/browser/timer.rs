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

/// Work to run once the browser has painted the next frame: what a person did shows first, the
/// work follows. Dropping the handle before it runs cancels it.
pub struct AfterPaint {
    cancelled: std::rc::Rc<std::cell::Cell<bool>>,
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        self.cancelled.set(true);
    }
}

pub fn after_next_paint(run: impl FnOnce() + 'static) -> AfterPaint {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let cancelled = std::rc::Rc::new(std::cell::Cell::new(false));
    if !cfg!(target_arch = "wasm32") {
        return AfterPaint { cancelled };
    }
    let flag = cancelled.clone();
    let later = Closure::once_into_js(move || {
        if !flag.get() {
            run();
        }
    });
    // A timeout set inside a frame callback runs after that frame is painted.
    let frame = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(later.unchecked_ref());
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(frame.unchecked_ref());
    }
    AfterPaint { cancelled }
}

/// Work repeated every `millis` (a workshop timer's tick). Dropping the handle stops it.
pub struct Repeating {
    _interval: gloo::timers::callback::Interval,
}

pub fn every(millis: u32, run: impl FnMut() + 'static) -> Repeating {
    Repeating {
        _interval: gloo::timers::callback::Interval::new(millis, run),
    }
}
