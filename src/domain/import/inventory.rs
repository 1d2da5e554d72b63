//! Rows of servers become assets, through a column mapping: discovery exports and RVTools
//! bring their own mapping, any other CSV gets a suggested one the user can change. Assets
//! are matched to the plan by name: a known name is updated, a new one added.

use std::collections::HashMap;

use crate::domain::action::Action;
use crate::domain::asset::{Asset, AssetId, AssetKind};
use crate::domain::import::table::{Row, Table};
use crate::domain::import::{ImportError, ImportOutcome, ImportSummary, Skipped};
use crate::domain::labels::fold;
use crate::domain::name::Name;
use crate::domain::plan::Plan;
use crate::domain::quantity::{parse_amount, parse_count};
use crate::domain::workload::{Workload, WorkloadId};

/// How a size column is written. Mebibyte columns become gigabytes at 1,024 MiB per GB.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SizeUnit {
    #[default]
    Gigabytes,
    Mebibytes,
}

impl SizeUnit {
    fn to_gigabytes(self, value: f64) -> f64 {
        match self {
            SizeUnit::Gigabytes => value,
            SizeUnit::Mebibytes => value / 1_024.0,
        }
    }

    /// "Memory (MB)", "Provisioned MiB" → mebibytes; anything else → gigabytes.
    pub fn from_header(header: &str) -> Self {
        let folded = fold(header);
        if folded.contains("mib") || folded.ends_with("mb") || folded.contains("(mb)") {
            SizeUnit::Mebibytes
        } else {
            SizeUnit::Gigabytes
        }
    }
}

/// Which column holds which asset field (`None`: not in this file).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnMapping {
    pub name: Option<usize>,
    pub kind: Option<usize>,
    pub os: Option<usize>,
    pub cores: Option<usize>,
    pub memory: Option<usize>,
    pub memory_unit: SizeUnit,
    pub storage: Option<usize>,
    pub storage_unit: SizeUnit,
    pub workload: Option<usize>,
}

pub const NAME_ALIASES: &[&str] = &[
    "name",
    "server name",
    "server",
    "vm",
    "vm name",
    "machine name",
    "host name",
    "hostname",
    "asset",
    "asset name",
    "display name",
];
pub const KIND_ALIASES: &[&str] = &["kind", "type", "asset type", "server type", "asset kind"];
pub const OS_ALIASES: &[&str] = &[
    "os",
    "operating system",
    "operating system type",
    "os name",
    "os according to the configuration file",
    "os according to the vmware tools",
    "guest os",
];
pub const CORES_ALIASES: &[&str] = &[
    "cores",
    "cpus",
    "cpu",
    "vcpus",
    "number of cores",
    "cpu cores",
    "processors",
];
pub const MEMORY_ALIASES: &[&str] = &[
    "memory (gb)",
    "memory gb",
    "ram (gb)",
    "memory (mb)",
    "memory mb",
    "memory",
    "ram",
];
pub const STORAGE_ALIASES: &[&str] = &[
    "storage (gb)",
    "storage gb",
    "disk (gb)",
    "disk size (gb)",
    "total disk size (gb)",
    "storage",
    "disk",
    "in use mib",
    "provisioned mib",
];
pub const WORKLOAD_ALIASES: &[&str] = &[
    "workload",
    "application",
    "app",
    "service",
    "system",
    "workload name",
    "application name",
];

impl ColumnMapping {
    /// A first guess from the header names, which the user can correct.
    pub fn suggest(table: &Table) -> Self {
        let memory = table.column(MEMORY_ALIASES);
        let storage = table.column(STORAGE_ALIASES);
        Self {
            name: table.column(NAME_ALIASES),
            kind: table.column(KIND_ALIASES),
            os: table.column(OS_ALIASES),
            cores: table.column(CORES_ALIASES),
            memory,
            memory_unit: memory.map_or_else(SizeUnit::default, |c| {
                SizeUnit::from_header(table.header(c))
            }),
            storage,
            storage_unit: storage.map_or_else(SizeUnit::default, |c| {
                SizeUnit::from_header(table.header(c))
            }),
            workload: table.column(WORKLOAD_ALIASES),
        }
    }
}

/// Reads an asset kind as people write it ("VM", "SQL database", "File share").
pub fn parse_kind(text: &str) -> Option<AssetKind> {
    let folded = fold(text);
    AssetKind::from_label(text).or(match folded.as_str() {
        "vm" | "virtual" | "virtualmachine" | "vmwarevm" | "hypervvm" => {
            Some(AssetKind::VirtualMachine)
        }
        "physical" | "server" | "physicalserver" | "baremetal" => Some(AssetKind::PhysicalServer),
        "db" | "database" | "sqldatabase" | "sql" => Some(AssetKind::Database),
        "app" | "application" | "webapp" => Some(AssetKind::Application),
        "storage" | "fileshare" | "share" | "nas" => Some(AssetKind::Storage),
        "other" => Some(AssetKind::Other),
        _ => None,
    })
}

/// What one import knows while it turns rows into actions: the plan's names and the ids it
/// has handed out so far.
struct Builder<'p> {
    table: &'p Table,
    mapping: &'p ColumnMapping,
    assets_by_name: HashMap<String, AssetId>,
    added_rows: HashMap<String, u64>,
    workloads_by_name: HashMap<String, WorkloadId>,
    next_asset: u32,
    next_workload: u32,
    actions: Vec<Action>,
    summary: ImportSummary,
}

