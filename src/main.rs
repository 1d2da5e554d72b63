//! Entry point: mounts the app in the page. The app only runs in the browser (wasm32); the
//! host build exists so `cargo test`/`clippy` see the same crate.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<waveplan::ui::app::App>::new().render();
}

/// A real WebAssembly trap, as a bug or running out of memory would cause, so the end-to-end
/// test of the "waveplan stopped" banner (`static/crash-guard.js`) can trigger one. Nothing in
/// the app calls it. It lives here because only the binary's own exports reach JavaScript.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = waveplanTrapForTests)]
pub fn trap_for_tests() {
    core::arch::wasm32::unreachable()
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "waveplan runs in the browser: build and serve it with scripts/serve (see README.md)."
    );
}
