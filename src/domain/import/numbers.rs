//! How a file writes its numbers: "1,234.5" (decimal point, comma groups) or "1.234,5"
//! (decimal comma, point groups). One file, one way, decided from the values themselves and,
//! when they do not say, from the column separator; the import summary says which and why. A
//! file that writes numbers both ways, or only in forms that read either way, is refused with
//! the line and column, because guessing would change sizes a thousandfold without a word.

use crate::domain::import::table::{Row, Table};
use crate::domain::import::{ImportError, ImportProblem};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberFormat {
    /// 1,234.5
    DecimalPoint,
    /// 1.234,5
    DecimalComma,
}

impl NumberFormat {
    fn decimal(self) -> char {
        match self {
            NumberFormat::DecimalPoint => '.',
            NumberFormat::DecimalComma => ',',
        }
    }

    fn group(self) -> char {
        match self {
            NumberFormat::DecimalPoint => ',',
            NumberFormat::DecimalComma => '.',
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            NumberFormat::DecimalPoint => "with a decimal point (1,234.5)",
            NumberFormat::DecimalComma => "with a decimal comma (1.234,5)",
        }
    }

    /// The number in `cell` written this way, or `None`. Groups of thousands may be marked by
    /// the group separator, a space or an apostrophe; groups after the first have three digits.
    pub fn parse(self, cell: &str) -> Option<f64> {
        let text: String = cell
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
            .collect();
        let (whole, fraction) = match text.split_once(self.decimal()) {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (text.as_str(), None),
        };
        let mut digits = String::with_capacity(text.len());
        let mut groups = whole.split(self.group());
        let first = groups.next()?;
        digits.push_str(first);
        let mut grouped = false;
        for group in groups {
            if group.len() != 3 || first.is_empty() || first.len() > 3 {
                return None;
            }
            grouped = true;
            digits.push_str(group);
        }
        if grouped && !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if let Some(fraction) = fraction {
            if fraction.contains([',', '.']) {
                return None;
            }
            digits.push('.');
            digits.push_str(fraction);
        }
        digits.parse::<f64>().ok().filter(|value| value.is_finite())
    }
}

/// What one cell says about the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Evidence {
    /// Digits only (or not a number at all): says nothing.
    None,
    Only(NumberFormat),
    /// "1,234" or "1.234": a thousands group or a decimal fraction.
    Either,
}

fn evidence(cell: &str) -> Evidence {
    let cell = cell.trim();
    let commas = cell.matches(',').count();
    let points = cell.matches('.').count();
    let after = |mark: char| cell.rsplit(mark).next().map_or(0, str::len);
    let before = |mark: char| cell.split(mark).next().map_or(0, str::len);
    match (commas, points) {
        (0, 0) => Evidence::None,
        (_, 0) if commas > 1 => Evidence::Only(NumberFormat::DecimalPoint),
        (0, _) if points > 1 => Evidence::Only(NumberFormat::DecimalComma),
        (1, 0) if after(',') == 3 && (1..=3).contains(&before(',')) && !cell.starts_with('0') => {
            Evidence::Either
        }
        (0, 1) if after('.') == 3 && (1..=3).contains(&before('.')) && !cell.starts_with('0') => {
            Evidence::Either
        }
        (1, 0) => Evidence::Only(NumberFormat::DecimalComma),
        (0, 1) => Evidence::Only(NumberFormat::DecimalPoint),
        _ => match (cell.rfind(','), cell.rfind('.')) {
            (Some(comma), Some(point)) if point > comma => {
                Evidence::Only(NumberFormat::DecimalPoint)
            }
            _ => Evidence::Only(NumberFormat::DecimalComma),
        },
    }
}

/// The format a file uses, and the sentence that says how waveplan knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberStyle {
    pub format: NumberFormat,
    pub reason: String,
}

impl NumberStyle {
    pub fn note(&self) -> String {
        format!(
            "Numbers were read {}: {}",
            self.format.describe(),
            self.reason
        )
    }
}

struct Seen<'t> {
    row: &'t Row,
    column: usize,
}

