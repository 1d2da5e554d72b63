//! Azure Migrate's dependency-analysis export (CSV), in both header variants seen in the wild:
//! the older `Time slot, Source server name, …, Destination port` and the newer one that adds
//! `Date`, `Source Appliance Name`, the ARM ids and `Connection Count`. Many rows between the
//! same two servers become one dependency with its ports and connection count. Rows naming
//! servers that are not in the plan are reported, never silently dropped.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::domain::action::Action;
use crate::domain::asset::AssetId;
use crate::domain::dependency::{Dependency, DependencyStrength};
use crate::domain::import::numbers;
use crate::domain::import::table::{Row, Table};
use crate::domain::import::{
    Format, ImportError, ImportOutcome, ImportProblem, ImportSummary, Skipped,
};
use crate::domain::name::name_key;
use crate::domain::plan::Plan;
use crate::domain::quantity::counted;
use crate::domain::waves::join;

/// The most connections one row may count.
const MAX_CONNECTIONS_PER_ROW: f64 = 1e12;

#[derive(Default)]
struct Edge {
    ports: BTreeSet<u16>,
    connections: u64,
}

/// Finds the plan's asset for a server name in the export: by its name, else by its short
/// name (the part before the first dot: exports often write `web01.contoso.local` where the
/// inventory says `web01`) when exactly one asset has that short name.
struct Names<'p, 't> {
    plan: &'p Plan,
    short: HashMap<String, Option<AssetId>>,
    by_short_name: BTreeSet<String>,
    /// Exports name the same servers on thousands of rows: each distinct name is looked up
    /// once.
    seen: HashMap<&'t str, Option<AssetId>>,
}

impl<'p, 't> Names<'p, 't> {
    fn new(plan: &'p Plan) -> Self {
        let mut short: HashMap<String, Option<AssetId>> = HashMap::new();
        for asset in plan.assets() {
            let key = short_key(asset.name.as_str());
            short
                .entry(key)
                .and_modify(|holder| *holder = None)
                .or_insert(Some(asset.id));
        }
        Self {
            plan,
            short,
            by_short_name: BTreeSet::new(),
            seen: HashMap::new(),
        }
    }

    fn find(&mut self, name: &'t str) -> Option<AssetId> {
        if let Some(found) = self.seen.get(name) {
            return *found;
        }
        let found = self.look_up(name);
        self.seen.insert(name, found);
        found
    }

    fn look_up(&mut self, name: &str) -> Option<AssetId> {
        if let Some(asset) = self.plan.asset_named(&name_key(name)) {
            return Some(asset.id);
        }
        let found = self.short.get(&short_key(name)).copied().flatten();
        if found.is_some() {
            self.by_short_name.insert(name.to_owned());
        }
        found
    }
}

fn short_key(name: &str) -> String {
    name_key(name.split('.').next().unwrap_or(name))
}

/// The columns a dependency export is read by.
struct Columns {
    source: usize,
    destination: usize,
    port: Option<usize>,
    count: Option<usize>,
}

fn columns(table: &Table, file: &str) -> Result<Columns, ImportError> {
    let required = |aliases: &[&str], what: &'static str| {
        table
            .column(aliases)
            .ok_or_else(|| ImportError::file(file, ImportProblem::NotADependencyExport(what)))
    };
    Ok(Columns {
        source: required(&["source server name"], "Source server name")?,
        destination: required(&["destination server name"], "Destination server name")?,
        port: table.column(&["destination port"]),
        count: table.column(&["connection count"]),
    })
}

