//! Reading back the team's tracker: the CSV Azure DevOps (a query's "Export to CSV": ID,
//! Title, Tags) or Jira (Export → CSV: Issue key, Summary, Labels) writes of the items a
//! waveplan backlog created. Each item's `waveplan-<key>` tag or label ties the tracker's id to
//! waveplan's item, so the next backlog export updates instead of duplicating.

use crate::domain::export::backlog::{KEY_PREFIX, REMOVED_LABEL};
use crate::domain::import::table::{Row, Table};
use crate::domain::import::{ImportError, ImportProblem};
use crate::domain::labels::fold;
use crate::domain::tracker::{TrackedItem, Tracker, MAX_TRACKED_ITEMS, MAX_TRACKER_ID_CHARS};

/// The tracker a file comes from, and the items in it that carry a waveplan key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackerExport {
    pub tracker: Tracker,
    pub items: Vec<TrackedItem>,
    /// Rows without a waveplan key: items the team made itself, left alone.
    pub other_rows: usize,
}

/// The columns each tracker's export names: id, title, and where the keys are.
fn columns(table: &Table) -> Option<(Tracker, usize, usize, Vec<usize>)> {
    let all = |name: &str| -> Vec<usize> {
        (0..table.headers.len())
            .filter(|&i| fold(&table.headers[i]) == fold(name))
            .collect()
    };
    if let (Some(key), Some(title)) = (table.column(&["Issue key"]), table.column(&["Summary"])) {
        return Some((Tracker::Jira, key, title, all("Labels")));
    }
    let (id, title) = (table.column(&["ID"])?, table.column(&["Title", "Title 1"])?);
    Some((Tracker::AzureDevOps, id, title, all("Tags")))
}

/// The one waveplan key a row's tags or labels carry; none, or several, make it another item.
fn waveplan_key<'r>(row: &'r Row, key_columns: &[usize]) -> Option<&'r str> {
    let keys: Vec<&str> = key_columns
        .iter()
        .flat_map(|&column| row.get(column).split([';', ',', ' ']))
        .map(str::trim)
        .filter_map(|tag| tag.strip_prefix(KEY_PREFIX))
        .filter(|key| !key.is_empty() && format!("{KEY_PREFIX}{key}") != REMOVED_LABEL)
        .collect();
    match keys.as_slice() {
        [key] => Some(key),
        _ => None,
    }
}

pub fn read_tracker_export(file: &str, text: &str) -> Result<TrackerExport, ImportError> {
    let table = Table::parse(file, text)?;
    let Some((tracker, id_column, title_column, key_columns)) = columns(&table) else {
        return Err(ImportError::file(file, ImportProblem::NotATrackerExport));
    };
    let mut items: Vec<TrackedItem> = Vec::new();
    let mut other_rows = 0;
    for row in &table.rows {
        let Some(key) = waveplan_key(row, &key_columns) else {
            other_rows += 1;
            continue;
        };
        let id = row.get(id_column).trim();
        let header = &table.headers[id_column];
        if id.is_empty() || id.chars().count() > MAX_TRACKER_ID_CHARS {
            return Err(ImportError::at(
                file,
                row.line,
                Some(header),
                ImportProblem::TrackerId {
                    key: key.to_owned(),
                    header: header.to_string(),
                },
            ));
        }
        if items.iter().any(|item| item.key == key) {
            return Err(ImportError::at(
                file,
                row.line,
                Some(header),
                ImportProblem::TrackerKeyTwice(key.to_owned()),
            ));
        }
        items.push(TrackedItem {
            tracker,
            key: key.to_owned(),
            id: id.to_owned(),
            title: row.get(title_column).trim().chars().take(1_000).collect(),
        });
        if items.len() > MAX_TRACKED_ITEMS {
            return Err(ImportError::at(
                file,
                row.line,
                None,
                ImportProblem::TooManyTrackerItems,
            ));
        }
    }
    if items.is_empty() {
        return Err(ImportError::file(file, ImportProblem::NoTrackerItems));
    }
    Ok(TrackerExport {
        tracker,
        items,
        other_rows,
    })
}
