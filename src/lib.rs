//! waveplan: plan the execution of a cloud migration, following the Cloud Adoption Framework.
//!
//! Three layers, each with one invariant (see ARCHITECTURE.md):
//! - `domain`: the plan model and every rule; plain Rust, no browser types.
//! - `ui`: Yew components that show what the domain computes.
//! - `browser`: the only code that touches web-sys/gloo (storage, downloads, files).

pub mod browser;
pub mod domain;
pub mod ui;
