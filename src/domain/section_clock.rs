//! The workshop's section timers: how long the room has spent on each section of questions,
//! against the timebox the plan keeps for it (`decision_log::WorkshopRecord::timebox`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::questions::Section;

/// How long the room has spent on each section: the clock runs for the section on screen and
/// stops when the room moves to another (and runs on if it comes back).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SectionClocks {
    spent_ms: BTreeMap<Section, f64>,
    running: Option<(Section, f64)>,
}

/// One section's time: spent and allowed, in whole seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimerReading {
    pub section: Section,
    pub elapsed_s: u64,
    pub timebox_s: u64,
}

impl SectionClocks {
    /// The room is on `section` at `now_ms`.
    pub fn enter(&mut self, section: Section, now_ms: f64) {
        if let Some((running, _)) = self.running {
            if running == section {
                return;
            }
        }
        self.stop(now_ms);
        self.running = Some((section, now_ms));
    }

    /// The room left the questions (the summary): no clock runs.
    pub fn stop(&mut self, now_ms: f64) {
        if let Some((section, since)) = self.running.take() {
            *self.spent_ms.entry(section).or_default() += (now_ms - since).max(0.0);
        }
    }

    pub fn elapsed_ms(&self, section: Section, now_ms: f64) -> f64 {
        let spent = self.spent_ms.get(&section).copied().unwrap_or(0.0);
        match self.running {
            Some((running, since)) if running == section => spent + (now_ms - since).max(0.0),
            _ => spent,
        }
    }

    pub fn reading(&self, section: Section, timebox_minutes: u32, now_ms: f64) -> TimerReading {
        TimerReading {
            section,
            elapsed_s: (self.elapsed_ms(section, now_ms) / 1000.0) as u64,
            timebox_s: u64::from(timebox_minutes) * 60,
        }
    }
}

impl TimerReading {
    /// "03:12 of 15:00 · 11:48 left", or "17:05 of 15:00 · 02:05 over".
    pub fn says(&self) -> String {
        let (elapsed, timebox) = (clock(self.elapsed_s), clock(self.timebox_s));
        if self.elapsed_s <= self.timebox_s {
            let left = clock(self.timebox_s - self.elapsed_s);
            format!("{elapsed} of {timebox} · {left} left")
        } else {
            let over = clock(self.elapsed_s - self.timebox_s);
            format!("{elapsed} of {timebox} · {over} over")
        }
    }

    pub fn is_over(&self) -> bool {
        self.elapsed_s > self.timebox_s
    }
}

/// Minutes and seconds, "03:12" (hours count as minutes: "75:00").
fn clock(seconds: u64) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_clock_runs_only_while_the_room_is_on_it() {
        let mut clocks = SectionClocks::default();
        clocks.enter(Section::Decisions, 0.0);
        clocks.enter(Section::Decisions, 30_000.0); // another question, same section
        clocks.enter(Section::Roles, 60_000.0);
        assert_eq!(clocks.elapsed_ms(Section::Decisions, 200_000.0), 60_000.0);
        assert_eq!(clocks.elapsed_ms(Section::Roles, 90_000.0), 30_000.0);
        clocks.enter(Section::Decisions, 120_000.0); // back again: it runs on
        assert_eq!(clocks.elapsed_ms(Section::Decisions, 130_000.0), 70_000.0);
        clocks.stop(130_000.0);
        assert_eq!(clocks.elapsed_ms(Section::Decisions, 999_000.0), 70_000.0);
    }

    #[test]
    fn a_reading_says_what_is_left_or_how_far_over() {
        let mut clocks = SectionClocks::default();
        clocks.enter(Section::Process, 0.0);
        assert_eq!(
            clocks.reading(Section::Process, 15, 192_000.0).says(),
            "03:12 of 15:00 · 11:48 left"
        );
        let over = clocks.reading(Section::Process, 1, 125_000.0);
        assert!(over.is_over());
        assert_eq!(over.says(), "02:05 of 01:00 · 01:05 over");
    }
}
