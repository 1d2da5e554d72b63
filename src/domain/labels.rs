//! Enums with a human label: the label is what forms, imports and exports show, and parsing a
//! label ignores case, spaces, hyphens and underscores ("Non-production" = "nonproduction").

/// The comparison key for labels and CSV headers.
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !(c.is_whitespace() || *c == '-' || *c == '_' || *c == '/'))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The key serde writes for a variant: `NonProduction` → `non_production`.
fn snake_case(variant: &str) -> String {
    let mut key = String::with_capacity(variant.len() + 4);
    for (i, c) in variant.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            key.push('_');
        }
        key.push(c.to_ascii_lowercase());
    }
    key
}

/// Which of `variants` (Rust names) is stored as `key`.
pub fn variant_of(variants: &[&str], key: &str) -> Option<usize> {
    variants
        .iter()
        .position(|variant| snake_case(variant) == key)
}

/// The message for a stored key no variant has, in serde's wording.
pub fn unknown_key(variants: &[&str], key: &str) -> String {
    let expected: Vec<String> = variants
        .iter()
        .map(|v| format!("`{}`", snake_case(v)))
        .collect();
    let expected = match expected.as_slice() {
        [one] => one.clone(),
        [first, second] => format!("{first} or {second}"),
        _ => format!("one of {}", expected.join(", ")),
    };
    format!("unknown variant `{key}`, expected {expected}")
}

/// Declares a plain enum with `ALL`, `label()`, `from_label()` and `Display`; serde writes the
/// variant in snake_case so saved plans do not depend on the wording of labels.
macro_rules! labelled_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label),+
                }
            }

            pub fn from_label(text: &str) -> Option<Self> {
                let key = $crate::domain::labels::fold(text);
                Self::ALL
                    .iter()
                    .copied()
                    .find(|value| $crate::domain::labels::fold(value.label()) == key)
            }
        }

        // By hand rather than derived: the derived code is 1 KB of WebAssembly per enum, this
        // shares one lookup.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const VARIANTS: &[&str] = &[$(stringify!($variant)),+];
                let key = String::deserialize(deserializer)?;
                $crate::domain::labels::variant_of(VARIANTS, &key)
                    .and_then(|position| Self::ALL.get(position).copied())
                    .ok_or_else(|| {
                        serde::de::Error::custom($crate::domain::labels::unknown_key(VARIANTS, &key))
                    })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

pub(crate) use labelled_enum;

#[cfg(test)]
mod tests {
    use super::*;

    labelled_enum! {
        pub enum Colour { DeepRed => "Deep red", Blue => "Blue" }
    }

    #[test]
    fn labels_parse_loosely_and_serialize_by_variant() {
        assert_eq!(Colour::from_label(" deep-RED "), Some(Colour::DeepRed));
        assert_eq!(Colour::from_label("deep_red"), Some(Colour::DeepRed));
        assert_eq!(Colour::from_label("green"), None);
        assert_eq!(Colour::DeepRed.to_string(), "Deep red");
        assert_eq!(
            serde_json::to_string(&Colour::DeepRed).unwrap(),
            "\"deep_red\""
        );
        assert_eq!(
            serde_json::from_str::<Colour>("\"deep_red\"").unwrap(),
            Colour::DeepRed
        );
        let wrong = serde_json::from_str::<Colour>("\"DeepRed\"").unwrap_err();
        assert_eq!(
            wrong.to_string(),
            "unknown variant `DeepRed`, expected `deep_red` or `blue`"
        );
        assert!(serde_json::from_str::<Colour>("3").is_err());
        assert_eq!(fold("Source Server Name"), "sourceservername");
    }
}