/// Decides how `table` writes the numbers in `columns`.
pub fn decide(table: &Table, columns: &[usize]) -> Result<NumberStyle, ImportError> {
    let mut point: Option<Seen> = None;
    let mut comma: Option<Seen> = None;
    let mut either: Option<Seen> = None;
    for row in &table.rows {
        for &column in columns {
            let slot = match evidence(row.get(column)) {
                Evidence::None => continue,
                Evidence::Only(NumberFormat::DecimalPoint) => &mut point,
                Evidence::Only(NumberFormat::DecimalComma) => &mut comma,
                Evidence::Either => &mut either,
            };
            slot.get_or_insert(Seen { row, column });
        }
    }
    let at = |seen: &Seen| {
        format!(
            "“{}” on line {}, column “{}”",
            seen.row.get(seen.column),
            seen.row.line,
            table.header(seen.column)
        )
    };
    match (point, comma) {
        (Some(point), Some(comma)) => Err(ImportError::at(
            &table.file,
            comma.row.line,
            Some(table.header(comma.column)),
            ImportProblem::MixedDecimals {
                comma: at(&comma),
                point: at(&point),
            },
        )),
        (Some(point), None) => Ok(NumberStyle {
            format: NumberFormat::DecimalPoint,
            reason: format!("{} shows it.", at(&point)),
        }),
        (None, Some(comma)) => Ok(NumberStyle {
            format: NumberFormat::DecimalComma,
            reason: format!("{} shows it.", at(&comma)),
        }),
        (None, None) => undecided(table, either, at),
    }
}

/// No number shows its format: the separator decides, else a number that reads both ways is
/// refused (guessing would change values silently).
fn undecided(
    table: &Table,
    either: Option<Seen>,
    at: impl Fn(&Seen) -> String,
) -> Result<NumberStyle, ImportError> {
    match (table.delimiter, either) {
        (b';', _) => Ok(NumberStyle {
            format: NumberFormat::DecimalComma,
            reason: "the file separates columns with “;”, as spreadsheets that write a decimal comma do.".into(),
        }),
        (b',', _) => Ok(NumberStyle {
            format: NumberFormat::DecimalPoint,
            reason: "the file separates columns with commas, so a comma in a number groups thousands.".into(),
        }),
        (_, None) => Ok(NumberStyle {
            format: NumberFormat::DecimalPoint,
            reason: "no number in the file has a decimal part or a thousands separator.".into(),
        }),
        (_, Some(either)) => Err(ImportError::at(
            &table.file,
            either.row.line,
            Some(table.header(either.column)),
            ImportProblem::AmbiguousSeparator(at(&either)),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Table {
        Table::parse("servers.csv", text).unwrap()
    }

    #[test]
    fn cells_read_in_each_format() {
        use NumberFormat::{DecimalComma as C, DecimalPoint as P};
        let cases: &[(NumberFormat, &str, Option<f64>)] = &[
            (P, "1,234", Some(1234.0)),
            (P, "1,234,567.5", Some(1_234_567.5)),
            (P, "1234.5", Some(1234.5)),
            (P, "1 234.5", Some(1234.5)),
            (P, "1,23", None),
            (P, "12,34,567", None),
            (C, "1,234", Some(1.234)),
            (C, "1.234,5", Some(1234.5)),
            (C, "1.234", Some(1234.0)),
            (C, "1'234,5", Some(1234.5)),
            (C, "1,2,3", None),
            (P, "1e3", Some(1000.0)),
            (P, "inf", None),
            (P, "", None),
        ];
        for (format, cell, expected) in cases {
            assert_eq!(format.parse(cell), *expected, "{format:?} {cell:?}");
        }
    }

    #[test]
    fn the_values_decide_then_the_separator() {
        let cases: &[(&str, Result<NumberFormat, &str>)] = &[
            (
                "Name,Storage\nweb,\"1,234\"\n",
                Ok(NumberFormat::DecimalPoint),
            ),
            ("Name;Storage\nweb;1,234\n", Ok(NumberFormat::DecimalComma)),
            (
                "Name;Storage\nweb;1,234\ndb;2.5\n",
                Ok(NumberFormat::DecimalPoint),
            ),
            (
                "Name,Storage\nweb,\"1,5\"\n",
                Ok(NumberFormat::DecimalComma),
            ),
            (
                "Name\tStorage\nweb\t1,234\n",
                Err("could be a decimal fraction"),
            ),
            (
                "Name\tStorage\nweb\t1,234\ndb\t2,5\n",
                Ok(NumberFormat::DecimalComma),
            ),
            ("Name;Storage\nweb;1,5\ndb;2.5\n", Err("two ways")),
            ("Name\tStorage\nweb\t12\n", Ok(NumberFormat::DecimalPoint)),
        ];
        for (text, expected) in cases {
            let got = decide(&table(text), &[1]);
            match (got, expected) {
                (Ok(style), Ok(format)) => assert_eq!(style.format, *format, "{text:?}"),
                (Err(error), Err(words)) => {
                    assert!(error.to_string().contains(words), "{text:?}: {error}");
                    assert_eq!(error.line, Some(2), "{text:?}");
                }
                (got, _) => panic!("{text:?}: {got:?}"),
            }
        }
    }
}
