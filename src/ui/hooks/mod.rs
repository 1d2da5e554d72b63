//! Hooks that connect the app to the browser: autosave, keyboard shortcuts, the route.

pub mod use_autosave;
pub mod use_route;
pub mod use_shortcuts;
