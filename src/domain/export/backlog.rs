//! The migration backlog as CSV for Azure DevOps Boards or Jira. Azure DevOps builds the tree
//! from `Title 1/2/3` columns (Epic = wave, Feature = workload, User Story = an asset to
//! replicate or a remediation item); Jira links rows through `Issue Id` and `Parent Id`
//! (Epic, Story, Sub-task). Every cell is neutralised against CSV injection.

use crate::domain::analysis::Analysis;
use crate::domain::export::runbook::replication_line;
use crate::domain::plan::Plan;
use crate::domain::quantity::format_amount;
use crate::domain::replication::plan_asset;
use crate::domain::runbook;
use crate::domain::workload::{Workload, WorkloadId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tracker {
    AzureDevOps,
    Jira,
}

/// A cell a spreadsheet will not run as a formula: OWASP's advice is to prefix cells that
/// begin with `=`, `+`, `-`, `@`, a tab or a carriage return with a single quote. Spaces
/// before them do not help (spreadsheets trim them), so they are looked past; full-width
/// forms of the signs count too.
pub fn neutralise(cell: &str) -> String {
    match cell.trim_start_matches(' ').chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠') => {
            format!("'{cell}")
        }
        _ => cell.to_owned(),
    }
}

/// One backlog item: its level (0 epic, 1 feature/story, 2 story/sub-task) and text.
struct Item {
    level: usize,
    title: String,
    description: String,
    tag: String,
}

fn items(plan: &Plan, analysis: &Analysis) -> Vec<Item> {
    let mut items = Vec::new();
    let workload_items = |items: &mut Vec<Item>, id: WorkloadId, tag: &str| {
        if let Some(workload) = plan.workload(id) {
            items.extend(workload_and_children(plan, analysis, workload, tag));
        }
    };
    for wave in &analysis.waves.waves {
        // A wave that moves nothing and hosts no factory work is no backlog item.
        if wave.workloads.is_empty() && wave.factory_for.is_empty() {
            continue;
        }
        let tag = format!("wave-{}", wave.number);
        items.push(Item {
            level: 0,
            title: format!(
                "Wave {} ({} – {})",
                wave.number,
                wave.days.from(),
                wave.days.to()
            ),
            description: format!(
                "{} workloads, {} assets. Replication: {}",
                wave.workloads.len(),
                wave.assets,
                wave.replication.summary()
            ),
            tag: tag.clone(),
        });
        if !wave.factory_for.is_empty() {
            let names: Vec<&str> = wave
                .factory_for
                .iter()
                .filter_map(|id| plan.workload(*id))
                .map(|w| w.name.as_str())
                .collect();
            items.push(Item {
                level: 1,
                title: format!("Remediation factory for wave {}", wave.number + 1),
                description: format!(
                    "During this wave a factory remediates what the next wave's workloads need: {}.",
                    names.join(", ")
                ),
                tag: tag.clone(),
            });
        }
        for id in &wave.workloads {
            workload_items(&mut items, *id, &tag);
        }
    }
    let unassigned = crate::domain::inventory::unassigned_count(plan);
    if unassigned > 0 {
        items.push(Item {
            level: 0,
            title: format!("Group {unassigned} unassigned assets into workloads"),
            description: format!(
                "{unassigned} assets are in no workload, so in no wave: nothing in this backlog moves them until they are grouped (waveplan's Inventory page suggests groups)."
            ),
            tag: "unassigned".into(),
        });
    }
    if !analysis.waves.held_back.is_empty() {
        items.push(Item {
            level: 0,
            title: "Not in a wave".into(),
            description: "Workloads in no wave, each with its reason: retired, waiting for a separate programme, or frozen for the whole planning horizon.".into(),
            tag: "held-back".into(),
        });
        for held in &analysis.waves.held_back {
            workload_items(&mut items, held.workload, "held-back");
        }
    }
    items
}

