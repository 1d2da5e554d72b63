//! Plan settings: cadence, wave capacity and ramp, bandwidth, promotion model and the
//! thresholds the remediation decision uses. Defaults follow CAF's cadence guidance.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::calendar::{Day, DayRange};
use crate::domain::promotion::PromotionModel;
use crate::domain::quantity::{is_amount, MAX_BANDWIDTH_MBPS, MAX_EFFORT_HOURS, MAX_STORAGE_GB};
use crate::domain::workload::FreezeWindow;

/// The most a single wave may hold. With a ramp, early waves hold less.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaveCapacity {
    pub max_workloads: u32,
    pub max_assets: u32,
    pub max_storage_gb: f64,
}

/// How far past the first wave with room a freeze window may push a workload before waveplan
/// stops looking and says so (waveplan's bound, about three years): beyond it, plans are
/// guesses, and looking further would only add empty waves.
pub const FREEZE_HORIZON_DAYS: i64 = 3 * 365;

/// What one wave may hold once the buffer is held back.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlannedCapacity {
    pub workloads: u32,
    pub assets: u32,
    pub storage_gb: f64,
    /// Hours of in-sprint remediation the team has in the wave.
    pub remediation_hours: f64,
    /// The share of the wave's days the team is on holiday (0 to 1): every figure above is
    /// already reduced by it.
    pub holiday_share: f64,
}

/// Early waves are small and velocity ramps up: wave n may hold
/// `first_wave_workloads + (n - 1) × step` workloads, up to the capacity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ramp {
    pub first_wave_workloads: u32,
    pub step: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanSettings {
    pub start: Day,
    pub sprint_days: u32,
    pub sprints_per_wave: u32,
    pub capacity: WaveCapacity,
    pub ramp: Ramp,
    /// The link to the cloud, in megabits per second.
    pub bandwidth_mbps: f64,
    /// The share of that link migration may use (the rest is business traffic).
    pub bandwidth_usable_percent: f64,
    pub promotion: PromotionModel,
    /// Remediation hours the adoption team has per sprint beside migrating.
    pub remediation_hours_per_sprint: f64,
    /// A code change at least this large is major: it leaves the migration backlog.
    pub major_code_change_hours: f64,
    /// A remediation shared by at least this many workloads goes to a factory wave.
    pub factory_share_threshold: u32,
    /// The share of each wave's capacity held back for what goes wrong (CAF: 20–30 %).
    pub buffer_percent: f64,
    /// Hours a day the link may carry migration traffic (nights and weekends only, say).
    pub replication_hours_per_day: f64,
    /// Under staged or flight promotion: days from staging to promotion, while data platforms
    /// are kept in sync by a second method.
    pub promotion_delay_days: u32,
    /// Plan-wide blackout periods (year-end, peak season): no workload moves in them, as if
    /// every workload had them as freeze windows.
    pub blackouts: Vec<FreezeWindow>,
    /// Periods the migration team is away (public holidays, a summer shutdown): a wave's
    /// capacity shrinks by the share of its days they cover.
    pub holidays: Vec<FreezeWindow>,
}

impl Default for PlanSettings {
    fn default() -> Self {
        Self {
            start: Day::default(),
            sprint_days: 14,
            sprints_per_wave: 2,
            capacity: WaveCapacity {
                max_workloads: 8,
                max_assets: 60,
                max_storage_gb: 20_000.0,
            },
            // CAF: 2–5 low- or medium-criticality workloads per two-week iteration for a new
            // team; a wave of two sprints starts at 4 (two per iteration) and ramps up.
            ramp: Ramp {
                first_wave_workloads: 4,
                step: 2,
            },
            bandwidth_mbps: 1_000.0,
            bandwidth_usable_percent: 70.0,
            promotion: PromotionModel::SingleStep,
            remediation_hours_per_sprint: 80.0,
            major_code_change_hours: 80.0,
            factory_share_threshold: 3,
            buffer_percent: 20.0,
            replication_hours_per_day: 12.0,
            promotion_delay_days: 14,
            blackouts: Vec::new(),
            holidays: Vec::new(),
        }
    }
}

