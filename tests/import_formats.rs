//! Importers on hand-written fixtures that look like the real exports (tests/fixtures/).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::Builder;
use waveplan::domain::asset::AssetKind;
use waveplan::domain::import::{self, detect, Format, ImportOutcome, ImportProblem, Imported};
use waveplan::domain::plan::{Action, Plan};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

fn changes(plan: &Plan, name: &str) -> ImportOutcome {
    match import::read(plan, name, &fixture(name)).expect("imports") {
        Imported::Changes(outcome) => outcome,
        other => panic!("{name}: expected changes, got {other:?}"),
    }
}

fn applied(plan: &mut Plan, name: &str) -> ImportOutcome {
    let outcome = changes(plan, name);
    plan.apply(Action::Batch(outcome.actions.clone()))
        .expect("applies");
    outcome
}

#[test]
fn formats_are_detected_from_the_header() {
    for (name, format) in [
        ("azure-migrate-servers.csv", Format::AzureMigrateServers),
        ("rvtools-vinfo.csv", Format::RvToolsVInfo),
        ("dependencies-v1.csv", Format::Dependencies),
        ("dependencies-v2.csv", Format::Dependencies),
        ("other-inventory.csv", Format::OtherCsv),
    ] {
        assert_eq!(detect(&fixture(name)), format, "{name}");
    }
    assert_eq!(detect("  {\"format\": \"waveplan\"}"), Format::WaveplanJson);
}

#[test]
fn azure_migrate_servers_become_assets() {
    let mut plan = Plan::default();
    let outcome = applied(&mut plan, "azure-migrate-servers.csv");
    assert_eq!(outcome.summary.added_assets, 5);
    let sql = plan
        .assets()
        .find(|a| a.name.as_str() == "sql-orders-01")
        .unwrap();
    assert_eq!(
        (sql.cores, sql.memory_gb, sql.storage_gb),
        (8, 64.0, 1840.5)
    );
    assert_eq!(
        sql.os,
        "Microsoft Windows Server 2012 R2 Standard, SQL Server 2014"
    );
    assert_eq!(sql.kind, AssetKind::VirtualMachine);
    assert!(
        outcome.summary.headline().contains("5 assets added"),
        "{}",
        outcome.summary.headline()
    );
}

#[test]
fn importing_the_same_inventory_again_updates_instead_of_duplicating() {
    let mut plan = Plan::default();
    applied(&mut plan, "azure-migrate-servers.csv");
    let again = applied(&mut plan, "azure-migrate-servers.csv");
    let counts = |outcome: &ImportOutcome| {
        let summary = &outcome.summary;
        (
            summary.added_assets,
            summary.updated_assets,
            summary.unchanged_assets,
        )
    };
    // Nothing in the file changed: nothing is said to be updated.
    assert_eq!(counts(&again), (0, 0, 5));
    assert!(again.summary.headline().ends_with(": 5 assets unchanged."));
    assert_eq!(plan.assets().len(), 5);
    // One server's storage grew: that one is updated.
    let text = fixture("azure-migrate-servers.csv").replacen(",2,160,VMware", ",2,200,VMware", 1);
    let Ok(Imported::Changes(grown)) = import::read(&plan, "azure-migrate-servers.csv", &text)
    else {
        panic!("imports");
    };
    assert_eq!(counts(&grown), (0, 1, 4));
}

#[test]
fn rvtools_vinfo_with_bom_semicolons_and_crlf() {
    let mut plan = Plan::default();
    let outcome = applied(&mut plan, "rvtools-vinfo.csv");
    assert_eq!(outcome.summary.added_assets, 4, "{:?}", outcome.summary);
    assert_eq!(outcome.summary.skipped.len(), 1);
    assert!(outcome.summary.skipped[0].reason.contains("w2019-template"));
    assert_eq!(outcome.summary.skipped[0].line, 5);
    let db = plan
        .assets()
        .find(|a| a.name.as_str() == "hr-db-01")
        .unwrap();
    // RVTools writes MiB: 32,768 MiB of memory is 32 GB as memory is counted; 409,600 MiB of
    // storage is 429.5 decimal GB, the unit replication time is computed in.
    assert_eq!(db.cores, 8);
    assert_eq!(db.memory_gb, 32.0);
    assert!(
        (db.storage_gb - 429.496_729_6).abs() < 1e-9,
        "MiB become decimal GB, in-use storage preferred: {}",
        db.storage_gb
    );
    assert!(
        plan.assets().any(|a| a.name.as_str() == "intranet;portal"),
        "quoted separator kept"
    );
    assert!(outcome
        .summary
        .notes
        .iter()
        .any(|n| n.starts_with("1 VMs are powered off")));
}

