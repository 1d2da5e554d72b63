//! The asset form (see `forms` for how forms work).

use crate::domain::action::{NameKind, PlanError};
use crate::domain::asset::{Asset, AssetKind};
use crate::domain::forms::FieldErrors;
use crate::domain::name::Name;
use crate::domain::plan::Plan;
use crate::domain::quantity::{input_amount, input_size, parse_amount, parse_count};
use crate::domain::workload::WorkloadId;

/// The fields of the asset form that can carry an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AssetField {
    Name,
    Cores,
    Memory,
    Storage,
    Change,
    /// A rule that belongs to no single field.
    Form,
}

impl AssetField {
    pub fn label(self) -> &'static str {
        match self {
            AssetField::Name => "Name",
            AssetField::Cores => "Cores",
            AssetField::Memory => "Memory (GB)",
            AssetField::Storage => "Storage (GB)",
            AssetField::Change => "Daily change (%)",
            AssetField::Form => "Asset",
        }
    }

    /// The field a plan's refusal is about.
    fn of(error: &PlanError) -> Self {
        match error {
            PlanError::DuplicateName {
                kind: NameKind::Asset,
                ..
            } => AssetField::Name,
            PlanError::Quantity { field, .. } => match *field {
                "memory" => AssetField::Memory,
                "storage" => AssetField::Storage,
                "cores" => AssetField::Cores,
                _ => AssetField::Change,
            },
            _ => AssetField::Form,
        }
    }
}

/// The asset form's fields as typed; empty numbers mean zero (not known yet).
#[derive(Debug, Clone, PartialEq)]
pub struct AssetForm {
    pub name: String,
    pub kind: AssetKind,
    pub os: String,
    pub cores: String,
    pub memory: String,
    pub storage: String,
    pub change: String,
}

impl Default for AssetForm {
    fn default() -> Self {
        Self {
            name: String::new(),
            kind: AssetKind::VirtualMachine,
            os: String::new(),
            cores: String::new(),
            memory: String::new(),
            storage: String::new(),
            change: String::new(),
        }
    }
}

impl AssetForm {
    pub fn of(asset: &Asset) -> Self {
        Self {
            name: asset.name.to_string(),
            kind: asset.kind,
            os: asset.os.clone(),
            cores: input_size(f64::from(asset.cores)),
            memory: input_size(asset.memory_gb),
            storage: input_size(asset.storage_gb),
            change: input_amount(asset.daily_change_percent),
        }
    }

    /// The asset this form describes: `base` edited, or a new asset of `workload` with the
    /// plan's next id. Errors per field; the plan judges sizes and unique names.
    pub fn parse(
        &self,
        base: Option<&Asset>,
        workload: WorkloadId,
        plan: &Plan,
    ) -> Result<Asset, FieldErrors<AssetField>> {
        let mut errors = FieldErrors::new();
        let name = Name::parse(&self.name)
            .map_err(|e| errors.insert(AssetField::Name, e.to_string()))
            .ok();
        let mut amount = |field: AssetField, raw: &str| {
            if raw.trim().is_empty() {
                return 0.0;
            }
            parse_amount(field.label(), raw).unwrap_or_else(|e| {
                errors.insert(field, e.to_string());
                0.0
            })
        };
        let memory = amount(AssetField::Memory, &self.memory);
        let storage = amount(AssetField::Storage, &self.storage);
        let change = amount(AssetField::Change, &self.change);
        let cores = if self.cores.trim().is_empty() {
            0
        } else {
            parse_count(AssetField::Cores.label(), &self.cores).unwrap_or_else(|e| {
                errors.insert(AssetField::Cores, e.to_string());
                0
            })
        };
        let Some(name) = name.filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        let mut asset = base
            .cloned()
            .unwrap_or_else(|| Asset::new(plan.next_asset_id(), self.kind, name.clone()));
        asset.workload = asset.workload.or(Some(workload));
        (asset.name, asset.kind, asset.os) = (name, self.kind, self.os.trim().to_owned());
        (
            asset.cores,
            asset.memory_gb,
            asset.storage_gb,
            asset.daily_change_percent,
        ) = (cores, memory, storage, change);
        plan.check_asset_entry(&asset, base.is_none())
            .map_err(|error| FieldErrors::from([(AssetField::of(&error), error.to_string())]))?;
        Ok(asset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_plan;

    #[test]
    fn an_asset_round_trips_through_its_form_and_rules_are_the_plans() {
        let plan = example_plan();
        let asset = plan.assets().next().unwrap().clone();
        let workload = asset.workload.unwrap();
        assert_eq!(
            AssetForm::of(&asset).parse(Some(&asset), workload, &plan),
            Ok(asset.clone())
        );
        let mut form = AssetForm {
            name: asset.name.to_string().to_uppercase(),
            storage: "1.5".into(),
            ..AssetForm::default()
        };
        let errors = form.parse(None, workload, &plan).unwrap_err();
        assert!(errors[&AssetField::Name].contains("already"), "{errors:?}");
        form.name = "new-vm".into();
        form.memory = "lots".into();
        form.change = "150".into();
        let errors = form.parse(None, workload, &plan).unwrap_err();
        assert_eq!(
            errors.keys().copied().collect::<Vec<_>>(),
            [AssetField::Memory]
        );
        form.memory = "16".into();
        let errors = form.parse(None, workload, &plan).unwrap_err();
        assert_eq!(
            errors.keys().copied().collect::<Vec<_>>(),
            [AssetField::Change],
            "the plan's own bound: at most 100 %"
        );
        form.change = "2,5".into();
        let added = form.parse(None, workload, &plan).unwrap();
        assert_eq!(
            (added.id, added.daily_change_percent),
            (plan.next_asset_id(), 2.5)
        );
    }
}
