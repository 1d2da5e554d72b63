//! Progress against a baseline as Markdown: what changed per wave, and each wave's burn-up as
//! a table (the page draws it; a table is what Markdown can carry).

use std::fmt::Write;

use crate::domain::baseline::Baseline;
use crate::domain::export::markdown::text;
use crate::domain::progress::{reached_label, BurnUp, Moved, WaveChanges, STAGE_ORDER};
use crate::domain::quantity::counted;

pub fn progress_markdown(
    plan_name: &str,
    baseline: &Baseline,
    changes: &[WaveChanges],
    burn_ups: &[BurnUp],
) -> String {
    let mut out = format!(
        "# Progress: {} against baseline “{}” (saved {})\n\n## What changed\n\n",
        text(plan_name),
        text(baseline.name.as_str()),
        baseline.saved_on
    );
    let changed: Vec<&WaveChanges> = changes.iter().filter(|c| !c.is_empty()).collect();
    if changed.is_empty() {
        out.push_str("Nothing: every wave has the workloads and dates it had.\n\n");
    }
    for change in changed {
        let _ = writeln!(out, "### Wave {}: {}\n", change.wave, dates_line(change));
        for moved in &change.moved_in {
            let _ = writeln!(out, "- Moved in: {}", moved_line(moved, moved.from, "from"));
        }
        for moved in &change.moved_out {
            let _ = writeln!(out, "- Moved out: {}", moved_line(moved, moved.to, "to"));
        }
        for name in &change.added {
            let _ = writeln!(out, "- Added: {}", text(name));
        }
        for name in &change.removed {
            let _ = writeln!(out, "- Removed from the plan: {}", text(name));
        }
        out.push('\n');
    }
    out.push_str("## Burn-up by wave\n\nWorkloads that reached each stage or a later one, at each saved baseline and today.\n\n");
    for burn_up in burn_ups {
        burn_up_table(&mut out, burn_up);
    }
    out
}

/// "ends 2027-03-14, 14 days later than the baseline's 2027-02-28", or new or gone.
pub fn dates_line(change: &WaveChanges) -> String {
    match (change.then, change.now, change.slipped_days()) {
        (Some(_), Some(now), Some(0)) => format!("ends {}, as in the baseline", now.to()),
        (Some(then), Some(now), Some(days)) => format!(
            "ends {}, {} {} than the baseline's {}",
            now.to(),
            days.abs(),
            match (days.abs() == 1, days > 0) {
                (true, true) => "day later",
                (true, false) => "day earlier",
                (false, true) => "days later",
                (false, false) => "days earlier",
            },
            then.to()
        ),
        (None, Some(now), _) => format!("new since the baseline ({} – {})", now.from(), now.to()),
        (Some(then), None, _) => format!("no longer planned (was {} – {})", then.from(), then.to()),
        _ => "no dates".to_owned(),
    }
}

/// "Payroll (from wave 2): A freeze … rules out earlier waves"
pub fn moved_line(moved: &Moved, other: Option<u32>, direction: &str) -> String {
    let other = other.map_or("no wave".to_owned(), |n| format!("wave {n}"));
    format!(
        "{} ({direction} {other}): {}",
        text(&moved.name),
        text(&moved.why)
    )
}

fn burn_up_table(out: &mut String, burn_up: &BurnUp) {
    let ends = |label: &str, days: Option<crate::domain::calendar::DayRange>| {
        days.map_or(format!("{label}: none"), |d| format!("{label} {}", d.to()))
    };
    let _ = writeln!(
        out,
        "### Wave {} ({}; {}) · {} now\n",
        burn_up.wave,
        ends("baseline end", burn_up.baseline_days),
        ends("planned end", burn_up.planned_days),
        counted(burn_up.scope as usize, "workload", "workloads")
    );
    out.push_str("| Day | Point |");
    for index in 1..STAGE_ORDER.len() {
        let _ = write!(out, " {} |", reached_label(index));
    }
    out.push_str("\n|---|---|");
    out.push_str(&"---|".repeat(STAGE_ORDER.len() - 1));
    out.push('\n');
    for point in &burn_up.points {
        let _ = write!(out, "| {} | {} |", point.day, text(&point.label));
        for reached in &point.reached[1..] {
            let _ = write!(out, " {reached} |");
        }
        out.push('\n');
    }
    out.push('\n');
}