#[test]
fn dependencies_aggregate_and_report_unknown_servers_in_both_header_variants() {
    let mut plan = Plan::default();
    applied(&mut plan, "azure-migrate-servers.csv");
    let v1 = applied(&mut plan, "dependencies-v1.csv");
    assert_eq!(v1.summary.added_dependencies, 3, "{:?}", v1.summary);
    let id = |plan: &Plan, name: &str| plan.assets().find(|a| a.name.as_str() == name).unwrap().id;
    let (web, sql, app) = (
        id(&plan, "web-frontend-01"),
        id(&plan, "sql-orders-01"),
        id(&plan, "app-billing-01"),
    );
    let web_sql = plan.dependency(web, sql).unwrap();
    assert_eq!(
        (web_sql.ports.clone(), web_sql.connections),
        (vec![1433], 2)
    );
    let web_app = plan.dependency(web, app).unwrap();
    assert_eq!(web_app.ports, [8080, 8443]);
    assert!(
        v1.summary.notes[0].contains("not in the plan")
            && v1.summary.notes[0].contains("legacy-mainframe")
    );
    assert_eq!(
        v1.summary.skipped.len(),
        1,
        "the row from an outside address"
    );

    let v2 = applied(&mut plan, "dependencies-v2.csv");
    assert_eq!(
        (
            v2.summary.added_dependencies,
            v2.summary.updated_dependencies
        ),
        (0, 1)
    );
    let web_sql = plan.dependency(web, sql).unwrap();
    assert_eq!(
        web_sql.connections, 1_300,
        "connection counts summed, names matched case-insensitively"
    );
    assert!(
        v2.summary
            .notes
            .iter()
            .any(|note| note.contains("ghost-server")),
        "{:?}",
        v2.summary.notes
    );
}

#[test]
fn any_other_csv_needs_a_mapping_and_one_is_suggested() {
    let mut plan = Plan::default();
    let text = fixture("other-inventory.csv");
    let Imported::NeedsMapping { table, suggested } =
        import::read(&plan, "other-inventory.csv", &text).unwrap()
    else {
        panic!("expected a mapping step");
    };
    assert_eq!(suggested.name.map(|c| table.header(c)), Some("Hostname"));
    assert_eq!(
        suggested.workload.map(|c| table.header(c)),
        Some("Application")
    );
    assert_eq!(suggested.kind.map(|c| table.header(c)), Some("Asset type"));
    assert_eq!(suggested.memory.map(|c| table.header(c)), Some("RAM (GB)"));
    let outcome = import::with_mapping(&plan, &table, &suggested).unwrap();
    plan.apply(Action::Batch(outcome.actions)).unwrap();
    assert_eq!(
        (
            outcome.summary.added_workloads,
            outcome.summary.added_assets
        ),
        (2, 4)
    );
    let payroll = plan
        .workloads()
        .find(|w| w.name.as_str() == "Payroll")
        .unwrap();
    assert_eq!(plan.assets_of(payroll.id).count(), 2);
    let unassigned = plan
        .assets()
        .find(|a| a.name.as_str() == "unassigned-01")
        .unwrap();
    assert_eq!(
        (unassigned.workload, unassigned.kind),
        (None, AssetKind::PhysicalServer)
    );
}

