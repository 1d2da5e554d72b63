//! RVTools' vInfo sheet saved as CSV: one row per VM, memory and disk in MiB. Templates are
//! not servers to migrate and are skipped; powered-off VMs are imported (they still need a
//! decision) and counted in a note.

use crate::domain::asset::AssetKind;
use crate::domain::import::inventory::{import_assets, ColumnMapping, SizeUnit};
use crate::domain::import::table::Table;
use crate::domain::import::{Format, ImportError, ImportOutcome, ImportProblem, Skipped};
use crate::domain::plan::Plan;

pub fn import(plan: &Plan, file: &str, text: &str) -> Result<ImportOutcome, ImportError> {
    let mut table = Table::parse(file, text)?;
    let vm = table
        .column(&["vm"])
        .ok_or_else(|| ImportError::file(file, ImportProblem::NotRvtools))?;
    let mut skipped = Vec::new();
    if let Some(template) = table.column(&["template"]) {
        table.rows.retain(|row| {
            let is_template = row.get(template).eq_ignore_ascii_case("true");
            if is_template {
                skipped.push(Skipped {
                    line: row.line,
                    reason: format!("“{}” is a template", row.get(vm)),
                });
            }
            !is_template
        });
    }
    let powered_off = table.column(&["powerstate"]).map_or(0, |c| {
        table
            .rows
            .iter()
            .filter(|row| row.get(c).eq_ignore_ascii_case("poweredoff"))
            .count()
    });
    let storage = table.column(&["in use mib", "provisioned mib"]);
    let mapping = ColumnMapping {
        name: Some(vm),
        kind: None,
        os: table.column(&[
            "os according to the configuration file",
            "os according to the vmware tools",
            "os",
        ]),
        cores: table.column(&["cpus"]),
        memory: table.column(&["memory"]),
        memory_unit: SizeUnit::Mebibytes,
        storage,
        storage_unit: SizeUnit::Mebibytes,
        workload: table.column(crate::domain::import::inventory::WORKLOAD_ALIASES),
    };
    let mut outcome = import_assets(
        plan,
        &table,
        &mapping,
        AssetKind::VirtualMachine,
        Format::RvToolsVInfo.label(),
    )?;
    outcome.summary.skipped.extend(skipped);
    outcome.summary.skipped.sort_by_key(|s| s.line);
    if powered_off > 0 {
        outcome.summary.notes.push(format!(
            "{powered_off} VMs are powered off: check whether they still need to move."
        ));
    }
    Ok(outcome)
}
