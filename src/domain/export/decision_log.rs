//! The workshop's decision log as a Markdown table, for the staging plan and the workshop
//! outcome.

use std::fmt::Write as _;

use crate::domain::decision_log::WorkshopRecord;
use crate::domain::questions::QuestionBank;

/// The decision log as a Markdown section ("" when nothing was decided in a workshop).
pub fn decision_log_markdown(record: &WorkshopRecord, bank: &QuestionBank) -> String {
    if record.decisions.is_empty() {
        return String::new();
    }
    let mut out = String::from("## Workshop decision log\n\n");
    out.push_str("| When | Question | Answer | Decided by | Notes |\n|---|---|---|---|---|\n");
    for decision in &record.decisions {
        let question = bank.question(&decision.question);
        let text = question.map_or(decision.question.as_str(), |q| q.text.as_str());
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
            cell(text),
            cell(answer),
            cell(by),
            cell(&decision.note)
        );
    }
    out.push('\n');
    out
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
