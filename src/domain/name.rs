//! Names typed by people (plans, workloads, assets), parsed once at the edge.

use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The longest name we accept, in characters: long enough for real server and workload names,
/// short enough to stay readable in a table.
pub const MAX_NAME_CHARS: usize = 120;

/// A trimmed, non-empty name of at most [`MAX_NAME_CHARS`] characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Name(String);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum NameError {
    #[error("a name is required")]
    Empty,
    #[error("a name can have at most {MAX_NAME_CHARS} characters (this one has {0})")]
    TooLong(usize),
    #[error("a name cannot contain line breaks or control characters")]
    ControlCharacter,
}

impl Name {
    pub fn parse(raw: &str) -> Result<Self, NameError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(NameError::Empty);
        }
        let chars = trimmed.chars().count();
        if chars > MAX_NAME_CHARS {
            return Err(NameError::TooLong(chars));
        }
        if trimmed.chars().any(char::is_control) {
            return Err(NameError::ControlCharacter);
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What makes two names the same name: letter case (in any script: "SRV-MÜNCHEN" =
    /// "srv-münchen") and runs of spaces do not count, anything else does ("Web-01" = "web-01",
    /// but "web01" ≠ "web-01"). Names of the same kind
    /// of thing are unique by this key, and imports match by it.
    pub fn key(&self) -> String {
        name_key(&self.0)
    }
}

/// The key of a name as it was typed or read from a file (see [`Name::key`]).
pub fn name_key(raw: &str) -> String {
    let mut key = String::with_capacity(raw.len());
    for word in raw.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        for c in word.chars() {
            if c.is_ascii() {
                key.push(c.to_ascii_lowercase());
            } else {
                key.extend(c.to_lowercase());
            }
        }
    }
    key
}

impl TryFrom<String> for Name {
    type Error = NameError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Name> for String {
    fn from(name: Name) -> Self {
        name.0
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_trims_and_rejects_bad_names() {
        let cases: &[(&str, Result<&str, NameError>)] = &[
            ("  Payroll  ", Ok("Payroll")),
            ("", Err(NameError::Empty)),
            ("   ", Err(NameError::Empty)),
            ("a\nb", Err(NameError::ControlCharacter)),
        ];
        for (raw, expected) in cases {
            let got = Name::parse(raw);
            assert_eq!(
                got.as_ref().map(Name::as_str),
                expected.as_ref().map(|s| *s),
                "{raw:?}"
            );
        }
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            Name::parse(&long),
            Err(NameError::TooLong(MAX_NAME_CHARS + 1))
        );
        assert!(Name::parse(&"é".repeat(MAX_NAME_CHARS)).is_ok());
    }

    #[test]
    fn keys_ignore_case_and_spacing_but_not_punctuation() {
        let key = |raw: &str| Name::parse(raw).unwrap().key();
        assert_eq!(key("Web-01"), key("web-01"));
        assert_eq!(key("Payroll  App"), key("payroll app"));
        assert_ne!(key("billing-sql01"), key("billing-sql-01"));
        assert_ne!(key("web01"), key("web 01"));
        // Case in any script, not only ASCII: two servers "SRV-MÜNCHEN-01" and
        // "srv-münchen-01" once imported as two.
        assert_eq!(key("SRV-MÜNCHEN-01"), key("srv-münchen-01"));
        assert_eq!(key("Über Payroll"), key("über payroll"));
        assert_eq!(key("ΣΕΡΒΕΡ"), key("σερβερ"));
    }
}
