//! Merging a teammate's copy of a plan into the open one, without a server: a three-way merge
//! against their common ancestor (the newest version both copies were handed over at,
//! `domain::lineage`). A record only one side changed takes that side's version; a record both
//! changed is a conflict shown field by field ("you changed X to A, they changed it to B"),
//! each field set to the side that changed it until the person picks; the result is checked as
//! any saved plan is and applied as one change. Merging the same copy twice changes nothing.

mod records;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

pub use records::Group;
use records::{id_key, key_of, plan_of, records_of, repair_references, Records};

use crate::domain::lineage::Lineage;
use crate::domain::persist::{to_json_compact, LoadError};
use crate::domain::plan::Plan;
use crate::domain::workload::Checkpoint;

/// A version's marker: a fingerprint of the plan's content (its lineage left out), so two
/// copies with the same content have the same marker wherever they were saved.
pub fn fingerprint(plan: &Plan) -> String {
    let content = plan.clone().with_lineage(Lineage::default());
    let json = content.map(|p| to_json_compact(&p)).unwrap_or_default();
    // FNV-1a, 64 bits: a marker, not a defence against forgery.
    let hash = json.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// Why a copy cannot be merged into the open plan.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeRefusal {
    #[error("it is not a copy of this plan (it has another identity, or none): open it as a plan of its own instead")]
    NotACopy,
    #[error("this browser does not hold the version both copies started from: merge a copy made from a version handed over (exported, shared or merged) in this browser, or open it as a plan of its own")]
    NoCommonVersion,
}

/// The merge of `theirs` into `ours` against the newest version both were handed over at;
/// `recall` reads a kept version by marker.
pub fn prepare(
    ours: &Plan,
    theirs: &Plan,
    recall: impl Fn(&str) -> Option<Plan>,
) -> Result<Merge, MergeRefusal> {
    let (mine, other) = (ours.lineage(), theirs.lineage());
    if mine.id.is_empty() || mine.id != other.id {
        return Err(MergeRefusal::NotACopy);
    }
    let base = mine
        .shared_markers(other)
        .find_map(recall)
        .ok_or(MergeRefusal::NoCommonVersion)?;
    Ok(merge(&base, ours, theirs))
}

/// Which side a conflicting field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// One field of a record both sides changed. `None` is "not there" (a deleted record or an
/// unset field).
#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    /// The field's name in the saved plan; empty for the whole record (added or deleted).
    pub field: String,
    pub base: Option<Value>,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
}

impl FieldChange {
    /// Both sides changed this field, to different values: the person must choose.
    pub fn clashes(&self) -> bool {
        self.ours != self.base && self.theirs != self.base && self.ours != self.theirs
    }

    /// The side that changed the field (ours when both did).
    pub fn default_side(&self) -> Side {
        if self.ours == self.base && self.theirs != self.base {
            Side::Theirs
        } else {
            Side::Ours
        }
    }

    /// A value of this field for people: checkpoints by their labels, not their saved names.
    pub fn shown(&self, value: Option<&Value>) -> String {
        match value {
            Some(Value::Array(items)) if self.field == "checkpoints" => {
                let labels = items.iter().map(|item| {
                    serde_json::from_value::<Checkpoint>(item.clone())
                        .map_or_else(|_| item.clone(), |c| Value::String(c.label().to_owned()))
                });
                shown(Some(&Value::Array(labels.collect())))
            }
            _ => shown(value),
        }
    }

    /// What one side did to a workload's checkpoints, against the common version: "ticked
    /// “DNS/IP cut-over done”" (the whole list would hide the step in a long one).
    fn ticked(&self, value: &Option<Value>) -> String {
        let items = |value: &Option<Value>| match value {
            Some(Value::Array(items)) => items.clone(),
            _ => Vec::new(),
        };
        let (before, after) = (items(&self.base), items(value));
        let listed = |found: Vec<Value>| self.shown(Some(&Value::Array(found)));
        let added: Vec<Value> = after
            .iter()
            .filter(|i| !before.contains(i))
            .cloned()
            .collect();
        let gone: Vec<Value> = before
            .iter()
            .filter(|i| !after.contains(i))
            .cloned()
            .collect();
        match (added.is_empty(), gone.is_empty()) {
            (false, true) => format!("ticked “{}”", listed(added)),
            (true, false) => format!("unticked “{}”", listed(gone)),
            _ => format!("ticked “{}” and unticked “{}”", listed(added), listed(gone)),
        }
    }

