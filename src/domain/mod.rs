//! The pure core: the migration plan model and the CAF rules. Nothing here knows about the
//! browser; `tests/architecture.rs` fails if a browser crate is named in this folder.

pub mod name;
pub mod plan;
