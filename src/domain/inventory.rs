//! The inventory: every asset with where it stands (its workload, unassigned, out of scope),
//! found by search, filters and sort, and the changes a person makes to many at once: assign
//! them to a workload, make a workload of them, mark them out of scope or retiring, delete
//! them. Each change is one batch, so one undo step.

use crate::domain::action::{Action, PlanError};
use crate::domain::asset::{Asset, AssetId, AssetKind, Disposition};
use crate::domain::name::Name;
use crate::domain::plan::Plan;
use crate::domain::workload::{Workload, WorkloadId};

/// Which assets to show, by where they stand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Standing {
    #[default]
    All,
    Unassigned,
    In(WorkloadId),
    Decided(Disposition),
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Name,
    Kind,
    Os,
    Cores,
    Memory,
    Storage,
    Workload,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    /// Lower-case text to find in the name, the OS or the source file.
    pub text: String,
    pub standing: Standing,
    pub kind: Option<AssetKind>,
    pub os: Option<String>,
    pub sort: SortKey,
    pub descending: bool,
}

/// Each asset's searchable text (name, OS, source file) in lower case, made once per plan
/// version, so typing in the search costs a substring test per asset and nothing more.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchText(std::collections::HashMap<AssetId, String>);

impl SearchText {
    /// `lowercase` folds case (the browser's Unicode lower case in the app, ASCII in tests).
    pub fn of(plan: &Plan, lowercase: &dyn Fn(&str) -> String) -> Self {
        Self(
            plan.assets()
                .map(|asset| {
                    let text = format!(
                        "{}\u{1f}{}\u{1f}{}",
                        asset.name,
                        asset.os,
                        asset.source.as_deref().unwrap_or("")
                    );
                    (asset.id, lowercase(&text))
                })
                .collect(),
        )
    }

    fn contains(&self, asset: AssetId, text: &str) -> bool {
        text.is_empty() || self.0.get(&asset).is_some_and(|t| t.contains(text))
    }
}

fn matches(asset: &Asset, query: &Query, search: &SearchText) -> bool {
    let standing = match query.standing {
        Standing::All => true,
        Standing::Unassigned => asset.is_unassigned(),
        Standing::In(workload) => asset.workload == Some(workload),
        Standing::Decided(disposition) => asset.disposition == disposition,
    };
    standing
        && query.kind.is_none_or(|kind| asset.kind == kind)
        && query.os.as_deref().is_none_or(|os| asset.os == os)
        && search.contains(asset.id, &query.text)
}

/// The assets the query finds, sorted.
pub fn find<'p>(plan: &'p Plan, query: &Query, search: &SearchText) -> Vec<&'p Asset> {
    let mut found: Vec<&Asset> = plan
        .assets()
        .filter(|asset| matches(asset, query, search))
        .collect();
    let workload_key = |asset: &Asset| {
        asset
            .workload
            .and_then(|id| plan.workload(id))
            .map(|w| w.name.key())
    };
    // Keys that take an allocation are made once per asset, not once per comparison.
    match query.sort {
        SortKey::Name => found.sort_by_cached_key(|a| (a.name.key(), a.id)),
        SortKey::Workload => found.sort_by_cached_key(|a| (workload_key(a), a.id)),
        SortKey::Kind => found.sort_by_key(|a| (a.kind, a.id)),
        SortKey::Os => found.sort_by(|a, b| a.os.cmp(&b.os).then(a.id.cmp(&b.id))),
        SortKey::Cores => found.sort_by_key(|a| (a.cores, a.id)),
        SortKey::Memory => {
            found.sort_by(|a, b| a.memory_gb.total_cmp(&b.memory_gb).then(a.id.cmp(&b.id)))
        }
        SortKey::Storage => {
            found.sort_by(|a, b| a.storage_gb.total_cmp(&b.storage_gb).then(a.id.cmp(&b.id)))
        }
    }
    if query.descending {
        found.reverse();
    }
    found
}

/// The operating systems in the inventory, each once, sorted, for a filter.
pub fn operating_systems(plan: &Plan) -> Vec<&str> {
    let mut systems: Vec<&str> = plan
        .assets()
        .map(|a| a.os.as_str())
        .filter(|os| !os.is_empty())
        .collect();
    systems.sort_unstable();
    systems.dedup();
    systems
}

fn updated(plan: &Plan, assets: &[AssetId], change: impl Fn(&mut Asset)) -> Vec<Action> {
    assets
        .iter()
        .filter_map(|id| plan.asset(*id))
        .map(|asset| {
            let mut asset = asset.clone();
            change(&mut asset);
            Action::UpdateAsset(asset)
        })
        .collect()
}

/// Moves the assets into `workload` (they are to be migrated with it).
pub fn assign(plan: &Plan, assets: &[AssetId], workload: WorkloadId) -> Action {
    Action::Batch(updated(plan, assets, |asset| {
        asset.workload = Some(workload);
        asset.disposition = Disposition::Migrate;
    }))
}

