//! Numbers typed by people (sizes, effort, bandwidth), parsed at the edge into plain values
//! that the rest of the domain can trust: finite and not negative.

use thiserror::Error;

/// Hours in one person-day of remediation effort.
pub const HOURS_PER_PERSON_DAY: f64 = 8.0;

/// The largest values waveplan accepts (its own bounds, not CAF's): far beyond any real
/// server, so only a typo or a unit mix-up (bytes read as gigabytes) is refused, and every sum
/// and time computed from them stays a finite number.
pub const MAX_STORAGE_GB: f64 = 10_000_000.0;
pub const MAX_MEMORY_GB: f64 = 100_000.0;
pub const MAX_CORES: u32 = 100_000;
pub const MAX_EFFORT_HOURS: f64 = 100_000.0;
pub const MAX_BANDWIDTH_MBPS: f64 = 10_000_000.0;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum QuantityError {
    #[error("{field}: “{raw}” is not a number")]
    NotANumber { field: &'static str, raw: String },
    #[error("{field}: must not be negative (got {raw})")]
    Negative { field: &'static str, raw: String },
    #[error("{field}: “{raw}” is not an effort; write hours (16h) or person-days (2d)")]
    NotAnEffort { field: &'static str, raw: String },
    #[error("{field}: “{raw}” could be {} (the comma grouping thousands) or {} (a decimal comma); write the one you mean", .raw.replace(',', ""), .raw.replacen(',', ".", 1))]
    Ambiguous { field: &'static str, raw: String },
}

/// "1,234" or "12,345,678": a comma that may group thousands or mark decimals.
fn groups_thousands(text: &str) -> bool {
    let mut parts = text.split(',');
    let first = parts.next().unwrap_or("");
    let mut groups = 0;
    for part in parts {
        if part.len() != 3 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        groups += 1;
    }
    groups > 0
        && (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && !first.starts_with('0')
}

/// `text` with a decimal point: when it has both a comma and a point, the last of them marks
/// the decimals and the other must group thousands ("1,234.5" and "1.234,5" are 1234.5, as
/// waveplan and spreadsheets write them); a lone comma is a decimal comma.
fn one_decimal_mark(text: &str) -> String {
    let (Some(comma), Some(point)) = (text.rfind(','), text.rfind('.')) else {
        return text.replace(',', ".");
    };
    let (whole, decimals, grouping) = if point > comma {
        (&text[..point], &text[point + 1..], ',')
    } else {
        (&text[..comma], &text[comma + 1..], '.')
    };
    let mut groups = whole.split(grouping);
    let lead = groups.next().unwrap_or("");
    let grouped = (1..=3).contains(&lead.len())
        && lead.bytes().all(|b| b.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    if grouped {
        format!("{}.{decimals}", whole.replace(grouping, ""))
    } else {
        // Not a number with grouped thousands: left as it is, to be refused.
        text.to_owned()
    }
}

/// A finite, non-negative number; accepts a decimal comma ("1,5") as European spreadsheets
/// write it, and refuses "1,234", which reads either way.
pub fn parse_amount(field: &'static str, raw: &str) -> Result<f64, QuantityError> {
    if groups_thousands(raw.trim()) {
        return Err(QuantityError::Ambiguous {
            field,
            raw: raw.trim().to_owned(),
        });
    }
    let text = one_decimal_mark(raw.trim());
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

/// An amount (hours, gigabytes, percent, Mbps) for people to read: one decimal place below
/// 100 and none from 100 on (1,234 GB, not 1,234.4 GB), none when it is whole, thousands
/// grouped with commas ("16", "1.5", "18,400").
pub fn format_amount(value: f64) -> String {
    // `+ 0.0` turns -0 (the sum of no items) into 0, so nothing reads "-0 h".
    let rounded = if value.abs() >= 99.95 {
        value.round() + 0.0
    } else {
        (value * 10.0).round() / 10.0 + 0.0
    };
    group_thousands(&one_decimal(rounded))
}

/// A value already rounded to tenths, with its tenth only when it has one. Through integers
/// where they hold it: exact float formatting is slow, and large plans word tens of thousands
/// of amounts.
fn one_decimal(rounded: f64) -> String {
    let tenths = (rounded * 10.0).round();
    if tenths.abs() >= 1e15 {
        return if rounded.fract() == 0.0 {
            format!("{rounded:.0}")
        } else {
            format!("{rounded:.1}")
        };
    }
    let sign = if tenths < 0.0 { "-" } else { "" };
    let tenths = tenths.abs() as u64;
    match (tenths / 10, tenths % 10) {
        (whole, 0) => format!("{sign}{whole}"),
        (whole, tenth) => format!("{sign}{whole}.{tenth}"),
    }
}

/// An amount as a form field shows it: exact and ungrouped ("20000", "1234.5"), so saving a
/// form that was not touched changes nothing (`format_amount` rounds and groups for reading,
/// and "20,000" is ambiguous to `parse_amount`).
pub fn input_amount(value: f64) -> String {
    format!("{}", value + 0.0)
}

/// A size an asset may not have been given (cores, memory, storage: 0 is a blank cell or a
/// field left empty): "—" when not given, so a table does not claim a server has 0 cores.
pub fn format_size(value: f64) -> String {
    if value > 0.0 {
        format_amount(value)
    } else {
        "—".to_owned()
    }
}

/// A size as its form field shows it: empty when not given, as it was entered.
pub fn input_size(value: f64) -> String {
    if value > 0.0 {
        input_amount(value)
    } else {
        String::new()
    }
}

/// "1234567.5" → "1,234,567.5".
fn group_thousands(text: &str) -> String {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, fraction) = digits.split_at(digits.find('.').unwrap_or(digits.len()));
    if whole.len() <= 3 || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + whole.len() / 3);
    out.push_str(sign);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out.push_str(fraction);
    out
}

/// A count with its noun: "1 item", "3 items", "0 items".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", format_count(n), if n == 1 { one } else { many })
}

/// A count as every number the app writes: "5,000".
pub fn format_count(n: usize) -> String {
    group_thousands(&n.to_string())
}

/// True for a value the model accepts as an amount.
pub fn is_amount(value: f64) -> bool {
    value.is_finite() && value >= 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    // proptest is a dev-dependency of host builds only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Writing tenths through integers gives what exact float formatting gives.
        #[test]
        fn tenths_read_as_float_formatting_writes_them(value in -1e16f64..1e16, scale in 0u32..20) {
            let value = value / 10f64.powi(scale as i32);
            let rounded = if value.abs() >= 99.95 {
                value.round() + 0.0
            } else {
                (value * 10.0).round() / 10.0 + 0.0
            };
            let expected = if rounded.fract() == 0.0 {
                format!("{rounded:.0}")
            } else {
                format!("{rounded:.1}")
            };
            proptest::prop_assert_eq!(one_decimal(rounded), expected);
        }
    }

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
        assert_eq!(format_amount(999.0), "999");
        assert_eq!(format_amount(18_400.0), "18,400");
        assert_eq!(format_amount(1_234_567.45), "1,234,567");
        assert_eq!(format_amount(99.94), "99.9");
        assert_eq!(format_amount(429.4967), "429");
        assert_eq!(format_amount(-2_500.0), "-2,500");
        assert_eq!(format_amount(f64::INFINITY), "inf");
        assert_eq!(counted(1, "item", "items"), "1 item");
        assert_eq!(counted(0, "item", "items"), "0 items");
        assert_eq!(counted(3, "workload", "workloads"), "3 workloads");
    }

    #[test]
    fn counts_are_grouped_like_every_number() {
        assert_eq!(counted(1, "workload", "workloads"), "1 workload");
        assert_eq!(counted(5000, "workload", "workloads"), "5,000 workloads");
        assert_eq!(format_count(5141), "5,141");
    }

    #[test]
    fn a_size_not_given_reads_as_not_given() {
        assert_eq!(format_size(0.0), "—");
        assert_eq!(format_size(16.5), "16.5");
        assert_eq!(format_size(1234.0), "1,234");
        assert_eq!(input_size(0.0), "");
        assert_eq!(input_size(1234.5), "1234.5");
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
            ("1,234", None),
            ("0,125", Some(0.125)),
            ("1,23", Some(1.23)),
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
    fn a_comma_that_reads_two_ways_is_refused_with_both_readings() {
        let error = parse_amount("Storage (GB)", "1,234").unwrap_err();
        assert_eq!(
            error.to_string(),
            "Storage (GB): “1,234” could be 1234 (the comma grouping thousands) or 1.234 (a decimal comma); write the one you mean"
        );
    }

    #[test]
    fn grouped_thousands_with_decimals_read_as_the_app_writes_them() {
        let read = |raw: &str| parse_amount("Storage (GB)", raw).ok();
        assert_eq!(read("1,234.5"), Some(1234.5));
        assert_eq!(read("12,345,678.25"), Some(12_345_678.25));
        assert_eq!(read("1.234,5"), Some(1234.5));
        assert_eq!(read("1,5"), Some(1.5));
        // Groups that are not thousands are not a number.
        assert_eq!(read("1,23.5"), None);
        assert_eq!(read("1.2,3.4"), None);
    }

    #[test]
    fn errors_name_the_field() {
        let error = parse_amount("Storage (GB)", "lots").unwrap_err();
        assert_eq!(error.to_string(), "Storage (GB): “lots” is not a number");
    }
}
