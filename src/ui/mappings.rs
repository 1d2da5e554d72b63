//! Column mappings a person chose for a CSV waveplan does not recognise, remembered in this
//! browser (`waveplan.mapping.<hash of the headers>`) so the next file with the same headers
//! opens with them. Best effort: a browser that refuses storage just asks again.

use crate::browser::storage;
use crate::domain::import::inventory::ColumnMapping;
use crate::domain::labels::fold;

const PREFIX: &str = "waveplan.mapping.";

/// A key for a header row: FNV-1a over the folded headers (stable across versions, unlike
/// the standard library's hasher).
fn key(headers: &[String]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for header in headers {
        for byte in fold(header).bytes().chain([0x1f]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{PREFIX}{hash:016x}")
}

/// The mapping chosen before for files with these headers.
pub fn recall(headers: &[String]) -> Option<ColumnMapping> {
    let text = storage::load(&key(headers)).ok().flatten()?;
    serde_json::from_str::<ColumnMapping>(&text)
        .ok()
        .filter(|mapping| mapping.fits(headers.len()))
}

pub fn remember(headers: &[String], mapping: &ColumnMapping) {
    if let Ok(text) = serde_json::to_string(mapping) {
        let _ = storage::save(&key(headers), &text);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn keys_follow_the_headers_not_their_spelling() {
        let key = |headers: &[&str]| {
            super::key(&headers.iter().map(|h| h.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(
            key(&["Host Name", "RAM (GB)"]),
            key(&["hostname", "ram(gb)"])
        );
        assert_ne!(key(&["Host name", "RAM"]), key(&["RAM", "Host name"]));
        assert!(key(&["a"]).starts_with("waveplan.mapping."));
    }
}
