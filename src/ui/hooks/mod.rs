//! Hooks that connect the plan state to the browser: autosave and keyboard shortcuts.

pub mod use_autosave;
pub mod use_shortcuts;
