//! The workshop's decision log as a Markdown table, for the staging plan and the workshop
//! outcome.

use std::fmt::Write as _;

use crate::domain::plan::Plan;
use crate::domain::questions::Question;
use crate::domain::workshop::WorkshopScope;

/// The decision log as a Markdown section ("" when nothing was decided in a workshop).
pub fn decision_log_markdown(plan: &Plan) -> String {
    let record = plan.workshop();
    if record.decisions.is_empty() {
        return String::new();
    }
    let mut out = String::from("## Workshop decision log\n\n");
    out.push_str("| When | Question | Answer | Decided by | Notes |\n|---|---|---|---|---|\n");
    for decision in &record.decisions {
        let (question, text) = question_of(plan, &decision.question);
        let answer = question
            .and_then(|q| q.choices.iter().find(|c| c.id == decision.choice))
            .map_or(decision.choice.as_str(), |c| c.label.as_str());
        let by = if decision.decided_by.trim().is_empty() {
            "not named"
        } else {
            decision.decided_by.trim()
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            cell(&decision.at),
            cell(&text),
            cell(answer),
            cell(by),
            cell(&decision.note)
        );
    }
    out.push('\n');
    out
}

/// The question a log entry names, and how to say it: a readiness question, or a workload's
/// assessment question ("workload-7/owners") with the workload's name in front.
fn question_of<'p>(plan: &'p Plan, key: &str) -> (Option<&'p Question>, String) {
    let found = match WorkshopScope::of_log_key(key) {
        (WorkshopScope::Release, id) => plan.questions().question(id).map(|q| (q, None)),
        (WorkshopScope::Workload(workload), id) => plan.workload(workload).and_then(|w| {
            let question = crate::domain::plan::workload_assessment().question(id)?;
            Some((question, Some(&w.name)))
        }),
    };
    match found {
        Some((question, Some(workload))) => {
            (Some(question), format!("{workload}: {}", question.text))
        }
        Some((question, None)) => (Some(question), question.text.clone()),
        None => (None, key.to_owned()),
    }
}

/// Text that stays inside one Markdown table cell.
fn cell(text: &str) -> String {
    text.trim()
        .replace('|', "\\|")
        .replace("\r\n", " ")
        .replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_cannot_break_the_markdown_table() {
        assert_eq!(cell(" a | b\nc "), "a \\| b c");
    }
}
