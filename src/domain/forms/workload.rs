//! The workload form (see `forms` for how forms work).

use crate::domain::action::{NameKind, PlanError};
use crate::domain::forms::FieldErrors;
use crate::domain::name::{name_key, Name};
use crate::domain::plan::Plan;
use crate::domain::quantity::parse_count;
use crate::domain::workload::{
    Criticality, CutoverMode, DataClassification, Environment, FreezeWindow, MigrationApproach,
    Workload,
};

/// The fields of the workload form that can carry an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum WorkloadField {
    Name,
    Priority,
    Rto,
    Rpo,
    Counterpart,
    Freezes,
    /// A rule that belongs to no single field.
    Form,
}

impl WorkloadField {
    pub fn label(self) -> &'static str {
        match self {
            WorkloadField::Name => "Name",
            WorkloadField::Priority => "Priority",
            WorkloadField::Rto => "RTO",
            WorkloadField::Rpo => "RPO",
            WorkloadField::Counterpart => "Production counterpart",
            WorkloadField::Freezes => "Freeze windows",
            WorkloadField::Form => "Workload",
        }
    }

    /// The field a plan's refusal is about.
    fn of(error: &PlanError) -> Self {
        match error {
            PlanError::DuplicateName {
                kind: NameKind::Workload,
                ..
            } => WorkloadField::Name,
            PlanError::Priority(_) => WorkloadField::Priority,
            PlanError::Counterpart(_) => WorkloadField::Counterpart,
            PlanError::FreezeWindow(_) => WorkloadField::Freezes,
            _ => WorkloadField::Form,
        }
    }
}

/// The workload form's fields as typed: text stays text until `parse`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkloadForm {
    pub name: String,
    pub description: String,
    pub business_owner: String,
    pub technical_owner: String,
    pub business_unit: String,
    pub environment: Environment,
    pub criticality: Criticality,
    pub approach: MigrationApproach,
    pub classification: DataClassification,
    pub priority: String,
    pub rto: String,
    pub rpo: String,
    pub freezes: Vec<FreezeWindow>,
    pub cutover: Option<CutoverMode>,
    pub rollback_trigger: String,
    /// The production counterpart's name, as typed.
    pub counterpart: String,
    pub coupling: String,
}

super::rebase_fields!(WorkloadForm {
    name,
    description,
    business_owner,
    technical_owner,
    business_unit,
    environment,
    criticality,
    approach,
    classification,
    priority,
    rto,
    rpo,
    freezes,
    cutover,
    rollback_trigger,
    counterpart,
    coupling,
});

fn optional_count(raw: &str) -> Result<Option<u32>, ()> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    parse_count("hours", raw).map(Some).map_err(|_| ())
}

impl WorkloadForm {
    /// The form as it opens on `workload`; a new workload starts with an empty name.
    pub fn of(workload: &Workload, is_new: bool, plan: &Plan) -> Self {
        let hours = |value: Option<u32>| value.map(|h| h.to_string()).unwrap_or_default();
        Self {
            name: if is_new {
                String::new()
            } else {
                workload.name.to_string()
            },
            description: workload.description.clone(),
            business_owner: workload.business_owner.clone(),
            technical_owner: workload.technical_owner.clone(),
            business_unit: workload.business_unit.clone(),
            environment: workload.environment,
            criticality: workload.criticality,
            approach: workload.approach,
            classification: workload.data_classification,
            priority: workload.priority.to_string(),
            rto: hours(workload.rto_hours),
            rpo: hours(workload.rpo_hours),
            freezes: workload.freeze_windows.clone(),
            cutover: workload.cutover,
            rollback_trigger: workload.rollback_trigger.clone(),
            counterpart: workload
                .counterpart
                .and_then(|id| plan.workload(id))
                .map(|w| w.name.to_string())
                .unwrap_or_default(),
            coupling: workload.coupling.clone(),
        }
    }

    /// The workload this form describes, on top of `base` (what the form does not show is
    /// kept), or what is wrong with each field. `plan` judges the rules.
    /// The fields that need no parsing: text (trimmed) and choices.
    fn copy_plain_fields(&self, workload: &mut Workload) {
        workload.description = self.description.clone();
        workload.business_owner = self.business_owner.trim().to_owned();
        workload.technical_owner = self.technical_owner.trim().to_owned();
        workload.business_unit = self.business_unit.trim().to_owned();
        workload.environment = self.environment;
        workload.criticality = self.criticality;
        workload.approach = self.approach;
        workload.data_classification = self.classification;
        workload.freeze_windows = self.freezes.clone();
        workload.cutover = self.cutover;
        workload.rollback_trigger = self.rollback_trigger.trim().to_owned();
        workload.coupling = self.coupling.trim().to_owned();
    }

