//! Entry point: mounts the app in the page. The app only runs in the browser (wasm32); the
//! host build exists so `cargo test`/`clippy` see the same crate.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<waveplan::ui::app::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "waveplan runs in the browser: build and serve it with scripts/serve (see README.md)."
    );
}
