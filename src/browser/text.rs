//! Text rules that need the whole of Unicode. The browser already carries Unicode's case
//! tables; Rust's own (`str::to_lowercase`) would add 3.4 KB of gzip to the bundle for the one
//! place that needs them: searching names people typed ("Österreich" found by "öster").

/// `text` in lower case, by the browser's Unicode rules (Rust's outside a browser).
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::JsString::from(text).to_lower_case())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.to_lowercase()
    }
}