    /// Who changed what, in words: "You changed name to “Payroll EU”; they did not."
    pub fn said(&self) -> String {
        let label = self.label();
        let side = |value: &Option<Value>| {
            (*value != self.base).then(|| match self.field.as_str() {
                "checkpoints" => self.ticked(value),
                _ => format!("changed {label} to “{}”", self.shown(value.as_ref())),
            })
        };
        match (side(&self.ours), side(&self.theirs)) {
            (Some(both), Some(_)) if self.ours == self.theirs => format!("You both {both}."),
            (Some(ours), Some(theirs)) => format!("You {ours}; they {theirs}."),
            (Some(ours), None) => format!("You {ours}; they did not."),
            (None, Some(theirs)) => format!("They {theirs}; you did not."),
            (None, None) => String::new(),
        }
    }

    /// The field in words: "business owner", "the whole workload".
    pub fn label(&self) -> String {
        match self.field.as_str() {
            "" => "the whole record".into(),
            "rto_hours" => "RTO (hours)".into(),
            "rpo_hours" => "RPO (hours)".into(),
            "cutover" => "cut-over".into(),
            "cutover_window" => "cut-over window".into(),
            field => field.replace('_', " "),
        }
    }
}

/// A record both sides changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub group: Group,
    pub key: String,
    /// "Workload “Payroll”".
    pub title: String,
    pub fields: Vec<FieldChange>,
}

impl Conflict {
    /// The side a field starts on: the side that changed it, except a workload's pin, which
    /// goes with the side that ticked its cut-over: the pin ticking it set is the wave it moved
    /// in (`staging::tick`), and the other side's pin would move a migration that happened.
    pub fn default_side(&self, at: usize) -> Side {
        let Some(change) = self.fields.get(at) else {
            return Side::Ours;
        };
        // Read as checkpoints, as `FieldChange::shown` does, not by their saved names.
        let cut_over = |value: &Option<Value>| match value {
            Some(Value::Array(items)) => items.iter().any(|item| {
                serde_json::from_value::<Checkpoint>(item.clone()).ok() == Some(Checkpoint::CutOver)
            }),
            _ => false,
        };
        let ticked = self
            .fields
            .iter()
            .find(|other| other.field == "checkpoints")
            .map(|c| (cut_over(&c.ours), cut_over(&c.theirs)));
        match ticked {
            Some((false, true)) if change.field == "pinned_wave" => Side::Theirs,
            Some((true, false)) if change.field == "pinned_wave" => Side::Ours,
            _ => change.default_side(),
        }
    }
}

/// A merge ready to review: what applies on its own, and the conflicts to settle.
#[derive(Debug, Clone, PartialEq)]
pub struct Merge {
    /// The merged records, conflicting records as ours until resolved.
    merged: Records,
    pub conflicts: Vec<Conflict>,
    /// Records taken from their copy without conflict, by group.
    pub taken: BTreeMap<Group, usize>,
    /// Decisions from their workshop log not in ours.
    pub decisions_added: usize,
    lineage: Lineage,
}

