//! Time from the browser: for "saved at" stamps, new plan ids and measurements.

/// Milliseconds since the Unix epoch (0 outside a browser).
pub fn now_millis() -> f64 {
    if cfg!(target_arch = "wasm32") {
        js_sys::Date::now()
    } else {
        0.0
    }
}

/// A high-resolution timestamp in milliseconds, for timing work in the page.
pub fn performance_now() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// The local date and time as "2027-01-04 14:05", for people reading a list of saved plans.
pub fn local_stamp(millis: f64) -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis));
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}

/// Today's local date as "2027-01-04" (empty outside a browser): the domain has no clock.
pub fn today() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// Leaves a named mark in the page's performance timeline (for measurements from outside).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}
