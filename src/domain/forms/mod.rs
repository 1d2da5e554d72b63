//! Forms as the domain sees them: what a person typed, kept as typed, and one `parse` that
//! turns it into a model value or says, per field, what is wrong. Syntax (is this a number?) is
//! checked here; every rule (priority 1–9, unique names, sizes, counterparts) is judged by the
//! plan itself (`Plan::check_workload`, `Plan::check_asset_entry`), so a form and `Plan::apply`
//! cannot disagree. An editor keeps one form state, and the same type is the unsaved draft kept
//! while the person looks elsewhere. Quick entry turns pasted lines into many forms at once.

use std::collections::BTreeMap;

/// A form opened on one saved value, brought onto another that replaced it underneath (an undo,
/// an import, a change made elsewhere): each field a person changed keeps what they typed, and
/// every other field follows the new saved value. Without it, an open form would keep the old
/// values and its next save would quietly put them back.
pub trait Rebase {
    fn rebase(&self, from: &Self, onto: &Self) -> Self;
}

/// `Rebase` field by field; the struct literal names every field, so a new field that is not
/// listed does not compile.
macro_rules! rebase_fields {
    ($form:ty { $($field:ident),* $(,)? }) => {
        impl $crate::domain::forms::Rebase for $form {
            fn rebase(&self, from: &Self, onto: &Self) -> Self {
                Self {
                    $($field: if self.$field == from.$field {
                        onto.$field.clone()
                    } else {
                        self.$field.clone()
                    }),*
                }
            }
        }
    };
}
pub(crate) use rebase_fields;

mod asset;
mod cutover;
mod dependency;
mod quick_entry;
mod settings;
mod workload;

pub use asset::{AssetField, AssetForm};
pub use cutover::{CutoverField, CutoverForm};
pub use dependency::{dependency_entry, DependencyEntryError};
pub use quick_entry::{quick_assets, quick_workloads, QuickEntryError};
pub use settings::{SettingError, SettingField};
pub use workload::{WorkloadField, WorkloadForm};

pub type FieldErrors<F> = BTreeMap<F, String>;

/// "There is no asset named “x”." with the near miss, when there is one, to say which was meant.
pub fn not_found(what: &str, typed: &str, near: Option<&str>) -> String {
    match near {
        Some(near) => format!(
            "There is no {what} named “{}”. Did you mean “{near}”?",
            typed.trim()
        ),
        None => format!("There is no {what} named “{}”.", typed.trim()),
    }
}
