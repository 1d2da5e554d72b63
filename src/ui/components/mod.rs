//! Reusable pieces of the page, one component per file.

pub mod asset_list;
pub mod badge;
pub mod bulk_actions;
pub mod burn_up;
pub mod checkpoints;
pub mod dependency_list;
pub mod dependency_picture;
pub mod empty_state;
pub mod fields;
pub mod file_actions;
pub mod freeze_windows;
pub mod header;
pub mod inline_confirm;
pub mod inventory_filters;
pub mod nav;
pub mod pager;
pub mod proposal_card;
pub mod quick_entry;
pub mod runbook_entry;
pub mod status_line;
pub mod storage_banner;
pub mod suggestions;
pub mod timeline;
pub mod wave_settings;
pub mod workload_editor;
pub mod workload_filters;
