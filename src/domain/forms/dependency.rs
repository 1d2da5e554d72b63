//! A dependency as a person adds it: one of the workload's assets, the other asset named by
//! typing, and a strength. Naming an asset that does not exist, or repeating a dependency that
//! is already there, is refused with words that say so; changing a known one's strength is a
//! change, said as one.

use thiserror::Error;

use crate::domain::asset::AssetId;
use crate::domain::dependency::{Dependency, DependencyStrength};
use crate::domain::plan::{Action, Plan};

use super::not_found;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DependencyEntryError {
    #[error("Add an asset to this workload first.")]
    NoAssetHere,
    #[error("{}", not_found("asset", typed, near.as_deref()))]
    NoSuchAsset { typed: String, near: Option<String> },
    #[error("{from} already depends on {to} ({strength}).")]
    AlreadyThere {
        from: String,
        to: String,
        strength: String,
    },
}

/// The change that adds (or re-strengthens) `from → typed`, and how to say it; `from` is
/// `None` when the workload has no asset yet.
pub fn dependency_entry(
    plan: &Plan,
    from: Option<AssetId>,
    typed: &str,
    strength: DependencyStrength,
) -> Result<(Action, String), DependencyEntryError> {
    let from = from.ok_or(DependencyEntryError::NoAssetHere)?;
    let to = plan
        .lookup_asset(typed)
        .map_err(|near| DependencyEntryError::NoSuchAsset {
            typed: typed.to_owned(),
            near: near.map(|a| a.name.to_string()),
        })?;
    let from_name = plan
        .asset(from)
        .map_or_else(String::new, |a| a.name.to_string());
    let words = strength.label().to_ascii_lowercase();
    let said = match plan.dependency(from, to.id) {
        Some(known) if known.strength == strength => {
            return Err(DependencyEntryError::AlreadyThere {
                from: from_name,
                to: to.name.to_string(),
                strength: words,
            })
        }
        Some(_) => format!("{from_name} now depends on {} ({words})", to.name),
        None => format!("Added: {from_name} depends on {} ({words})", to.name),
    };
    let action = Action::SetDependency(Dependency::new(from, to.id, strength));
    Ok((action, said))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_plan;

    fn asset(plan: &Plan, name: &str) -> AssetId {
        plan.lookup_asset(name)
            .map(|a| a.id)
            .expect("example asset")
    }

    #[test]
    fn a_new_dependency_is_added_and_said() {
        let plan = example_plan();
        let from = asset(&plan, "pay-app-01");
        let to = plan
            .assets()
            .find(|a| plan.dependency(from, a.id).is_none() && a.id != from);
        let to = to.expect("an asset pay-app-01 does not depend on");
        let (action, said) = dependency_entry(
            &plan,
            Some(from),
            to.name.as_str(),
            DependencyStrength::Soft,
        )
        .expect("added");
        assert_eq!(
            said,
            format!("Added: pay-app-01 depends on {} (soft)", to.name)
        );
        let mut changed = plan.clone();
        changed.apply(action).expect("the plan takes it");
        assert_eq!(
            changed.dependency(from, to.id).map(|d| d.strength),
            Some(DependencyStrength::Soft)
        );
    }

    #[test]
    fn the_same_dependency_twice_is_refused_and_a_new_strength_is_a_change() {
        let plan = example_plan();
        let known = plan
            .dependencies()
            .next()
            .expect("the example has dependencies");
        let to_name = plan.asset(known.to).expect("target").name.to_string();
        let again = dependency_entry(&plan, Some(known.from), &to_name, known.strength);
        assert!(matches!(
            again,
            Err(DependencyEntryError::AlreadyThere { .. })
        ));
        let other = match known.strength {
            DependencyStrength::Hard => DependencyStrength::Soft,
            DependencyStrength::Soft => DependencyStrength::Hard,
        };
        let (_, said) =
            dependency_entry(&plan, Some(known.from), &to_name, other).expect("a change");
        assert!(said.contains("now depends on"), "{said}");
    }

    #[test]
    fn an_unknown_name_says_the_near_miss_and_no_asset_says_add_one() {
        let plan = example_plan();
        let from = asset(&plan, "pay-app-01");
        let refused = dependency_entry(&plan, Some(from), "hr-sql01", DependencyStrength::Hard);
        assert_eq!(
            refused.map(|_| ()).unwrap_err().to_string(),
            "There is no asset named “hr-sql01”. Did you mean “hr-sql-01”?"
        );
        assert_eq!(
            dependency_entry(&plan, None, "hr-sql-01", DependencyStrength::Hard).map(|_| ()),
            Err(DependencyEntryError::NoAssetHere)
        );
    }
}
