//! What is wrong with an imported file, one variant per kind of problem, each worded for the
//! person who chose the file. `ImportError` adds where (the file, line and column).

use thiserror::Error;

use crate::domain::asset::AssetKind;
use crate::domain::export::backlog::KEY_PREFIX;
use crate::domain::import::inventory::{SizeUnit, NAME_ALIASES};
use crate::domain::import::numbers::NumberFormat;
use crate::domain::name::NameError;
use crate::domain::persist::LoadError;
use crate::domain::quantity::{format_amount, MAX_CORES};
use crate::domain::tracker::{MAX_TRACKED_ITEMS, MAX_TRACKER_ID_CHARS};

#[derive(Debug, Clone, PartialEq, Error)]
pub enum ImportProblem {
    // The file as a whole.
    #[error("the file is empty")]
    Empty,
    #[error("this is not a text file: it holds binary data (a spreadsheet workbook, an archive or an image?). Save it as CSV and import that.")]
    NotText,
    #[error("the file has a header but no rows to import")]
    NoRows,
    #[error("the CSV could not be read ({0})")]
    Csv(String),
    #[error("this line has {0} columns; waveplan reads files of up to {max} columns. Is it the right file?", max = crate::domain::import::table::MAX_COLUMNS)]
    TooManyColumns(usize),
    #[error("this line is longer than 1 MB; waveplan reads lines of server data, not documents. Is it the right file?")]
    LineTooLong,
    #[error("a quoted cell starts on this line and is never closed, so the rest of the file would be read into it. The file may be cut short, or a closing quote (\") is missing.")]
    UnclosedQuote,
    #[error("the plan has run out of ids; it holds too many workloads or assets")]
    OutOfIds,
    // Which kind of file it is.
    #[error("no column holds the server name; expected one of: {}", NAME_ALIASES.join(", "))]
    NoNameColumn,
    #[error("this is not a dependency export: it has no “{0}” column")]
    NotADependencyExport(&'static str),
    #[error("this is not an RVTools vInfo export: it has no “VM” column")]
    NotRvtools,
    #[error("this is not an Azure DevOps or Jira export: it needs the columns ID, Title and Tags (Azure DevOps) or Issue key, Summary and Labels (Jira)")]
    NotATrackerExport,
    #[error("{0}")]
    Plan(Box<LoadError>),
    // One cell.
    #[error("{0}")]
    Name(NameError),
    #[error("“{0}” is not a kind of asset; expected one of: {kinds}", kinds = AssetKind::ALL.iter().map(|k| k.label()).collect::<Vec<_>>().join(", "))]
    NotAKind(String),
    #[error("expected a whole number of cores from 0 to {MAX_CORES}, found “{0}”")]
    Cores(String),
    #[error("expected a number of at least 0 written {}, found “{cell}”", .format.describe())]
    Amount { cell: String, format: NumberFormat },
    #[error("“{cell}” {unit} is {} GB, more than waveplan accepts ({} GB). Check the unit of the column.", format_amount(*.gigabytes), format_amount(*.max))]
    TooLarge {
        cell: String,
        unit: SizeUnit,
        gigabytes: f64,
        max: f64,
    },
    #[error("expected a port number (0–65535), found “{0}”")]
    Port(String),
    #[error("expected a whole number of connections (at most a trillion), found “{0}”")]
    Connections(String),
    /// Each side is where a number shows its format ("“1,5” on line 3, column “Memory”").
    #[error("numbers are written two ways in this file: {comma} has a decimal comma, {point} a decimal point. Save the file with one number format and import it again.")]
    MixedDecimals { comma: String, point: String },
    #[error("{0} could be a decimal fraction or a whole number with a thousands separator, and nothing else in the file says which. Write it without the separator (1234) or with more decimals (1.2340).")]
    AmbiguousSeparator(String),
    // A tracker export's rows.
    #[error("the item tagged {KEY_PREFIX}{key} has no {header}, or one longer than {MAX_TRACKER_ID_CHARS} characters")]
    TrackerId { key: String, header: String },
    #[error("two items carry {KEY_PREFIX}{0}; keep the tag on one of them")]
    TrackerKeyTwice(String),
    #[error("more than {MAX_TRACKED_ITEMS} waveplan items")]
    TooManyTrackerItems,
    #[error("no item carries a {KEY_PREFIX}… tag or label: export the items waveplan's backlog created, with their Tags (Azure DevOps) or Labels (Jira)")]
    NoTrackerItems,
}
