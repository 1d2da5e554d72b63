//! The pure core: the migration plan model and the CAF rules. Nothing here knows about the
//! browser; `tests/architecture.rs` fails if a browser crate is named in this folder.

pub mod action;
pub mod analysis;
pub mod asset;
pub mod blockers;
pub mod cadence;
pub mod calendar;
pub mod compress;
pub mod dependency;
pub mod example;
pub mod export;
pub mod finding;
pub mod forms;
pub mod graph;
pub mod grouping;
pub mod import;
pub mod inventory;
pub mod labels;
pub mod name;
pub mod overview;
pub mod persist;
pub mod plan;
pub mod promotion;
pub mod quantity;
pub mod question_bank;
pub mod questions;
pub mod readiness;
pub mod remediation;
pub mod replication;
pub mod runbook;
pub mod settings;
pub mod staging;
pub mod synthetic;
pub mod waves;
pub mod workload;
pub mod workshop;
