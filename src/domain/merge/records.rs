//! A plan as the records a merge compares: each part of the saved plan's JSON, keyed by what
//! identifies a record (a workload's or asset's id, a dependency's two assets, an answer's
//! question). Going back is reading that JSON as any saved plan is read, so a merged plan is
//! checked by the same rules as one opened from a file.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::domain::persist::{load_json, to_json_compact, LoadError, CURRENT_VERSION, FORMAT};
use crate::domain::plan::Plan;

/// A part of the plan a record belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Name,
    Settings,
    Questions,
    Workloads,
    Assets,
    Dependencies,
    Answers,
    Baselines,
    Tracked,
    Timeboxes,
}

impl Group {
    /// What one record of the group is called, for people.
    pub fn noun(self) -> &'static str {
        match self {
            Group::Name => "Plan name",
            Group::Settings => "Settings",
            Group::Questions => "Question bank",
            Group::Workloads => "Workload",
            Group::Assets => "Asset",
            Group::Dependencies => "Dependency",
            Group::Answers => "Readiness answer",
            Group::Baselines => "Baseline",
            Group::Tracked => "Tracker item",
            Group::Timeboxes => "Workshop timebox",
        }
    }
}

/// Every record of a plan, by group and key; the decision log apart (it only grows).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Records {
    pub records: BTreeMap<(Group, String), Value>,
    pub decisions: Vec<Value>,
}

/// A workload or asset id as a key that sorts as the number does.
pub fn id_key(id: u64) -> String {
    format!("{id:010}")
}

fn number(value: &Value, field: &str) -> u64 {
    value.get(field).and_then(Value::as_u64).unwrap_or_default()
}

fn text<'v>(value: &'v Value, field: &str) -> &'v str {
    value.get(field).and_then(Value::as_str).unwrap_or_default()
}

/// The key of a record of a listed group.
pub fn key_of(group: Group, value: &Value) -> String {
    match group {
        Group::Workloads | Group::Assets => id_key(number(value, "id")),
        Group::Dependencies => format!(
            "{}-{}",
            id_key(number(value, "from")),
            id_key(number(value, "to"))
        ),
        Group::Baselines => text(value, "name").to_lowercase(),
        Group::Tracked => format!("{}/{}", text(value, "tracker"), text(value, "key")),
        _ => String::new(),
    }
}

/// The field of the saved plan each listed group is kept in.
const LISTS: [(Group, &str); 5] = [
    (Group::Workloads, "workloads"),
    (Group::Assets, "assets"),
    (Group::Dependencies, "dependencies"),
    (Group::Baselines, "baselines"),
    (Group::Tracked, "tracked"),
];

pub fn records_of(plan: &Plan) -> Records {
    let envelope: Value = serde_json::from_str(&to_json_compact(plan)).unwrap_or_default();
    let body = &envelope["plan"];
    let mut out = Records::default();
    let mut put = |group: Group, key: String, value: &Value| {
        out.records.insert((group, key), value.clone());
    };
    put(Group::Name, String::new(), &body["name"]);
    put(Group::Settings, String::new(), &body["settings"]);
    if let Some(questions) = body.get("questions") {
        put(Group::Questions, String::new(), questions);
    }
    for (group, field) in LISTS {
        for value in body[field].as_array().into_iter().flatten() {
            put(group, key_of(group, value), value);
        }
    }
    for (group, field) in [
        (Group::Answers, &body["answers"]),
        (Group::Timeboxes, &body["workshop"]["timeboxes"]),
    ] {
        for (key, value) in field.as_object().into_iter().flatten() {
            put(group, key.clone(), value);
        }
    }
    out.decisions = body["workshop"]["decisions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    out
}

/// References to records the merge left out, made whole: an asset whose workload the other
/// side deleted becomes unassigned, a counterpart that is gone is dropped, and so is a
/// dependency on an asset that is gone. Returns what was changed, in words.
pub fn repair_references(records: &mut Records) -> Vec<String> {
    let present = |records: &Records, group: Group| -> std::collections::BTreeSet<u64> {
        records
            .records
            .keys()
            .filter(|(g, _)| *g == group)
            .filter_map(|(_, key)| key.parse().ok())
            .collect()
    };
    let (workloads, assets) = (
        present(records, Group::Workloads),
        present(records, Group::Assets),
    );
    let dangling = |value: &Value, field: &str, ids: &std::collections::BTreeSet<u64>| {
        value
            .get(field)
            .and_then(Value::as_u64)
            .is_some_and(|id| !ids.contains(&id))
    };
    let mut said = Vec::new();
    let mut dropped = Vec::new();
    for ((group, key), value) in records.records.iter_mut() {
        let name = text(value, "name").to_owned();
        match group {
            Group::Assets if dangling(value, "workload", &workloads) => {
                value["workload"] = Value::Null;
                said.push(format!(
                    "asset “{name}” is unassigned: its workload was deleted"
                ));
            }
            Group::Workloads if dangling(value, "counterpart", &workloads) => {
                if let Some(fields) = value.as_object_mut() {
                    fields.remove("counterpart");
                }
                said.push(format!(
                    "workload “{name}” lost its production counterpart, which was deleted"
                ));
            }
            Group::Dependencies
                if dangling(value, "from", &assets) || dangling(value, "to", &assets) =>
            {
                dropped.push((*group, key.clone()));
            }
            _ => {}
        }
    }
    if !dropped.is_empty() {
        said.push(format!(
            "{} on deleted assets dropped",
            crate::domain::quantity::counted(dropped.len(), "dependency", "dependencies")
        ));
    }
    for key in dropped {
        records.records.remove(&key);
    }
    said
}

/// The plan these records make, read and checked as a saved plan is, with what reading it
/// changed (a name made unique) in words.
pub fn plan_of(records: &Records) -> Result<(Plan, Vec<String>), LoadError> {
    let single = |group: Group| records.records.get(&(group, String::new())).cloned();
    let keyed = |wanted: Group| {
        records
            .records
            .iter()
            .filter(move |((group, _), _)| *group == wanted)
            .map(|((_, key), value)| (key.clone(), value.clone()))
    };
    let mut body = Map::new();
    body.insert("name".into(), single(Group::Name).unwrap_or(Value::Null));
    body.insert(
        "settings".into(),
        single(Group::Settings).unwrap_or_default(),
    );
    if let Some(questions) = single(Group::Questions) {
        body.insert("questions".into(), questions);
    }
    for (group, field) in LISTS {
        body.insert(
            field.into(),
            Value::Array(keyed(group).map(|(_, v)| v).collect()),
        );
    }
    body.insert(
        "answers".into(),
        Value::Object(keyed(Group::Answers).collect()),
    );
    let mut workshop = Map::new();
    workshop.insert("decisions".into(), Value::Array(records.decisions.clone()));
    workshop.insert(
        "timeboxes".into(),
        Value::Object(keyed(Group::Timeboxes).collect()),
    );
    body.insert("workshop".into(), Value::Object(workshop));
    let mut envelope = Map::new();
    envelope.insert("format".into(), Value::from(FORMAT));
    envelope.insert("version".into(), Value::from(CURRENT_VERSION));
    envelope.insert("plan".into(), Value::Object(body));
    load_json(&Value::Object(envelope).to_string()).map(|loaded| (loaded.plan, loaded.notes))
}
