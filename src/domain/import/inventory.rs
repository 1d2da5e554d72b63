//! Rows of servers become assets, through a column mapping: discovery exports and RVTools
//! bring their own mapping, any other CSV gets a suggested one the user can change. Assets
//! are matched to the plan by name: a known name is updated, a new one added.

use std::collections::HashMap;

use crate::domain::action::Action;
use crate::domain::asset::{Asset, AssetId, AssetKind};
use crate::domain::import::numbers::{self, NumberFormat};
use crate::domain::import::table::{Row, Table};
use crate::domain::import::{ImportError, ImportOutcome, ImportProblem, ImportSummary, Skipped};
use crate::domain::labels::{fold, labelled_enum};
use crate::domain::name::{name_key, Name};
use crate::domain::plan::{Plan, MAX_ID};
use crate::domain::quantity::{MAX_CORES, MAX_MEMORY_GB, MAX_STORAGE_GB};
use crate::domain::workload::{Workload, WorkloadId};

labelled_enum! {
    /// How a size column is written. Storage becomes decimal gigabytes (10⁹ bytes, what
    /// replication time is computed in); memory becomes binary gigabytes, as memory is sized.
    #[derive(Default)]
    pub enum SizeUnit {
        Megabytes => "MB", Mebibytes => "MiB", #[default] Gigabytes => "GB", Gibibytes => "GiB",
        Terabytes => "TB", Tebibytes => "TiB",
    }
}

impl SizeUnit {
    fn bytes(self) -> f64 {
        match self {
            SizeUnit::Megabytes => 1e6,
            SizeUnit::Mebibytes => 1_048_576.0,
            SizeUnit::Gigabytes => 1e9,
            SizeUnit::Gibibytes => 1_073_741_824.0,
            SizeUnit::Terabytes => 1e12,
            SizeUnit::Tebibytes => 1_099_511_627_776.0,
        }
    }

    /// Storage in decimal gigabytes.
    pub fn storage_gb(self, value: f64) -> f64 {
        value * self.bytes() / 1e9
    }

    /// Memory in gigabytes as memory is counted (1,024 MB each): "Memory (MB)" columns hold
    /// binary megabytes whatever their header says.
    pub fn memory_gb(self, value: f64) -> f64 {
        let binary = match self {
            SizeUnit::Megabytes | SizeUnit::Mebibytes => 1_048_576.0,
            SizeUnit::Gigabytes | SizeUnit::Gibibytes => 1_073_741_824.0,
            SizeUnit::Terabytes | SizeUnit::Tebibytes => 1_099_511_627_776.0,
        };
        value * binary / 1_073_741_824.0
    }

    /// The unit a header names ("Memory (MB)", "Provisioned MiB", "Storage (TiB)"); gigabytes
    /// when it names none.
    pub fn from_header(header: &str) -> Self {
        let folded = fold(header);
        let unit = |suffix: &str| {
            folded.ends_with(suffix)
                || folded.contains(&format!("({suffix})"))
                || folded.contains(&format!("{suffix})"))
        };
        [
            ("tib", SizeUnit::Tebibytes),
            ("gib", SizeUnit::Gibibytes),
            ("mib", SizeUnit::Mebibytes),
            ("tb", SizeUnit::Terabytes),
            ("mb", SizeUnit::Megabytes),
            ("gb", SizeUnit::Gigabytes),
        ]
        .into_iter()
        .find(|(suffix, _)| unit(suffix) || folded.starts_with(suffix))
        .map_or(SizeUnit::Gigabytes, |(_, unit)| unit)
    }
}

/// Which size a column holds, for its unit conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Size {
    Memory,
    Storage,
}

/// Which column holds which asset field (`None`: not in this file). Saved in the browser for
/// files with the same headers, so it is serde-able.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
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

labelled_enum! {
    /// An asset field a column can fill, in the words the mapping form uses.
    pub enum MappedField {
        Name => "Server or asset name (required)", Kind => "Kind of asset",
        Os => "Operating system", Cores => "Cores", Memory => "Memory", Storage => "Storage",
        Workload => "Workload it belongs to",
    }
}

labelled_enum! {
    /// A field whose sizes come in a unit.
    pub enum SizedField { Memory => "Memory", Storage => "Storage" }
}

