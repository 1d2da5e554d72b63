//! Hooks that connect the app to the browser: the analysis after each change, autosave,
//! keyboard shortcuts, the route, forms kept across pages, the workshop's timer and projector.

pub mod use_analysis;
pub mod use_autosave;
pub mod use_file_message;
pub mod use_kept_form;
pub mod use_presenter;
pub mod use_route;
pub mod use_section_timer;
pub mod use_shortcuts;
