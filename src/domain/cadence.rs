//! Which numbers in a plan's settings are CAF's and which are waveplan's own defaults, and a
//! finding when a setting leaves CAF's cadence: iterations of 2–4 weeks, a release every 2–4
//! iterations, waves of 4–12 weeks with a 20–30 % buffer, and 2–5 low- or medium-criticality
//! workloads per two-week iteration for a new team.

use crate::domain::finding::{Finding, Severity, Subject};
use crate::domain::quantity::format_amount;
use crate::domain::settings::PlanSettings;

/// Where a setting's number comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// CAF gives a range; the default sits in it.
    Caf(&'static str),
    /// waveplan's own default: a starting point to change, not guidance.
    Waveplan,
}

impl Source {
    pub fn describe(self) -> String {
        match self {
            Source::Caf(range) => format!("CAF: {range}"),
            Source::Waveplan => "waveplan's default, not CAF's".to_owned(),
        }
    }
}

/// A setting the team can change, with where its default comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    SprintDays,
    SprintsPerWave,
    Buffer,
    FirstWave,
    RampStep,
    Capacity,
    Bandwidth,
    UsableShare,
    ReplicationHours,
    PromotionDelay,
    RemediationHours,
    MajorCodeChange,
    FactoryThreshold,
}

impl Setting {
    pub fn source(self) -> Source {
        match self {
            Setting::SprintDays => Source::Caf("iterations of 2–4 weeks"),
            Setting::SprintsPerWave => Source::Caf("a release every 2–4 iterations; waves of 4–12 weeks"),
            Setting::Buffer => Source::Caf("a 20–30 % buffer per wave"),
            Setting::FirstWave => Source::Caf("early waves small; 2–5 low- or medium-criticality workloads per two-week iteration for a new team"),
            Setting::RampStep
            | Setting::Capacity
            | Setting::Bandwidth
            | Setting::UsableShare
            | Setting::ReplicationHours
            | Setting::PromotionDelay
            | Setting::RemediationHours
            | Setting::MajorCodeChange
            | Setting::FactoryThreshold => Source::Waveplan,
        }
    }
}

fn outside(what: String, why: &'static str, fix: &'static str) -> Finding {
    Finding::new(Severity::Info, Subject::Plan, what, why, fix)
}

/// A finding for each setting outside CAF's cadence.
pub fn findings(settings: &PlanSettings) -> Vec<Finding> {
    let mut found = Vec::new();
    if !(14..=28).contains(&settings.sprint_days) {
        found.push(outside(
            format!("Sprints of {} days are outside CAF's 2–4 weeks.", settings.sprint_days),
            "CAF plans migration iterations of two to four weeks: shorter ones leave no room to replicate and test, longer ones hide problems.",
            "Set the sprint length to 14–28 days, unless the team has a reason to differ.",
        ));
    }
    if !(2..=4).contains(&settings.sprints_per_wave) {
        found.push(outside(
            format!(
                "A wave of {} sprints is outside CAF's release every 2–4 iterations.",
                settings.sprints_per_wave
            ),
            "CAF releases migrated workloads every two to four iterations.",
            "Set 2–4 sprints per wave.",
        ));
    }
    let weeks = f64::from(settings.wave_days()) / 7.0;
    if !(4.0..=12.0).contains(&weeks) {
        found.push(outside(
            format!(
                "Waves of {} weeks are outside CAF's 4–12 weeks.",
                format_amount(weeks)
            ),
            "CAF plans waves of four to twelve weeks.",
            "Change the sprint length or the sprints per wave.",
        ));
    }
    if !(20.0..=30.0).contains(&settings.buffer_percent) {
        found.push(outside(
            format!("A {} % buffer is outside CAF's 20–30 %.", format_amount(settings.buffer_percent)),
            "CAF keeps 20–30 % of each wave free for what goes wrong; less leaves none, more leaves capacity idle.",
            "Set the buffer to 20–30 %.",
        ));
    }
    let iterations = f64::from(settings.wave_days()) / 14.0;
    let per_iteration =
        f64::from(settings.ramp.first_wave_workloads) / iterations.max(f64::MIN_POSITIVE);
    if per_iteration > 5.0 {
        found.push(outside(
            format!(
                "The first wave plans {} workloads, {} per two-week iteration.",
                settings.ramp.first_wave_workloads,
                format_amount(per_iteration)
            ),
            "CAF expects a new team to move 2–5 low- or medium-criticality workloads per two-week iteration.",
            "Lower the first wave's workloads, and let the ramp raise it as the team learns.",
        ));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_sit_inside_cafs_cadence() {
        assert_eq!(findings(&PlanSettings::default()), []);
    }

    /// One setting at a time outside CAF's range gives exactly one finding that names it.
    #[test]
    fn settings_outside_cafs_cadence_are_findings() {
        type Change = fn(&mut PlanSettings);
        let cases: &[(Change, &str)] = &[
            (|s| s.sprint_days = 7, "Sprints of 7 days"),
            (|s| s.sprints_per_wave = 6, "A wave of 6 sprints"),
            (|s| s.buffer_percent = 0.0, "A 0 % buffer"),
            (
                |s| s.ramp.first_wave_workloads = 12,
                "The first wave plans 12 workloads",
            ),
        ];
        for (change, words) in cases {
            let mut settings = PlanSettings::default();
            change(&mut settings);
            let found = findings(&settings);
            assert!(
                found.iter().any(|f| f.what.starts_with(words)),
                "{words}: {found:?}"
            );
        }
        let long = PlanSettings {
            sprint_days: 28,
            sprints_per_wave: 4,
            ..PlanSettings::default()
        };
        assert!(findings(&long)
            .iter()
            .any(|f| f.what.starts_with("Waves of 16 weeks")));
    }
}