impl ColumnMapping {
    /// The column a field is read from.
    pub fn column_mut(&mut self, field: MappedField) -> &mut Option<usize> {
        match field {
            MappedField::Name => &mut self.name,
            MappedField::Kind => &mut self.kind,
            MappedField::Os => &mut self.os,
            MappedField::Cores => &mut self.cores,
            MappedField::Memory => &mut self.memory,
            MappedField::Storage => &mut self.storage,
            MappedField::Workload => &mut self.workload,
        }
    }

    pub fn column(&self, field: MappedField) -> Option<usize> {
        match field {
            MappedField::Name => self.name,
            MappedField::Kind => self.kind,
            MappedField::Os => self.os,
            MappedField::Cores => self.cores,
            MappedField::Memory => self.memory,
            MappedField::Storage => self.storage,
            MappedField::Workload => self.workload,
        }
    }

    /// The unit a sized field is written in.
    pub fn unit(&self, field: SizedField) -> SizeUnit {
        match field {
            SizedField::Memory => self.memory_unit,
            SizedField::Storage => self.storage_unit,
        }
    }

    pub fn unit_mut(&mut self, field: SizedField) -> &mut SizeUnit {
        match field {
            SizedField::Memory => &mut self.memory_unit,
            SizedField::Storage => &mut self.storage_unit,
        }
    }
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
    "computer name",
    "dns name",
    "fqdn",
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
    "os type",
    "os according to the configuration file",
    "os according to the vmware tools",
    "guest os",
];
pub const CORES_ALIASES: &[&str] = &[
    "cores",
    "cpus",
    "cpu",
    "vcpus",
    "vcpu",
    "num cpu",
    "cpu count",
    "number of cores",
    "cpu cores",
    "processors",
    "logical processors",
];
/// Memory and storage aliases are matched with or without a unit in the header ("RAM (GB)",
/// "Memory MiB"); the unit, when there is one, sets the conversion.
pub const MEMORY_ALIASES: &[&str] = &["memory", "ram", "memory size", "mem", "allocated memory"];
pub const STORAGE_ALIASES: &[&str] = &[
    "storage",
    "disk",
    "disk size",
    "total disk size",
    "in use",
    "used storage",
    "used space",
    "provisioned",
    "provisioned space",
    "total storage",
    "capacity",
];
pub const WORKLOAD_ALIASES: &[&str] = &[
    "workload",
    "application",
    "app",
    "app name",
    "service",
    "service name",
    "system",
    "workload name",
    "application name",
    "business application",
];

/// Columns kept on each asset as evidence for grouping servers into workloads (RVTools'
/// folder, annotation and cluster; tags and application columns of other exports), when they
/// are not mapped to a field.
pub const EVIDENCE_ALIASES: &[&str] = &[
    "folder",
    "annotation",
    "notes",
    "cluster",
    "tags",
    "tag",
    "application",
    "app",
    "business application",
    "service",
    "business service",
];

/// The longest evidence cell kept (an annotation can be an essay).
const MAX_EVIDENCE_CHARS: usize = 200;

impl ColumnMapping {
    /// Whether every column this mapping names exists in a file of `columns` columns (a
    /// remembered mapping is used only then).
    pub fn fits(&self, columns: usize) -> bool {
        [
            self.name,
            self.kind,
            self.os,
            self.cores,
            self.memory,
            self.storage,
            self.workload,
        ]
        .iter()
        .flatten()
        .all(|column| *column < columns)
    }

    /// A first guess from the header names, which the user can correct.
    pub fn suggest(table: &Table) -> Self {
        let memory = table.column_any_unit(MEMORY_ALIASES);
        let storage = table.column_any_unit(STORAGE_ALIASES);
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

/// What one import knows while it turns rows into actions: the plan's names, the ids it has
/// handed out so far and how the file writes numbers.
/// New servers, databases and file shares the file gives no size (a blank cell, or no size
/// column): they count as 0 GB until one is entered, which the plan's findings say too.
fn unsized_note(actions: &[Action]) -> Option<String> {
    let count = actions
        .iter()
        .filter(|action| {
            matches!(action, Action::AddAsset(asset) if crate::domain::replication::size_unknown(asset))
        })
        .count();
    (count > 0).then(|| {
        format!(
            "{} no storage size in the file, so {} 0 GB until a size is entered: the time to copy {} is not in the plan.",
            crate::domain::quantity::counted(count, "server has", "servers have"),
            if count == 1 { "it counts as" } else { "they count as" },
            if count == 1 { "it" } else { "them" },
        )
    })
}

struct Builder<'p> {
    plan: &'p Plan,
    table: &'p Table,
    mapping: &'p ColumnMapping,
    /// Columns kept as evidence: (column, header).
    evidence: Vec<(usize, String)>,
    numbers: NumberFormat,
    added_rows: HashMap<String, u64>,
    new_workloads: HashMap<String, WorkloadId>,
    next_asset: u32,
    next_workload: u32,
    actions: Vec<Action>,
    summary: ImportSummary,
}

impl Builder<'_> {
    fn error(&self, row: &Row, column: usize, problem: ImportProblem) -> ImportError {
        ImportError::at(
            &self.table.file,
            row.line,
            Some(self.table.header(column)),
            problem,
        )
    }

