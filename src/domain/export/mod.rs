//! Taking plans out: the staging plan as Markdown, a backlog CSV for Azure DevOps or Jira,
//! JSON (the persistence envelope, `persist::to_json`) and share links. One file per format;
//! the printable page is the app's print stylesheet.

pub mod backlog;
pub mod decision_log;
pub mod markdown;
pub mod progress;
pub mod runbook;
pub mod share;
pub mod workshop_outcome;

/// The files the Export page makes from a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportFormat {
    /// The staging plan.
    #[default]
    Markdown,
    /// A backlog CSV for Azure DevOps Boards.
    AzureDevOps,
    /// A backlog CSV for Jira.
    Jira,
    /// The whole plan, which imports back exactly.
    Json,
}

/// A file name from the plan's name: "Contoso retail: first release" + "staging-plan.md" →
/// "contoso-retail-first-release-staging-plan.md".
pub fn file_name(plan_name: &str, suffix: &str) -> String {
    let mut slug = String::new();
    for c in plan_name.chars() {
        if c.is_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("waveplan-{suffix}")
    } else {
        format!("{slug}-{suffix}")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_are_slugs() {
        assert_eq!(
            super::file_name("Contoso retail: first release", "plan.json"),
            "contoso-retail-first-release-plan.json"
        );
        assert_eq!(super::file_name("***", "plan.json"), "waveplan-plan.json");
    }
}
