//! Enums with a human label: the label is what forms, imports and exports show, and parsing a
//! label ignores case, spaces, hyphens and underscores ("Non-production" = "nonproduction").

/// The comparison key for labels and CSV headers.
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !(c.is_whitespace() || *c == '-' || *c == '_' || *c == '/'))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Declares a plain enum with `ALL`, `label()`, `from_label()` and `Display`; serde writes the
/// variant in snake_case so saved plans do not depend on the wording of labels.
macro_rules! labelled_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize,
        )]
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
        assert_eq!(fold("Source Server Name"), "sourceservername");
    }
}
