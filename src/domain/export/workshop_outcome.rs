//! The workshop's outcome as Markdown, to send round after the session: the readiness level,
//! every amber and red answer with what to do, its notes and its owner, and the questions still
//! open with what was said about them, then the decision log.

use std::fmt::Write;

use crate::domain::export::decision_log::decision_log_markdown;
use crate::domain::export::markdown::text;
use crate::domain::plan::Plan;
use crate::domain::readiness::Readiness;
use crate::domain::workshop::{outcome, Outcome};

pub fn workshop_outcome(plan: &Plan, readiness: &Readiness) -> String {
    let outcome = outcome(plan);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Readiness workshop: {}\n",
        text(plan.name().as_str())
    );
    let _ = writeln!(
        out,
        "{}: {} {} of {} questions answered.\n",
        readiness.level,
        text(&readiness.reason),
        outcome.answered,
        outcome.total
    );
    follow_ups(&mut out, &outcome);
    if !outcome.open.is_empty() {
        let _ = writeln!(out, "\n## Not answered yet ({})\n", outcome.open.len());
        for item in &outcome.open {
            let _ = write!(out, "- {}", text(&item.question.text));
            if !item.note.trim().is_empty() {
                let _ = write!(out, " — notes: {}", text(item.note));
            }
            if !item.owner.is_empty() {
                let _ = write!(out, " — owner: {}", text(item.owner));
            }
            out.push('\n');
        }
    }
    let log = decision_log_markdown(plan);
    if !log.is_empty() {
        out.push('\n');
        out.push_str(&log);
    }
    out
}

/// Every amber and red answer with its owner, what to do and the room's notes.
fn follow_ups(out: &mut String, outcome: &Outcome) {
    let _ = writeln!(out, "## Follow-ups ({})\n", outcome.follow_ups.len());
    if outcome.follow_ups.is_empty() {
        let _ = writeln!(out, "None: every answer is green.\n");
    }
    for item in &outcome.follow_ups {
        let _ = writeln!(
            out,
            "- **{}** {} — *{}*{}",
            item.risk,
            text(&item.question.text),
            text(item.answer.unwrap_or_default()),
            if item.question.blocking {
                " (blocking)"
            } else {
                ""
            }
        );
        let owner = if item.owner.is_empty() {
            "no owner yet"
        } else {
            item.owner
        };
        let _ = writeln!(out, "  - Owner: {}", text(owner));
        if !item.mitigation.is_empty() {
            let _ = writeln!(out, "  - What to do: {}", text(item.mitigation));
        }
        if !item.note.trim().is_empty() {
            let _ = writeln!(out, "  - Notes from the room: {}", text(item.note));
        }
    }
}
