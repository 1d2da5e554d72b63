//! Quick entry: several assets or workloads typed or pasted one per line (from a spreadsheet,
//! columns separated by tabs; or by semicolons or commas when typed). Every line goes through
//! the same form and the same plan rules as one entered by hand; all lines are read before
//! any is added, and every problem is reported with its line, so a paste is all or nothing.

use crate::domain::asset::Asset;
use crate::domain::forms::{AssetField, AssetForm, FieldErrors, WorkloadField, WorkloadForm};
use crate::domain::import::inventory::parse_kind;
use crate::domain::labels::fold;
use crate::domain::plan::{Action, Plan};
use crate::domain::workload::{Criticality, Environment, Workload};

/// More lines than this are an import, not quick entry.
pub const MAX_QUICK_LINES: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct QuickEntryError {
    /// 1-based, counting blank lines, as an editor shows them.
    pub line: usize,
    pub field: &'static str,
    /// Says what is wrong, naming the field.
    pub message: String,
}

/// The lines with text in them, numbered, split into trimmed cells.
/// The first cell of a header row: what a spreadsheet calls its name column.
fn is_header(first: &str) -> bool {
    const NAMES: [&str; 7] = [
        "name",
        "workload",
        "workload name",
        "asset",
        "asset name",
        "server",
        "server name",
    ];
    NAMES.contains(&first.to_lowercase().as_str())
}

fn rows(text: &str) -> Result<Vec<(usize, Vec<&str>)>, Vec<QuickEntryError>> {
    let rows: Vec<(usize, Vec<&str>)> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            let separator = if line.contains('\t') {
                '\t'
            } else if line.contains(';') {
                ';'
            } else {
                ','
            };
            (index + 1, line.split(separator).map(str::trim).collect())
        })
        .collect();
    // A spreadsheet's header row pasted with the lines ("Name, Environment, …") is not one.
    let mut rows = rows;
    if rows
        .first()
        .is_some_and(|(_, cells)| is_header(cell(cells, 0)))
    {
        rows.remove(0);
    }
    if rows.len() > MAX_QUICK_LINES {
        return Err(vec![QuickEntryError {
            line: rows[MAX_QUICK_LINES].0,
            field: "Lines",
            message: format!(
                "at most {MAX_QUICK_LINES} lines at a time; import a CSV file for more"
            ),
        }]);
    }
    Ok(rows)
}

/// What a quick entry has read so far. Each line is judged against the plan with the lines
/// before it added: ids follow on, and a name given twice is caught on its second line.
struct Reading<T> {
    plan: Plan,
    added: Vec<T>,
    errors: Vec<QuickEntryError>,
}

impl<T: Clone> Reading<T> {
    fn new(plan: &Plan) -> Self {
        Self {
            plan: plan.clone(),
            added: Vec::new(),
            errors: Vec::new(),
        }
    }

    fn take<F>(
        &mut self,
        line: usize,
        parsed: Result<T, FieldErrors<F>>,
        label: fn(F) -> &'static str,
        add: fn(T) -> Action,
    ) {
        match parsed {
            Ok(value) => {
                if self.plan.apply(add(value.clone())).is_ok() {
                    self.added.push(value);
                }
            }
            Err(found) => self
                .errors
                .extend(found.into_iter().map(|(field, message)| QuickEntryError {
                    line,
                    field: label(field),
                    message,
                })),
        }
    }

    fn finish(self) -> Result<Vec<T>, Vec<QuickEntryError>> {
        if self.errors.is_empty() {
            Ok(self.added)
        } else {
            Err(self.errors)
        }
    }
}

fn cell<'a>(cells: &[&'a str], index: usize) -> &'a str {
    cells.get(index).copied().unwrap_or("")
}

/// The columns quick entry reads for assets and for workloads, in order.
pub const ASSET_COLUMNS: [&str; 6] = ["name", "kind", "OS", "cores", "memory GB", "storage GB"];
pub const WORKLOAD_COLUMNS: [&str; 3] = ["name", "environment", "criticality"];

/// A line with text beyond the columns quick entry reads: refused, so nothing pasted is lost
/// without a word (empty trailing cells, as spreadsheets copy them, are not text).
fn beyond_columns(line: usize, cells: &[&str], columns: &[&str]) -> Option<QuickEntryError> {
    let used = cells.iter().rposition(|cell| !cell.is_empty())? + 1;
    (used > columns.len()).then(|| QuickEntryError {
        line,
        field: "Columns",
        message: format!(
            "{used} columns, and quick entry reads {} ({}); remove the others, or import the lines as a CSV file",
            columns.len(),
            columns.join(", ")
        ),
    })
}