    fn amount(&self, row: &Row, size: Size) -> Result<Option<f64>, ImportError> {
        let (column, unit, max) = match size {
            Size::Memory => (self.mapping.memory, self.mapping.memory_unit, MAX_MEMORY_GB),
            Size::Storage => (
                self.mapping.storage,
                self.mapping.storage_unit,
                MAX_STORAGE_GB,
            ),
        };
        let Some(column) = column else {
            return Ok(None);
        };
        let cell = row.get(column);
        if cell.is_empty() {
            return Ok(None);
        }
        let value = self
            .numbers
            .parse(cell)
            .filter(|value| *value >= 0.0)
            .ok_or_else(|| {
                self.error(
                    row,
                    column,
                    ImportProblem::Amount {
                        cell: cell.to_owned(),
                        format: self.numbers,
                    },
                )
            })?;
        let gigabytes = match size {
            Size::Memory => unit.memory_gb(value),
            Size::Storage => unit.storage_gb(value),
        };
        if gigabytes > max {
            return Err(self.error(
                row,
                column,
                ImportProblem::TooLarge {
                    cell: cell.to_owned(),
                    unit,
                    gigabytes,
                    max,
                },
            ));
        }
        Ok(Some(gigabytes))
    }

    fn cores(&self, row: &Row) -> Result<Option<u32>, ImportError> {
        let Some((column, cell)) = self.mapping.cores.map(|c| (c, row.get(c))) else {
            return Ok(None);
        };
        if cell.is_empty() {
            return Ok(None);
        }
        self.numbers
            .parse(cell)
            .filter(|value| value.fract() == 0.0 && (0.0..=f64::from(MAX_CORES)).contains(value))
            .map(|value| Some(value as u32))
            .ok_or_else(|| self.error(row, column, ImportProblem::Cores(cell.to_owned())))
    }

    fn next_id(next: &mut u32, file: &str) -> Result<u32, ImportError> {
        let id = *next;
        if id > MAX_ID {
            return Err(ImportError::file(file, ImportProblem::OutOfIds));
        }
        *next += 1;
        Ok(id)
    }

    fn workload(&mut self, row: &Row) -> Result<Option<WorkloadId>, ImportError> {
        let Some(column) = self.mapping.workload else {
            return Ok(None);
        };
        let cell = row.get(column);
        if cell.is_empty() {
            return Ok(None);
        }
        let key = name_key(cell);
        if let Some(known) = self.plan.workload_named(&key) {
            return Ok(Some(known.id));
        }
        if let Some(id) = self.new_workloads.get(&key) {
            return Ok(Some(*id));
        }
        let name = Name::parse(cell)
            .map_err(|error| self.error(row, column, ImportProblem::Name(error)))?;
        let id = WorkloadId(Self::next_id(&mut self.next_workload, &self.table.file)?);
        self.new_workloads.insert(key, id);
        self.actions
            .push(Action::AddWorkload(Workload::new(id, name)));
        self.summary.added_workloads += 1;
        Ok(Some(id))
    }

    fn kind(&self, row: &Row, default_kind: AssetKind) -> Result<AssetKind, ImportError> {
        match self.mapping.kind.map(|c| (c, row.get(c))) {
            Some((column, cell)) if !cell.is_empty() => parse_kind(cell)
                .ok_or_else(|| self.error(row, column, ImportProblem::NotAKind(cell.to_owned()))),
            _ => Ok(default_kind),
        }
    }

    /// The evidence columns' cells, kept on the asset for the suggested workloads.
    fn keep_evidence(&self, row: &Row, asset: &mut Asset) {
        for (column, header) in &self.evidence {
            let cell = row.get(*column);
            if !cell.is_empty() && cell.chars().count() <= MAX_EVIDENCE_CHARS {
                asset.attributes.insert(header.clone(), cell.to_owned());
            }
        }
    }

