//! Calendar days for wave dates and freeze windows, stored as ISO `YYYY-MM-DD` text.

use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;
use time::Date;

/// One calendar day. Wraps `time::Date` so the model shows days, not timestamps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Day(Date);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("“{0}” is not a date; write it as YYYY-MM-DD, for example 2027-03-01")]
pub struct DayError(pub String);

impl Day {
    /// Parses `YYYY-MM-DD` (what date inputs and ISO files give). Written out rather than
    /// with `time`'s format descriptions, which cost the browser bundle about 20 KB.
    pub fn parse(raw: &str) -> Result<Self, DayError> {
        let text = raw.trim();
        let fail = || DayError(text.to_owned());
        let mut parts = text.splitn(3, '-');
        let mut number = |digits: usize| {
            parts
                .next()
                .filter(|part| part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|part| part.parse::<i32>().ok())
        };
        let (year, month, day) = (number(4), number(2), number(2));
        let (Some(year), Some(month), Some(day)) = (year, month, day) else {
            return Err(fail());
        };
        let month = u8::try_from(month)
            .ok()
            .and_then(|m| time::Month::try_from(m).ok())
            .ok_or_else(fail)?;
        let day = u8::try_from(day).map_err(|_| fail())?;
        Date::from_calendar_date(year, month, day)
            .map(Day)
            .map_err(|_| fail())
    }

    /// The day `days` later (or earlier when negative), saturating at the calendar's ends.
    pub fn plus_days(self, days: i64) -> Self {
        let julian = i64::from(self.0.to_julian_day()).saturating_add(days);
        i32::try_from(julian)
            .ok()
            .and_then(|julian| Date::from_julian_day(julian).ok())
            .map(Day)
            .unwrap_or(if days < 0 {
                Day(Date::MIN)
            } else {
                Day(Date::MAX)
            })
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        i64::from(later.0.to_julian_day()) - i64::from(self.0.to_julian_day())
    }
}

impl Default for Day {
    /// A fixed, documented default (the first Monday of 2027) rather than "today": the domain
    /// has no clock, so planning stays deterministic. The UI sets the real start date.
    fn default() -> Self {
        Day(time::macros::date!(2027 - 01 - 04))
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = (self.0.year(), u8::from(self.0.month()), self.0.day());
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

impl TryFrom<String> for Day {
    type Error = DayError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Day::parse(&value)
    }
}

impl From<Day> for String {
    fn from(day: Day) -> Self {
        day.to_string()
    }
}

/// A time of day to the minute, stored as `HH:MM` (24-hour), for cutover windows. Local time
/// of whoever runs the cutover: waveplan keeps no time zones, a runbook states them in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeOfDay(u16);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("“{0}” is not a time; write it as HH:MM on a 24-hour clock, for example 22:00")]
pub struct TimeOfDayError(pub String);

impl TimeOfDay {
    /// Parses `H:MM` or `HH:MM` (what time inputs give).
    pub fn parse(raw: &str) -> Result<Self, TimeOfDayError> {
        let text = raw.trim();
        let fail = || TimeOfDayError(text.to_owned());
        let (hours, minutes) = text.split_once(':').ok_or_else(fail)?;
        let digits = |part: &str, most: usize| {
            (!part.is_empty() && part.len() <= most && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u16>().ok())
                .flatten()
        };
        match (
            digits(hours, 2),
            digits(minutes, 2).filter(|_| minutes.len() == 2),
        ) {
            (Some(h), Some(m)) if h < 24 && m < 60 => Ok(Self(h * 60 + m)),
            _ => Err(fail()),
        }
    }

    pub fn minutes(self) -> u16 {
        self.0
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl TryFrom<String> for TimeOfDay {
    type Error = TimeOfDayError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        TimeOfDay::parse(&value)
    }
}

impl From<TimeOfDay> for String {
    fn from(time: TimeOfDay) -> Self {
        time.to_string()
    }
}

/// An inclusive range of days, `from` ≤ `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRange {
    from: Day,
    to: Day,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("the range ends ({to}) before it starts ({from})")]
pub struct DayRangeError {
    pub from: Day,
    pub to: Day,
}

impl DayRange {
    pub fn new(from: Day, to: Day) -> Result<Self, DayRangeError> {
        if to < from {
            return Err(DayRangeError { from, to });
        }
        Ok(Self { from, to })
    }

    /// The days from the earlier of `a` and `b` to the later: always a valid range.
    pub fn between(a: Day, b: Day) -> Self {
        Self {
            from: a.min(b),
            to: a.max(b),
        }
    }

    pub fn from(&self) -> Day {
        self.from
    }

    pub fn to(&self) -> Day {
        self.to
    }

    pub fn overlaps(&self, other: &DayRange) -> bool {
        self.from <= other.to && other.from <= self.to
    }

    pub fn is_valid(&self) -> bool {
        self.from <= self.to
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn parses_and_prints_times_of_day() {
        for (raw, printed) in [
            ("22:00", "22:00"),
            (" 7:05 ", "07:05"),
            ("00:00", "00:00"),
            ("23:59", "23:59"),
        ] {
            assert_eq!(TimeOfDay::parse(raw).unwrap().to_string(), printed);
        }
        for bad in [
            "", "24:00", "12:60", "12", "12:5", "1:2:3", "-1:00", "ab:cd", "123:00",
        ] {
            assert!(TimeOfDay::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn parses_and_prints_iso_days() {
        assert_eq!(day(" 2027-03-01 ").to_string(), "2027-03-01");
        for bad in ["", "2027-13-01", "2027-02-30", "01/03/2027", "tomorrow"] {
            assert!(Day::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn adds_days_across_months_and_years() {
        assert_eq!(day("2027-12-25").plus_days(14), day("2028-01-08"));
        assert_eq!(day("2027-03-01").plus_days(-1), day("2027-02-28"));
        assert_eq!(day("2027-01-01").days_until(day("2027-02-01")), 31);
        assert_eq!(Day::default().plus_days(i64::MAX / 2), Day(Date::MAX));
    }

    #[test]
    fn ranges_overlap_inclusively() {
        let range = |a, b| DayRange::new(day(a), day(b)).unwrap();
        assert!(range("2027-01-01", "2027-01-10").overlaps(&range("2027-01-10", "2027-01-20")));
        assert!(!range("2027-01-01", "2027-01-09").overlaps(&range("2027-01-10", "2027-01-20")));
        assert!(DayRange::new(day("2027-02-01"), day("2027-01-01")).is_err());
    }
}