/// Assets for `workload`, one per line: `name, kind, OS, cores, memory GB, storage GB` (only
/// the name is needed; an empty kind is a virtual machine).
pub fn quick_assets(
    text: &str,
    workload: crate::domain::workload::WorkloadId,
    plan: &Plan,
) -> Result<Vec<Asset>, Vec<QuickEntryError>> {
    let rows = rows(text)?;
    let mut reading = Reading::new(plan);
    for (line, cells) in rows {
        if let Some(error) = beyond_columns(line, &cells, &ASSET_COLUMNS) {
            reading.errors.push(error);
            continue;
        }
        let mut form = AssetForm {
            name: cell(&cells, 0).to_owned(),
            os: cell(&cells, 2).to_owned(),
            cores: cell(&cells, 3).to_owned(),
            memory: cell(&cells, 4).to_owned(),
            storage: cell(&cells, 5).to_owned(),
            ..AssetForm::default()
        };
        let kind = cell(&cells, 1);
        if !kind.is_empty() {
            match parse_kind(kind) {
                Some(parsed) => form.kind = parsed,
                None => {
                    reading.errors.push(QuickEntryError {
                        line,
                        field: "Kind",
                        message: format!("Kind: “{kind}” is not one waveplan knows (VM, physical, database, application, storage, other)"),
                    });
                    continue;
                }
            }
        }
        let parsed = form.parse(None, workload, &reading.plan);
        reading.take(line, parsed, AssetField::label, Action::AddAsset);
    }
    reading.finish()
}

fn environment(text: &str) -> Option<Environment> {
    Environment::from_label(text).or(match fold(text).as_str() {
        "prod" | "prd" | "live" => Some(Environment::Production),
        "nonprod" | "dev" | "test" | "uat" | "qa" | "staging" | "development" => {
            Some(Environment::NonProduction)
        }
        _ => None,
    })
}

fn criticality(text: &str) -> Option<Criticality> {
    Criticality::from_label(text).or(match fold(text).as_str() {
        "critical" | "missioncritical" | "mc" => Some(Criticality::MissionCritical),
        "med" => Some(Criticality::Medium),
        _ => None,
    })
}

