//! Hostile and odd input, each case once seen to misbehave: the message a person sees, and the
//! plan unchanged. Linear-time loading of large banks is checked by the figures in README
//! (`cargo test --release --test hostile_input -- --nocapture` prints them), not by a timer.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::time::Instant;

use support::{name, Builder};
use waveplan::domain::analysis::Analysis;
use waveplan::domain::asset::{Asset, AssetKind};
use waveplan::domain::export::backlog::{backlog_csv, Tracker};
use waveplan::domain::export::markdown::staging_plan;
use waveplan::domain::export::share::{decode, ShareError, MAX_SHARE_CHARS};
use waveplan::domain::import::{self, Imported};
use waveplan::domain::persist::{from_json, load_json, to_json};
use waveplan::domain::plan::{Action, Plan};
use waveplan::domain::questions::{Choice, Question, QuestionBank, Risk, Section};

fn bank_json(questions: usize) -> String {
    let questions: Vec<Question> = (0..questions)
        .map(|n| Question {
            id: format!("q{n}"),
            section: Section::Process,
            text: format!("Question {n}?"),
            help: String::new(),
            blocking: false,
            choices: ["yes", "no"]
                .iter()
                .map(|id| Choice {
                    id: (*id).into(),
                    label: (*id).into(),
                    risk: Risk::Green,
                    rationale: String::new(),
                    mitigation: String::new(),
                })
                .collect(),
        })
        .collect();
    QuestionBank::new(questions).to_json()
}

/// A saved plan whose bank has `questions` questions, each answered.
fn plan_with_bank(questions: usize) -> String {
    let answers: Vec<String> = (0..questions)
        .map(|n| format!("\"q{n}\":{{\"choice\":\"yes\",\"note\":\"\"}}"))
        .collect();
    format!(
        "{{\"format\":\"waveplan\",\"version\":2,\"plan\":{{\"name\":\"Big bank\",\"answers\":{{{}}},\"questions\":{}}}}}",
        answers.join(","),
        bank_json(questions)
    )
}

#[test]
fn a_bank_of_a_thousand_answered_questions_loads_and_a_larger_one_is_refused() {
    let text = plan_with_bank(1_000);
    let started = Instant::now();
    let plan = from_json(&text).expect("1,000 questions load");
    println!(
        "1,000 answered questions load in {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    assert_eq!(plan.answers().len(), 1_000);
    let started = Instant::now();
    let error = from_json(&plan_with_bank(80_000)).unwrap_err();
    println!(
        "80,000 questions refused in {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    assert_eq!(
        error.to_string(),
        "the plan is inconsistent: question bank: the question bank has 80000 questions; waveplan reads at most 1000"
    );
    let file = QuestionBank::from_json(&bank_json(1_001)).unwrap_err();
    assert_eq!(
        file.to_string(),
        "the question bank has 1001 questions; waveplan reads at most 1000"
    );
}

#[test]
fn share_links_longer_than_any_waveplan_makes_are_refused_before_unpacking() {
    let error = decode(&"A".repeat(MAX_SHARE_CHARS + 1)).unwrap_err();
    assert_eq!(
        error.to_string(),
        "this plan is too large for a link (100001 characters; links hold up to 100000). Export it as a JSON file and share the file instead."
    );
}

/// A link cut off right after "#/shared/" carries no data: a damaged link, not a plan.
#[test]
fn an_empty_share_link_is_damaged() {
    assert_eq!(decode("").unwrap_err(), ShareError::Damaged);
}

#[test]
fn plan_files_past_the_size_cap_are_refused_with_their_size() {
    let huge = format!(
        "{{\"format\":\"waveplan\",\"pad\":\"{}\"}}",
        " ".repeat(97 * 1024 * 1024)
    );
    let error = import::read(&Plan::default(), "huge.json", &huge).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!("huge.json: the plan is {} bytes of JSON; waveplan reads plans of up to 100663296 bytes", huge.len())
    );
}

#[test]
fn an_id_near_the_top_of_the_range_is_refused_so_later_adds_still_work() {
    let mut b = Builder::new();
    b.simple("Portal");
    let mut value: serde_json::Value = serde_json::from_str(&to_json(&b.plan)).unwrap();
    value["plan"]["assets"][0]["id"] = serde_json::json!(u32::MAX);
    let text = value.to_string();
    let error = from_json(&text).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the plan is inconsistent: ids go up to 1073741824; 4294967295 is out of range"
    );
}