pub fn import(plan: &Plan, file: &str, text: &str) -> Result<ImportOutcome, ImportError> {
    let table = Table::parse(file, text)?;
    let columns = columns(&table, file)?;
    let numbers = numbers::decide(&table, columns.count.as_slice())?;
    let mut names = Names::new(plan);
    let mut edges: BTreeMap<(AssetId, AssetId), Edge> = BTreeMap::new();
    let mut unknown: BTreeMap<String, usize> = BTreeMap::new();
    let mut summary = ImportSummary {
        source: format!("{file} ({})", Format::Dependencies.label()),
        ..ImportSummary::default()
    };
    for row in &table.rows {
        let (from_name, to_name) = (row.get(columns.source), row.get(columns.destination));
        if from_name.is_empty() || to_name.is_empty() {
            let reason =
                "a server name is missing (traffic to or from an address outside the discovery)"
                    .to_owned();
            summary.skipped.push(Skipped {
                line: row.line,
                reason,
            });
            continue;
        }
        let (from, to) = match (names.find(from_name), names.find(to_name)) {
            (Some(from), Some(to)) => (from, to),
            (from, to) => {
                for (found, name) in [(from, from_name), (to, to_name)] {
                    if found.is_none() {
                        *unknown.entry(name.to_owned()).or_default() += 1;
                    }
                }
                continue;
            }
        };
        if from == to {
            continue;
        }
        let edge = edges.entry((from, to)).or_default();
        if let Some(port) = port_of(&table, file, row, columns.port)? {
            edge.ports.insert(port);
        }
        // Each row is at most a trillion, so the sum of every row a browser can hold stays far
        // below u64::MAX; saturate all the same rather than wrap.
        let connections = connections_of(&table, file, row, columns.count, &numbers)?;
        edge.connections = edge.connections.saturating_add(connections);
    }
    let actions = dependency_actions(plan, edges, &mut summary);
    if columns.count.is_some() {
        summary.notes.push(numbers.note());
    }
    notes(&mut summary, &names, &unknown);
    Ok(ImportOutcome { actions, summary })
}

fn port_of(
    table: &Table,
    file: &str,
    row: &Row,
    column: Option<usize>,
) -> Result<Option<u16>, ImportError> {
    let Some(column) = column.filter(|&c| !row.get(c).is_empty()) else {
        return Ok(None);
    };
    let cell = row.get(column);
    cell.parse().map(Some).map_err(|_| {
        ImportError::at(
            file,
            row.line,
            Some(table.header(column)),
            ImportProblem::Port(cell.to_owned()),
        )
    })
}

fn connections_of(
    table: &Table,
    file: &str,
    row: &Row,
    column: Option<usize>,
    numbers: &numbers::NumberStyle,
) -> Result<u64, ImportError> {
    let Some(column) = column.filter(|&c| !row.get(c).is_empty()) else {
        return Ok(1);
    };
    let cell = row.get(column);
    numbers
        .format
        .parse(cell)
        .filter(|n| n.fract() == 0.0 && (0.0..=MAX_CONNECTIONS_PER_ROW).contains(n))
        .map(|n| n as u64)
        .ok_or_else(|| {
            ImportError::at(
                file,
                row.line,
                Some(table.header(column)),
                ImportProblem::Connections(cell.to_owned()),
            )
        })
}

/// One `SetDependency` per pair seen: a known dependency keeps its strength and gains the
/// ports; a new one is soft.
fn dependency_actions(
    plan: &Plan,
    edges: BTreeMap<(AssetId, AssetId), Edge>,
    summary: &mut ImportSummary,
) -> Vec<Action> {
    let mut actions = Vec::with_capacity(edges.len());
    for ((from, to), edge) in edges {
        let known = plan.dependency(from, to);
        let mut dependency = known
            .cloned()
            .unwrap_or_else(|| Dependency::new(from, to, DependencyStrength::Soft));
        dependency.ports.extend(edge.ports);
        dependency.ports.sort_unstable();
        dependency.ports.dedup();
        dependency.connections = edge.connections;
        match known {
            Some(known) if *known == dependency => {
                summary.unchanged_dependencies += 1;
                continue;
            }
            Some(_) => summary.updated_dependencies += 1,
            None => summary.added_dependencies += 1,
        }
        actions.push(Action::SetDependency(dependency));
    }
    actions
}

/// What the summary says about names matched loosely, names not found and new dependencies.
fn notes(summary: &mut ImportSummary, names: &Names, unknown: &BTreeMap<String, usize>) {
    if !names.by_short_name.is_empty() {
        summary.notes.push(format!(
            "{} matched to the plan by the name before the first dot: {}.",
            counted(
                names.by_short_name.len(),
                "server name was",
                "server names were"
            ),
            join(names.by_short_name.iter())
        ));
    }
    if !unknown.is_empty() {
        let rows: usize = unknown.values().sum();
        summary.notes.push(format!(
            "{} name {} not in the plan, so they were not imported: {}. Import the inventory first, then this file again.",
            counted(rows, "row", "rows"),
            counted(unknown.len(), "server", "servers"),
            join(unknown.keys())
        ));
    }
    if summary.added_dependencies > 0 {
        summary.notes.push(
            "New dependencies are imported as soft; mark the ones that must move together as hard."
                .into(),
        );
    }
}
