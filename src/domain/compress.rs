//! Deflate + URL-safe base64, for share links and large stored plans. Unpacking is bounded, so
//! crafted data cannot exhaust memory.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// The most an unpacked text may be.
const MAX_UNPACKED_BYTES: usize = 64 * 1024 * 1024;

/// `text` deflated at `level` (1 fast … 9 small) and written as URL-safe base64.
pub fn pack(text: &str, level: u8) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(
        text.as_bytes(),
        level,
    ))
}

/// The text `pack` wrote, or `None` if `data` is not such text.
pub fn unpack(data: &str) -> Option<String> {
    let compressed = URL_SAFE_NO_PAD
        .decode(data.trim().trim_end_matches('='))
        .ok()?;
    let bytes =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, MAX_UNPACKED_BYTES).ok()?;
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn round_trips_and_rejects_junk() {
        let text = "waveplan ".repeat(1_000);
        let packed = super::pack(&text, 1);
        assert!(packed.len() < text.len() / 10);
        assert_eq!(super::unpack(&packed).as_deref(), Some(text.as_str()));
        for junk in ["", "***", "AAAA", &packed[..packed.len() / 2]] {
            assert_eq!(super::unpack(junk), None, "{junk:?}");
        }
    }
}