/// The years a plan may start in: a later start would date its waves past the calendar's end.
pub const FIRST_START_YEAR: i32 = 1900;
pub const LAST_START_YEAR: i32 = 2199;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SettingsError {
    #[error("a sprint lasts 1 to 56 days (got {0})")]
    SprintDays(u32),
    #[error("a wave spans 1 to 12 sprints (got {0})")]
    SprintsPerWave(u32),
    #[error("wave capacity must allow at least one workload, one asset and some storage")]
    Capacity,
    #[error("the first wave must allow at least one workload")]
    Ramp,
    #[error("bandwidth must be more than 0 and at most 10,000,000 Mbps, and the usable share between 1 and 100 %")]
    Bandwidth,
    #[error("remediation hours per sprint are 0 to 100,000, and a major code change is more than 0 and at most 100,000 hours")]
    RemediationHours,
    #[error("a remediation factory takes an OS upgrade shared by at least 2 workloads (got {0}): one workload's upgrade is made in its own sprint")]
    FactoryThreshold(u32),
    #[error("the plan starts between {FIRST_START_YEAR} and {LAST_START_YEAR} (got {0}): waves are dated from it, decades ahead")]
    Start(Day),
    #[error("the buffer is a share of capacity from 0 to 90 %")]
    Buffer,
    #[error("the link carries migration traffic 1 to 24 hours a day")]
    ReplicationHours,
    #[error("promotion follows staging within 0 to 365 days")]
    PromotionDelay,
    #[error("at most {MAX_BLACKOUTS} blackout periods, each ending on or after its first day")]
    Blackouts,
    #[error("at most {MAX_BLACKOUTS} team holidays, each ending on or after its first day")]
    Holidays,
}

/// More blackouts than this are a calendar, not a plan's exceptions.
pub const MAX_BLACKOUTS: usize = 100;

impl PlanSettings {
    pub fn check(&self) -> Result<(), SettingsError> {
        if !(1..=56).contains(&self.sprint_days) {
            return Err(SettingsError::SprintDays(self.sprint_days));
        }
        if !(1..=12).contains(&self.sprints_per_wave) {
            return Err(SettingsError::SprintsPerWave(self.sprints_per_wave));
        }
        let capacity = &self.capacity;
        if capacity.max_workloads == 0
            || capacity.max_assets == 0
            || !(is_amount(capacity.max_storage_gb)
                && capacity.max_storage_gb > 0.0
                && capacity.max_storage_gb <= MAX_STORAGE_GB * 1_000.0)
        {
            return Err(SettingsError::Capacity);
        }
        if self.ramp.first_wave_workloads == 0 {
            return Err(SettingsError::Ramp);
        }
        let usable = self.bandwidth_usable_percent;
        let bandwidth_ok = is_amount(self.bandwidth_mbps)
            && self.bandwidth_mbps > 0.0
            && self.bandwidth_mbps <= MAX_BANDWIDTH_MBPS;
        if !(bandwidth_ok && (1.0..=100.0).contains(&usable)) {
            return Err(SettingsError::Bandwidth);
        }
        self.check_remediation_and_calendar()
    }

    fn check_remediation_and_calendar(&self) -> Result<(), SettingsError> {
        let hours = |value: f64| is_amount(value) && value <= MAX_EFFORT_HOURS;
        if !(hours(self.remediation_hours_per_sprint) && hours(self.major_code_change_hours))
            || self.major_code_change_hours == 0.0
        {
            return Err(SettingsError::RemediationHours);
        }
        if self.factory_share_threshold < 2 {
            return Err(SettingsError::FactoryThreshold(
                self.factory_share_threshold,
            ));
        }
        if !(FIRST_START_YEAR..=LAST_START_YEAR).contains(&self.start.year()) {
            return Err(SettingsError::Start(self.start));
        }
        if !(0.0..=90.0).contains(&self.buffer_percent) {
            return Err(SettingsError::Buffer);
        }
        if !(1.0..=24.0).contains(&self.replication_hours_per_day) {
            return Err(SettingsError::ReplicationHours);
        }
        if self.promotion_delay_days > 365 {
            return Err(SettingsError::PromotionDelay);
        }
        if self.blackouts.len() > MAX_BLACKOUTS
            || self.blackouts.iter().any(|window| !window.days.is_valid())
        {
            return Err(SettingsError::Blackouts);
        }
        if self.holidays.len() > MAX_BLACKOUTS
            || self.holidays.iter().any(|window| !window.days.is_valid())
        {
            return Err(SettingsError::Holidays);
        }
        Ok(())
    }

    /// What is left of `limit` once the buffer is held back, never less than one.
    fn buffered(&self, limit: f64) -> f64 {
        (limit * (1.0 - self.buffer_percent / 100.0)).max(1.0)
    }