fn servers() -> Builder {
    let mut b = Builder::new();
    let web = b.workload("Web");
    b.asset(web, "web01", AssetKind::VirtualMachine, 10.0);
    b.asset(web, "sql01", AssetKind::Database, 10.0);
    b
}

#[test]
fn connection_counts_past_a_trillion_are_refused_and_sums_never_wrap() {
    let b = servers();
    let header = "Source server name,Destination server name,Destination port,Connection Count";
    let refused = format!("{header}\nweb01,sql01,1433,18446744073709551615\n");
    let error = import::read(&b.plan, "deps.csv", &refused).unwrap_err();
    assert_eq!(
        error.to_string(),
        "deps.csv, line 2, column “Connection Count”: expected a whole number of connections (at most a trillion), found “18446744073709551615”"
    );
    let rows: Vec<String> = (0..30)
        .map(|_| "web01,sql01,1433,1000000000000".to_owned())
        .collect();
    let text = format!("{header}\n{}\n", rows.join("\n"));
    let Ok(Imported::Changes(outcome)) = import::read(&b.plan, "deps.csv", &text) else {
        panic!("thirty rows of a trillion each import");
    };
    let mut plan = b.plan.clone();
    plan.apply(Action::Batch(outcome.actions)).unwrap();
    let dependency = plan.dependencies().next().unwrap();
    assert_eq!(dependency.connections, 30_000_000_000_000);
}

#[test]
fn a_header_with_too_many_columns_is_refused_by_its_count() {
    let header: Vec<String> = (0..5_000).map(|n| format!("c{n}")).collect();
    let text = format!("Name,{}\nweb01\n", header.join(","));
    let error = import::read(&Plan::default(), "wide.csv", &text).unwrap_err();
    assert_eq!(
        error.to_string(),
        "wide.csv, line 1: this line has 5001 columns; waveplan reads files of up to 1000 columns. Is it the right file?"
    );
    let long_line = format!("Name,Notes\nweb01,{}\n", "x".repeat(2 * 1024 * 1024));
    let error = import::read(&Plan::default(), "long.csv", &long_line).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("long.csv, line 2: this line is longer than 1 MB"),
        "{error}"
    );
}

/// Imports an Azure Migrate-style CSV and returns web01's storage, or the error a person sees.
fn storage_of(text: &str) -> Result<(f64, Vec<String>), String> {
    let mut plan = Plan::default();
    match import::read(&plan, "servers.csv", text) {
        Ok(Imported::Changes(outcome)) => {
            let notes = outcome.summary.notes.clone();
            plan.apply(Action::Batch(outcome.actions)).unwrap();
            let web = plan.asset_named("web01").expect("imported");
            Ok((web.storage_gb, notes))
        }
        Ok(_) => Err("not an inventory".into()),
        Err(error) => Err(error.to_string()),
    }
}

#[test]
fn the_number_format_is_decided_per_file_said_in_the_summary_and_ambiguity_refused() {
    let (storage, notes) =
        storage_of("Server name,Cores,Storage (GB)\nweb01,4,\"1,234\"\ndb01,2,80\n").unwrap();
    assert_eq!(
        storage, 1_234.0,
        "a comma-separated file groups thousands with commas"
    );
    assert_eq!(
        notes[0],
        "Numbers were read with a decimal point (1,234.5): the file separates columns with commas, so a comma in a number groups thousands."
    );
    let (storage, notes) =
        storage_of("Server name;Cores;Storage (GB)\nweb01;4;1,5\ndb01;2;1.234,5\n").unwrap();
    assert_eq!(storage, 1.5);
    assert!(
        notes[0].starts_with("Numbers were read with a decimal comma (1.234,5): “1,5” on line 2"),
        "{}",
        notes[0]
    );
    assert_eq!(
        storage_of("Server name\tCores\tStorage (GB)\nweb01\t4\t1,234\n").unwrap_err(),
        "servers.csv, line 2, column “Storage (GB)”: “1,234” on line 2, column “Storage (GB)” could be a decimal fraction or a whole number with a thousands separator, and nothing else in the file says which. Write it without the separator (1234) or with more decimals (1.2340)."
    );
    assert_eq!(
        storage_of("Server name;Cores;Storage (GB)\nweb01;4;1,5\ndb01;2;2.5\n").unwrap_err(),
        "servers.csv, line 2, column “Storage (GB)”: numbers are written two ways in this file: “1,5” on line 2, column “Storage (GB)” has a decimal comma, “2.5” on line 3, column “Storage (GB)” a decimal point. Save the file with one number format and import it again."
    );
}

