//! Exports: the staging plan in Markdown, backlog CSVs that parse back with their hierarchy,
//! CSV injection neutralised, and share links.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::Builder;
use waveplan::domain::analysis::Analysis;
use waveplan::domain::example::example_plan;
use waveplan::domain::export::backlog::{backlog_csv, neutralise, Tracker};
use waveplan::domain::export::markdown::staging_plan;
use waveplan::domain::export::share::{decode, encode, ShareError, MAX_SHARE_CHARS};
use waveplan::domain::synthetic::generate;

fn rows(csv_text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(String::from).collect())
        .collect()
}

#[test]
fn markdown_staging_plan_has_waves_workloads_decisions_and_findings() {
    let plan = example_plan();
    let analysis = Analysis::of(&plan);
    let text = staging_plan(&plan, &analysis);
    for expected in [
        "# Staging plan: Contoso retail: first release",
        "## Readiness: Ready with risks",
        "## Wave 1 (2027-01-04 – 2027-01-31)",
        "### Intranet portal — done",
        "**Remediation:** Same sprint",
        "| Asset | Kind | Storage (GB) | Replication | Estimate (h) | Status |",
        "**Definition of done**",
        "- [x] Every asset replicated and verified",
        "**Promote gate**",
        "- [x] Business test passed: All done.",
        "stage: Business tested",
        "## Not in a wave",
        "- **Fax gateway**: Retired",
        "## Open findings",
        "Wave before, by a batch team",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    let table_rows = text
        .lines()
        .filter(|l| l.starts_with('|'))
        .all(|l| l.ends_with('|'));
    assert!(table_rows, "every table row is closed");
}

#[test]
fn markdown_cells_cannot_break_tables() {
    let mut b = Builder::new();
    let (_, vm) = b.simple("A|B");
    let mut asset = b.plan.asset(vm).unwrap().clone();
    asset.name = support::name("disk|one");
    b.plan
        .apply(waveplan::domain::plan::Action::UpdateAsset(asset))
        .unwrap();
    let text = staging_plan(&b.plan, &Analysis::of(&b.plan));
    assert!(text.contains("| disk\\|one |"), "{text}");
}

#[test]
fn azure_devops_backlog_nests_waves_workloads_and_items() {
    let plan = example_plan();
    let text = backlog_csv(&plan, &Analysis::of(&plan), Tracker::AzureDevOps);
    assert!(
        text.contains("\r\n"),
        "CRLF line ends for Excel and Azure DevOps"
    );
    let rows = rows(&text);
    assert_eq!(
        rows[0],
        [
            "ID",
            "Work Item Type",
            "Title 1",
            "Title 2",
            "Title 3",
            "Description",
            "Tags"
        ]
    );
    assert_eq!(
        (rows[1][1].as_str(), rows[1][2].starts_with("Wave 1 (")),
        ("Epic", true)
    );
    assert_eq!(rows[2][1], "Feature");
    assert!(rows[2][2].is_empty() && !rows[2][3].is_empty());
    assert!(rows
        .iter()
        .any(|r| r[1] == "User Story" && r[4].starts_with("Replicate intra-web-01")));
    assert!(rows
        .iter()
        .any(|r| r[4] == "Remediate pay-batch-01: Replace COM+ payroll components"));
    // A tree: every Feature follows an Epic, every User Story follows a Feature.
    let mut level = 0;
    for row in &rows[1..] {
        let this = ["Epic", "Feature", "User Story"]
            .iter()
            .position(|k| *k == row[1])
            .unwrap();
        assert!(this <= level + 1, "{row:?} skips a level");
        level = this;
    }
}

#[test]
fn jira_backlog_links_children_to_parents_listed_first() {
    let plan = example_plan();
    let rows = rows(&backlog_csv(&plan, &Analysis::of(&plan), Tracker::Jira));
    assert_eq!(
        rows[0],
        [
            "Issue Id",
            "Parent Id",
            "Issue key",
            "Summary",
            "Issue Type",
            "Description",
            "Labels",
            "Labels",
            "Labels"
        ]
    );
    // Jira's importer links a child to a parent it has already read: epics, then stories,
    // then sub-tasks.
    let position = |id: &str| rows.iter().position(|r| r[0] == id);
    let kind_of = |id: &str| rows.iter().find(|r| r[0] == id).map(|r| r[4].clone());
    for (index, row) in rows.iter().enumerate().skip(1) {
        match row[4].as_str() {
            "Epic" => assert!(row[1].is_empty()),
            "Story" => assert_eq!(kind_of(&row[1]).as_deref(), Some("Epic"), "{row:?}"),
            "Sub-task" => assert_eq!(kind_of(&row[1]).as_deref(), Some("Story"), "{row:?}"),
            other => panic!("unexpected type {other}"),
        }
        if !row[1].is_empty() {
            assert!(
                position(&row[1]).unwrap() < index,
                "{row:?} comes before its parent"
            );
        }
    }
}

#[test]
fn csv_cells_that_could_run_as_formulas_are_neutralised() {
    for (raw, expected) in [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Payroll", "Payroll"),
        ("", ""),
    ] {
        assert_eq!(neutralise(raw), expected);
    }
    let mut b = Builder::new();
    b.workload("=cmd|' /C calc'!A0");
    let text = backlog_csv(&b.plan, &Analysis::of(&b.plan), Tracker::AzureDevOps);
    let rows = rows(&text);
    let feature = rows.iter().find(|r| r[1] == "Feature").unwrap();
    assert_eq!(feature[3], "'=cmd|' /C calc'!A0");
    assert!(rows
        .iter()
        .flatten()
        .all(|cell| !cell.starts_with(['=', '+', '-', '@'])));
}

#[test]
fn share_links_round_trip_and_500_workloads_fit() {
    let plan = example_plan();
    let data = encode(&plan).unwrap();
    assert!(
        data.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
        "URL-safe"
    );
    assert_eq!(decode(&data), Ok(plan));

    let big = generate(7, 500, 3);
    let data = encode(&big).expect("500 workloads fit in a link");
    assert!(data.len() <= MAX_SHARE_CHARS);
    println!(
        "share link for 500 workloads / {} assets / {} dependencies: {} characters",
        big.assets().len(),
        big.dependencies().len(),
        data.len()
    );
    assert_eq!(decode(&data), Ok(big));
}

#[test]
fn too_large_and_damaged_links_say_what_to_do() {
    let huge = generate(7, 5_000, 3);
    assert!(matches!(encode(&huge), Err(ShareError::TooLarge { .. })));
    assert!(encode(&huge)
        .unwrap_err()
        .to_string()
        .contains("Export it as a JSON file"));
    let data = encode(&example_plan()).unwrap();
    for broken in [&data[..data.len() / 2], "not*base64", "", "AAAA"] {
        let error = decode(broken).unwrap_err();
        assert!(
            error.to_string().contains("damaged") || error.to_string().contains("cannot open"),
            "{broken}: {error}"
        );
    }
}

#[test]
fn workshop_outcome_lists_follow_ups_with_owner_and_notes_and_escapes_them() {
    use waveplan::domain::export::workshop_outcome::workshop_outcome;
    use waveplan::domain::plan::Action;
    use waveplan::domain::questions::Risk;
    use waveplan::domain::readiness::Answer;
    let mut plan = example_plan();
    let (question, choice) = plan
        .questions()
        .questions()
        .iter()
        .find_map(|q| {
            let red = q.choices.iter().find(|c| c.risk == Risk::Red)?;
            Some((q.clone(), red.clone()))
        })
        .unwrap();
    plan.apply(Action::Answer {
        question: question.id.clone(),
        answer: Answer {
            choice: choice.id.clone(),
            note: "line one\n# not a heading".into(),
            owner: "Ops *lead*".into(),
        },
    })
    .unwrap();
    let analysis = Analysis::of(&plan);
    let text = workshop_outcome(&plan, &analysis.readiness);
    assert!(text.starts_with("# Readiness workshop: Contoso retail: first release"));
    assert!(text.contains("## Follow-ups ("), "{text}");
    let entry = text
        .split("\n- ")
        .find(|item| item.contains(&question.text[..20]))
        .expect("the red answer is a follow-up");
    assert!(entry.starts_with("**Red**"), "{entry}");
    assert!(entry.contains("Owner: Ops \\*lead\\*"), "{entry}");
    assert!(
        entry.contains("Notes from the room: line one \\# not a heading"),
        "{entry}"
    );
    assert!(
        !text.lines().any(|l| l.starts_with("# not")),
        "a note cannot make a heading"
    );
    // The staging plan names the owner beside the note too (it left owners out).
    let staging = staging_plan(&plan, &analysis);
    assert!(
        staging.contains("line one \\# not a heading Owner: Ops \\*lead\\*."),
        "{staging}"
    );
    assert!(
        text.contains("## Not answered yet ("),
        "the example leaves questions open"
    );
}
