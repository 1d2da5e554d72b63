//! Bringing real inventories in: discovery exports, RVTools, any CSV with a column mapping,
//! dependency-analysis exports and waveplan's own JSON. One file per format. Every importer
//! turns a file into a list of plan `Action`s and a summary; the UI applies them as one batch,
//! so a failed import changes nothing and a successful one is a single undo step.

use std::fmt;

use thiserror::Error;

use crate::domain::action::Action;
pub use crate::domain::import::problem::ImportProblem;

pub mod azure_migrate;
pub mod dependencies;
pub mod inventory;
pub mod numbers;
pub mod problem;
pub mod rvtools;
pub mod table;
pub mod tracker_export;
pub mod waveplan_json;

/// Why a file could not be imported, and where: the file, the line and the column.
#[derive(Debug, Clone, PartialEq, Error)]
pub struct ImportError {
    pub file: String,
    pub line: Option<u64>,
    pub column: Option<String>,
    pub problem: ImportProblem,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column “{column}”")?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl ImportError {
    pub fn file(file: &str, problem: ImportProblem) -> Self {
        Self {
            file: file.to_owned(),
            line: None,
            column: None,
            problem,
        }
    }

    pub fn at(file: &str, line: u64, column: Option<&str>, problem: ImportProblem) -> Self {
        Self {
            file: file.to_owned(),
            line: Some(line),
            column: column.map(str::to_owned),
            problem,
        }
    }
}

/// A row that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub line: u64,
    pub reason: String,
}

/// What an import did, for the person who ran it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub source: String,
    pub added_workloads: usize,
    pub added_assets: usize,
    pub updated_assets: usize,
    /// Rows for an asset or dependency the plan has already, as it has it: nothing to change.
    pub unchanged_assets: usize,
    pub added_dependencies: usize,
    pub updated_dependencies: usize,
    pub unchanged_dependencies: usize,
    pub skipped: Vec<Skipped>,
    /// Anything else worth saying (unmatched servers, defaults applied).
    pub notes: Vec<String>,
}

impl ImportSummary {
    /// One line for a status bar: "Imported servers.csv (RVTools vInfo): 120 assets added, …".
    pub fn headline(&self) -> String {
        let mut parts = Vec::new();
        for (count, one, many) in [
            (self.added_workloads, "workload added", "workloads added"),
            (self.added_assets, "asset added", "assets added"),
            (self.updated_assets, "asset updated", "assets updated"),
            (self.unchanged_assets, "asset unchanged", "assets unchanged"),
            (
                self.added_dependencies,
                "dependency added",
                "dependencies added",
            ),
            (
                self.updated_dependencies,
                "dependency updated",
                "dependencies updated",
            ),
            (
                self.unchanged_dependencies,
                "dependency unchanged",
                "dependencies unchanged",
            ),
            (self.skipped.len(), "row skipped", "rows skipped"),
        ] {
            match count {
                0 => {}
                1 => parts.push(format!("1 {one}")),
                _ => parts.push(format!("{count} {many}")),
            }
        }
        if parts.is_empty() {
            parts.push("nothing changed".to_owned());
        }
        format!("Imported {}: {}.", self.source, parts.join(", "))
    }
}

/// An import ready to apply: `Action::Batch(actions)`, and what it will do.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportOutcome {
    pub actions: Vec<Action>,
    pub summary: ImportSummary,
}

impl ImportOutcome {
    pub fn into_action(self) -> (Action, ImportSummary) {
        (Action::Batch(self.actions), self.summary)
    }
}

/// The formats waveplan reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    AzureMigrateServers,
    RvToolsVInfo,
    Dependencies,
    WaveplanJson,
    /// A CSV waveplan does not recognise: the user maps its columns.
    OtherCsv,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::AzureMigrateServers => "Azure Migrate discovered servers",
            Format::RvToolsVInfo => "RVTools vInfo",
            Format::Dependencies => "Azure Migrate dependency analysis",
            Format::WaveplanJson => "waveplan JSON",
            Format::OtherCsv => "CSV with your own columns",
        }
    }
}

/// Which format a file is, from its first characters and its header.
pub fn detect(text: &str) -> Format {
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if body.starts_with('{') || crate::domain::persist::is_storage_text(body) {
        return Format::WaveplanJson;
    }
    let header = table::first_record_folded(body);
    let has = |name: &str| header.iter().any(|cell| cell == name);
    if has("sourceservername") && has("destinationservername") {
        Format::Dependencies
    } else if has("vm") && (has("powerstate") || has("provisionedmib") || has("inusemib")) {
        Format::RvToolsVInfo
    } else if has("servername") || has("machinename") {
        Format::AzureMigrateServers
    } else {
        Format::OtherCsv
    }
}

/// What reading a file gave: changes to apply, a whole plan to open, or a CSV whose columns
/// the user must map first.
#[derive(Debug, Clone, PartialEq)]
pub enum Imported {
    Changes(ImportOutcome),
    WholePlan(crate::domain::persist::Loaded),
    NeedsMapping {
        table: table::Table,
        suggested: inventory::ColumnMapping,
    },
}

/// Reads `text` (the content of `file`) in whichever format it is.
pub fn read(
    plan: &crate::domain::plan::Plan,
    file: &str,
    text: &str,
) -> Result<Imported, ImportError> {
    match detect(text) {
        Format::WaveplanJson => waveplan_json::import(file, text).map(Imported::WholePlan),
        Format::Dependencies => dependencies::import(plan, file, text).map(Imported::Changes),
        Format::RvToolsVInfo => rvtools::import(plan, file, text).map(Imported::Changes),
        Format::AzureMigrateServers => {
            azure_migrate::import(plan, file, text).map(Imported::Changes)
        }
        Format::OtherCsv => {
            let table = table::Table::parse(file, text)?;
            let suggested = inventory::ColumnMapping::suggest(&table);
            Ok(Imported::NeedsMapping { table, suggested })
        }
    }
}

/// Imports a CSV with the columns the user mapped.
pub fn with_mapping(
    plan: &crate::domain::plan::Plan,
    table: &table::Table,
    mapping: &inventory::ColumnMapping,
) -> Result<ImportOutcome, ImportError> {
    inventory::import_assets(
        plan,
        table,
        mapping,
        crate::domain::asset::AssetKind::VirtualMachine,
        "your column mapping",
    )
}