#[test]
fn absurd_and_unit_scaled_sizes() {
    assert_eq!(
        storage_of("Server name,Storage (GB)\nweb01,1e308\n").unwrap_err(),
        "servers.csv, line 2, column “Storage (GB)”: “1e308” GB is inf GB, more than waveplan accepts (10,000,000 GB). Check the unit of the column."
    );
    assert_eq!(
        storage_of("Server name,Storage (TB)\nweb01,2\n").unwrap().0,
        2_000.0
    );
    let (gib, _) = storage_of("Server name,Storage (GiB)\nweb01,100\n").unwrap();
    assert!((gib - 107.374_182_4).abs() < 1e-9, "{gib}");
}

#[test]
fn markdown_escapes_every_text_a_person_or_file_supplied() {
    let mut b = Builder::new();
    let hostile = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "## Injected heading",
        "| a | b |",
        "[click](javascript:alert(3))",
        "- not a list",
        "1. not a list",
    ];
    for (n, text) in hostile.iter().enumerate() {
        let workload = b.workload(text);
        b.asset(
            workload,
            &format!("vm{n} **bold**"),
            AssetKind::VirtualMachine,
            1.0,
        );
    }
    let analysis = Analysis::of(&b.plan);
    let markdown = staging_plan(&b.plan, &analysis);
    for raw in ["<script", "<img", "[click](", "**bold**"] {
        assert!(!markdown.contains(raw), "raw {raw:?} in:\n{markdown}");
    }
    assert!(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        markdown.contains("\\[click\\](javascript"),
        "brackets escaped, so no link"
    );
    assert!(!markdown.lines().any(|line| line.starts_with("## Injected")));
    assert!(markdown.contains("\\#\\# Injected heading"));
    assert!(markdown.contains("\\| a \\| b \\|"));
    assert!(markdown.contains("\\- not a list"));
    assert!(markdown.contains("1\\. not a list") || markdown.contains("\\1. not a list"));
}

#[test]
fn backlog_cells_are_quoted_and_formulas_neutralised() {
    let mut b = Builder::new();
    let workload = b.workload("Billing;=HYPERLINK(\"http://x\")");
    b.asset(
        workload,
        "=cmd|' /C calc'!A0",
        AssetKind::VirtualMachine,
        1.0,
    );
    let analysis = Analysis::of(&b.plan);
    let csv = backlog_csv(&b.plan, &analysis, Tracker::AzureDevOps);
    assert!(
        csv.contains("\"Billing;=HYPERLINK(\"\"http://x\"\")\""),
        "{csv}"
    );
    assert!(
        csv.contains("\"Replicate =cmd"),
        "a title that starts with text is kept"
    );
    let jira = backlog_csv(&b.plan, &analysis, Tracker::Jira);
    for line in jira.lines().skip(1) {
        for cell in line.split("\",\"") {
            let cell = cell.trim_start_matches('"');
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell} in {line}");
        }
    }
}

#[test]
fn names_are_unique_per_kind_and_imports_match_by_that_rule() {
    let mut b = servers();
    let mut twin = Asset::new(
        b.plan.next_asset_id(),
        AssetKind::VirtualMachine,
        name("WEB01"),
    );
    twin.workload = b.plan.workloads().next().map(|w| w.id);
    assert_eq!(
        b.plan
            .apply(Action::AddAsset(twin))
            .unwrap_err()
            .to_string(),
        "there is already an asset named “WEB01” (names are unique, whatever their case)"
    );
    let text =
        "Source server name,Destination server name\nWEB01.contoso.local,SQL01\nweb-01,sql01\n";
    let Ok(Imported::Changes(outcome)) = import::read(&b.plan, "deps.csv", text) else {
        panic!("imports");
    };
    assert_eq!(outcome.summary.added_dependencies, 1);
    let notes = outcome.summary.notes.join(" ");
    assert!(notes.contains("1 server name was matched to the plan by the name before the first dot: WEB01.contoso.local."), "{notes}");
    assert!(
        notes.contains("1 row name 1 server not in the plan, so they were not imported: web-01."),
        "{notes}"
    );
}

#[test]
fn a_plan_saved_with_duplicate_names_loads_with_them_renamed_and_says_so() {
    let b = servers();
    let text = to_json(&b.plan).replace("\"sql01\"", "\"Web01\"");
    let loaded = load_json(&text).unwrap();
    assert!(loaded.plan.asset_named("web01 (2)").is_some());
    assert_eq!(
        loaded.notes,
        ["Asset names must be unique now; renamed: “Web01” → “Web01 (2)”."]
    );
}
