//! The Yew layer: routes, the plan state and the pages. Components show what the domain computes
//! and turn clicks into domain `Action`s; they hold no business rules.

pub mod app;
pub mod components;
pub mod drafts;
pub mod hooks;
pub mod mappings;
pub mod pages;
pub mod route;
pub mod saved_plans;
pub mod state;
pub mod versions;
