//! Share links: the whole plan, compressed, in the URL fragment (`#/shared/<data>`). The
//! fragment never reaches a server. Data is compact JSON, deflated, then base64url.

use thiserror::Error;

use crate::domain::compress::{pack, unpack};
use crate::domain::persist::{from_json, to_json_compact, LoadError};
use crate::domain::plan::Plan;

/// The longest share data we offer. Current browsers open URLs far longer (Chromium up to
/// 2 MB), but mail clients and chat tools cut very long links; 100,000 characters holds a
/// plan of about 500 workloads (measured in tests/export_formats.rs) and beyond that a JSON
/// file is the better way to share.
pub const MAX_SHARE_CHARS: usize = 100_000;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ShareError {
    #[error("this plan is too large for a link ({chars} characters; links hold up to {limit}). Export it as a JSON file and share the file instead.")]
    TooLarge { chars: usize, limit: usize },
    #[error("the link is damaged or incomplete (it is not valid share data); ask for it again")]
    Damaged,
    #[error("the link holds a plan this version cannot open: {0}")]
    Plan(#[from] LoadError),
}

/// The share data for `plan`, or why it does not fit in a link.
pub fn encode(plan: &Plan) -> Result<String, ShareError> {
    let data = pack(&to_json_compact(plan), 9);
    if data.len() > MAX_SHARE_CHARS {
        return Err(ShareError::TooLarge {
            chars: data.len(),
            limit: MAX_SHARE_CHARS,
        });
    }
    Ok(data)
}

/// The plan in a link's data. Data longer than any link waveplan makes is refused before it
/// is unpacked: links open as soon as they are followed, so they must not stall the page.
pub fn decode(data: &str) -> Result<Plan, ShareError> {
    if data.len() > MAX_SHARE_CHARS {
        return Err(ShareError::TooLarge {
            chars: data.len(),
            limit: MAX_SHARE_CHARS,
        });
    }
    let text = unpack(data).ok_or(ShareError::Damaged)?;
    Ok(from_json(&text)?)
}