/// A value for people: text as it is, nothing as "(nothing)".
pub fn shown(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => "(nothing)".into(),
        Some(Value::String(text)) if text.is_empty() => "(empty)".into(),
        Some(Value::String(text)) => text.clone(),
        Some(Value::Bool(true)) => "yes".into(),
        Some(Value::Bool(false)) => "no".into(),
        Some(Value::Array(items)) if items.is_empty() => "(none)".into(),
        Some(Value::Array(items)) => cut(items
            .iter()
            .map(|item| shown(Some(item)))
            .collect::<Vec<_>>()
            .join("; ")),
        Some(Value::Object(fields)) => cut(
            match (fields.get("day"), fields.get("start"), fields.get("hours")) {
                // A cut-over window.
                (Some(day), Some(start), Some(hours)) => format!(
                    "{} from {} for {} h",
                    shown(Some(day)),
                    shown(Some(start)),
                    shown(Some(hours))
                ),
                _ => fields
                    .iter()
                    .map(|(name, value)| {
                        format!("{}: {}", name.replace('_', " "), shown(Some(value)))
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            },
        ),
        Some(other) => cut(other.to_string()),
    }
}

/// At most 80 characters of `text`, an ellipsis for the rest.
fn cut(text: String) -> String {
    match text.char_indices().nth(80) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

/// Three-way merge of `theirs` into `ours`, `base` being the version both came from.
pub fn merge(base: &Plan, ours: &Plan, theirs: &Plan) -> Merge {
    let base_records = records_of(base);
    let ours_records = records_of(ours);
    let mut theirs_records = records_of(theirs);
    renumber_collisions(&base_records, &ours_records, &mut theirs_records);
    let keys: BTreeSet<&(Group, String)> = base_records
        .records
        .keys()
        .chain(ours_records.records.keys())
        .chain(theirs_records.records.keys())
        .collect();
    let mut merged = Records::default();
    let mut conflicts = Vec::new();
    let mut taken = BTreeMap::new();
    for key in keys {
        let (b, o, t) = (
            base_records.records.get(key),
            ours_records.records.get(key),
            theirs_records.records.get(key),
        );
        let chosen = if o == t || t == b {
            o
        } else if o == b {
            *taken.entry(key.0).or_insert(0) += 1;
            t
        } else {
            conflicts.push(conflict(key, b, o, t));
            o
        };
        if let Some(value) = chosen {
            merged.records.insert(key.clone(), value.clone());
        }
    }
    merged.decisions = ours_records.decisions.clone();
    let before = merged.decisions.len();
    for decision in theirs_records.decisions {
        if !merged.decisions.contains(&decision) {
            merged.decisions.push(decision);
        }
    }
    let lineage = merged_lineage(ours, theirs);
    Merge {
        decisions_added: merged.decisions.len() - before,
        merged,
        conflicts,
        taken,
        lineage,
    }
}

/// Ours, with their identity if ours has none, their markers, and their copy as merged (the UI
/// keeps it under this marker, so merging it again finds it as the common version).
fn merged_lineage(ours: &Plan, theirs: &Plan) -> Lineage {
    let mut lineage = ours.lineage().clone();
    if lineage.id.is_empty() {
        lineage.id.clone_from(&theirs.lineage().id);
    }
    for marker in &theirs.lineage().history {
        if !lineage.history.contains(marker) {
            lineage = lineage.with_marker(marker);
        }
    }
    if !theirs.lineage().id.is_empty() {
        lineage = lineage.with_marker(&fingerprint(theirs));
    }
    lineage
}

/// The fields a record differs in on either side, or the whole record when one side has none.
fn conflict(
    (group, key): &(Group, String),
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
) -> Conflict {
    let name = [ours, theirs, base]
        .into_iter()
        .flatten()
        .find_map(|v| v.get("name").and_then(Value::as_str).map(str::to_owned));
    let title = match name {
        Some(name) => format!("{} “{name}”", group.noun()),
        None if key.is_empty() => group.noun().to_owned(),
        None => format!("{} {}", group.noun(), key.trim_start_matches('0')),
    };
    let fields = match (
        ours.and_then(Value::as_object),
        theirs.and_then(Value::as_object),
    ) {
        (Some(o), Some(t)) => {
            let b = base.and_then(Value::as_object);
            let names: BTreeSet<&String> = o
                .keys()
                .chain(t.keys())
                .chain(b.into_iter().flat_map(|b| b.keys()))
                .collect();
            names
                .into_iter()
                .map(|field| FieldChange {
                    field: field.clone(),
                    base: b.and_then(|b| b.get(field)).cloned(),
                    ours: o.get(field).cloned(),
                    theirs: t.get(field).cloned(),
                })
                .filter(|change| change.ours != change.base || change.theirs != change.base)
                .collect()
        }
        _ => vec![FieldChange {
            field: String::new(),
            base: base.cloned(),
            ours: ours.cloned(),
            theirs: theirs.cloned(),
        }],
    };
    Conflict {
        group: *group,
        key: key.clone(),
        title,
        fields,
    }
}

/// Workloads or assets both sides added under the same id are different records: theirs get
/// new ids, and their references follow.
fn renumber_collisions(base: &Records, ours: &Records, theirs: &mut Records) {
    for (group, references) in [
        (
            Group::Workloads,
            &[
                (Group::Assets, "workload"),
                (Group::Workloads, "counterpart"),
            ][..],
        ),
        (
            Group::Assets,
            &[(Group::Dependencies, "from"), (Group::Dependencies, "to")][..],
        ),
    ] {
        let mut next = largest_id(group, &[base, ours, theirs]);
        let collided: Vec<String> = theirs
            .records
            .iter()
            .filter(|((g, key), value)| {
                *g == group
                    && !base.records.contains_key(&(group, key.clone()))
                    && ours
                        .records
                        .get(&(group, key.clone()))
                        .is_some_and(|o| o != *value)
            })
            .map(|((_, key), _)| key.clone())
            .collect();
        for key in collided {
            next += 1;
            let old = key.parse::<u64>().unwrap_or_default();
            if let Some(mut value) = theirs.records.remove(&(group, key)) {
                value["id"] = Value::from(next);
                theirs.records.insert((group, id_key(next)), value);
            }
            for (referring, field) in references {
                let moved: Vec<((Group, String), Value)> = theirs
                    .records
                    .iter()
                    .filter(|((g, _), v)| {
                        g == referring && v.get(*field).and_then(Value::as_u64) == Some(old)
                    })
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                for (old_key, mut value) in moved {
                    theirs.records.remove(&old_key);
                    value[*field] = Value::from(next);
                    theirs
                        .records
                        .insert((*referring, key_of(*referring, &value)), value);
                }
            }
        }
    }
}

/// The largest id of `group` in any of the copies.
fn largest_id(group: Group, copies: &[&Records]) -> u64 {
    copies
        .iter()
        .flat_map(|records| records.records.keys())
        .filter(|(g, _)| *g == group)
        .filter_map(|(_, key)| key.parse::<u64>().ok())
        .max()
        .unwrap_or(0)
}

impl Merge {
    /// What their copy brings without conflict, in words ("Settings 1, Workload 2").
    pub fn taken_summary(&self) -> String {
        let mut parts: Vec<String> = self
            .taken
            .iter()
            .map(|(group, count)| format!("{} {count}", group.noun()))
            .collect();
        if self.decisions_added > 0 {
            parts.push(format!("workshop decisions {}", self.decisions_added));
        }
        if parts.is_empty() {
            "nothing".into()
        } else {
            parts.join(", ")
        }
    }

    /// Nothing to change: their copy holds nothing ours does not.
    pub fn is_empty(&self) -> bool {
        self.conflicts.is_empty() && self.taken.is_empty() && self.decisions_added == 0
    }

    /// Each conflict's fields at their default sides.
    pub fn default_picks(&self) -> Vec<Vec<Side>> {
        self.conflicts
            .iter()
            .map(|c| (0..c.fields.len()).map(|at| c.default_side(at)).collect())
            .collect()
    }

    /// The merged plan with each conflicting field from the side picked (`picks[conflict][field]`;
    /// a missing pick is the field's default), checked as a saved plan is; with what the merge
    /// had to change to make it whole (references to what the other side deleted, names made
    /// unique), in words.
    pub fn resolve(&self, picks: &[Vec<Side>]) -> Result<(Plan, Vec<String>), LoadError> {
        let mut records = self.merged.clone();
        for (index, conflict) in self.conflicts.iter().enumerate() {
            let key = (conflict.group, conflict.key.clone());
            let mut record = records.records.remove(&key);
            for (at, change) in conflict.fields.iter().enumerate() {
                let side = picks
                    .get(index)
                    .and_then(|p| p.get(at))
                    .copied()
                    .unwrap_or_else(|| conflict.default_side(at));
                let value = match side {
                    Side::Ours => change.ours.clone(),
                    Side::Theirs => change.theirs.clone(),
                };
                if change.field.is_empty() {
                    record = value;
                } else if let Some(Value::Object(fields)) = record.as_mut() {
                    match value {
                        Some(value) => fields.insert(change.field.clone(), value),
                        None => fields.remove(&change.field),
                    };
                }
            }
            if let Some(record) = record {
                records.records.insert(key, record);
            }
        }
        let mut notes = repair_references(&mut records);
        let (plan, renamed) = plan_of(&records)?;
        notes.extend(renamed);
        let plan = plan
            .clone()
            .with_lineage(self.lineage.clone())
            .unwrap_or(plan);
        Ok((plan, notes))
    }
}
