//! The settings form: one typed field per setting, each with its label, its current value as
//! text, how a typed value sets it, and where its default comes from (CAF or waveplan). The
//! settings' own `check` judges the ranges, so the form and `Plan::apply` cannot disagree.

use crate::domain::cadence::Setting;
use crate::domain::calendar::{Day, DayError};
use crate::domain::quantity::{input_amount, parse_amount, parse_count, QuantityError};
use crate::domain::settings::{PlanSettings, SettingsError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SettingField {
    Start,
    SprintDays,
    SprintsPerWave,
    MaxWorkloads,
    MaxAssets,
    MaxStorage,
    RampFirst,
    RampStep,
    Bandwidth,
    UsableShare,
    LinkHours,
    PromotionDelay,
    Buffer,
    RemediationHours,
    MajorCodeChange,
    FactoryThreshold,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SettingError {
    #[error(transparent)]
    Quantity(#[from] QuantityError),
    #[error("{0}")]
    Day(#[from] DayError),
    #[error(transparent)]
    Settings(#[from] SettingsError),
}

/// How a field's text is read.
enum Kind {
    Date,
    Count,
    Amount,
}

impl SettingField {
    pub const ALL: [SettingField; 16] = [
        SettingField::Start,
        SettingField::SprintDays,
        SettingField::SprintsPerWave,
        SettingField::MaxWorkloads,
        SettingField::MaxAssets,
        SettingField::MaxStorage,
        SettingField::RampFirst,
        SettingField::RampStep,
        SettingField::Bandwidth,
        SettingField::UsableShare,
        SettingField::LinkHours,
        SettingField::PromotionDelay,
        SettingField::Buffer,
        SettingField::RemediationHours,
        SettingField::MajorCodeChange,
        SettingField::FactoryThreshold,
    ];

    /// The form field's element id.
    pub fn id(self) -> &'static str {
        match self {
            SettingField::Start => "setting-start",
            SettingField::SprintDays => "setting-sprint-days",
            SettingField::SprintsPerWave => "setting-sprints-per-wave",
            SettingField::MaxWorkloads => "setting-max-workloads",
            SettingField::MaxAssets => "setting-max-assets",
            SettingField::MaxStorage => "setting-max-storage",
            SettingField::RampFirst => "setting-ramp-first",
            SettingField::RampStep => "setting-ramp-step",
            SettingField::Bandwidth => "setting-bandwidth",
            SettingField::UsableShare => "setting-usable",
            SettingField::LinkHours => "setting-link-hours",
            SettingField::PromotionDelay => "setting-promotion-delay",
            SettingField::Buffer => "setting-buffer",
            SettingField::RemediationHours => "setting-remediation-hours",
            SettingField::MajorCodeChange => "setting-major-code-change",
            SettingField::FactoryThreshold => "setting-factory-threshold",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SettingField::Start => "Start date",
            SettingField::SprintDays => "Sprint length (days)",
            SettingField::SprintsPerWave => "Sprints per wave",
            SettingField::MaxWorkloads => "Workloads per wave (max)",
            SettingField::MaxAssets => "Assets per wave (max)",
            SettingField::MaxStorage => "Storage per wave (GB, max)",
            SettingField::RampFirst => "Workloads in wave 1 (ramp)",
            SettingField::RampStep => "More per wave after (ramp)",
            SettingField::Bandwidth => "Bandwidth to the cloud (Mbps)",
            SettingField::UsableShare => "Share usable for migration (%)",
            SettingField::LinkHours => "Hours a day the link carries migration",
            SettingField::PromotionDelay => "Days from staged to promoted (staged, flight)",
            SettingField::Buffer => "Buffer held back per wave (%)",
            SettingField::RemediationHours => "Remediation hours per sprint",
            SettingField::MajorCodeChange => "Code change hours that make a separate programme",
            SettingField::FactoryThreshold => {
                "Workloads sharing an OS upgrade before a factory takes it"
            }
        }
    }

    /// Where the default comes from (the start date has none: it is the team's).
    pub fn source(self) -> Option<Setting> {
        Some(match self {
            SettingField::Start => return None,
            SettingField::SprintDays => Setting::SprintDays,
            SettingField::SprintsPerWave => Setting::SprintsPerWave,
            SettingField::MaxWorkloads | SettingField::MaxAssets | SettingField::MaxStorage => {
                Setting::Capacity
            }
            SettingField::RampFirst => Setting::FirstWave,
            SettingField::RampStep => Setting::RampStep,
            SettingField::Bandwidth => Setting::Bandwidth,
            SettingField::UsableShare => Setting::UsableShare,
            SettingField::LinkHours => Setting::ReplicationHours,
            SettingField::PromotionDelay => Setting::PromotionDelay,
            SettingField::Buffer => Setting::Buffer,
            SettingField::RemediationHours => Setting::RemediationHours,
            SettingField::MajorCodeChange => Setting::MajorCodeChange,
            SettingField::FactoryThreshold => Setting::FactoryThreshold,
        })
    }

    pub fn is_date(self) -> bool {
        matches!(self.kind(), Kind::Date)
    }

    fn kind(self) -> Kind {
        match self {
            SettingField::Start => Kind::Date,
            SettingField::MaxStorage
            | SettingField::Bandwidth
            | SettingField::UsableShare
            | SettingField::LinkHours
            | SettingField::Buffer
            | SettingField::RemediationHours
            | SettingField::MajorCodeChange => Kind::Amount,
            _ => Kind::Count,
        }
    }

    /// The setting's place in the settings, as a count or an amount (the start date aside).
    fn slot(self, s: &mut PlanSettings) -> Slot<'_> {
        match self {
            SettingField::Start => Slot::Day(&mut s.start),
            SettingField::SprintDays => Slot::Count(&mut s.sprint_days),
            SettingField::SprintsPerWave => Slot::Count(&mut s.sprints_per_wave),
            SettingField::MaxWorkloads => Slot::Count(&mut s.capacity.max_workloads),
            SettingField::MaxAssets => Slot::Count(&mut s.capacity.max_assets),
            SettingField::MaxStorage => Slot::Amount(&mut s.capacity.max_storage_gb),
            SettingField::RampFirst => Slot::Count(&mut s.ramp.first_wave_workloads),
            SettingField::RampStep => Slot::Count(&mut s.ramp.step),
            SettingField::Bandwidth => Slot::Amount(&mut s.bandwidth_mbps),
            SettingField::UsableShare => Slot::Amount(&mut s.bandwidth_usable_percent),
            SettingField::LinkHours => Slot::Amount(&mut s.replication_hours_per_day),
            SettingField::PromotionDelay => Slot::Count(&mut s.promotion_delay_days),
            SettingField::Buffer => Slot::Amount(&mut s.buffer_percent),
            SettingField::RemediationHours => Slot::Amount(&mut s.remediation_hours_per_sprint),
            SettingField::MajorCodeChange => Slot::Amount(&mut s.major_code_change_hours),
            SettingField::FactoryThreshold => Slot::Count(&mut s.factory_share_threshold),
        }
    }

    /// The current value as the field shows it.
    pub fn value(self, settings: &PlanSettings) -> String {
        let mut copy = settings.clone();
        match self.slot(&mut copy) {
            Slot::Day(day) => day.to_string(),
            Slot::Count(count) => count.to_string(),
            Slot::Amount(amount) => input_amount(*amount),
        }
    }

    /// `settings` with this field set to what was typed, checked as a whole.
    pub fn set(self, settings: &PlanSettings, raw: &str) -> Result<PlanSettings, SettingError> {
        let mut next = settings.clone();
        let label = self.label();
        match (self.slot(&mut next), self.kind()) {
            (Slot::Day(day), _) => *day = Day::parse(raw)?,
            (Slot::Count(count), _) => *count = parse_count(label, raw)?,
            (Slot::Amount(amount), _) => *amount = parse_amount(label, raw)?,
        }
        next.check()?;
        Ok(next)
    }
}

enum Slot<'a> {
    Day(&'a mut Day),
    Count(&'a mut u32),
    Amount(&'a mut f64),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_round_trips_its_value_and_has_its_own_id() {
        let settings = PlanSettings::default();
        let mut ids = std::collections::BTreeSet::new();
        for field in SettingField::ALL {
            assert!(ids.insert(field.id()), "{} twice", field.id());
            let shown = field.value(&settings);
            assert_eq!(
                field.set(&settings, &shown),
                Ok(settings.clone()),
                "{field:?}"
            );
        }
    }

    #[test]
    fn typed_values_set_one_field_and_the_settings_judge_the_range() {
        let settings = PlanSettings::default();
        let next = SettingField::SprintDays.set(&settings, "7").unwrap();
        assert_eq!(next.sprint_days, 7);
        assert_eq!(next.sprints_per_wave, settings.sprints_per_wave);
        assert!(matches!(
            SettingField::SprintDays.set(&settings, "0"),
            Err(SettingError::Settings(SettingsError::SprintDays(0)))
        ));
        assert!(matches!(
            SettingField::Bandwidth.set(&settings, "fast"),
            Err(SettingError::Quantity(_))
        ));
        assert!(matches!(
            SettingField::Start.set(&settings, "2027-02-30"),
            Err(SettingError::Day(_))
        ));
        let storage = SettingField::MaxStorage.set(&settings, "1500,5").unwrap();
        assert_eq!(storage.capacity.max_storage_gb, 1500.5);
    }
}
