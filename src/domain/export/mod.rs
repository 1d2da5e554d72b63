//! Taking plans out: the staging plan as Markdown, a backlog CSV for Azure DevOps or Jira,
//! JSON (the persistence envelope, `persist::to_json`) and share links. One file per format;
//! the printable page is the app's print stylesheet.

pub mod backlog;
pub mod markdown;
pub mod share;