impl Builder<'_> {
    fn error(&self, row: &Row, column: usize, message: String) -> ImportError {
        ImportError::at(
            &self.table.file,
            row.line,
            Some(self.table.header(column)),
            message,
        )
    }

    fn amount(
        &self,
        row: &Row,
        column: Option<usize>,
        unit: SizeUnit,
    ) -> Result<Option<f64>, ImportError> {
        let Some(column) = column else {
            return Ok(None);
        };
        let cell = row.get(column);
        if cell.is_empty() {
            return Ok(None);
        }
        let value = parse_amount("value", cell).map_err(|_| {
            self.error(
                row,
                column,
                format!("expected a number of at least 0, found “{cell}”"),
            )
        })?;
        Ok(Some(unit.to_gigabytes(value)))
    }

    fn workload(&mut self, row: &Row) -> Result<Option<WorkloadId>, ImportError> {
        let Some(column) = self.mapping.workload else {
            return Ok(None);
        };
        let cell = row.get(column);
        if cell.is_empty() {
            return Ok(None);
        }
        if let Some(id) = self.workloads_by_name.get(&fold(cell)) {
            return Ok(Some(*id));
        }
        let name = Name::parse(cell).map_err(|error| self.error(row, column, error.to_string()))?;
        let id = WorkloadId(self.next_workload);
        self.next_workload += 1;
        self.workloads_by_name.insert(fold(cell), id);
        self.actions
            .push(Action::AddWorkload(Workload::new(id, name)));
        self.summary.added_workloads += 1;
        Ok(Some(id))
    }

    fn row(&mut self, plan: &Plan, row: &Row, default_kind: AssetKind) -> Result<(), ImportError> {
        let name_column = self.mapping.name.unwrap_or(0);
        let raw_name = row.get(name_column);
        if raw_name.is_empty() {
            self.summary.skipped.push(Skipped {
                line: row.line,
                reason: "no name".into(),
            });
            return Ok(());
        }
        let key = fold(raw_name);
        if let Some(first) = self.added_rows.get(&key) {
            let reason = format!("“{raw_name}” already appears on line {first}");
            self.summary.skipped.push(Skipped {
                line: row.line,
                reason,
            });
            return Ok(());
        }
        let name = Name::parse(raw_name)
            .map_err(|error| self.error(row, name_column, error.to_string()))?;
        let kind = match self.mapping.kind.map(|c| (c, row.get(c))) {
            Some((column, cell)) if !cell.is_empty() => parse_kind(cell).ok_or_else(|| {
                let kinds: Vec<&str> = AssetKind::ALL.iter().map(|k| k.label()).collect();
                self.error(
                    row,
                    column,
                    format!(
                        "“{cell}” is not a kind of asset; expected one of: {}",
                        kinds.join(", ")
                    ),
                )
            })?,
            _ => default_kind,
        };
        let cores = match self.mapping.cores.map(|c| (c, row.get(c))) {
            Some((column, cell)) if !cell.is_empty() => {
                Some(parse_count("cores", cell).map_err(|_| {
                    self.error(
                        row,
                        column,
                        format!("expected a whole number of cores, found “{cell}”"),
                    )
                })?)
            }
            _ => None,
        };
        let memory = self.amount(row, self.mapping.memory, self.mapping.memory_unit)?;
        let storage = self.amount(row, self.mapping.storage, self.mapping.storage_unit)?;
        let os = self
            .mapping
            .os
            .map(|c| row.get(c).to_owned())
            .filter(|os| !os.is_empty());
        let workload = self.workload(row)?;
        let existing = self.assets_by_name.get(&key).and_then(|id| plan.asset(*id));
        let mut asset = match existing {
            Some(known) => known.clone(),
            None => {
                let id = AssetId(self.next_asset);
                self.next_asset += 1;
                Asset::new(id, kind, name)
            }
        };
        if self.mapping.kind.is_some() || existing.is_none() {
            asset.kind = kind;
        }
        asset.cores = cores.unwrap_or(asset.cores);
        asset.memory_gb = memory.unwrap_or(asset.memory_gb);
        asset.storage_gb = storage.unwrap_or(asset.storage_gb);
        asset.os = os.unwrap_or(asset.os);
        asset.workload = workload.or(asset.workload);
        self.added_rows.insert(key, row.line);
        if existing.is_some() {
            self.summary.updated_assets += 1;
            self.actions.push(Action::UpdateAsset(asset));
        } else {
            self.summary.added_assets += 1;
            self.actions.push(Action::AddAsset(asset));
        }
        Ok(())
    }
}

/// Turns every row into an add or update of an asset (and of the workloads it names).
pub fn import_assets(
    plan: &Plan,
    table: &Table,
    mapping: &ColumnMapping,
    default_kind: AssetKind,
    source: &str,
) -> Result<ImportOutcome, ImportError> {
    if mapping.name.is_none() {
        return Err(ImportError::file(
            &table.file,
            format!(
                "no column holds the server name; expected one of: {}",
                NAME_ALIASES.join(", ")
            ),
        ));
    }
    let mut builder = Builder {
        table,
        mapping,
        assets_by_name: plan
            .assets()
            .map(|a| (fold(a.name.as_str()), a.id))
            .collect(),
        added_rows: HashMap::new(),
        workloads_by_name: plan
            .workloads()
            .map(|w| (fold(w.name.as_str()), w.id))
            .collect(),
        next_asset: plan.next_asset_id().0,
        next_workload: plan.next_workload_id().0,
        actions: Vec::new(),
        summary: ImportSummary {
            source: format!("{} ({source})", table.file),
            ..ImportSummary::default()
        },
    };
    for row in &table.rows {
        builder.row(plan, row, default_kind)?;
    }
    if mapping.workload.is_none() {
        builder
            .summary
            .notes
            .push("The file names no workloads: new assets are unassigned until you move them to a workload.".into());
    }
    Ok(ImportOutcome {
        actions: builder.actions,
        summary: builder.summary,
    })
}
