//! The cutover form of one workload on the runbook (see `forms` for how forms work): the
//! window's day, start time and length, and the team's own rollback steps.

use crate::domain::action::{Action, PlanError};
use crate::domain::calendar::{Day, TimeOfDay};
use crate::domain::forms::FieldErrors;
use crate::domain::plan::Plan;
use crate::domain::quantity::parse_count;
use crate::domain::workload::{CutoverMode, CutoverWindow, Workload};

/// The fields of the cutover form that can carry an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CutoverField {
    Day,
    Start,
    Hours,
    RollbackSteps,
}

impl CutoverField {
    pub fn label(self) -> &'static str {
        match self {
            CutoverField::Day => "Cut-over day",
            CutoverField::Start => "Starts at",
            CutoverField::Hours => "Hours",
            CutoverField::RollbackSteps => "Rollback steps",
        }
    }
}

/// As typed. All three window fields empty: no window yet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CutoverForm {
    /// Downtime window or near-zero downtime (`None`: not decided yet).
    pub mode: Option<CutoverMode>,
    pub day: String,
    pub start: String,
    pub hours: String,
    pub rollback_steps: String,
}

super::rebase_fields!(CutoverForm {
    mode,
    day,
    start,
    hours,
    rollback_steps
});

impl CutoverForm {
    pub fn of(workload: &Workload) -> Self {
        let window = workload.cutover_window;
        Self {
            mode: workload.cutover,
            day: window.map_or(String::new(), |w| w.day.to_string()),
            start: window.map_or(String::new(), |w| w.start.to_string()),
            hours: window.map_or(String::new(), |w| w.hours.to_string()),
            rollback_steps: workload.rollback_steps.clone(),
        }
    }

    /// The change this form makes to `workload`, judged by the plan.
    pub fn parse(
        &self,
        workload: &Workload,
        plan: &Plan,
    ) -> Result<Action, FieldErrors<CutoverField>> {
        let window = self.window()?;
        let action = Action::PlanCutover {
            workload: workload.id,
            mode: self.mode,
            window,
            rollback_steps: self.rollback_steps.clone(),
        };
        plan.clone().apply(action.clone()).map_err(|error| {
            let field = match error {
                PlanError::CutoverHours(_) => CutoverField::Hours,
                _ => CutoverField::RollbackSteps,
            };
            FieldErrors::from([(field, error.to_string())])
        })?;
        Ok(action)
    }

    fn window(&self) -> Result<Option<CutoverWindow>, FieldErrors<CutoverField>> {
        let fields = [&self.day, &self.start, &self.hours];
        if fields.iter().all(|field| field.trim().is_empty()) {
            return Ok(None);
        }
        let mut errors = FieldErrors::new();
        let mut missing = |field: CutoverField, raw: &str| {
            let empty = raw.trim().is_empty();
            if empty {
                errors.insert(
                    field,
                    format!(
                        "{}: needed for a window (or clear all three)",
                        field.label()
                    ),
                );
            }
            !empty
        };
        let (has_day, has_start, has_hours) = (
            missing(CutoverField::Day, &self.day),
            missing(CutoverField::Start, &self.start),
            missing(CutoverField::Hours, &self.hours),
        );
        let day = has_day
            .then(|| {
                Day::parse(&self.day)
                    .map_err(|e| errors.insert(CutoverField::Day, e.to_string()))
                    .ok()
            })
            .flatten();
        let start = has_start
            .then(|| {
                TimeOfDay::parse(&self.start)
                    .map_err(|e| errors.insert(CutoverField::Start, e.to_string()))
                    .ok()
            })
            .flatten();
        let hours = has_hours
            .then(|| {
                parse_count(CutoverField::Hours.label(), &self.hours)
                    .map_err(|e| errors.insert(CutoverField::Hours, e.to_string()))
                    .ok()
            })
            .flatten();
        match (day, start, hours) {
            (Some(day), Some(start), Some(hours)) if errors.is_empty() => {
                Ok(Some(CutoverWindow { day, start, hours }))
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example_plan;

    fn form() -> CutoverForm {
        CutoverForm {
            mode: Some(CutoverMode::Downtime),
            day: "2027-02-03".into(),
            start: "22:00".into(),
            hours: "4".into(),
            rollback_steps: "Point DNS back\nRestart the source".into(),
        }
    }

    #[test]
    fn a_cutover_plan_round_trips_through_its_form_and_an_empty_window_clears_it() {
        let plan = example_plan();
        let workload = plan.workloads().next().unwrap().clone();
        let form = form();
        let Action::PlanCutover {
            window: Some(window),
            ..
        } = form.parse(&workload, &plan).unwrap()
        else {
            panic!("a window");
        };
        let mut saved = workload.clone();
        saved.cutover_window = Some(window);
        saved.cutover = Some(CutoverMode::Downtime);
        saved.rollback_steps = form.rollback_steps.clone();
        assert_eq!(CutoverForm::of(&saved), form);
        let cleared = CutoverForm {
            rollback_steps: String::new(),
            ..CutoverForm::default()
        };
        assert!(matches!(
            cleared.parse(&workload, &plan),
            Ok(Action::PlanCutover { window: None, .. })
        ));
    }

    #[test]
    fn each_field_says_what_is_wrong() {
        let plan = example_plan();
        let workload = plan.workloads().next().unwrap().clone();
        let error = |changed: CutoverForm, field: CutoverField| {
            changed.parse(&workload, &plan).unwrap_err()[&field].clone()
        };
        let bad = CutoverForm {
            day: "3 Feb".into(),
            start: "25:00".into(),
            ..form()
        };
        assert!(error(bad.clone(), CutoverField::Day).contains("not a date"));
        assert!(error(bad, CutoverField::Start).contains("not a time"));
        let zero = CutoverForm {
            hours: "0".into(),
            ..form()
        };
        assert!(error(zero, CutoverField::Hours).contains("1 to 168 whole hours"));
        let half = CutoverForm {
            hours: String::new(),
            ..form()
        };
        assert!(error(half, CutoverField::Hours).contains("needed for a window"));
    }
}