    pub fn parse(
        &self,
        base: &Workload,
        plan: &Plan,
        is_new: bool,
    ) -> Result<Workload, FieldErrors<WorkloadField>> {
        let mut errors = FieldErrors::new();
        let mut workload = base.clone();
        match Name::parse(&self.name) {
            Ok(name) => workload.name = name,
            Err(error) => {
                errors.insert(WorkloadField::Name, error.to_string());
            }
        }
        match parse_count("Priority", &self.priority) {
            Ok(priority) => workload.priority = priority,
            Err(_) => {
                errors.insert(
                    WorkloadField::Priority,
                    "Priority: a whole number from 1 (first) to 9".to_owned(),
                );
            }
        }
        for (field, raw, slot) in [
            (WorkloadField::Rto, &self.rto, &mut workload.rto_hours),
            (WorkloadField::Rpo, &self.rpo, &mut workload.rpo_hours),
        ] {
            match optional_count(raw) {
                Ok(value) => *slot = value,
                Err(()) => {
                    errors.insert(field, "a whole number of hours, or empty".to_owned());
                }
            }
        }
        workload.counterpart = None;
        if !self.counterpart.trim().is_empty() {
            match plan.workload_named(&name_key(&self.counterpart)) {
                Some(other) => workload.counterpart = Some(other.id),
                None => {
                    errors.insert(
                        WorkloadField::Counterpart,
                        format!("There is no workload named “{}”.", self.counterpart.trim()),
                    );
                }
            }
        }
        self.copy_plain_fields(&mut workload);
        if !errors.is_empty() {
            return Err(errors);
        }
        plan.check_workload(&workload, is_new).map_err(|error| {
            let mut errors = FieldErrors::new();
            errors.insert(WorkloadField::of(&error), error.to_string());
            errors
        })?;
        Ok(workload)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::action::Action;
    use crate::domain::workload::WorkloadId;

    fn plan_with(names: &[(&str, Environment)]) -> Plan {
        let mut plan = Plan::default();
        for (n, (name, environment)) in names.iter().enumerate() {
            let mut workload = Workload::new(WorkloadId(n as u32 + 1), Name::parse(name).unwrap());
            workload.environment = *environment;
            plan.apply(Action::AddWorkload(workload)).unwrap();
        }
        plan
    }

    #[test]
    fn a_form_brought_onto_an_undone_value_keeps_only_what_was_typed_since() {
        use crate::domain::forms::Rebase;
        let plan = plan_with(&[("Payroll", Environment::Production)]);
        let saved = plan.workloads().next().unwrap().clone();
        let mut changed = saved.clone();
        changed.business_owner = "Owner B".into();
        let (before, after) = (
            WorkloadForm::of(&saved, false, &plan),
            WorkloadForm::of(&changed, false, &plan),
        );
        // Saved "Owner B", then undone: the open form, untouched since, follows the undo.
        assert_eq!(after.rebase(&after, &before), before);
        // A person typing an RTO when the undo came keeps it, and nothing else of the old value.
        let typing = WorkloadForm {
            rto: "4".into(),
            ..after.clone()
        };
        let rebased = typing.rebase(&after, &before);
        assert_eq!(rebased.rto, "4");
        assert_eq!(rebased.business_owner, before.business_owner);
    }

    #[test]
    fn a_form_round_trips_a_workload() {
        let plan = plan_with(&[("Payroll", Environment::Production)]);
        let workload = plan.workloads().next().unwrap().clone();
        let form = WorkloadForm::of(&workload, false, &plan);
        assert_eq!(form.parse(&workload, &plan, false), Ok(workload));
    }

    #[test]
    fn syntax_errors_are_per_field_and_rules_are_the_plans() {
        let plan = plan_with(&[
            ("Payroll", Environment::Production),
            ("Payroll test", Environment::NonProduction),
        ]);
        let test = plan.workload(WorkloadId(2)).unwrap().clone();
        let mut form = WorkloadForm::of(&test, false, &plan);
        form.priority = "nine".into();
        form.rto = "four".into();
        form.counterpart = "no such".into();
        let errors = form.parse(&test, &plan, false).unwrap_err();
        assert_eq!(
            errors.keys().copied().collect::<Vec<_>>(),
            [
                WorkloadField::Priority,
                WorkloadField::Rto,
                WorkloadField::Counterpart
            ]
        );
        type Change = fn(&mut WorkloadForm);
        let cases: &[(Change, WorkloadField, &str)] = &[
            (
                |f| f.priority = "0".into(),
                WorkloadField::Priority,
                "priority runs from 1 (first) to 9",
            ),
            (
                |f| f.name = "PAYROLL".into(),
                WorkloadField::Name,
                "there is already a workload named “PAYROLL”",
            ),
            (
                |f| f.counterpart = "payroll test".into(),
                WorkloadField::Counterpart,
                "a production counterpart belongs to a non-production workload",
            ),
        ];
        for (change, field, words) in cases {
            let mut form = WorkloadForm::of(&test, false, &plan);
            change(&mut form);
            let errors = form.parse(&test, &plan, false).unwrap_err();
            assert!(
                errors.get(field).is_some_and(|e| e.contains(words)),
                "{errors:?}"
            );
        }
        let mut form = WorkloadForm::of(&test, false, &plan);
        form.counterpart = " payroll ".into();
        assert_eq!(
            form.parse(&test, &plan, false).unwrap().counterpart,
            Some(WorkloadId(1))
        );
    }
}