    fn row(&mut self, row: &Row, default_kind: AssetKind) -> Result<(), ImportError> {
        let name_column = self.mapping.name.unwrap_or(0);
        let raw_name = row.get(name_column);
        if raw_name.is_empty() {
            self.summary.skipped.push(Skipped {
                line: row.line,
                reason: "no name".into(),
            });
            return Ok(());
        }
        let key = name_key(raw_name);
        if let Some(first) = self.added_rows.get(&key) {
            let reason = format!("“{raw_name}” already appears on line {first}");
            self.summary.skipped.push(Skipped {
                line: row.line,
                reason,
            });
            return Ok(());
        }
        let name = Name::parse(raw_name)
            .map_err(|error| self.error(row, name_column, ImportProblem::Name(error)))?;
        let kind = self.kind(row, default_kind)?;
        let cores = self.cores(row)?;
        let memory = self.amount(row, Size::Memory)?;
        let storage = self.amount(row, Size::Storage)?;
        let os = self
            .mapping
            .os
            .map(|c| row.get(c).to_owned())
            .filter(|os| !os.is_empty());
        let workload = self.workload(row)?;
        let existing = self.plan.asset_named(&key);
        let mut asset = match existing {
            Some(known) => known.clone(),
            None => {
                let id = AssetId(Self::next_id(&mut self.next_asset, &self.table.file)?);
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
        asset.source = Some(self.table.file.clone());
        self.keep_evidence(row, &mut asset);
        self.added_rows.insert(key, row.line);
        self.record(existing, asset);
        Ok(())
    }

    /// An asset as the file has it: added, updated, or as the plan has it already.
    fn record(&mut self, existing: Option<&Asset>, asset: Asset) {
        if existing == Some(&asset) {
            self.summary.unchanged_assets += 1;
        } else if existing.is_some() {
            self.summary.updated_assets += 1;
            self.actions.push(Action::UpdateAsset(asset));
        } else {
            self.summary.added_assets += 1;
            self.actions.push(Action::AddAsset(asset));
        }
    }
}

/// Turns every row into an add or update of an asset (and of the workloads it names).
/// Columns no field is mapped to that still say which application a server belongs to
/// (tags, folders, notes): shown as evidence for the suggested workloads.
fn evidence_columns(table: &Table, mapping: &ColumnMapping) -> Vec<(usize, String)> {
    let mapped = [
        mapping.name,
        mapping.kind,
        mapping.os,
        mapping.cores,
        mapping.memory,
        mapping.storage,
        mapping.workload,
    ];
    let mut evidence: Vec<(usize, String)> = EVIDENCE_ALIASES
        .iter()
        .filter_map(|alias| table.column(&[alias]))
        .filter(|column| !mapped.contains(&Some(*column)))
        .map(|column| (column, table.header(column).to_owned()))
        .collect();
    evidence.sort_unstable();
    evidence.dedup();
    evidence
}

pub fn import_assets(
    plan: &Plan,
    table: &Table,
    mapping: &ColumnMapping,
    default_kind: AssetKind,
    source: &str,
) -> Result<ImportOutcome, ImportError> {
    if mapping.name.is_none() {
        return Err(ImportError::file(&table.file, ImportProblem::NoNameColumn));
    }
    let numeric: Vec<usize> = [mapping.cores, mapping.memory, mapping.storage]
        .into_iter()
        .flatten()
        .collect();
    let style = numbers::decide(table, &numeric)?;
    let evidence = evidence_columns(table, mapping);
    let mut builder = Builder {
        plan,
        table,
        mapping,
        evidence,
        numbers: style.format,
        added_rows: HashMap::new(),
        new_workloads: HashMap::new(),
        next_asset: plan.next_asset_id().0,
        next_workload: plan.next_workload_id().0,
        actions: Vec::new(),
        summary: ImportSummary {
            source: format!("{} ({source})", table.file),
            ..ImportSummary::default()
        },
    };
    if !numeric.is_empty() {
        builder.summary.notes.push(style.note());
    }
    for row in &table.rows {
        builder.row(row, default_kind)?;
    }
    if mapping.workload.is_none() {
        builder
            .summary
            .notes
            .push("The file names no workloads: new assets are unassigned until you move them to a workload.".into());
    }
    builder.summary.notes.extend(unsized_note(&builder.actions));
    Ok(ImportOutcome {
        actions: builder.actions,
        summary: builder.summary,
    })
}
