//! Reusable pieces of the page, one component per file.

pub mod header;
pub mod nav;
pub mod status_line;
