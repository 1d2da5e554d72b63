//! The migration backlog as CSV for Azure DevOps Boards or Jira. Azure DevOps builds the tree
//! from `Title 1/2/3` columns (Epic = wave, Feature = workload, User Story = an asset to
//! replicate, a remediation item or the cut-over); Jira links rows through `Issue Id` and
//! `Parent Id` (Epic, Story, Sub-task). Every item carries a stable key (`waveplan-workload-12`)
//! in its tags or labels, and Jira's Issue Id is derived from it, so two exports name items the
//! same way; once the tracker's own export has been read back (`import::tracker_export`), rows
//! carry the tracker's id, so importing updates instead of duplicating, and items the plan no
//! longer has are listed as removed. Every cell is neutralised against CSV injection.

use crate::domain::analysis::Analysis;
use crate::domain::asset::AssetId;
use crate::domain::export::runbook::replication_line;
use crate::domain::plan::Plan;
use crate::domain::quantity::format_amount;
use crate::domain::replication::plan_asset;
use crate::domain::runbook;
use crate::domain::tracker::TrackedItem;
use crate::domain::waves::Wave;
use crate::domain::workload::{Workload, WorkloadId};
use std::collections::{BTreeMap, BTreeSet};

pub use crate::domain::tracker::Tracker;

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
    id: ItemId,
    level: usize,
    title: String,
    description: String,
    tag: String,
}

fn items(plan: &Plan, analysis: &Analysis) -> Vec<Item> {
    let mut items = Vec::new();
    for wave in &analysis.waves.waves {
        wave_items(&mut items, plan, analysis, wave);
    }
    let unassigned = plan.unassigned_count();
    if unassigned > 0 {
        items.push(Item {
            id: ItemId::Unassigned,
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
            id: ItemId::HeldBack,
            level: 0,
            title: "Not in a wave".into(),
            description: "Workloads in no wave, each with its reason: retired, waiting for a separate programme, or frozen for the whole planning horizon.".into(),
            tag: "held-back".into(),
        });
        for held in &analysis.waves.held_back {
            if let Some(workload) = plan.workload(held.workload) {
                items.extend(workload_and_children(plan, analysis, workload, "held-back"));
            }
        }
    }
    items
}

/// A wave (an epic), the factory it hosts for the next wave, and its workloads.
fn wave_items(items: &mut Vec<Item>, plan: &Plan, analysis: &Analysis, wave: &Wave) {
    // A wave that moves nothing and hosts no factory work is no backlog item.
    if wave.workloads.is_empty() && wave.factory_for.is_empty() {
        return;
    }
    let tag = format!("wave-{}", wave.number);
    items.push(Item {
        id: ItemId::Wave(wave.number),
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
            id: ItemId::Factory(wave.number + 1),
            level: 1,
            title: format!("Remediation factory for wave {}", wave.number + 1),
            description: format!(
                "During this wave a factory remediates what the next wave's workloads need: {}.",
                names.join(", ")
            ),
            tag: tag.clone(),
        });
    }
    for workload in wave.workloads.iter().filter_map(|id| plan.workload(*id)) {
        items.extend(workload_and_children(plan, analysis, workload, &tag));
    }
}

/// The feature's text: what the workload is, its remediation decision and what is not done.
fn workload_description(analysis: &Analysis, workload: &Workload) -> String {
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
    description
}