#[test]
fn a_bad_cell_names_file_line_and_column_and_changes_nothing() {
    let mut b = Builder::new();
    b.simple("Existing");
    let before = b.plan.clone();
    let error = import::read(
        &b.plan,
        "broken-inventory.csv",
        &fixture("broken-inventory.csv"),
    )
    .unwrap_err();
    assert_eq!(error.to_string(), "broken-inventory.csv, line 4, column “Cores”: expected a whole number of cores from 0 to 100000, found “four”");
    assert_eq!(b.plan, before);
}

#[test]
fn a_bad_kind_lists_the_kinds_and_a_missing_name_column_is_explained() {
    let plan = Plan::default();
    let text = "Hostname,Type\nweb01,mainframe\n";
    let Imported::NeedsMapping { table, suggested } =
        import::read(&plan, "kinds.csv", text).unwrap()
    else {
        panic!()
    };
    let error = import::with_mapping(&plan, &table, &suggested).unwrap_err();
    assert!(error.to_string().starts_with("kinds.csv, line 2, column “Type”: “mainframe” is not a kind of asset; expected one of: Virtual machine"), "{error}");
    // The reason is a value the UI could act on, not only words.
    assert_eq!(
        error.problem,
        ImportProblem::NotAKind("mainframe".to_owned())
    );
    assert_eq!(
        (error.line, error.column.as_deref()),
        (Some(2), Some("Type"))
    );
    let mut no_name = suggested.clone();
    no_name.name = None;
    assert!(import::with_mapping(&plan, &table, &no_name)
        .unwrap_err()
        .to_string()
        .contains("no column holds the server name"));
}

#[test]
fn waveplan_json_opens_as_a_whole_plan_and_a_broken_one_says_where() {
    let mut b = Builder::new();
    b.simple("Portal");
    let text = waveplan::domain::persist::to_json(&b.plan);
    assert_eq!(
        import::read(&Plan::default(), "plan.json", &text),
        Ok(Imported::WholePlan(waveplan::domain::persist::Loaded {
            plan: b.plan.clone(),
            notes: Vec::new()
        }))
    );
    let error = import::read(&Plan::default(), "plan.json", &text[..40]).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("plan.json, line 3: this is not valid JSON"),
        "{error}"
    );
}

#[test]
fn each_mapped_field_has_a_column_of_its_own_and_each_size_its_unit() {
    use waveplan::domain::import::inventory::{ColumnMapping, MappedField, SizeUnit, SizedField};
    let mut mapping = ColumnMapping::default();
    for (column, field) in MappedField::ALL.iter().enumerate() {
        *mapping.column_mut(*field) = Some(column);
    }
    for (column, field) in MappedField::ALL.iter().enumerate() {
        assert_eq!(mapping.column(*field), Some(column), "{field}");
    }
    assert_eq!(mapping.name, Some(0));
    assert_eq!(mapping.workload, Some(MappedField::ALL.len() - 1));
    *mapping.unit_mut(SizedField::Storage) = SizeUnit::Tebibytes;
    assert_eq!(mapping.unit(SizedField::Storage), SizeUnit::Tebibytes);
    assert_eq!(mapping.unit(SizedField::Memory), SizeUnit::Gigabytes);
}

/// A blank size cell is no size: the import says how many servers count as 0 GB.
#[test]
fn servers_without_a_size_are_counted_in_the_summary() {
    let plan = Plan::default();
    let text = "Server name,Cores,Memory (MB),Storage (GB)\nweb-01,2,4096,120\nweb-02,2,4096,\ndb-01,4,8192,\n";
    let Ok(Imported::Changes(outcome)) = import::read(&plan, "servers.csv", text) else {
        panic!("imports");
    };
    assert!(
        outcome.summary.notes.iter().any(|note| note
            == "2 servers have no storage size in the file, so they count as 0 GB until a size is entered: the time to copy them is not in the plan."),
        "{:#?}",
        outcome.summary.notes
    );
    let sized = import::read(
        &plan,
        "servers.csv",
        "Server name,Storage (GB)\nweb-01,120\n",
    );
    let Ok(Imported::Changes(sized)) = sized else {
        panic!("imports");
    };
    assert!(sized
        .summary
        .notes
        .iter()
        .all(|note| !note.contains("no storage size")));
}
