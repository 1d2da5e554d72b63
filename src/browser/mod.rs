//! The only code that touches web-sys and gloo. Each function returns a `Result` (or an
//! `Option`): a browser that refuses (private mode, full quota, blocked downloads) is
//! reported, never a panic.

pub mod channel;
pub mod clock;
pub mod download;
pub mod file_read;
pub mod keys;
pub mod page;
pub mod storage;
pub mod text;
pub mod timer;
