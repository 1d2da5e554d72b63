//! The backlog across exports: the same plan exports the same keys and Jira ids; once the
//! tracker's own export is read back, rows carry the tracker's ids (an import updates them),
//! and items the plan lost are listed as removed instead of being left behind.
#![cfg(not(target_arch = "wasm32"))]

use waveplan::domain::analysis::Analysis;
use waveplan::domain::example::example_plan;
use waveplan::domain::export::backlog::{backlog_csv, Tracker};
use waveplan::domain::import::tracker_export::read_tracker_export;
use waveplan::domain::persist::{from_json, to_json};
use waveplan::domain::plan::{Action, Plan};

fn rows(csv_text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(String::from).collect())
        .collect()
}

fn export(plan: &Plan, tracker: Tracker) -> String {
    backlog_csv(plan, &Analysis::of(plan), tracker)
}

fn to_csv(rows: &[Vec<String>]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// What Azure DevOps gives back after importing `backlog`: each item with the ID it assigned,
/// its title and tags (a query's "Export to CSV").
fn azure_devops_export(backlog: &str) -> String {
    let mut out = vec![vec![
        "ID".to_owned(),
        "Work Item Type".into(),
        "Title".into(),
        "State".into(),
        "Tags".into(),
    ]];
    for (n, row) in rows(backlog).iter().skip(1).enumerate() {
        let title = row[2..5]
            .iter()
            .find(|t| !t.is_empty())
            .cloned()
            .unwrap_or_default();
        out.push(vec![
            (5000 + n).to_string(),
            row[1].clone(),
            title,
            "New".into(),
            row[6].clone(),
        ]);
    }
    // A work item the team made by hand has no waveplan tag and is left alone.
    out.push(vec![
        "9999".into(),
        "Task".into(),
        "Order pizza".into(),
        "New".into(),
        "team".into(),
    ]);
    to_csv(&out)
}

#[test]
fn two_exports_of_one_plan_name_every_item_the_same_way() {
    let plan = example_plan();
    for tracker in [Tracker::AzureDevOps, Tracker::Jira] {
        let first = export(&plan, tracker);
        let reloaded = from_json(&to_json(&plan)).unwrap();
        assert_eq!(export(&reloaded, tracker), first, "{tracker:?}");
    }
    let jira = rows(&export(&plan, Tracker::Jira));
    let payroll = jira.iter().find(|r| r[3] == "Payroll").unwrap();
    let id = plan
        .workloads()
        .find(|w| w.name.as_str() == "Payroll")
        .unwrap()
        .id
        .0;
    assert_eq!(
        payroll[0],
        (30_000_000_000_000u64 + u64::from(id) * 10).to_string()
    );
    assert_eq!(payroll[7], format!("waveplan-workload-{id}"));
}

#[test]
fn after_reading_the_trackers_export_a_second_export_updates_and_reports_what_was_removed() {
    let mut plan = example_plan();
    let first = export(&plan, Tracker::AzureDevOps);
    let read = read_tracker_export("boards.csv", &azure_devops_export(&first)).unwrap();
    assert_eq!(read.tracker, Tracker::AzureDevOps);
    assert_eq!(read.other_rows, 1, "the team's own item");
    assert_eq!(read.items.len(), rows(&first).len() - 1);
    plan.apply(Action::LinkTracker {
        tracker: read.tracker,
        items: read.items,
    })
    .unwrap();

    let second = rows(&export(&plan, Tracker::AzureDevOps));
    assert_eq!(
        second.len(),
        rows(&first).len(),
        "no duplicates, nothing removed yet"
    );
    assert!(
        second[1..]
            .iter()
            .all(|r| r[0].parse::<u32>().is_ok_and(|id| id >= 5000)),
        "every row updates its work item"
    );

    let payroll = plan
        .workloads()
        .find(|w| w.name.as_str() == "Payroll")
        .unwrap()
        .id;
    // Its items: the workload (and its cut-over when in a wave), each asset's replication and
    // each remediation item.
    let workload_keys = [
        format!("waveplan-workload-{}", payroll.0),
        format!("waveplan-workload-{}-cutover", payroll.0),
    ];
    let asset_prefixes: Vec<String> = plan
        .assets_of(payroll)
        .map(|a| format!("waveplan-asset-{}-", a.id.0))
        .collect();
    let is_its = |tags: &str| {
        tags.split("; ").any(|tag| {
            workload_keys.iter().any(|k| k == tag)
                || asset_prefixes.iter().any(|p| tag.starts_with(p.as_str()))
        })
    };
    let its_items = second.iter().filter(|r| is_its(&r[6])).count();
    assert!(its_items >= 3);
    plan.apply(Action::RemoveWorkload(payroll)).unwrap();
    let third = rows(&export(&plan, Tracker::AzureDevOps));
    assert_eq!(third[0].last().map(String::as_str), Some("State"));
    let removed: Vec<&Vec<String>> = third
        .iter()
        .filter(|r| r.last().map(String::as_str) == Some("Removed"))
        .collect();
    assert_eq!(removed.len(), its_items, "{removed:#?}");
    assert!(removed
        .iter()
        .any(|r| r[1] == "Feature" && r[2] == "[Removed from plan] Payroll"));
    // Each keeps the type it had: Azure DevOps rejects a row with none.
    let kind_of = |rows: &[Vec<String>], title: &str| {
        rows.iter()
            .find(|r| r[2..5].contains(&title.to_owned()))
            .map(|r| r[1].clone())
    };
    for row in &removed {
        let title = row[2].trim_start_matches("[Removed from plan] ");
        assert_eq!(Some(row[1].clone()), kind_of(&second, title), "{row:?}");
    }
    assert!(removed
        .iter()
        .all(|r| r[6].contains("waveplan-removed") && !r[0].is_empty()));

    // Saved with the plan.
    assert_eq!(
        from_json(&to_json(&plan)).unwrap().tracked(),
        plan.tracked()
    );
}

#[test]
fn jira_rows_carry_the_issue_key_once_the_jira_export_is_read() {
    let mut plan = example_plan();
    let first = rows(&export(&plan, Tracker::Jira));
    let mut jira = vec![vec![
        "Summary".to_owned(),
        "Issue key".into(),
        "Issue id".into(),
        "Labels".into(),
        "Labels".into(),
        "Labels".into(),
    ]];
    for (n, row) in first.iter().skip(1).enumerate() {
        jira.push(vec![
            row[3].clone(),
            format!("MIG-{}", n + 1),
            (10_000 + n).to_string(),
            row[6].clone(),
            row[7].clone(),
            row[8].clone(),
        ]);
    }
    let read = read_tracker_export("jira.csv", &to_csv(&jira)).unwrap();
    assert_eq!(read.tracker, Tracker::Jira);
    plan.apply(Action::LinkTracker {
        tracker: read.tracker,
        items: read.items,
    })
    .unwrap();
    let second = rows(&export(&plan, Tracker::Jira));
    assert!(
        second[1..].iter().all(|r| r[2].starts_with("MIG-")),
        "every row names its issue"
    );
    assert_eq!(second.len(), first.len());
    // A removed workload's issues are listed with the type they had (Jira needs one).
    let payroll = plan
        .workloads()
        .find(|w| w.name.as_str() == "Payroll")
        .unwrap()
        .id;
    plan.apply(Action::RemoveWorkload(payroll)).unwrap();
    let third = rows(&export(&plan, Tracker::Jira));
    let removed: Vec<&Vec<String>> = third
        .iter()
        .filter(|r| r[3].starts_with("[Removed from plan] "))
        .collect();
    assert!(!removed.is_empty());
    for row in removed {
        let title = row[3].trim_start_matches("[Removed from plan] ");
        let before = second.iter().find(|r| r[3] == title).unwrap();
        assert_eq!(row[4], before[4], "{row:?}");
    }
}

#[test]
fn a_file_that_is_not_a_tracker_export_is_refused_with_where_and_why() {
    let not_one = read_tracker_export("servers.csv", "Name,CPU\nweb-01,4\n").unwrap_err();
    assert!(
        not_one
            .to_string()
            .starts_with("servers.csv: this is not an Azure DevOps or Jira export"),
        "{not_one}"
    );
    let untagged = read_tracker_export("boards.csv", "ID,Title,Tags\n1,Pizza,team\n").unwrap_err();
    assert!(
        untagged
            .to_string()
            .contains("no item carries a waveplan-… tag"),
        "{untagged}"
    );
    let twice = read_tracker_export(
        "boards.csv",
        "ID,Title,Tags\n1,Payroll,waveplan-workload-3\n2,Payroll again,waveplan; waveplan-workload-3\n",
    )
    .unwrap_err();
    assert_eq!(twice.to_string(), "boards.csv, line 3, column “ID”: two items carry waveplan-workload-3; keep the tag on one of them");
}
