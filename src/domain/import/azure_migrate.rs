//! Azure Migrate's discovered-servers export (CSV). Column names follow the appliance's
//! discovered metadata ("Server name", "Operating system", "Cores", "Memory (MB)", storage in
//! GB); other spellings seen in exports are matched too.

use crate::domain::asset::AssetKind;
use crate::domain::import::inventory::{import_assets, ColumnMapping};
use crate::domain::import::table::Table;
use crate::domain::import::{Format, ImportError, ImportOutcome};
use crate::domain::plan::Plan;

pub fn import(plan: &Plan, file: &str, text: &str) -> Result<ImportOutcome, ImportError> {
    let table = Table::parse(file, text)?;
    let mut mapping = ColumnMapping::suggest(&table);
    mapping.name = table.column(&["server name", "machine name", "name", "display name"]);
    // Physical servers are discovered too; a "Server type"/"Source" column says which.
    let default_kind = match table.column(&["server type", "source", "type"]) {
        Some(column)
            if table
                .rows
                .iter()
                .all(|row| row.get(column).to_ascii_lowercase().contains("physical")) =>
        {
            AssetKind::PhysicalServer
        }
        _ => AssetKind::VirtualMachine,
    };
    mapping.kind = table
        .column(&["server type", "type"])
        .filter(|_| default_kind == AssetKind::VirtualMachine)
        .filter(|&column| {
            table
                .rows
                .iter()
                .all(|row| crate::domain::import::inventory::parse_kind(row.get(column)).is_some())
        });
    import_assets(
        plan,
        &table,
        &mapping,
        default_kind,
        Format::AzureMigrateServers.label(),
    )
}
