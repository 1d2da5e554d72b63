//! The cutover runbook as Markdown, one section per workload of each wave given: the window,
//! the replication dates counted back from it, the steps with who is responsible and
//! accountable, the go/no-go checks and how to roll back.

use std::fmt::Write;

use crate::domain::export::markdown::text;
use crate::domain::quantity::counted;
use crate::domain::runbook::{
    CutoverEntry, ReplicationEstimate, WaveRunbook, REPLICATION_MARGIN_DAYS,
};

pub fn runbook_markdown(plan_name: &str, runbooks: &[WaveRunbook]) -> String {
    let mut out = format!("# Cutover runbook: {}\n\n", text(plan_name));
    let _ = writeln!(
        out,
        "Replication is complete {REPLICATION_MARGIN_DAYS} day before each cut-over (waveplan's default, not CAF's), so the final delta sync and a test failover fit; the first copy starts earlier by the replication estimate (storage over the usable bandwidth and hours a day).\n"
    );
    for runbook in runbooks {
        let _ = writeln!(
            out,
            "## Wave {} ({} – {})\n",
            runbook.wave,
            runbook.days.from(),
            runbook.days.to()
        );
        if runbook.entries.is_empty() {
            out.push_str("No workload cuts over in this wave.\n\n");
        }
        for entry in &runbook.entries {
            workload_section(&mut out, entry);
        }
    }
    out
}

fn workload_section(out: &mut String, entry: &CutoverEntry) {
    let open = entry.checks.iter().filter(|check| !check.done).count();
    let verdict = if open == 0 {
        "go".to_owned()
    } else {
        format!("no-go: {} open", counted(open, "check", "checks"))
    };
    let _ = writeln!(out, "### {} ({verdict})\n", text(&entry.name));
    let mode = entry
        .mode
        .map_or("mode not decided yet", |mode| mode.label());
    let window = entry
        .window
        .map_or("window not set yet".to_owned(), |w| w.to_string());
    let _ = writeln!(out, "Cut-over: {mode} · {window}\n");
    let _ = writeln!(out, "{}\n", replication_line(entry));
    out.push_str(
        "| Step | When | Responsible | Accountable | Consulted |\n|---|---|---|---|---|\n",
    );
    for step in &entry.steps {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            text(&step.what),
            text(&step.when),
            text(&step.responsible.to_string()),
            text(&step.accountable.to_string()),
            text(&step.consulted.to_string())
        );
    }
    let _ = writeln!(out, "\nInformed: {}\n", text(&entry.informed.to_string()));
    out.push_str("Go/no-go checks:\n\n");
    for check in &entry.checks {
        let mark = if check.done { "x" } else { " " };
        let _ = writeln!(out, "- [{mark}] {} — {}", check.label, text(&check.detail));
    }
    let trigger = entry
        .rollback_trigger
        .as_deref()
        .map_or("no trigger agreed yet".to_owned(), text);
    let _ = writeln!(out, "\nRoll back if: {trigger}\n");
    let whose = if entry.rollback_proposed {
        "waveplan's proposal; write your own on the Cutover page"
    } else {
        "written by the team"
    };
    let _ = writeln!(out, "Rollback steps ({whose}):\n");
    for (number, step) in entry.rollback_steps.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", number + 1, text(step));
    }
    out.push('\n');
}

/// The replication dates in words, for the page and the Markdown alike.
pub fn replication_line(entry: &CutoverEntry) -> String {
    match (entry.estimate, entry.replication_complete_by, entry.start_replication_by) {
        (ReplicationEstimate::Unknown, _, _) => {
            "Replication time cannot be estimated: the plan has no usable bandwidth.".to_owned()
        }
        (ReplicationEstimate::Days(days), Some(complete), Some(start)) => format!(
            "Replication: {} · start the first copy by {start} · replication complete by {complete}.",
            link_time(days)
        ),
        (ReplicationEstimate::Days(days), _, _) => format!(
            "Replication: {} · set the cut-over window to see when it must start and be complete.",
            link_time(days)
        ),
    }
}

fn link_time(days: u32) -> String {
    match days {
        0 => "no data to copy".to_owned(),
        days => format!(
            "about {} of link time",
            counted(days as usize, "day", "days")
        ),
    }
}
