//! Numbers typed by people (sizes, effort, bandwidth), parsed at the edge into plain values
//! that the rest of the domain can trust: finite and not negative.

use thiserror::Error;

/// Hours in one person-day of remediation effort.
pub const HOURS_PER_PERSON_DAY: f64 = 8.0;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum QuantityError {
    #[error("{field}: “{raw}” is not a number")]
    NotANumber { field: &'static str, raw: String },
    #[error("{field}: must not be negative (got {raw})")]
    Negative { field: &'static str, raw: String },
    #[error("{field}: “{raw}” is not an effort; write hours (16h) or person-days (2d)")]
    NotAnEffort { field: &'static str, raw: String },
}

/// A finite, non-negative number; accepts a decimal comma ("1,5") as European spreadsheets
/// write it.
pub fn parse_amount(field: &'static str, raw: &str) -> Result<f64, QuantityError> {
    let text = raw.trim().replace(',', ".");
    let value: f64 = text.parse().map_err(|_| QuantityError::NotANumber {
        field,
        raw: raw.trim().to_owned(),
    })?;
    if !value.is_finite() {
        return Err(QuantityError::NotANumber {
            field,
            raw: raw.trim().to_owned(),
        });
    }
    if value < 0.0 {
        return Err(QuantityError::Negative {
            field,
            raw: raw.trim().to_owned(),
        });
    }
    Ok(value)
}

/// A whole, non-negative count (cores, workloads per wave).
pub fn parse_count(field: &'static str, raw: &str) -> Result<u32, QuantityError> {
    let value = parse_amount(field, raw)?;
    if value.fract() != 0.0 || value > f64::from(u32::MAX) {
        return Err(QuantityError::NotANumber {
            field,
            raw: raw.trim().to_owned(),
        });
    }
    Ok(value as u32)
}

/// Effort in hours from "16", "16h", "16 hours", "2d", "2 days" or "2 person-days".
pub fn parse_effort_hours(field: &'static str, raw: &str) -> Result<f64, QuantityError> {
    let text = raw.trim().to_ascii_lowercase();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let amount = parse_amount(field, number)?;
    let per_unit = match unit.trim() {
        "" | "h" | "hr" | "hrs" | "hour" | "hours" => 1.0,
        "d" | "day" | "days" | "pd" | "person-day" | "person-days" | "person day"
        | "person days" => HOURS_PER_PERSON_DAY,
        _ => {
            return Err(QuantityError::NotAnEffort {
                field,
                raw: raw.trim().to_owned(),
            })
        }
    };
    Ok(amount * per_unit)
}

/// An amount (hours, gigabytes, percent, Mbps) for people to read: one decimal place at most,
/// none when it is whole ("16", "1.5").
pub fn format_amount(value: f64) -> String {
    // `+ 0.0` turns -0 (the sum of no items) into 0, so nothing reads "-0 h".
    let rounded = (value * 10.0).round() / 10.0 + 0.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// A count with its noun: "1 item", "3 items", "0 items".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// True for a value the model accepts as an amount.
pub fn is_amount(value: f64) -> bool {
    value.is_finite() && value >= 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_counts_read_as_people_write_them() {
        assert_eq!(format_amount(16.0), "16");
        assert_eq!(format_amount(1.54), "1.5");
        assert_eq!(
            format_amount(Vec::<f64>::new().iter().sum()),
            "0",
            "the empty sum is -0"
        );
        assert_eq!(format_amount(-0.04), "0");
        assert_eq!(counted(1, "item", "items"), "1 item");
        assert_eq!(counted(0, "item", "items"), "0 items");
        assert_eq!(counted(3, "workload", "workloads"), "3 workloads");
    }

    #[test]
    fn amounts() {
        let cases: &[(&str, Option<f64>)] = &[
            ("12", Some(12.0)),
            (" 1,5 ", Some(1.5)),
            ("0", Some(0.0)),
            ("-3", None),
            ("NaN", None),
            ("inf", None),
            ("twelve", None),
            ("", None),
        ];
        for (raw, expected) in cases {
            assert_eq!(parse_amount("size", raw).ok(), *expected, "{raw:?}");
        }
        assert_eq!(parse_count("cores", "4"), Ok(4));
        assert!(parse_count("cores", "4.5").is_err());
    }

    #[test]
    fn efforts_in_hours_or_person_days() {
        let cases: &[(&str, Option<f64>)] = &[
            ("16", Some(16.0)),
            ("16h", Some(16.0)),
            ("16 hours", Some(16.0)),
            ("2d", Some(16.0)),
            ("2 person-days", Some(16.0)),
            ("0.5 days", Some(4.0)),
            ("2 weeks", None),
            ("h", None),
        ];
        for (raw, expected) in cases {
            assert_eq!(parse_effort_hours("effort", raw).ok(), *expected, "{raw:?}");
        }
    }

    #[test]
    fn errors_name_the_field() {
        let error = parse_amount("Storage (GB)", "lots").unwrap_err();
        assert_eq!(error.to_string(), "Storage (GB): “lots” is not a number");
    }
}