/// Workloads, one per line: `name, environment, criticality` (only the name is needed; new
/// workloads are production and medium unless said otherwise).
pub fn quick_workloads(text: &str, plan: &Plan) -> Result<Vec<Workload>, Vec<QuickEntryError>> {
    let rows = rows(text)?;
    let mut reading = Reading::new(plan);
    for (line, cells) in rows {
        if let Some(error) = beyond_columns(line, &cells, &WORKLOAD_COLUMNS) {
            reading.errors.push(error);
            continue;
        }
        let draft = Workload::new(reading.plan.next_workload_id(), reading.plan.name().clone());
        let mut form = WorkloadForm::of(&draft, true, &reading.plan);
        form.name = cell(&cells, 0).to_owned();
        let mut bad = |field: &'static str, raw: &str, known: &str| {
            reading.errors.push(QuickEntryError {
                line,
                field,
                message: format!("{field}: “{raw}” is not {known}"),
            })
        };
        let (raw_environment, raw_criticality) = (cell(&cells, 1), cell(&cells, 2));
        if !raw_environment.is_empty() {
            match environment(raw_environment) {
                Some(value) => form.environment = value,
                None => {
                    bad(
                        "Environment",
                        raw_environment,
                        "Production or Non-production",
                    );
                    continue;
                }
            }
        }
        if !raw_criticality.is_empty() {
            match criticality(raw_criticality) {
                Some(value) => form.criticality = value,
                None => {
                    bad(
                        "Criticality",
                        raw_criticality,
                        "Low, Medium, High or Mission-critical",
                    );
                    continue;
                }
            }
        }
        let parsed = form.parse(&draft, &reading.plan, true);
        reading.take(line, parsed, WorkloadField::label, Action::AddWorkload);
    }
    reading.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::asset::AssetKind;
    use crate::domain::example::example_plan;

    #[test]
    fn pasted_spreadsheet_rows_become_assets_with_following_ids() {
        let plan = example_plan();
        let workload = plan.workloads().next().unwrap().id;
        let text = "web-01\tVM\tUbuntu 22.04\t4\t16\t120,5\n\nsql-01; database; Windows Server 2019; 8; 64; 2048\nshare-01, file share";
        let assets = quick_assets(text, workload, &plan).unwrap();
        let summary: Vec<_> = assets
            .iter()
            .map(|a| (a.id.0, a.name.as_str(), a.kind, a.storage_gb))
            .collect();
        let first = plan.next_asset_id().0;
        assert_eq!(
            summary,
            [
                (first, "web-01", AssetKind::VirtualMachine, 120.5),
                (first + 1, "sql-01", AssetKind::Database, 2048.0),
                (first + 2, "share-01", AssetKind::Storage, 0.0),
            ]
        );
        assert!(assets.iter().all(|a| a.workload == Some(workload)));
    }

    #[test]
    fn text_beyond_the_columns_read_is_refused_not_dropped() {
        let plan = example_plan();
        let workload = plan.workloads().next().unwrap().id;
        // A seventh column (an owner) would be lost; empty trailing cells are how a
        // spreadsheet copies a row, and lose nothing.
        let text = "web-01\tVM\tUbuntu\t4\t16\t120\tAlice\nweb-02\tVM\t\t\t\t\t\t";
        let errors = quick_assets(text, workload, &plan).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert_eq!((errors[0].line, errors[0].field), (1, "Columns"));
        assert_eq!(
            errors[0].to_string(),
            "line 1: 7 columns, and quick entry reads 6 (name, kind, OS, cores, memory GB, storage GB); remove the others, or import the lines as a CSV file"
        );
        let errors = quick_workloads("Billing, prod, high, Finance team", &plan).unwrap_err();
        assert_eq!((errors[0].line, errors[0].field), (1, "Columns"));
        assert!(quick_workloads("Billing\tprod\thigh\t\t", &plan).is_ok());
    }

    #[test]
    fn a_pasted_header_row_is_not_a_line_to_add() {
        let plan = example_plan();
        let added = quick_workloads(
            "Name\tEnvironment\tCriticality\nSales\tProduction\tHigh",
            &plan,
        )
        .expect("the header is skipped, not refused");
        assert_eq!(added.len(), 1);
        assert_eq!(added[0].name.as_str(), "Sales");
        let workload = plan.workloads().next().unwrap().id;
        let assets =
            quick_assets("Asset name;Kind\nsales-01;VM", workload, &plan).expect("skipped");
        assert_eq!(assets.len(), 1);
    }

    #[test]
    fn every_bad_line_is_named_and_nothing_is_added() {
        let plan = example_plan();
        let workload = plan.workloads().next().unwrap().id;
        let existing = plan.assets().next().unwrap().name.to_string();
        let text =
            format!("ok-01\nbad-02, toaster\n{existing}\nok-01\nbig-05, vm, linux, 2, 8, 1e12");
        let errors = quick_assets(&text, workload, &plan).unwrap_err();
        let got: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.field)).collect();
        assert_eq!(
            got,
            [(2, "Kind"), (3, "Name"), (4, "Name"), (5, "Storage (GB)")],
            "{errors:#?}"
        );
        assert!(
            errors[0].to_string().starts_with("line 2: Kind: “toaster”"),
            "{}",
            errors[0]
        );
        assert!(errors[3].to_string().contains("storage"), "{}", errors[3]);
    }

    #[test]
    fn workloads_from_lines_with_environment_and_criticality() {
        let plan = example_plan();
        let text = "Billing, prod, critical\nBilling test; dev\nPayroll\nArchive, somewhere";
        let errors = quick_workloads(text, &plan).unwrap_err();
        let got: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.field)).collect();
        assert_eq!(got, [(3, "Name"), (4, "Environment")], "{errors:#?}");
        let added = quick_workloads("Billing, prod, critical\nBilling test; dev", &plan).unwrap();
        let got: Vec<_> = added
            .iter()
            .map(|w| (w.name.as_str(), w.environment, w.criticality))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Billing",
                    Environment::Production,
                    Criticality::MissionCritical
                ),
                (
                    "Billing test",
                    Environment::NonProduction,
                    Criticality::Medium
                ),
            ]
        );
        assert_eq!(added[1].id.0, added[0].id.0 + 1);
    }

    #[test]
    fn too_many_lines_are_an_import() {
        let plan = Plan::default();
        let text = "w\n".repeat(MAX_QUICK_LINES + 1);
        let errors = quick_workloads(&text, &plan).unwrap_err();
        assert_eq!(errors[0].line, MAX_QUICK_LINES + 1);
    }
}