/// A new workload named `name` holding the assets.
pub fn new_workload(plan: &Plan, assets: &[AssetId], name: Name) -> Result<Action, PlanError> {
    let workload = Workload::new(plan.next_workload_id(), name);
    plan.check_workload(&workload, true)?;
    let id = workload.id;
    let mut actions = vec![Action::AddWorkload(workload)];
    actions.extend(updated(plan, assets, |asset| {
        asset.workload = Some(id);
        asset.disposition = Disposition::Migrate;
    }));
    Ok(Action::Batch(actions))
}

/// Marks the assets out of scope or retiring (or back to be migrated): a decided asset leaves
/// its workload, as it will not move with it.
pub fn decide(plan: &Plan, assets: &[AssetId], disposition: Disposition) -> Action {
    Action::Batch(updated(plan, assets, |asset| {
        asset.disposition = disposition;
        if disposition != Disposition::Migrate {
            asset.workload = None;
        }
    }))
}

/// Deletes the assets and every dependency that names them.
pub fn delete(assets: &[AssetId]) -> Action {
    Action::Batch(assets.iter().map(|id| Action::RemoveAsset(*id)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        let mut plan = Plan::default();
        plan.apply(Action::AddWorkload(Workload::new(
            WorkloadId(1),
            Name::parse("Payroll").unwrap(),
        )))
        .unwrap();
        for (n, (name, os, workload)) in [
            ("pay-web-01", "Windows Server 2016", Some(1)),
            ("dc01", "Windows Server 2019", None),
            ("lnx-07", "Ubuntu 20.04", None),
        ]
        .iter()
        .enumerate()
        {
            let mut asset = Asset::new(
                AssetId(n as u32 + 1),
                AssetKind::VirtualMachine,
                Name::parse(name).unwrap(),
            );
            asset.os = (*os).into();
            asset.workload = workload.map(WorkloadId);
            plan.apply(Action::AddAsset(asset)).unwrap();
        }
        plan
    }

    fn names(found: Vec<&Asset>) -> Vec<&str> {
        found.into_iter().map(|a| a.name.as_str()).collect()
    }

    #[test]
    fn queries_filter_search_and_sort() {
        let plan = plan();
        let lower = SearchText::of(&plan, &|text: &str| text.to_ascii_lowercase());
        let lower = &lower;
        let query = |change: fn(&mut Query)| {
            let mut query = Query::default();
            change(&mut query);
            query
        };
        assert_eq!(
            names(find(&plan, &Query::default(), lower)),
            ["dc01", "lnx-07", "pay-web-01"]
        );
        assert_eq!(
            names(find(
                &plan,
                &query(|q| q.standing = Standing::Unassigned),
                lower
            )),
            ["dc01", "lnx-07"]
        );
        assert_eq!(
            names(find(&plan, &query(|q| q.text = "windows".into()), lower)),
            ["dc01", "pay-web-01"]
        );
        assert_eq!(
            names(find(
                &plan,
                &query(|q| q.standing = Standing::In(WorkloadId(1))),
                lower
            )),
            ["pay-web-01"]
        );
        let by_os = query(|q| {
            q.sort = SortKey::Os;
            q.descending = true;
        });
        assert_eq!(
            names(find(&plan, &by_os, lower)),
            ["dc01", "pay-web-01", "lnx-07"]
        );
        assert_eq!(
            operating_systems(&plan),
            ["Ubuntu 20.04", "Windows Server 2016", "Windows Server 2019"]
        );
        assert_eq!(plan.unassigned_count(), 2);
    }

    #[test]
    fn bulk_changes_are_one_batch_each() {
        let mut plan = plan();
        let loose = [AssetId(2), AssetId(3)];
        let action = new_workload(&plan, &loose, Name::parse("Shared services").unwrap()).unwrap();
        plan.apply(action).unwrap();
        assert_eq!(plan.unassigned_count(), 0);
        assert_eq!(
            new_workload(&plan, &loose, Name::parse("payroll").unwrap())
                .unwrap_err()
                .to_string(),
            "there is already a workload named “payroll” (names are unique, whatever their case)"
        );
        plan.apply(decide(&plan, &[AssetId(3)], Disposition::Retire))
            .unwrap();
        let retired = plan.asset(AssetId(3)).unwrap();
        assert_eq!(
            (retired.workload, retired.disposition),
            (None, Disposition::Retire)
        );
        assert!(!retired.is_unassigned(), "decided, not waiting");
        plan.apply(assign(&plan, &[AssetId(3)], WorkloadId(1)))
            .unwrap();
        assert_eq!(
            plan.asset(AssetId(3)).unwrap().disposition,
            Disposition::Migrate
        );
        plan.apply(delete(&[AssetId(1), AssetId(3)])).unwrap();
        assert_eq!(plan.assets().len(), 1);
    }
}