fn workload_and_children(
    plan: &Plan,
    analysis: &Analysis,
    workload: &Workload,
    tag: &str,
) -> Vec<Item> {
    let decision = analysis.decisions.get(&workload.id);
    let missing: Vec<&str> = analysis
        .checklists
        .get(&workload.id)
        .map(|c| c.missing().map(|item| item.label).collect())
        .unwrap_or_default();
    let mut description = format!(
        "{}, {}, {}.",
        workload.environment, workload.criticality, workload.approach
    );
    if let Some(decision) = decision {
        description.push_str(&format!(
            " Remediation: {}. {}",
            decision.mode,
            decision.reasons.join(" ")
        ));
    }
    if !missing.is_empty() {
        description.push_str(&format!(" Not done yet: {}.", missing.join("; ")));
    }
    let mut items = vec![Item {
        level: 1,
        title: workload.name.to_string(),
        description,
        tag: tag.to_owned(),
    }];
    if analysis.waves.wave_of(workload.id).is_some() {
        items.push(cutover_task(plan, analysis, workload, tag));
    }
    for asset in plan.assets_of(workload.id) {
        let replication = plan_asset(asset, plan.settings());
        items.push(Item {
            level: 2,
            title: format!("Replicate {} ({})", asset.name, replication.approach),
            description: format!(
                "{} GB, about {} h. {}",
                format_amount(asset.storage_gb),
                format_amount(replication.hours),
                replication.reason
            ),
            tag: tag.to_owned(),
        });
        for item in &asset.remediation {
            items.push(Item {
                level: 2,
                title: format!("Remediate {}: {}", asset.name, item.title),
                description: format!("{}, {} h.", item.category, format_amount(item.effort_hours)),
                tag: tag.to_owned(),
            });
        }
    }
    items
}

/// The cut-over as a task: its window and the replication dates counted back from it.
fn cutover_task(plan: &Plan, analysis: &Analysis, workload: &Workload, tag: &str) -> Item {
    let entry = runbook::entry(plan, &analysis.checklists, workload, None);
    let mode = entry
        .mode
        .map_or("Mode not decided yet", |mode| mode.label());
    let window = entry.window.map_or("window not set yet".to_owned(), |w| {
        format!("{} {} for {} h", w.day, w.start, w.hours)
    });
    let trigger = entry
        .rollback_trigger
        .as_deref()
        .unwrap_or("no trigger agreed yet");
    Item {
        level: 2,
        title: format!("Cut over {}", workload.name),
        description: format!(
            "{mode}, {window}. {} Roll back if: {trigger}.",
            replication_line(&entry)
        ),
        tag: tag.to_owned(),
    }
}

pub fn backlog_csv(plan: &Plan, analysis: &Analysis, tracker: Tracker) -> String {
    // Every cell quoted: a spreadsheet whose list separator is ";" splits unquoted cells at
    // ";", and a piece that starts with "=" would run as a formula.
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(Vec::new());
    let items = items(plan, analysis);
    let rows: Vec<Vec<String>> = match tracker {
        Tracker::AzureDevOps => {
            let mut rows = vec![[
                "ID",
                "Work Item Type",
                "Title 1",
                "Title 2",
                "Title 3",
                "Description",
                "Tags",
            ]
            .map(String::from)
            .to_vec()];
            for item in &items {
                let kind = ["Epic", "Feature", "User Story"]
                    .get(item.level)
                    .copied()
                    .unwrap_or("User Story");
                let mut titles = vec![String::new(); 3];
                if let Some(slot) = titles.get_mut(item.level) {
                    *slot = item.title.clone();
                }
                let mut row = vec![String::new(), kind.to_owned()];
                row.extend(titles);
                row.extend([item.description.clone(), format!("waveplan; {}", item.tag)]);
                rows.push(row);
            }
            rows
        }
        Tracker::Jira => {
            let mut rows = vec![[
                "Issue Id",
                "Parent Id",
                "Summary",
                "Issue Type",
                "Description",
                "Labels",
                "Labels",
            ]
            .map(String::from)
            .to_vec()];
            let mut parents: [usize; 3] = [0; 3];
            for (index, item) in items.iter().enumerate() {
                let id = index + 1;
                let level = item.level.min(2);
                parents[level] = id;
                let parent = level
                    .checked_sub(1)
                    .and_then(|up| parents.get(up))
                    .map_or(String::new(), |p| p.to_string());
                let kind = ["Epic", "Story", "Sub-task"][level];
                rows.push(vec![
                    id.to_string(),
                    parent,
                    item.title.clone(),
                    kind.into(),
                    item.description.clone(),
                    "waveplan".into(),
                    item.tag.clone(),
                ]);
            }
            rows
        }
    };
    for row in rows {
        let _ = writer.write_record(row.iter().map(|cell| neutralise(cell)));
    }
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}