    /// The most a wave may plan for: capacity less the buffer (the buffer reserves room for
    /// what goes wrong, so the planner does not fill it).
    pub fn planned_capacity(&self, number: u32) -> PlannedCapacity {
        let holiday_share = self.holiday_share(number);
        let at_work = |amount: f64| self.buffered(amount) * (1.0 - holiday_share);
        PlannedCapacity {
            workloads: at_work(f64::from(self.workload_limit(number))).floor() as u32,
            assets: at_work(f64::from(self.capacity.max_assets)).floor() as u32,
            storage_gb: at_work(self.capacity.max_storage_gb),
            remediation_hours: at_work(
                self.remediation_hours_per_sprint * f64::from(self.sprints_per_wave),
            ),
            holiday_share,
        }
    }

    /// How many workloads wave `number` would plan for with the team at work all of it.
    pub fn workloads_without_holidays(&self, number: u32) -> u32 {
        self.buffered(f64::from(self.workload_limit(number)))
            .floor() as u32
    }

    /// The days of wave `number` (1-based).
    pub fn wave_range(&self, number: u32) -> DayRange {
        let length = i64::from(self.wave_days().max(1));
        let from = self
            .start
            .plus_days(i64::from(number.saturating_sub(1)) * length);
        DayRange::between(from, from.plus_days(length - 1))
    }

    /// The share of wave `number`'s days that fall in a team holiday (overlaps counted once).
    pub fn holiday_share(&self, number: u32) -> f64 {
        if self.holidays.is_empty() {
            return 0.0;
        }
        let wave = self.wave_range(number);
        // The planner asks for every wave it tries: look at a wave's days only for the
        // holidays that touch it (usually none or one), not every holiday for every day.
        let touching: Vec<&DayRange> = self
            .holidays
            .iter()
            .map(|h| &h.days)
            .filter(|days| days.overlaps(&wave))
            .collect();
        if touching.is_empty() {
            return 0.0;
        }
        let length = wave.from().days_until(wave.to()) + 1;
        let away = (0..length)
            .map(|offset| wave.from().plus_days(offset))
            .filter(|day| {
                touching
                    .iter()
                    .any(|days| days.from() <= *day && *day <= days.to())
            })
            .count();
        away as f64 / length as f64
    }

    pub fn wave_days(&self) -> u32 {
        self.sprint_days * self.sprints_per_wave
    }

    /// How many workloads wave `number` (1-based) may hold under the ramp.
    pub fn workload_limit(&self, number: u32) -> u32 {
        let ramped = u64::from(self.ramp.first_wave_workloads)
            + u64::from(number.saturating_sub(1)) * u64::from(self.ramp.step);
        ramped.min(u64::from(self.capacity.max_workloads)) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_ramp_up() {
        let settings = PlanSettings::default();
        assert_eq!(settings.check(), Ok(()));
        let limits: Vec<u32> = (1..=6).map(|n| settings.workload_limit(n)).collect();
        assert_eq!(limits, [4, 6, 8, 8, 8, 8]);
        assert_eq!(settings.wave_days(), 28);
    }

    #[test]
    fn bad_settings_are_refused_with_a_reason() {
        let mut settings = PlanSettings {
            sprint_days: 0,
            ..PlanSettings::default()
        };
        assert_eq!(settings.check(), Err(SettingsError::SprintDays(0)));
        settings.sprint_days = 14;
        settings.bandwidth_usable_percent = 0.0;
        assert_eq!(settings.check(), Err(SettingsError::Bandwidth));
        settings.bandwidth_usable_percent = 50.0;
        settings.capacity.max_storage_gb = f64::NAN;
        assert_eq!(settings.check(), Err(SettingsError::Capacity));
        settings.capacity.max_storage_gb = 1_000.0;
        // One workload cannot share an upgrade: said as such, not as "must be positive".
        settings.factory_share_threshold = 1;
        assert_eq!(settings.check(), Err(SettingsError::FactoryThreshold(1)));
        assert!(settings
            .check()
            .unwrap_err()
            .to_string()
            .contains("at least 2 workloads"));
        settings.factory_share_threshold = 2;
        // A start whose waves would run past the calendar's end, where dates stop moving.
        settings.start = Day::parse("9999-12-31").unwrap();
        assert_eq!(settings.check(), Err(SettingsError::Start(settings.start)));
        settings.start = Day::parse("2199-12-31").unwrap();
        assert_eq!(settings.check(), Ok(()));
    }
}