fn workload_and_children(
    plan: &Plan,
    analysis: &Analysis,
    workload: &Workload,
    tag: &str,
) -> Vec<Item> {
    let description = workload_description(analysis, workload);
    let mut items = vec![Item {
        id: ItemId::Workload(workload.id),
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
            id: ItemId::Replication(asset.id),
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
        for (index, item) in asset.remediation.iter().enumerate() {
            items.push(Item {
                id: ItemId::Remediation(asset.id, index + 1),
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
    let window = entry
        .window
        .map_or("window not set yet".to_owned(), |w| w.to_string());
    let trigger = entry
        .rollback_trigger
        .as_deref()
        .unwrap_or("no trigger agreed yet");
    Item {
        id: ItemId::Cutover(workload.id),
        level: 2,
        title: format!("Cut over {}", workload.name),
        description: format!(
            "{mode}, {window}. {} Roll back if: {trigger}.",
            replication_line(&entry)
        ),
        tag: tag.to_owned(),
    }
}

/// What a backlog item is, whatever its title: its waveplan key and Jira "Issue Id" come from
/// it, so two exports of the same plan name each item the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ItemId {
    Wave(u32),
    /// The factory that remediates, during the wave before, what this wave needs.
    Factory(u32),
    Workload(WorkloadId),
    Cutover(WorkloadId),
    Replication(AssetId),
    /// The asset's remediation item, 1-based in its list.
    Remediation(AssetId, usize),
    Unassigned,
    HeldBack,
}

impl ItemId {
    /// The key in the item's tags or labels (`waveplan-workload-12`, without the prefix).
    fn key(self) -> String {
        match self {
            ItemId::Wave(n) => format!("wave-{n}"),
            ItemId::Factory(n) => format!("factory-wave-{n}"),
            ItemId::Workload(id) => format!("workload-{}", id.0),
            ItemId::Cutover(id) => format!("workload-{}-cutover", id.0),
            ItemId::Replication(id) => format!("asset-{}-replication", id.0),
            ItemId::Remediation(id, k) => format!("asset-{}-remediation-{k}", id.0),
            ItemId::Unassigned => "unassigned".into(),
            ItemId::HeldBack => "held-back".into(),
        }
    }

    /// A number for Jira's "Issue Id": one decimal range per kind (ids stay below 2^30, so the
    /// ranges never meet, and every number is below 2^53).
    fn number(self) -> u64 {
        const RANGE: u64 = 10_000_000_000_000;
        match self {
            ItemId::Wave(n) => RANGE + u64::from(n),
            ItemId::Factory(n) => 2 * RANGE + u64::from(n),
            ItemId::Workload(id) => 3 * RANGE + u64::from(id.0) * 10,
            ItemId::Cutover(id) => 3 * RANGE + u64::from(id.0) * 10 + 1,
            ItemId::Replication(id) => 4 * RANGE + u64::from(id.0) * 1_000,
            ItemId::Remediation(id, k) => 4 * RANGE + u64::from(id.0) * 1_000 + (k as u64).min(999),
            ItemId::Unassigned => 9 * RANGE + 1,
            ItemId::HeldBack => 9 * RANGE + 2,
        }
    }
}

/// The tag or label that carries an item's key.
pub const KEY_PREFIX: &str = "waveplan-";
/// The label of items the plan no longer has.
pub const REMOVED_LABEL: &str = "waveplan-removed";

/// The tracker's id for each key it holds.
fn tracker_ids(plan: &Plan, tracker: Tracker) -> BTreeMap<&str, &TrackedItem> {
    plan.tracked()
        .iter()
        .filter(|item| item.tracker == tracker)
        .map(|item| (item.key.as_str(), item))
        .collect()
}

/// Items the tracker holds that the backlog no longer has: reported as removed.
fn removed<'p>(known: &BTreeMap<&str, &'p TrackedItem>, items: &[Item]) -> Vec<&'p TrackedItem> {
    let current: BTreeSet<String> = items.iter().map(|item| item.id.key()).collect();
    known
        .values()
        .filter(|item| !current.contains(&item.key))
        .copied()
        .collect()
}

/// Each level's item type in Azure DevOps and in Jira.
const AZURE_KINDS: [&str; 3] = ["Epic", "Feature", "User Story"];
const JIRA_KINDS: [&str; 3] = ["Epic", "Story", "Sub-task"];

/// The level a removed item had, from its key, for its type (a tracker rejects a row without
/// one): an asset's item or a cut-over is the lowest, a workload or a factory the middle.
fn removed_level(item: &TrackedItem) -> usize {
    let key = item.key.as_str();
    if key.starts_with("asset-") || key.ends_with("-cutover") {
        2
    } else if key.starts_with("workload-") || key.starts_with("factory-") {
        1
    } else {
        0
    }
}

fn removed_title(item: &TrackedItem) -> String {
    format!("[Removed from plan] {}", item.title)
}

/// Azure DevOps builds the tree from `Title 1/2/3`; a row with an "ID" updates that work item.
fn azure_rows(items: &[Item], known: &BTreeMap<&str, &TrackedItem>) -> Vec<Vec<String>> {
    let gone = removed(known, items);
    let mut header = vec![
        "ID",
        "Work Item Type",
        "Title 1",
        "Title 2",
        "Title 3",
        "Description",
        "Tags",
    ];
    if !gone.is_empty() {
        header.push("State");
    }
    let mut rows = vec![header.into_iter().map(String::from).collect::<Vec<_>>()];
    for item in items {
        let kind = AZURE_KINDS[item.level.min(2)];
        let mut titles = vec![String::new(); 3];
        titles[item.level.min(2)] = item.title.clone();
        let key = item.id.key();
        let id = known
            .get(key.as_str())
            .map_or(String::new(), |t| t.id.clone());
        let mut row = vec![id, kind.to_owned()];
        row.extend(titles);
        row.extend([
            item.description.clone(),
            format!("waveplan; {KEY_PREFIX}{key}; {}", item.tag),
        ]);
        if !gone.is_empty() {
            row.push(String::new());
        }
        rows.push(row);
    }
    for item in gone {
        let tags = format!("waveplan; {KEY_PREFIX}{}; {REMOVED_LABEL}", item.key);
        rows.push(vec![
            item.id.clone(),
            AZURE_KINDS[removed_level(item)].to_owned(),
            removed_title(item),
            String::new(),
            String::new(),
            "No longer in the waveplan plan.".into(),
            tags,
            "Removed".into(),
        ]);
    }
    rows
}

/// Jira links rows through "Issue Id" and "Parent Id" and wants parents before children, so
/// rows go by level (epics, stories, sub-tasks); an "Issue key" row updates that issue.
fn jira_rows(items: &[Item], known: &BTreeMap<&str, &TrackedItem>) -> Vec<Vec<String>> {
    let gone = removed(known, items);
    let mut parents: Vec<Option<u64>> = Vec::with_capacity(items.len());
    let mut above: [Option<u64>; 3] = [None; 3];
    for item in items {
        let level = item.level.min(2);
        above[level] = Some(item.id.number());
        parents.push(level.checked_sub(1).and_then(|up| above[up]));
    }
    let header = [
        "Issue Id",
        "Parent Id",
        "Issue key",
        "Summary",
        "Issue Type",
        "Description",
        "Labels",
        "Labels",
        "Labels",
    ];
    let mut rows = vec![header.map(String::from).to_vec()];
    for (level, kind) in JIRA_KINDS.iter().enumerate() {
        for (item, parent) in items
            .iter()
            .zip(&parents)
            .filter(|(item, _)| item.level.min(2) == level)
        {
            let key = item.id.key();
            rows.push(vec![
                item.id.number().to_string(),
                parent.map_or(String::new(), |p| p.to_string()),
                known
                    .get(key.as_str())
                    .map_or(String::new(), |t| t.id.clone()),
                item.title.clone(),
                (*kind).into(),
                item.description.clone(),
                "waveplan".into(),
                format!("{KEY_PREFIX}{key}"),
                item.tag.clone(),
            ]);
        }
    }
    for item in gone {
        rows.push(vec![
            String::new(),
            String::new(),
            item.id.clone(),
            removed_title(item),
            JIRA_KINDS[removed_level(item)].into(),
            "No longer in the waveplan plan.".into(),
            "waveplan".into(),
            format!("{KEY_PREFIX}{}", item.key),
            REMOVED_LABEL.into(),
        ]);
    }
    rows
}

pub fn backlog_csv(plan: &Plan, analysis: &Analysis, tracker: Tracker) -> String {
    // Every cell quoted: a spreadsheet whose list separator is ";" splits unquoted cells at
    // ";", and a piece that starts with "=" would run as a formula.
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(Vec::new());
    let items = items(plan, analysis);
    let known = tracker_ids(plan, tracker);
    let rows = match tracker {
        Tracker::AzureDevOps => azure_rows(&items, &known),
        Tracker::Jira => jira_rows(&items, &known),
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
