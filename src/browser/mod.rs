//! The only code that touches web-sys and gloo. Each function returns a `Result`: a browser that
//! refuses (private mode, full quota, blocked downloads) is reported, never a panic.

pub mod download;
pub mod storage;
